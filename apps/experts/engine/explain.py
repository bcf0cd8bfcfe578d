"""Why an instance cannot be satisfied: cheap counts first, then a Hall-type deficiency.

The counting checks look at one application (or the whole batch) at a time. When they pass
but the flow still needs artificial arcs, a search of the residual graph from the short
applications either finds an augmenting path (so the instance is not infeasible and the
artificial cost was too small) or stops at a set of applications and the experts they can
reach, all fully loaded: by max-flow/min-cut these applications together need more than the
experts they may use can give, which is exactly what is short.
"""

from __future__ import annotations

import math

import numpy as np

from .flow import FlowSolution, Network
from .model import Instance, IntArray, Shortfall
from .pairs import PairSpace


def _per_app(
    rule: str, inst: Instance, have: IntArray, need: int, detail: str = ""
) -> list[Shortfall]:
    short = np.nonzero(have < need)[0]
    return [
        Shortfall(
            rule=rule,
            applications=[inst.application_ids[i]],
            needed=need,
            available=int(have[i]),
            detail=detail,
        )
        for i in short.tolist()
    ]


def counting_shortfalls(space: PairSpace, inst: Instance) -> list[Shortfall]:
    rules = inst.rules
    k, c = rules.per_application, rules.min_core
    q = rules.max_pair_probability
    total, core = space.row_counts()
    out: list[Shortfall] = []
    need_k, need_c = k, c
    detail = ""
    if q is not None and q < 1:
        need_k, need_c = math.ceil(k / q - 1e-9), math.ceil(c / q - 1e-9)
        detail = f"每对入选概率不超过 {q:g} / pair probability at most {q:g}"
    out += _per_app("eligible_experts", inst, total, need_k, detail)
    if c > 0:
        out += _per_app("eligible_core_experts", inst, core, need_c, detail)
    for groups, limit, name in (
        (space.exp_org, rules.max_per_org, "同单位"),
        (space.exp_region, rules.max_per_region, "同地区"),
    ):
        if limit is None:
            continue
        capped = space.capped_row_counts(groups, limit)
        out += _per_app("panel_caps", inst, capped, k, f"{name}最多 {limit} 人")
        if c > 0:
            capped_core = space.capped_row_counts(groups, limit, col_mask=space.core)
            out += _per_app("panel_caps", inst, capped_core, c, f"核心专家，{name}最多 {limit} 人")
    if out:
        return out
    usable = total > 0
    cap_total = int(space.cap.sum())
    if cap_total < inst.n * k:
        out.append(
            Shortfall(
                rule="total_capacity",
                applications=[a for a, ok in zip(inst.application_ids, usable, strict=True) if ok],
                needed=inst.n * k,
                available=cap_total,
            )
        )
    core_cap = int(space.cap[space.core].sum())
    if c > 0 and core_cap < inst.n * c:
        out.append(
            Shortfall(
                rule="core_capacity",
                applications=list(inst.application_ids),
                needed=inst.n * c,
                available=core_cap,
            )
        )
    return out


def hall_shortfall(
    space: PairSpace,
    net: Network,
    keys: IntArray,
    sol: FlowSolution,
    inst: Instance,
) -> Shortfall | None:
    """The deficient set behind the artificial flow, or None if an augmenting path exists."""
    n, m, d, p = net.n, net.m, net.d, net.p
    npairs = sol.pairs
    pair_flow = sol.flow[:npairs]
    struct = sol.flow[npairs:]
    gen_flow = struct[:n] if net.has_gen else np.zeros(n, dtype=np.int64)
    off = n if net.has_gen else 0
    load = struct[off : off + m]
    art = struct[off + m :]
    cap_units = net.cap * d
    gen_cap = (net.k - net.c) * d
    used = pair_flow > 0
    used_keys = keys[used]
    used_rows, used_cols = used_keys // m, used_keys % m
    full_keys = keys[pair_flow >= p]  # pairs with no forward room
    seen_app = art > 0
    seen_gen = np.zeros(n, dtype=bool)
    seen_exp = np.zeros(m, dtype=bool)
    frontier = np.nonzero(seen_app)[0]
    gen_frontier = np.zeros(0, dtype=np.int64)
    while len(frontier) or len(gen_frontier):
        if net.has_gen and len(frontier):
            g_new = frontier[(gen_flow[frontier] < gen_cap) & ~seen_gen[frontier]]
            seen_gen[g_new] = True
            gen_frontier = np.union1d(gen_frontier, g_new)
        new_exp: list[IntArray] = []
        for rows, want_core in ((frontier, True), (gen_frontier, False)):
            if not len(rows):
                continue
            rr, cc = space.allowed_in_rows(rows.astype(np.int64))
            if net.has_gen:
                sel = space.core[cc] if want_core else ~space.core[cc]
                rr, cc = rr[sel], cc[sel]
            room = ~np.isin(rr * m + cc, full_keys)
            new_exp.append(cc[room])
        exps = np.unique(np.concatenate(new_exp)) if new_exp else np.zeros(0, dtype=np.int64)
        exps = exps[~seen_exp[exps]]
        seen_exp[exps] = True
        if bool((load[exps] < cap_units[exps]).any()):
            return None
        back = np.isin(used_cols, exps)
        b_rows, b_cols = used_rows[back], used_cols[back]
        to_gen = ~space.core[b_cols] if net.has_gen else np.zeros(len(b_rows), dtype=bool)
        apps = b_rows[~to_gen]
        gens = b_rows[to_gen]
        gens = np.unique(gens[~seen_gen[gens]])
        seen_gen[gens] = True
        # a general node with flow leads back to its application
        apps = np.unique(np.concatenate([apps, gens[gen_flow[gens] > 0]]))
        apps = apps[~seen_app[apps]]
        seen_app[apps] = True
        frontier = apps
        gen_frontier = gens
    short_units = int(art.sum())
    apps_idx = np.nonzero(seen_app)[0]
    needed = len(apps_idx) * net.k
    short = math.ceil(short_units / d)
    core_bound = bool(net.has_gen and np.any(~seen_gen[apps_idx] & (gen_flow[apps_idx] >= gen_cap)))
    if core_bound:  # the shortage is in core seats
        needed = len(apps_idx) * net.c
    experts = [inst.expert_ids[j] for j in np.nonzero(seen_exp)[0].tolist()]
    return Shortfall(
        rule="core_quota" if core_bound else "capacity",
        applications=[inst.application_ids[i] for i in apps_idx.tolist()],
        needed=needed,
        available=max(needed - short, 0),
        experts=experts,
        detail=(
            f"可用专家 {len(experts)} 人均已满负荷 / "
            f"their {len(experts)} usable experts are fully loaded"
        ),
    )
