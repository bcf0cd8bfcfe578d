"""Expert-assignment engine benchmark (issue 5): seconds, peak memory, objective, bound, gap.

    python -m bench.assignment [--quick] [--seed N] [--case NAME]

Each case runs in a child process, so that its peak RSS is its own. Instances come from
`bench.assignment_instances` (the issue's generator). Anchors from the issue, measured on
this 2-core machine with OpenReview's matcher: 161 s for 2,000 × 1,000; 524 s and 14 GB for
10,000 × 5,000 after patching its slowest step. Figures are printed, never asserted.

Hook into `python -m bench`: `run(args) -> dict` (args: anything with optional `quick` and
`seed` attributes, e.g. the bench Options), `report(data, previous) -> str`,
`result_name(db, opts) -> str`; the benchmark does not touch a database.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

NAME = "assignment"
ROOT = Path(__file__).resolve().parents[1]
GEN_SEED = 20261122
DRAW_SEED = 20261122

# name: (applications, experts, per application, load cap, min core, q, goal s, goal GiB)
CASES: dict[str, tuple[int, int, int, int, int, float | None, float, float | None]] = {
    "2000x1000": (2000, 1000, 3, 8, 0, None, 1.0, None),
    "10000x5000": (10000, 5000, 5, 12, 2, None, 30.0, 2.5),
    "10000x5000_q0.5": (10000, 5000, 5, 12, 2, 0.5, 40.0, 2.5),
}
QUICK = {"10000x5000": (2000, 1000, 5, 12, 2), "10000x5000_q0.5": (2000, 1000, 5, 12, 2)}
GAP_GOAL = {"2000x1000": 0.0, "10000x5000": 1e-6, "10000x5000_q0.5": 1e-6}
ANCHOR_S = {"2000x1000": 161.0, "10000x5000": 524.0}


def _vm_hwm_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux ≥ 4.0); False if not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child(case: str, quick: bool, seed: int) -> dict[str, Any]:
    """Generate one instance, solve it, and measure (runs in its own process)."""
    from apps.experts.engine import check_assignment, solve
    from bench.assignment_instances import generate

    n, m, k, cap, core, q, _, _ = CASES[case]
    if quick and case in QUICK:
        n, m, k, cap, core = QUICK[case]
    t0 = time.perf_counter()
    instance = generate(n, m, k, cap, core, q, seed=seed, draw_seed=DRAW_SEED)
    gen_s = time.perf_counter() - t0
    reset = _reset_peak()
    base_rss = _vm_hwm_kib()
    cpu0 = time.process_time()
    result = solve(instance)
    cpu = time.process_time() - cpu0
    solve_peak = _vm_hwm_kib()
    violations = check_assignment(instance, result.assignments)
    digest = hashlib.sha256(json.dumps(result.assignments).encode()).hexdigest()
    return {
        "case": case,
        "applications": n,
        "experts": m,
        "per_application": k,
        "load_cap": cap,
        "min_core": core,
        "q": q,
        "generate_s": round(gen_s, 2),
        "seconds": result.seconds,
        "cpu_seconds": cpu,
        "objective": result.objective,
        "bound": result.bound,
        "gap": result.gap,
        "expected_objective": result.expected_objective,
        "expected_bound": result.expected_bound,
        "violations": len(violations),
        "assignments_sha256": digest,
        "rounds": result.stats.get("rounds"),
        "columns": result.stats.get("columns"),
        "timing": {key: round(v, 3) for key, v in result.stats.get("timing", {}).items()},
        "input_rss_mib": round(base_rss / 1024, 1),
        "solve_peak_rss_mib": round(solve_peak / 1024, 1) if reset else None,
        "process_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _run_child(case: str, quick: bool, seed: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.assignment", "--child", case, "--seed", str(seed)]
    proc = subprocess.run(
        cmd + (["--quick"] if quick else []),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return {"case": case, "error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
    data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def run(*args: Any) -> dict[str, Any]:
    """Run every case (the last positional argument may carry `quick` / `seed` / `only`)."""
    opts = args[-1] if args else None
    quick = bool(getattr(opts, "quick", False))
    seed = int(getattr(opts, "assignment_seed", GEN_SEED) or GEN_SEED)
    only = getattr(opts, "case", None)
    names = [only] if only in CASES else list(CASES)
    cases = []
    for name in names:
        print(f"  {name} …", flush=True)
        data = _run_child(name, quick, seed)
        if name.endswith("_q0.5") and "error" not in data:
            replay = _run_child(name, quick, seed)
            data["replay_identical"] = (
                replay.get("assignments_sha256") == data["assignments_sha256"]
            )
        cases.append(data)
    det = {c["case"]: c for c in cases if "error" not in c}
    for c in cases:
        if c.get("q") and c["case"].replace("_q0.5", "") in det:
            optimum = det[c["case"].replace("_q0.5", "")]["objective"]
            c["expected_vs_deterministic"] = c["expected_objective"] / optimum
    return {"benchmark": NAME, "quick": quick, "seed": seed, "cases": cases}


def result_name(db: str = "", opts: Any = None) -> str:
    return NAME + ("-quick" if getattr(opts, "quick", False) else "")


def _verdict(c: dict[str, Any]) -> str:
    _, _, _, _, _, q, goal_s, goal_gib = CASES[c["case"]]
    ok = c["seconds"] <= goal_s and c["gap"] <= GAP_GOAL[c["case"]] + 1e-9
    if goal_gib is not None and c.get("solve_peak_rss_mib"):
        ok &= c["solve_peak_rss_mib"] <= goal_gib * 1024
    if q is not None:
        ok &= bool(c.get("replay_identical")) and c.get("expected_vs_deterministic", 0) >= 0.995
    return "ok" if ok and c["violations"] == 0 else "MISS"


def report(data: dict[str, Any], previous: dict[str, Any] | None = None) -> str:
    prev = {c["case"]: c for c in (previous or {}).get("cases", []) if "error" not in c}
    lines = [
        f"{NAME} · generator seed {data['seed']}" + (" · quick" if data.get("quick") else ""),
        f"  {'case':<17}{'s':>8}{'cpu s':>8}{'peak MiB':>10}{'objective':>16}"
        f"{'bound':>16}{'gap':>10}  goal",
    ]
    for c in data["cases"]:
        if "error" in c:
            lines.append(f"  {c['case']:<17} failed: {c['error']}")
            continue
        p = prev.get(c["case"])
        lines.append(
            f"  {c['case']:<17}{c['seconds']:>8.2f}{c['cpu_seconds']:>8.2f}"
            f"{c.get('solve_peak_rss_mib') or c['process_peak_rss_mib']:>10.0f}"
            f"{c['objective']:>16.6f}{c['bound']:>16.6f}{c['gap']:>10.1e}  {_verdict(c)}"
            + (f"  (was {p['seconds']:.2f} s)" if p else "")
        )
        extra = []
        if c.get("expected_objective") is not None:
            extra.append(
                f"expected {c['expected_objective']:.6f} (bound {c['expected_bound']:.6f}, "
                f"{100 * c.get('expected_vs_deterministic', float('nan')):.3f} % of the "
                f"deterministic optimum)"
            )
        if "replay_identical" in c:
            extra.append("replay identical" if c["replay_identical"] else "REPLAY DIFFERS")
        if c["case"] in ANCHOR_S and not data.get("quick"):
            extra.append(
                f"{ANCHOR_S[c['case']] / max(c['seconds'], 1e-9):.0f}× faster than the anchor"
            )
        extra.append(
            f"{c['rounds']} rounds, {c['columns']:,} columns, {c['violations']} violations"
        )
        lines.append("      " + "; ".join(extra))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.assignment")
    parser.add_argument("--quick", action="store_true", help="2,000 × 1,000 for every case")
    parser.add_argument("--seed", type=int, default=GEN_SEED, help="generator seed")
    parser.add_argument("--case", choices=sorted(CASES), help="run one case")
    parser.add_argument("--child", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.quick, args.seed)))
        return 0
    args.assignment_seed = args.seed
    data = run(args)
    print(report(data))
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=2), "utf-8")
    return 1 if any("error" in c for c in data["cases"]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
