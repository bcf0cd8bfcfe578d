"""`solve(instance)`: column generation over the allowed pairs, then rounding and backups.

1. Cheap counting checks (explain.py) reject instances that are short per application or
   in total.
2. A restricted network problem on candidate pairs (the best few experts of every
   application, and the best core experts) is solved as a min-cost flow (flow.py); its exact
   potentials are the LP duals. All pruned pairs are priced with them, vectorised; those with
   positive reduced cost join the candidates and the flow is solved again, until none is
   left. The final duals then certify the flow optimal for the whole instance, and the
   Lagrangian value of those duals over all pairs is the reported upper bound.
3. Random mode: pair arcs carry at most q, so the flow is the LP optimum with x ≤ q;
   dependent rounding (rounding.py) draws an assignment with exactly those marginals.
4. Per-panel organisation / region caps are not network constraints; panels.py handles them
   when the network optimum breaks them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from .backups import backups_for
from .explain import counting_shortfalls, hall_shortfall
from .flow import FlowSolution, Network, _arcs, solve_flow
from .model import (
    FloatArray,
    Infeasible,
    Instance,
    InstanceError,
    IntArray,
    Result,
    Shortfall,
)
from .pairs import Duals, PairSpace
from .panels import enforce_panel_caps, panel_violations
from .rounding import dependent_round

_PRICE_TOL = 1e-11  # relative to the largest score
_TRIM = 0.03
_MAX_D = 64


def probability_units(q: float | None) -> tuple[int, int]:
    """The largest fraction p/D ≤ q with D ≤ 64 (deterministic mode: 1/1)."""
    if q is None or q >= 1:
        return 1, 1
    best = (0, 1)
    for d in range(1, _MAX_D + 1):
        p = math.floor(q * d + 1e-12)
        if p * best[1] > best[0] * d:
            best = (p, d)
    if best[0] == 0:
        raise InstanceError("max_pair_probability is too small (below 1/64)")
    return best


@dataclass
class Relaxation:
    """The solved network problem (the LP with x ≤ p/D) over candidate keys."""

    net: Network
    keys: IntArray
    scores: FloatArray
    sol: FlowSolution
    duals: Duals
    bound_q: float  # Lagrangian bound for the LP with x ≤ q (= deterministic bound if q = 1)
    bound_1: float  # the same multipliers with x ≤ 1: an upper bound on any assignment
    rounds: int
    big_m: float

    @property
    def lp_value(self) -> float:
        pf = self.sol.flow[: self.sol.pairs]
        return float(np.dot(self.scores, pf) / self.net.d)


def _network(space: PairSpace, p: int, d: int) -> Network:
    return Network(
        n=space.n,
        m=space.m,
        k=space.k,
        c=space.c,
        has_gen=0 < space.c < space.k,
        cap=space.cap,
        core=space.core,
        p=p,
        d=d,
    )


def _candidates(space: PairSpace, k: int, c: int, q: float) -> IntArray:
    want = math.ceil(k / q)
    base = space.top_per_row(2 * want + 2)
    if c == 0 or c >= k:
        return base
    core = space.top_per_row(2 * math.ceil(c / q) + 1, col_mask=space.core)
    return np.union1d(base, core)


def relax(space: PairSpace, inst: Instance, p: int, d: int, stats: dict[str, Any]) -> Relaxation:
    """Column generation to the LP optimum (x ≤ p/d) over all pairs of the instance."""
    k, c = space.k, space.c
    q = p / d
    net = _network(space, p, d)
    keys = space.top_per_row(space.m) if not space.dense else _candidates(space, k, c, q)
    per_row = 2 * math.ceil(k / q) + 2 * k
    big_m = 4.0 * (space.smax - min(space.smin, 0.0)) + 1.0
    theory_m = (space.smax - min(space.smin, 0.0) + 1.0) * (net.num_nodes + 1)
    start: FloatArray | None = None
    rounds = 0
    trimmed = False
    slack = _TRIM * (space.smax - min(space.smin, 0.0))
    while True:
        rounds += 1
        m = space.m
        scores = space.score(keys // m, keys % m)
        t = time.perf_counter()
        sol = solve_flow(net, keys // m, keys % m, scores, big_m, start)
        _tick(stats, "flow", t)
        start = sol.potentials
        duals = Duals(u=sol.u, g=sol.g, v=sol.v)
        t = time.perf_counter()
        pos_q, pos_1, new = space.price(
            duals,
            q,
            keys,
            per_row,
            _PRICE_TOL * max(1.0, space.smax),
            want_bound=sol.artificial == 0,
        )
        _tick(stats, "pricing", t)
        base = (
            k * float(sol.u.sum()) + (k - c) * float(sol.g.sum()) + float(np.dot(space.cap, sol.v))
        )
        stats.setdefault("rounds_detail", []).append(
            {
                "columns": len(keys),
                "new": len(new),
                "artificial": sol.artificial,
                "mcf_s": round(sol.seconds[0], 3),
                "bf_s": round(sol.seconds[1], 3),
                "bf_rounds": sol.bf_rounds,
                "cycles": sol.cancelled_cycles,
                "lp": float(np.dot(scores, sol.flow[: sol.pairs]) / d),
                "bound_q": None if sol.artificial else base + pos_q,
            }
        )
        if len(new):
            if sol.artificial == 0 and not trimmed:
                # once, when the restricted problem first needs no artificial flow: drop the
                # columns gathered while it did that are now far from useful (they return
                # through pricing if the duals move)
                keys = _trim(space, keys, scores, sol, duals, slack)
                trimmed = True
            keys = np.union1d(keys, new)
            continue
        if sol.artificial == 0:
            break
        short = hall_shortfall(space, net, keys, sol, inst)
        if short is not None:
            raise Infeasible([short])
        if big_m >= theory_m:
            raise RuntimeError("artificial flow left with a proven-large penalty")
        big_m = min(big_m * 16.0, theory_m)
    return Relaxation(
        net=net,
        keys=keys,
        scores=scores,
        sol=sol,
        duals=duals,
        bound_q=base + pos_q,
        bound_1=base + pos_1,
        rounds=rounds,
        big_m=big_m,
    )


def _trim(
    space: PairSpace,
    keys: IntArray,
    scores: FloatArray,
    sol: FlowSolution,
    duals: Duals,
    slack: float,
) -> IntArray:
    rows, cols = keys // space.m, keys % space.m
    rc = scores - duals.u[rows] - duals.v[cols]
    rc -= np.where(space.core[cols], 0.0, duals.g[rows])
    keep = (rc >= -slack) | (sol.flow[: sol.pairs] > 0)
    return keys[keep]


def _tick(stats: dict[str, Any], name: str, since: float) -> None:
    timing = stats.setdefault("timing", {})
    timing[name] = timing.get(name, 0.0) + time.perf_counter() - since


def _pairs_from_units(rel: Relaxation, units: IntArray) -> tuple[IntArray, IntArray]:
    """Internal (rows, cols) of the pairs whose arc carries a whole assignment."""
    chosen = units[: rel.sol.pairs] >= rel.net.d
    keys = rel.keys[chosen]
    return keys // rel.net.m, keys % rel.net.m


def _round(rel: Relaxation, seed: int) -> tuple[IntArray, int]:
    net = rel.net
    tails, heads, _, _ = _arcs(net, rel.keys // net.m, rel.keys % net.m, rel.scores, rel.big_m)
    is_pair = np.zeros(len(tails), dtype=bool)
    is_pair[: rel.sol.pairs] = True
    rng = np.random.Generator(np.random.PCG64(seed))
    return dependent_round(net.num_nodes, tails, heads, is_pair, rel.sol.flow, net.d, rng)


def solve(instance: Instance) -> Result:
    """Solve one instance; raises `Infeasible` (with shortfalls) or `InstanceError`."""
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    rules = instance.rules
    stats: dict[str, Any] = {}
    space = PairSpace(instance)
    _tick(stats, "prepare", t0)
    t = time.perf_counter()
    shortfalls: list[Shortfall] = counting_shortfalls(space, instance)
    if shortfalls:
        raise Infeasible(shortfalls)
    _tick(stats, "checks", t)
    q = rules.max_pair_probability
    p, d = probability_units(q)
    stats["probability_units"] = [p, d]
    rel = relax(space, instance, p, d, stats)
    stats["rounds"] = rel.rounds
    stats["columns"] = len(rel.keys)
    expected_objective: float | None = None
    expected_bound: float | None = None
    t = time.perf_counter()
    if rules.random:
        units, cycles = _round(rel, rules.seed)
        stats["rounding_cycles"] = cycles
        rows, cols = _pairs_from_units(rel, units)
        expected_objective = rel.lp_value
        expected_bound = rel.bound_q
        bound = min(rel.bound_1, space.dual_function(rel.duals, space.k))
    else:
        rows, cols = _pairs_from_units(rel, rel.sol.flow)
        bound = rel.bound_1
    if panel_violations(space, instance, rows, cols):
        rows, cols, bound, cap_stats = enforce_panel_caps(space, instance, rel, rows, cols, bound)
        stats.update(cap_stats)
    _tick(stats, "draw", t)
    objective = float(space.score(rows, cols).sum())
    t = time.perf_counter()
    backups = backups_for(space, instance, rows, cols)
    _tick(stats, "backups", t)
    order = np.lexsort((cols, rows))
    rows, cols = rows[order], cols[order]
    assignments = [
        (instance.application_ids[i], instance.expert_ids[j])
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
    ]
    stats["cpu_seconds"] = time.process_time() - cpu0
    return Result(
        assignments=assignments,
        objective=objective,
        bound=bound,
        seconds=time.perf_counter() - t0,
        mode="random" if rules.random else "deterministic",
        backups=backups,
        expected_objective=expected_objective,
        expected_bound=expected_bound,
        seed=rules.seed if rules.random else None,
        stats=stats,
        input_hash=instance.input_hash,
    )
