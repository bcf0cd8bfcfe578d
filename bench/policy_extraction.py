"""Policy extraction quality and speed: precision and recall against the hand-written gold.

    python -m bench.policy_extraction [--split dev|heldout|heldout2…|all] [--diff] [--json]
                                      [--repeat N] [--record-first-sight]

For every document in apps/supervision/tests/data/manifest.json: items, responsible units,
targets (value + unit + comparator on the same item) and deadlines, as precision / recall,
per document and summed over the shared documents, our own documents, the development set
and the held-out set (see docs/decisions/0005-policy-extraction.md for what each is and how
the held-out figures were first taken). Below them, the first-sight figures: what the
extractor scored on each round's documents the one time it was run on them before any fix,
as recorded in apps/supervision/tests/data/first_sight.json (`--record-first-sight` records a
split there once and refuses to overwrite it). Timing is the extraction time against a plain read of
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
FIRST_SIGHT = DATA / "first_sight.json"


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


def splits() -> list[str]:
    """The manifest's splits in the order they first appear (dev, heldout, heldout2, …)."""
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    return list(dict.fromkeys(entry["split"] for entry in manifest["documents"]))


def first_sight() -> dict[str, Any]:
    """The recorded first-sight counts: {split: {document: counts}}."""
    if not FIRST_SIGHT.exists():
        return {}
    data: dict[str, Any] = json.loads(FIRST_SIGHT.read_text(encoding="utf-8"))
    return data["rounds"]


def record_first_sight(split: str, per_document: dict[str, Any]) -> None:
    """Store `split`'s counts as its first-sight figures — once: a recorded split is kept."""
    from apps.supervision.extraction.evaluation import KINDS

    rounds = first_sight()
    if split in rounds:
        raise SystemExit(f"first-sight figures of {split} are already recorded; not overwritten")
    rounds[split] = {
        "documents": {
            name: {kind: {k: figures[kind][k] for k in ("tp", "found", "gold")} for kind in KINDS}
            for name, figures in per_document.items()
        }
    }
    FIRST_SIGHT.write_text(
        json.dumps({"about": FIRST_SIGHT_ABOUT, "rounds": rounds}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )


FIRST_SIGHT_ABOUT = (
    "What the extractor scored on each held-out round's documents the one time it was run on "
    "them, before any fix made for them (decision 0005). Rounds 1-4 ('recorded'): the "
    "precision/recall noted in the decision at the time (their counts were not kept). Later "
    "rounds ('documents'): counts (true positives, extracted, gold) per document, written by "
    "`python -m bench.policy_extraction --split ROUND --record-first-sight`."
)


def _parse(args: Any) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.policy_extraction", description=__doc__)
    parser.add_argument("--split", choices=(*splits(), "all"), default="all")
    parser.add_argument(
        "--record-first-sight",
        action="store_true",
        help="store this split's figures as its first-sight figures (once, before any fix)",
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
    from apps.supervision.extraction import DocumentError, extract, read_document
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
        try:
            found = extract(read_document(entry["path"]))
        except DocumentError as error:  # refused: nothing found, every gold thing missed
            found = {"title": "", "items": [], "targets": [], "error": str(error)}
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
            "dev" if entry["split"] == "dev" else "held-out (all rounds)",
        ):
            add(groups.setdefault(group, {}), counts)
        if options.diff:
            diffs[entry["name"]] = [f"refused: {found['error']}"] if "error" in found else []
            diffs[entry["name"]] += differences(gold, found)
        if "error" in found:
            continue
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
    if options.record_first_sight:
        if options.split in ("all", "dev"):
            raise SystemExit("--record-first-sight needs one held-out round: --split ROUND")
        record_first_sight(options.split, per_document)
    result["first_sight"] = first_sight_figures()
    if options.diff:
        result["differences"] = diffs
    return result


def first_sight_figures() -> dict[str, dict[str, list[float | None]]]:
    """P/R per round at first sight, and pooled over the rounds whose counts were kept."""
    from apps.supervision.extraction.evaluation import KINDS, add, precision_recall

    figures: dict[str, dict[str, list[float | None]]] = {}
    pooled: dict[str, dict[str, int]] = {}
    counted = []
    # in round order (rounds written side by side may be recorded out of order)
    for split, data in sorted(first_sight().items(), key=lambda item: _round(item[0])):
        if "recorded" in data:
            figures[split] = {kind: list(data["recorded"][kind]) for kind in KINDS}
            continue
        total: dict[str, dict[str, int]] = {}
        for counts in data["documents"].values():
            add(total, counts)
        add(pooled, total)
        counted.append(split)
        figures[split] = {kind: list(precision_recall(total[kind]).values()) for kind in KINDS}
    if counted:
        name = f"pooled {counted[0]}–{counted[-1]}" if len(counted) > 1 else f"pooled {counted[0]}"
        figures[name] = {kind: list(precision_recall(pooled[kind]).values()) for kind in KINDS}
    return figures


def _round(split: str) -> int:
    """heldout → 1, heldout2 → 2, … heldout40 → 40."""
    digits = "".join(ch for ch in split if ch.isdigit())
    return int(digits) if digits else 1


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
    if result.get("first_sight"):
        lines.append("\nfirst sight (each round's documents, run once before any fix for them):")
        for name, figures in result["first_sight"].items():
            lines.append(
                f"{'[' + name + ']':52} "
                + " ".join(
                    f"{cell(dict(zip(('precision', 'recall'), figures[k], strict=True))):>12}"
                    for k in ("items", "units", "targets", "deadlines")
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
