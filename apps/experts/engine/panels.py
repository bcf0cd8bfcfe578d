"""Per-panel caps: at most `max_per_org` experts of one organisation and `max_per_region` of
one region on one application's panel.

These rows cross the core-quota rows, so the problem is no longer a network and its LP may be
fractional. The network optimum is kept when it already respects the caps (then it is optimal
for the capped problem too: the network problem is a relaxation). Otherwise:

- deterministic mode: HiGHS solves the MIP on the candidate pairs. The network duals give
  every pruned pair a reduced cost rc ≤ 0, and any assignment using that pair scores at most
  bound + rc; pairs whose rc is within the gap are added, so the MIP's own bound is then a
  proven bound for the whole instance. If the window is too large the (valid, looser) network
  bound is reported instead;
- random mode: the drawn panels that break a cap are repaired (lowest-scoring member of the
  over-full group out, best eligible expert with spare load in), then by a small MIP over
  the repaired applications if the greedy repair fails. Repaired applications are counted in
  the result's stats; their pairs' probabilities can then differ from the LP marginals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .model import FloatArray, Infeasible, Instance, IntArray, Shortfall
from .pairs import Duals, PairSpace

if TYPE_CHECKING:
    from .solver import Relaxation

_WINDOW_ROWS = 64


def _group_limits(space: PairSpace, inst: Instance) -> list[tuple[IntArray, int]]:
    rules = inst.rules
    out = []
    if rules.max_per_org is not None:
        out.append((space.exp_org, rules.max_per_org))
    if rules.max_per_region is not None:
        out.append((space.exp_region, rules.max_per_region))
    return out


def panel_violations(
    space: PairSpace, inst: Instance, rows: IntArray, cols: IntArray
) -> list[tuple[int, int]]:
    """(application, group) pairs over a cap, as internal indices."""
    out: list[tuple[int, int]] = []
    for groups, limit in _group_limits(space, inst):
        g = groups[cols]
        ok = g >= 0
        keys = rows[ok] * (int(groups.max(initial=0)) + 1) + g[ok]
        uk, cnt = np.unique(keys, return_counts=True)
        over = uk[cnt > limit]
        out += [divmod(int(x), int(groups.max(initial=0)) + 1) for x in over]
    return out


class _Model:
    """A MIP over given pairs (HiGHS through SciPy): panel sizes, core quota, loads, caps."""

    def __init__(
        self,
        space: PairSpace,
        inst: Instance,
        apps: IntArray,
        rows: IntArray,
        cols: IntArray,
        scores: FloatArray,
        cap: IntArray,
        time_limit: float,
        exact_panels: bool = True,
    ) -> None:
        k, c = space.k, space.c
        self.rows, self.cols, self.scores = rows, cols, scores
        self.time_limit = time_limit
        app_pos = np.full(space.n, -1, dtype=np.int64)
        app_pos[apps] = np.arange(len(apps))
        r_app = app_pos[rows]
        ent_r: list[IntArray] = [r_app]
        lo: list[FloatArray] = [np.full(len(apps), float(k) if exact_panels else 0.0)]
        hi: list[FloatArray] = [np.full(len(apps), float(k))]
        base = len(apps)
        if 0 < c < k:
            ent_r.append(np.where(~space.core[cols], base + r_app, -1))
            lo.append(np.full(len(apps), -np.inf))
            hi.append(np.full(len(apps), float(k - c)))
            base += len(apps)
        used_exp, e_pos = np.unique(cols, return_inverse=True)
        ent_r.append(base + e_pos)
        lo.append(np.full(len(used_exp), -np.inf))
        hi.append(cap[used_exp].astype(np.float64))
        base += len(used_exp)
        for groups, limit in _group_limits(space, inst):
            width = int(groups.max(initial=0)) + 1
            g = groups[cols]
            keys = np.where(g >= 0, r_app * width + g, -1)
            uk, inv, cnt = np.unique(keys, return_inverse=True, return_counts=True)
            busy = (uk >= 0) & (cnt > limit)
            row_of = np.full(len(uk), -1, dtype=np.int64)
            row_of[busy] = base + np.arange(int(busy.sum()))
            ent_r.append(row_of[inv])
            lo.append(np.full(int(busy.sum()), -np.inf))
            hi.append(np.full(int(busy.sum()), float(limit)))
            base += int(busy.sum())
        from scipy import sparse  # imported here: only per-panel caps need it

        ent = np.stack(ent_r, axis=1)
        ok = ent >= 0
        col_of = np.broadcast_to(np.arange(len(rows))[:, None], ent.shape)
        self.matrix = sparse.csr_array(
            (np.ones(int(ok.sum())), (ent[ok], col_of[ok])), shape=(base, len(rows))
        )
        self.lower, self.upper = np.concatenate(lo), np.concatenate(hi)

    def run(self) -> tuple[str, np.ndarray, float, float]:
        """(status, x, objective, dual bound) of the maximisation; objective −inf if none."""
        from scipy.optimize import Bounds, LinearConstraint, milp

        res = milp(
            c=-self.scores,
            constraints=LinearConstraint(self.matrix, self.lower, self.upper),
            integrality=np.ones(len(self.rows)),
            bounds=Bounds(0, 1),
            options={"time_limit": self.time_limit, "mip_rel_gap": 1e-9, "presolve": True},
        )
        status = {0: "Optimal", 1: "TimeLimit", 2: "Infeasible"}.get(res.status, str(res.status))
        if res.x is None:
            return status, np.zeros(len(self.rows)), -np.inf, np.inf
        bound = getattr(res, "mip_dual_bound", None)
        dual = -float(bound) if bound is not None and np.isfinite(bound) else np.inf
        return status, np.asarray(res.x), -float(res.fun), dual


def _greedy_repair(
    space: PairSpace, inst: Instance, rows: IntArray, cols: IntArray
) -> tuple[IntArray, IntArray, list[int], list[int]]:
    """Fix panels over a cap one by one; returns new pairs, repaired and failed apps."""
    m, k, c = space.m, space.k, space.c
    limits = _group_limits(space, inst)
    bad_apps = sorted({i for i, _ in panel_violations(space, inst, rows, cols)})
    panels: dict[int, list[int]] = {}
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        panels.setdefault(i, []).append(j)
    load = np.bincount(cols, minlength=m)
    failed: list[int] = []
    for i in bad_apps:
        panel = panels[i]
        for j in panel:
            load[j] -= 1
        keep: list[int] = []
        for j in sorted(
            panel, key=lambda x: (-float(space.score(np.array([i]), np.array([x]))[0]), x)
        ):
            if _fits(space, limits, keep, j):
                keep.append(j)
        rr, cc = space.allowed_in_rows(np.array([i], dtype=np.int64))
        sc = space.score(rr, cc)
        order = np.lexsort((cc, -sc))
        pool = [int(j) for j in cc[order].tolist()]
        while len(keep) > k:
            keep.pop()
        for j in pool:
            if len(keep) >= k:
                break
            cores = sum(1 for x in keep if space.core[x])
            if j in keep or load[j] >= space.cap[j]:
                continue
            if not space.core[j] and k - len(keep) <= c - cores:
                continue
            if _fits(space, limits, keep, j):
                keep.append(j)
        cores = sum(1 for x in keep if space.core[x])
        if len(keep) < k or cores < c:
            failed.append(i)
            keep = panel
        for j in keep:
            load[j] += 1
        panels[i] = keep
    out_r = np.array([i for i, js in panels.items() for _ in js], dtype=np.int64)
    out_c = np.array([j for js in panels.values() for j in js], dtype=np.int64)
    return out_r, out_c, [i for i in bad_apps if i not in failed], failed


def _fits(space: PairSpace, limits: list[tuple[IntArray, int]], keep: list[int], j: int) -> bool:
    for groups, limit in limits:
        gj = groups[j]
        if gj >= 0 and sum(1 for x in keep if groups[x] == gj) >= limit:
            return False
    return True


def _mip_apps(
    space: PairSpace,
    inst: Instance,
    apps: IntArray,
    rows: IntArray,
    cols: IntArray,
) -> tuple[IntArray, IntArray] | None:
    """Re-solve the panels of `apps` on the capacity the other panels leave; None if none."""
    others = ~np.isin(rows, apps)
    load = np.bincount(cols[others], minlength=space.m)
    rr, cc = space.allowed_in_rows(apps)
    model = _Model(
        space, inst, apps, rr, cc, space.score(rr, cc), space.cap - load, inst.rules.time_limit
    )
    _, x, obj, _ = model.run()
    if not np.isfinite(obj):
        return None
    pick = x > 0.5
    return np.concatenate([rows[others], rr[pick]]), np.concatenate([cols[others], cc[pick]])


def enforce_panel_caps(
    space: PairSpace,
    inst: Instance,
    rel: Relaxation,
    rows: IntArray,
    cols: IntArray,
    bound: float,
) -> tuple[IntArray, IntArray, float, dict[str, Any]]:
    stats: dict[str, Any] = {}
    if inst.rules.random:
        r2, c2, repaired, failed = _greedy_repair(space, inst, rows, cols)
        if failed:
            fixed = _mip_apps(space, inst, np.array(sorted(set(repaired) | set(failed))), r2, c2)
            if fixed is None:
                raise Infeasible([_caps_shortfall(space, inst)])
            r2, c2 = fixed
        stats["repaired_applications"] = len(repaired) + len(failed)
        return r2, c2, bound, stats
    return _deterministic(space, inst, rel, bound, stats)


def _caps_shortfall(space: PairSpace, inst: Instance) -> Shortfall:
    """How many seats the caps leave unfillable: the most seats any assignment can fill."""
    rr, cc = space.allowed_in_rows(np.arange(space.n, dtype=np.int64))
    model = _Model(
        space,
        inst,
        np.arange(space.n, dtype=np.int64),
        rr,
        cc,
        np.ones(len(rr)),
        space.cap,
        inst.rules.time_limit,
        exact_panels=False,
    )
    _, x, _, _ = model.run()
    filled = np.bincount(rr[x > 0.5], minlength=space.n)
    core = np.bincount(rr[(x > 0.5) & space.core[cc]], minlength=space.n)
    k, c = space.k, space.c
    short = np.nonzero((filled < k) | (core < c))[0]
    if len(short) == 0:  # the seat-filling MIP found no shortfall within its time limit
        short = np.arange(space.n)
    return Shortfall(
        rule="panel_caps_capacity",
        applications=[inst.application_ids[i] for i in short.tolist()],
        needed=len(short) * k,
        available=int(np.minimum(filled[short], k - np.maximum(c - core[short], 0)).sum()),
    )


def _deterministic(
    space: PairSpace,
    inst: Instance,
    rel: Relaxation,
    bound: float,
    stats: dict[str, Any],
) -> tuple[IntArray, IntArray, float, dict[str, Any]]:
    """MIP on the candidate pairs, widened until the reduced-cost window proves it."""
    m = space.m
    all_pairs = space.num_pairs()
    keys = rel.keys
    apps = np.arange(space.n, dtype=np.int64)
    proven = False
    best: tuple[IntArray, IntArray] | None = None
    for _attempt in range(4):
        kr, kc = keys // m, keys % m
        model = _Model(
            space, inst, apps, kr, kc, space.score(kr, kc), space.cap, inst.rules.time_limit
        )
        status, x, obj, mip_bound = model.run()
        stats["mip_status"] = status
        if not np.isfinite(obj):
            if len(keys) >= all_pairs:
                raise Infeasible([_caps_shortfall(space, inst)])
            # the candidate pairs are too few for the caps: widen to every allowed pair
            keys = space.top_per_row(space.m)
            continue
        pick = x > 0.5
        best = kr[pick], kc[pick]
        if len(keys) >= all_pairs:
            proven = True
        else:
            # any assignment using a pruned pair scores at most bound + rc: only pairs with
            # rc > obj − bound could beat `obj`
            _, _, extra = space.price(
                Duals(rel.duals.u, rel.duals.g, rel.duals.v), 1.0, keys, _WINDOW_ROWS, obj - bound
            )
            if not space.dense:
                extra = np.zeros(0, dtype=np.int64)
            if len(extra) == 0:
                proven = True
            elif np.bincount(extra // m, minlength=space.n).max() >= _WINDOW_ROWS:
                keys = space.top_per_row(space.m)
                continue
            else:
                keys = np.union1d(keys, extra)
                continue
        if proven:
            bound = min(bound, max(obj, mip_bound))
        break
    if best is None:
        raise Infeasible([_caps_shortfall(space, inst)])
    stats["panel_caps_proven"] = proven
    return best[0], best[1], bound, stats
