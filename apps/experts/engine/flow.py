"""The network part of the model, solved as a min-cost flow, with an exact dual certificate.

Nodes: applications (supply k·D), one "general" node per application when 0 < min_core < k
(the arc application→general node caps general experts at k − min_core, which is the same as
"at least min_core core experts"), experts (arc expert→T with capacity = load cap), and the
sink T (demand n·k·D). Pair arcs carry p units each, so x_ij = flow/D ≤ p/D = q; in
deterministic mode p = D = 1. An artificial arc application→T with a large cost keeps every
restricted problem feasible; it carries flow only if the instance is infeasible.

OR-Tools' SimpleMinCostFlow needs integer costs, so scores are scaled and rounded for it.
Its flow is then checked against the exact float costs: Bellman–Ford on the residual graph
either finds potentials (a dual solution proving the flow optimal for the float costs) or a
negative cycle, which is cancelled, and the check repeats. The potentials give the LP duals
used to price pruned pairs and to compute the Lagrangian upper bound.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from .model import FloatArray, IntArray

# relative tolerance of a Bellman–Ford improvement; raised only if float noise fakes a cycle
_BF_TOL = 1e-13


@dataclass
class Network:
    """Structure and scaled capacities of the flow network (pair arcs are added per solve)."""

    n: int
    m: int
    k: int
    c: int
    has_gen: bool
    cap: IntArray  # load caps, internal expert order
    core: np.ndarray  # bool, internal expert order
    p: int  # units per pair arc
    d: int  # units per assignment (q = p / d)

    @property
    def exp0(self) -> int:
        return 2 * self.n if self.has_gen else self.n

    @property
    def sink(self) -> int:
        return self.exp0 + self.m

    @property
    def num_nodes(self) -> int:
        return self.sink + 1


@dataclass
class FlowSolution:
    """Integer flow (units of 1/D) on the arcs of one solve, and max-form duals."""

    flow: IntArray  # pair arcs first, then the structural arcs
    pairs: int
    u: FloatArray  # application rows (free)
    g: FloatArray  # general-cap rows (>= 0)
    v: FloatArray  # expert load rows (>= 0)
    artificial: int  # units on artificial arcs
    potentials: FloatArray
    cancelled_cycles: int
    bf_rounds: int
    seconds: tuple[float, float]  # min-cost flow, Bellman–Ford


def _arcs(
    net: Network, rows: IntArray, cols: IntArray, scores: FloatArray, big_m: float
) -> tuple[IntArray, IntArray, IntArray, FloatArray]:
    n, m = net.n, net.m
    gen_pair = ~net.core[cols] if net.has_gen else np.zeros(len(rows), dtype=bool)
    pair_tail = np.where(gen_pair, n + rows, rows)
    parts_t = [pair_tail, np.arange(n)] if net.has_gen else [pair_tail]
    parts_h = [net.exp0 + cols, n + np.arange(n)] if net.has_gen else [net.exp0 + cols]
    parts_c = [np.full(len(rows), net.p), np.full(n, (net.k - net.c) * net.d)]
    parts_w = [-scores, np.zeros(n)]
    if not net.has_gen:
        parts_c, parts_w = parts_c[:1], parts_w[:1]
    parts_t += [net.exp0 + np.arange(m), np.arange(n)]
    parts_h += [np.full(m, net.sink), np.full(n, net.sink)]
    parts_c += [net.cap * net.d, np.full(n, net.k * net.d)]
    parts_w += [np.zeros(m), np.full(n, big_m)]
    return (
        np.concatenate(parts_t).astype(np.int64),
        np.concatenate(parts_h).astype(np.int64),
        np.concatenate(parts_c).astype(np.int64),
        np.concatenate(parts_w).astype(np.float64),
    )


def _mcf(
    net: Network, tails: IntArray, heads: IntArray, caps: IntArray, costs: FloatArray
) -> IntArray:
    span = float(np.abs(costs).max()) if len(costs) else 1.0
    # OR-Tools multiplies costs by (nodes + 1) internally; stay well inside int64.
    scale = min(1e9, 2.0**60 / (max(span, 1e-9) * (net.num_nodes + 2) * 8))
    supplies = np.zeros(net.num_nodes, dtype=np.int64)
    supplies[: net.n] = net.k * net.d
    supplies[net.sink] = -net.n * net.k * net.d
    for _attempt in range(4):
        solver = min_cost_flow.SimpleMinCostFlow()
        solver.add_arcs_with_capacity_and_unit_cost(
            tails, heads, caps, np.rint(costs * scale).astype(np.int64)
        )
        solver.set_nodes_supplies(np.arange(net.num_nodes), supplies)
        status = solver.solve()
        if status == solver.OPTIMAL:
            return np.asarray(solver.flows(np.arange(len(tails))), dtype=np.int64)
        if status != solver.BAD_COST_RANGE:
            raise RuntimeError(f"min-cost flow failed with status {status}")
        scale /= 1024
    raise RuntimeError("min-cost flow: cost range too wide")


def _residual(
    tails: IntArray, heads: IntArray, caps: IntArray, costs: FloatArray, flow: IntArray
) -> tuple[IntArray, IntArray, FloatArray, IntArray]:
    fw = np.nonzero(flow < caps)[0]
    bw = np.nonzero(flow > 0)[0]
    rt = np.concatenate([tails[fw], heads[bw]])
    rh = np.concatenate([heads[fw], tails[bw]])
    rw = np.concatenate([costs[fw], -costs[bw]])
    # arc id, negative (−1 − id) for a backward residual arc
    rid = np.concatenate([fw, -1 - bw])
    return rt, rh, rw, rid


def _pred_cycles(pred_tail: IntArray) -> list[list[int]]:
    """All cycles of the parent-pointer graph (node lists); they are node-disjoint."""
    nn = len(pred_tail)
    succ = np.where(pred_tail >= 0, pred_tail, nn)
    succ = np.append(succ, nn)  # a root points at the sentinel, which points at itself
    jump = succ
    for _ in range(max(1, int(nn).bit_length())):
        jump = jump[jump]
    on_cycle = np.unique(jump[jump < nn])
    if len(on_cycle) == 0:
        return []
    parents = succ.tolist()
    seen: set[int] = set()
    cycles: list[list[int]] = []
    for start in on_cycle.tolist():
        if start in seen:
            continue
        cycle = [start]
        seen.add(start)
        v = parents[start]
        while v != start:
            cycle.append(v)
            seen.add(v)
            v = parents[v]
        cycles.append(cycle)
    return cycles


def _potentials(
    nn: int,
    tails: IntArray,
    heads: IntArray,
    caps: IntArray,
    costs: FloatArray,
    flow: IntArray,
    start: FloatArray | None,
) -> tuple[FloatArray, int, int]:
    """Bellman–Ford on the residual graph; cancels negative cycles in `flow` (in place).

    Every few rounds the parent pointers are searched for cycles; a cycle there has negative
    cost, and all of them (node-disjoint) are cancelled by pushing the most flow they allow.
    Returns potentials d with costs[a] + d[tail] − d[head] ≥ −tolerance on residual arcs.
    """
    cancelled = 0
    total_rounds = 0
    d = np.zeros(nn) if start is None else start.copy()
    scale = max(1.0, float(np.abs(costs).max(initial=0.0)))
    tol = _BF_TOL * scale
    while True:
        rt, rh, rw, rid = _residual(tails, heads, caps, costs, flow)
        pred = np.full(nn, -1, dtype=np.int64)  # residual arc index
        rounds = 0
        cycles: list[list[int]] = []
        while True:
            cand = d[rt] + rw
            better = np.nonzero(cand < d[rh] - tol)[0]
            rounds += 1
            if len(better) == 0:
                break
            order = np.lexsort((cand[better], rh[better]))
            better = better[order]
            first = np.ones(len(better), dtype=bool)
            first[1:] = rh[better][1:] != rh[better][:-1]
            better = better[first]
            d[rh[better]] = cand[better]
            pred[rh[better]] = better
            if rounds % 4 == 0:
                cycles = _pred_cycles(np.where(pred >= 0, rt[np.maximum(pred, 0)], -1))
                if cycles:
                    break
            if rounds > 2 * nn + 10:
                raise RuntimeError("Bellman-Ford did not converge")
        total_rounds += rounds
        if not cycles:
            return d, cancelled, total_rounds
        for cycle in cycles:
            arcs = [int(pred[v]) for v in cycle]
            if float(rw[arcs].sum()) >= -tol:
                # rounding noise, not a real negative cycle: be less strict and go on
                tol *= 10.0
                continue
            room = []
            for a in arcs:
                arc = int(rid[a])
                room.append(int(caps[arc] - flow[arc]) if arc >= 0 else int(flow[-1 - arc]))
            delta = min(room)
            for a in arcs:
                arc = int(rid[a])
                if arc >= 0:
                    flow[arc] += delta
                else:
                    flow[-1 - arc] -= delta
            cancelled += 1


def solve_flow(
    net: Network,
    rows: IntArray,
    cols: IntArray,
    scores: FloatArray,
    big_m: float,
    start: FloatArray | None = None,
) -> FlowSolution:
    """Optimal flow over the given pair arcs, with potentials certifying optimality."""
    tails, heads, caps, costs = _arcs(net, rows, cols, scores, big_m)
    t0 = time.perf_counter()
    flow = _mcf(net, tails, heads, caps, costs)
    t1 = time.perf_counter()
    d, cancelled, rounds = _potentials(net.num_nodes, tails, heads, caps, costs, flow, start)
    t2 = time.perf_counter()
    n = net.n
    sink = d[net.sink]
    u = d[:n] - sink
    g = np.maximum(d[n : 2 * n] - d[:n], 0.0) if net.has_gen else np.zeros(n)
    v = np.maximum(sink - d[net.exp0 : net.exp0 + net.m], 0.0)
    return FlowSolution(
        flow=flow,
        pairs=len(rows),
        u=u,
        g=g,
        v=v,
        artificial=int(flow[-n:].sum()),
        potentials=d,
        cancelled_cycles=cancelled,
        bf_rounds=rounds,
        seconds=(t1 - t0, t2 - t1),
    )
