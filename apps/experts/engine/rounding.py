"""Dependent rounding of a fractional flow to an integral one with the same expectations.

The LP marginals are a flow in units of 1/D on the network of `flow.py`. Repeatedly take a
cycle of arcs whose flow is not a multiple of D, push flow around it one way or the other
with probabilities that keep every arc's expected flow unchanged, until no fractional arc is
left (Gandhi, Khuller, Parthasarathy & Srinivasan's dependent rounding, on the flow network
so that the core quota survives). Every arc ends at its flow rounded down or up to a multiple
of D, so counts, the core quota and loads hold exactly; each pair is chosen with probability
equal to its LP value, which is at most q.

Arithmetic is on integers and the walk order is fixed by arc ids, so the same flow and the
same seed give the same draw bit for bit.
"""

from __future__ import annotations

import numpy as np

from .model import IntArray


def dependent_round(
    num_nodes: int,
    tails: IntArray,
    heads: IntArray,
    is_pair: np.ndarray,
    flow: IntArray,
    d: int,
    rng: np.random.Generator,
) -> tuple[IntArray, int]:
    """Round `flow` (units of 1/d) to multiples of d; returns (new flow, cycles used)."""
    out = flow.copy()
    frac = np.nonzero(out % d != 0)[0]
    if len(frac) == 0:
        return out, 0
    ends = np.concatenate([tails[frac], heads[frac]])
    arcs = np.concatenate([frac, frac])
    # structural arcs (load, general cap) first: cycles through the sink close quickly
    pair_first = is_pair[arcs].astype(np.int64)
    order = np.lexsort((arcs, pair_first, ends))
    adj: list[int] = arcs[order].tolist()
    bounds = np.searchsorted(ends[order], np.arange(num_nodes + 1))
    ptr: list[int] = bounds[:-1].tolist()
    end: list[int] = bounds[1:].tolist()
    f: dict[int, int] = {int(a): int(out[a]) for a in frac}
    tl: dict[int, int] = {int(a): int(tails[a]) for a in frac}
    hd: dict[int, int] = {int(a): int(heads[a]) for a in frac}
    alive: set[int] = set(f)
    draw = rng.integers
    cycles = 0

    def next_arc(node: int, came: int) -> int:
        j = ptr[node]
        stop = end[node]
        while j < stop and adj[j] not in alive:
            j += 1
        ptr[node] = j
        while j < stop:
            a = adj[j]
            if a != came and a in alive:
                return a
            j += 1
        return -1

    for start in sorted({tl[a] for a in f} | {hd[a] for a in f}):
        while next_arc(start, -1) >= 0:
            path_nodes = [start]
            path_arcs: list[int] = []
            where = {start: 0}
            cur, came = start, -1
            while True:
                a = next_arc(cur, came)
                if a < 0:
                    raise RuntimeError("rounding: a node has a single fractional arc")
                nxt = hd[a] if tl[a] == cur else tl[a]
                path_arcs.append(a)
                if nxt in where:
                    at = where[nxt]
                    cyc_arcs = path_arcs[at:]
                    cyc_nodes = path_nodes[at:]
                    up = down = None
                    for t, arc in enumerate(cyc_arcs):
                        r = f[arc] % d
                        fwd = tl[arc] == cyc_nodes[t]
                        room_up, room_down = (d - r, r) if fwd else (r, d - r)
                        up = room_up if up is None or room_up < up else up
                        down = room_down if down is None or room_down < down else down
                    assert up is not None and down is not None
                    delta = up if int(draw(up + down)) < down else -down
                    for t, arc in enumerate(cyc_arcs):
                        f[arc] += delta if tl[arc] == cyc_nodes[t] else -delta
                        if f[arc] % d == 0:
                            alive.discard(arc)
                    cycles += 1
                    # keep the path up to the cycle's first node and walk on from there
                    for node in path_nodes[at + 1 :]:
                        del where[node]
                    del path_nodes[at + 1 :]
                    del path_arcs[at:]
                    cur = nxt
                    came = path_arcs[-1] if path_arcs else -1
                    if came >= 0 and came not in alive:
                        # the arc we came in on became integral: restart from the path start
                        break
                    if next_arc(cur, came) < 0:
                        break
                    continue
                where[nxt] = len(path_nodes)
                path_nodes.append(nxt)
                cur, came = nxt, a
    for a, value in f.items():
        out[a] = value
    return out, cycles
