"""Policy extraction quality and speed: precision and recall against the hand-written gold.

    python -m bench.policy_extraction [--split dev|heldout|heldout2|heldout3|heldout4|all]
                                      [--diff] [--json] [--repeat N]

For every document in apps/supervision/tests/data/manifest.json: items, responsible units,
targets (value + unit + comparator on the same item) and deadlines, as precision / recall,
per document and summed over the shared documents, our own documents, the development set
and the held-out set (see docs/decisions/0005-policy-extraction.md for what each is and how
the held-out figures were first taken). Timing is the extraction time against a plain read of
the same files in the same run. Figures only: nothing here fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

NAME = "policy_extraction"
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "apps" / "supervision" / "tests" / "data"


def shared_policies() -> Path:
    """../shared/data/policies beside the repository (where CI and the sessions keep it)."""
    return ROOT.parent / "shared" / "data" / "policies"


def documents(split: str = "all") -> list[dict[str, Any]]:
    """The manifest entries of `split` whose document is present, with resolved paths."""
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    chosen = []
    for entry in manifest["documents"]:
        if split != "all" and entry["split"] != split:
            continue
        base = shared_policies() if entry["source"] == "shared" else DATA / "docs"
        path = base / entry["document"]
        if not path.exists():
            continue
        chosen.append({**entry, "path": path, "gold": DATA / "gold" / f"{entry['name']}.json"})
    return chosen


def _parse(args: Any) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.policy_extraction", description=__doc__)
    parser.add_argument(
        "--split",
        choices=("dev", "heldout", "heldout2", "heldout3", "heldout4", "all"),
        default="all",
    )
    parser.add_argument("--diff", action="store_true", help="print misses and extras")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions")
    if args is None or isinstance(args, str):  # str: the database name `python -m bench` passes
        return parser.parse_args([])
    if isinstance(args, argparse.Namespace):
        defaults = parser.parse_args([])
        for name, value in vars(defaults).items():
            if not hasattr(args, name):
                setattr(args, name, value)
        return args
    return parser.parse_args(list(args))


def run(args: Any = None, opts: Any = None) -> dict[str, Any]:
    """Score every gold document; returns per-document and grouped P/R plus timings.

    `args`: None, an argv list, or an argparse.Namespace (missing options take their defaults).
    `python -m bench` may call ``run(db, opts)``: the extraction needs no database, so the
    name is ignored, and ``opts.quick`` times one repetition instead of three.
    """
    from apps.supervision.extraction import extract, read_document
    from apps.supervision.extraction.evaluation import (
        KINDS,
        add,
        differences,
        precision_recall,
        score,
    )

    options = _parse(args)
    if opts is not None and getattr(opts, "quick", False):
        options.repeat = 1
    per_document: dict[str, Any] = {}
    groups: dict[str, dict[str, dict[str, int]]] = {}
    diffs: dict[str, list[str]] = {}
    extract_seconds = read_seconds = 0.0
    for entry in documents(options.split):
        gold = json.loads(entry["gold"].read_text(encoding="utf-8"))
        found = extract(read_document(entry["path"]))
        counts = score(gold, found)
        per_document[entry["name"]] = {
            "source": entry["source"],
            "split": entry["split"],
            **{kind: {**precision_recall(counts[kind]), **counts[kind]} for kind in KINDS},
        }
        for group in (
            "all",
            entry["source"],
            entry["split"],
            f"{entry['split']}-{entry['source']}",
        ):
            add(groups.setdefault(group, {}), counts)
        if options.diff:
            diffs[entry["name"]] = differences(gold, found)
        for _ in range(max(1, options.repeat)):
            started = time.perf_counter()
            entry["path"].read_bytes()
            read_seconds += time.perf_counter() - started
            started = time.perf_counter()
            extract(read_document(entry["path"]))
            extract_seconds += time.perf_counter() - started
    result: dict[str, Any] = {
        "documents": per_document,
        "groups": {
            name: {kind: {**precision_recall(c[kind]), **c[kind]} for kind in KINDS}
            for name, c in sorted(groups.items())
        },
        "timing": {
            "read_and_extract_ms_per_document": round(
                1000 * extract_seconds / max(1, options.repeat * len(per_document)), 2
            ),
            "raw_read_ms_per_document": round(
                1000 * read_seconds / max(1, options.repeat * len(per_document)), 3
            ),
        },
    }
    if options.diff:
        result["differences"] = diffs
    return result


def result_name(db: str = "", opts: Any = None) -> str:
    """One result file whatever the database: extraction does not touch it."""
    return NAME


def report(data: dict[str, Any], previous: dict[str, Any] | None = None) -> str:
    """The printed table; with the previous run's overall figures when there is one."""
    text = _format(data)
    before = (previous or {}).get("groups", {}).get("all")
    if before:
        now = data["groups"]["all"]
        text += "\nprevious run (all): " + ", ".join(
            f"{kind} {before[kind]['precision']}/{before[kind]['recall']}"
            f" → {now[kind]['precision']}/{now[kind]['recall']}"
            for kind in ("items", "units", "targets", "deadlines")
        )
    return text


def _format(result: dict[str, Any]) -> str:
    def cell(figures: dict[str, Any]) -> str:
        p, r = figures["precision"], figures["recall"]
        fmt = lambda v: "  —  " if v is None else f"{v:.3f}"  # noqa: E731
        return f"{fmt(p)}/{fmt(r)}"

    columns = ("items P/R", "units P/R", "targets P/R", "deadl. P/R")
    header = f"{'document':52} " + " ".join(f"{column:>12}" for column in columns)
    lines = [header, "-" * len(header)]
    for name, figures in result["documents"].items():
        row = f"{name[:44]} [{figures['split'][:4]}]"
        lines.append(
            f"{row:52} "
            + " ".join(
                f"{cell(figures[k]):>12}" for k in ("items", "units", "targets", "deadlines")
            )
        )
    lines.append("-" * len(header))
    for name, figures in result["groups"].items():
        lines.append(
            f"{'[' + name + ']':52} "
            + " ".join(
                f"{cell(figures[k]):>12}" for k in ("items", "units", "targets", "deadlines")
            )
        )
    timing = result["timing"]
    lines.append(
        f"\nread+extract {timing['read_and_extract_ms_per_document']} ms/document "
        f"(raw file read {timing['raw_read_ms_per_document']} ms)"
    )
    for name, diff in result.get("differences", {}).items():
        if diff:
            lines.append(f"\n== {name}")
            lines.extend(f"  {line}" for line in diff)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    options = _parse(sys.argv[1:] if argv is None else argv)
    result = run(options)
    if options.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        print(_format(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
