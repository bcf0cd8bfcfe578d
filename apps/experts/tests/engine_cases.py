"""Small instances and an independent solver for the assignment-engine tests.

The reference solver builds the whole 0/1 model from the raw JSON (not from the engine's
structures) and hands it to SciPy's MILP interface, so it shares no code with the engine.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linprog, milp


def random_case(
    seed: int,
    n: int = 6,
    m: int = 9,
    k: int = 2,
    min_core: int = 0,
    capacity: tuple[int, int] = (1, 3),
    density: float = 0.8,
    orgs: int = 3,
    regions: int = 2,
    conflicts: float = 0.05,
    **rules: Any,
) -> dict[str, Any]:
    """A §7 JSON instance with random scores, organisations, regions and conflicts."""
    rng = np.random.default_rng(seed)
    apps = [
        {"id": f"A{i}", "org": f"O{rng.integers(orgs)}", "region": f"R{rng.integers(regions)}"}
        for i in range(n)
    ]
    experts = [
        {
            "id": f"E{j}",
            "org": f"O{rng.integers(orgs)}",
            "region": f"R{rng.integers(regions)}",
            "tier": "core" if rng.random() < 0.4 else "general",
            "capacity": int(rng.integers(capacity[0], capacity[1] + 1)),
        }
        for j in range(m)
    ]
    affinity = [
        [a["id"], e["id"], round(float(rng.random()), 6)]
        for a in apps
        for e in experts
        if rng.random() < density
    ]
    conflict_list = [[a["id"], e["id"]] for a in apps for e in experts if rng.random() < conflicts]
    return {
        "applications": apps,
        "experts": experts,
        "affinity": affinity,
        "conflicts": conflict_list,
        "rules": {"per_application": k, "min_core": min_core, "seed": seed, **rules},
    }


def allowed_pairs(data: dict[str, Any]) -> list[tuple[int, int, float]]:
    """(application index, expert index, score) of every pair the rules allow."""
    rules = data["rules"]
    apps, experts = data["applications"], data["experts"]
    ai = {a["id"]: i for i, a in enumerate(apps)}
    ei = {e["id"]: j for j, e in enumerate(experts)}
    banned = {(ai[a], ei[e]) for a, e in data.get("conflicts") or []}
    out = []
    for a, e, s in data["affinity"]:
        i, j = ai[a], ei[e]
        if s is None or not s >= 0 or (i, j) in banned:
            continue
        if (
            rules.get("avoid_same_org")
            and apps[i].get("org")
            and apps[i].get("org") == experts[j].get("org")
        ):
            continue
        if (
            rules.get("avoid_same_region")
            and apps[i].get("region")
            and apps[i].get("region") == experts[j].get("region")
        ):
            continue
        if experts[j].get("capacity", 1) <= 0:
            continue
        out.append((i, j, float(s)))
    return out


def _model(data: dict[str, Any], upper: float) -> tuple[Any, ...]:
    rules = data["rules"]
    apps, experts = data["applications"], data["experts"]
    k, c = rules["per_application"], rules.get("min_core", 0)
    pairs = allowed_pairs(data)
    rows = 0
    lo: list[float] = []
    hi: list[float] = []
    entries: list[tuple[int, int]] = []

    def add_row(cols: list[int], low: float, high: float) -> None:
        nonlocal rows
        entries.extend((rows, t) for t in cols)
        lo.append(low)
        hi.append(high)
        rows += 1

    for i in range(len(apps)):
        mine = [t for t, (pi, _, _) in enumerate(pairs) if pi == i]
        add_row(mine, k, k)
        core = [t for t in mine if experts[pairs[t][1]].get("tier") == "core"]
        add_row(core, c, np.inf)
        for key, limit_key in (("org", "max_per_org"), ("region", "max_per_region")):
            limit = rules.get(limit_key)
            if limit is None:
                continue
            groups: dict[str, list[int]] = {}
            for t in mine:
                g = experts[pairs[t][1]].get(key)
                if g:
                    groups.setdefault(g, []).append(t)
            for cols in groups.values():
                add_row(cols, -np.inf, limit)
    for j, e in enumerate(experts):
        cap = e.get("capacity", len(apps))
        if rules.get("max_load") is not None:
            cap = min(cap, rules["max_load"])
        add_row([t for t, (_, pj, _) in enumerate(pairs) if pj == j], -np.inf, cap)
    a = sparse.csr_array(
        (np.ones(len(entries)), ([r for r, _ in entries], [t for _, t in entries])),
        shape=(rows, len(pairs)),
    )
    scores = np.array([s for _, _, s in pairs])
    return pairs, a, np.array(lo, dtype=float), np.array(hi, dtype=float), scores, upper


def reference_optimum(data: dict[str, Any]) -> float | None:
    """The deterministic optimum by MILP over all allowed pairs (None: infeasible)."""
    pairs, a, lo, hi, scores, _ = _model(data, 1.0)
    if not pairs:
        return None
    res = milp(
        -scores,
        constraints=LinearConstraint(a, lo, hi),
        integrality=np.ones(len(pairs)),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0},
    )
    return None if res.x is None else -float(res.fun)


def reference_lp(data: dict[str, Any], upper: float) -> float | None:
    """The LP optimum with x ≤ upper (the expected objective of a capped random draw)."""
    _, a, lo, hi, scores, _ = _model(data, upper)
    dense = a.toarray()
    eq = lo == hi
    a_ub = np.vstack([dense[~eq & np.isfinite(hi)], -dense[~eq & np.isfinite(lo)]])
    b_ub = np.concatenate([hi[~eq & np.isfinite(hi)], -lo[~eq & np.isfinite(lo)]])
    res = linprog(
        -scores,
        A_ub=a_ub,
        b_ub=b_ub,
        A_eq=dense[eq],
        b_eq=lo[eq],
        bounds=(0, upper),
        method="highs",
    )
    return None if res.status != 0 else -float(res.fun)


def brute_force(data: dict[str, Any]) -> float | None:
    """Exhaustive optimum for tiny instances (every combination of panels)."""
    rules = data["rules"]
    experts = data["experts"]
    k, c = rules["per_application"], rules.get("min_core", 0)
    pairs = allowed_pairs(data)
    n = len(data["applications"])
    options = []
    for i in range(n):
        mine = [(j, s) for pi, j, s in pairs if pi == i]
        panels = []
        for combo in itertools.combinations(mine, k):
            if sum(1 for j, _ in combo if experts[j].get("tier") == "core") >= c:
                panels.append(combo)
        options.append(panels)
    best = None
    for choice in itertools.product(*options):
        load: dict[int, int] = {}
        for panel in choice:
            for j, _ in panel:
                load[j] = load.get(j, 0) + 1
        if any(load[j] > experts[j].get("capacity", n) for j in load):
            continue
        value = sum(s for panel in choice for _, s in panel)
        best = value if best is None or value > best else best
    return best


def to_dense(data: dict[str, Any], folder: Any, name: str = "case") -> dict[str, Any]:
    """The same instance with `{"dense": ...}` matrices (NaN: not listed) written to `folder`."""
    apps, experts = data["applications"], data["experts"]
    ai = {a["id"]: i for i, a in enumerate(apps)}
    ei = {e["id"]: j for j, e in enumerate(experts)}
    scores = np.full((len(apps), len(experts)), np.nan)
    for a, e, s in data["affinity"]:
        scores[ai[a], ei[e]] = np.nan if s is None else s
    banned = np.zeros((len(apps), len(experts)), dtype=bool)
    for a, e in data.get("conflicts") or []:
        banned[ai[a], ei[e]] = True
    np.save(folder / f"{name}_S.npy", scores)
    np.save(folder / f"{name}_C.npy", banned)
    return {
        **data,
        "affinity": {"dense": f"{name}_S.npy"},
        "conflicts": {"dense": f"{name}_C.npy"},
    }
