"""`make bench` / `python -m bench`: run the benchmarks, print figures, write var/bench/*.json.

    python -m bench [--only registry_list|dashboards|import_excel|assignment|policy_extraction|
                            market_matching|bulletins|deadline_rush]
                    [--db sqlite|postgres|both]
                    [--scale small|province] [--quick] [--seed N] [--n N] [--rows N]
                    [--duration S] [--rate-submit R] [--rate-read R] [--workers N] [--threads N]

Figures are printed next to the previous run's (same benchmark, database and scale) when
var/bench/<name>.json exists, then that file is replaced. Goals are shown, never asserted:
the exit status is non-zero only when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from bench import (
    assignment,
    bulletins,
    dashboards,
    deadline_rush,
    import_excel,
    market_matching,
    policy_extraction,
    registry_list,
)
from bench.common import (
    DBS,
    DEMO_SEED,
    ChildFailed,
    JSONDict,
    load_previous,
    postgres_reachable,
    result_path,
    run_meta,
    save_result,
)

BENCHMARKS: dict[str, ModuleType] = {
    registry_list.NAME: registry_list,
    dashboards.NAME: dashboards,
    import_excel.NAME: import_excel,
    assignment.NAME: assignment,
    policy_extraction.NAME: policy_extraction,
    market_matching.NAME: market_matching,
    bulletins.NAME: bulletins,
    deadline_rush.NAME: deadline_rush,
}
# Engines with no database inside run once, not once per database.
NO_DATABASE = {assignment.NAME, policy_extraction.NAME, market_matching.NAME}


@dataclass(frozen=True)
class Options:
    scale: str
    seed: int
    quick: bool
    n: int
    warmup: int
    budget: float
    rows: int
    reload: bool
    sqlite_analyze: bool
    # deadline_rush (None: its defaults, 300 s or 30 s with --quick, 17 + 170 per s, 4 × 2)
    duration: float | None = None
    rate_submit: float | None = None
    rate_read: float | None = None
    workers: int | None = None
    threads: int | None = None


def parse(argv: list[str]) -> tuple[argparse.Namespace, Options]:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Kechuang benchmarks (figures, never assertions)."
    )
    parser.add_argument("--only", choices=sorted(BENCHMARKS), help="run one benchmark")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--scale",
        choices=["small", "province"],
        default=None,
        help="demo data for registry_list (default province; small with --quick)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: small demo data, N=10, 5,000 import rows (< 2 minutes)",
    )
    parser.add_argument("--seed", type=int, default=DEMO_SEED, help="demo seed")
    parser.add_argument("--n", type=int, default=None, help="timed requests per case")
    parser.add_argument(
        "--budget",
        type=float,
        default=None,
        help="seconds per case after which fewer than N requests (at least 10) are taken",
    )
    parser.add_argument("--rows", type=int, default=None, help="rows in the import file")
    parser.add_argument(
        "--reload", action="store_true", help="reload the demo data even if it is current"
    )
    parser.add_argument(
        "--sqlite-analyze",
        action="store_true",
        help="run ANALYZE on the SQLite demo database before measuring",
    )
    rush = parser.add_argument_group("deadline_rush")
    rush.add_argument("--duration", type=float, help="seconds of rush (default 300; 30 quick)")
    rush.add_argument("--rate-submit", type=float, help="submissions per second (default 17)")
    rush.add_argument("--rate-read", type=float, help="page reads per second (default 170)")
    rush.add_argument("--workers", type=int, help="gunicorn worker processes (default 4)")
    rush.add_argument("--threads", type=int, help="threads per gunicorn worker (default 2)")
    args = parser.parse_args(argv)
    quick = bool(args.quick)
    opts = Options(
        scale=args.scale or ("small" if quick else "province"),
        seed=args.seed,
        quick=quick,
        n=args.n or (10 if quick else 50),
        warmup=2 if quick else 5,
        budget=args.budget or (10.0 if quick else 60.0),
        rows=args.rows or (5_000 if quick else 100_000),
        reload=bool(args.reload),
        sqlite_analyze=bool(args.sqlite_analyze),
        duration=args.duration,
        rate_submit=args.rate_submit,
        rate_read=args.rate_read,
        workers=args.workers,
        threads=args.threads,
    )
    return args, opts


def main(argv: list[str] | None = None) -> int:
    args, opts = parse(sys.argv[1:] if argv is None else argv)
    dbs = list(DBS) if args.db == "both" else [args.db]
    if "postgres" in dbs:
        problem = postgres_reachable()
        if problem:
            print(f"PostgreSQL is not reachable ({problem}); running SQLite only.")
            dbs = [d for d in dbs if d != "postgres"]
    names = [args.only] if args.only else list(BENCHMARKS)
    print(
        f"Kechuang benchmarks: {', '.join(names)} on {', '.join(dbs)}"
        f" · scale {opts.scale} · N={opts.n} · import {opts.rows:,} rows"
        + (" · quick" if opts.quick else "")
    )
    failures: list[str] = []
    reports: list[str] = []
    started = time.perf_counter()
    for name in names:
        module = BENCHMARKS[name]
        for db in ["-"] if name in NO_DATABASE else dbs:
            label = name if db == "-" else f"{name} on {db}"
            print(f"\n== {label}", flush=True)
            t0 = time.perf_counter()
            meta = run_meta()
            runner: Callable[[str, Any], JSONDict] = module.run
            try:
                data = runner(db, opts)
            except ChildFailed as exc:
                print(f"!! {label} failed: {exc}")
                failures.append(label)
                continue
            data = {**meta, **data, "duration_s": round(time.perf_counter() - t0, 1)}
            result = module.result_name(db, opts)
            previous = load_previous(result)
            text = module.report(data, previous)
            print("\n" + text, flush=True)
            path = save_result(result, data)
            print(f"  → {path.relative_to(result_path('x').parents[2])}")
            reports.append(text)
    print(f"\nDone in {time.perf_counter() - started:.0f} s.")
    if failures:
        print("Could not run: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
