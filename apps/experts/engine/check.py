"""An independent feasibility check of an assignment against an instance's rules.

Written against the listed (external) order and the raw instance arrays, not the solver's
internal structures, so that tests and the web layer can use it as a second opinion.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .model import Instance, SparseAffinity, SparseConflicts


def check_assignment(instance: Instance, assignments: list[tuple[str, str]]) -> list[str]:
    """Every rule the assignment breaks, as readable strings (empty: feasible)."""
    rules = instance.rules
    app_index = {a: i for i, a in enumerate(instance.application_ids)}
    exp_index = {e: j for j, e in enumerate(instance.expert_ids)}
    problems: list[str] = []
    pairs: list[tuple[int, int]] = []
    for a, e in assignments:
        if a not in app_index or e not in exp_index:
            problems.append(f"unknown id in pair ({a}, {e})")
            continue
        pairs.append((app_index[a], exp_index[e]))
    if len(set(pairs)) != len(pairs):
        problems.append("a pair is assigned twice")
    rows = np.array([p[0] for p in pairs], dtype=np.int64)
    cols = np.array([p[1] for p in pairs], dtype=np.int64)
    aff = instance.affinity
    if isinstance(aff, SparseAffinity):
        listed = dict(
            zip(
                zip(aff.rows.tolist(), aff.cols.tolist(), strict=True),
                aff.scores.tolist(),
                strict=True,
            )
        )
        scores = np.array([listed.get(p, np.nan) for p in pairs], dtype=np.float64)
    else:
        scores = aff[rows, cols] if len(rows) else np.zeros(0)
    con = instance.conflicts
    if isinstance(con, SparseConflicts):
        banned = set(zip(con.rows.tolist(), con.cols.tolist(), strict=True))
        conflicted = np.array([p in banned for p in pairs], dtype=bool)
    elif con is not None:
        conflicted = con[rows, cols] if len(rows) else np.zeros(0, dtype=bool)
    else:
        conflicted = np.zeros(len(rows), dtype=bool)
    aid, eid = instance.application_ids, instance.expert_ids
    for t, (i, j) in enumerate(pairs):
        if not scores[t] >= 0:
            problems.append(f"{aid[i]}–{eid[j]}: pair not allowed (no affinity)")
        if conflicted[t]:
            problems.append(f"{aid[i]}–{eid[j]}: declared conflict")
        if (
            rules.avoid_same_org
            and instance.app_org[i] >= 0
            and instance.app_org[i] == instance.exp_org[j]
        ):
            problems.append(f"{aid[i]}–{eid[j]}: same organisation")
        if (
            rules.avoid_same_region
            and instance.app_region[i] >= 0
            and instance.app_region[i] == instance.exp_region[j]
        ):
            problems.append(f"{aid[i]}–{eid[j]}: same region")
    count = Counter(i for i, _ in pairs)
    core = Counter(i for i, j in pairs if instance.exp_core[j])
    for i, a in enumerate(aid):
        if count[i] != rules.per_application:
            problems.append(f"{a}: {count[i]} experts, needs {rules.per_application}")
        if core[i] < rules.min_core:
            problems.append(f"{a}: {core[i]} core experts, needs {rules.min_core}")
    caps = instance.capacities()
    load = Counter(j for _, j in pairs)
    for j, n in load.items():
        if n > caps[j]:
            problems.append(f"{eid[j]}: load {n} over capacity {caps[j]}")
    for attr, limit, label in (
        ("exp_org", rules.max_per_org, "organisation"),
        ("exp_region", rules.max_per_region, "region"),
    ):
        if limit is None:
            continue
        groups = getattr(instance, attr)
        per = Counter((i, int(groups[j])) for i, j in pairs if groups[j] >= 0)
        for (i, _group), n in per.items():
            if n > limit:
                problems.append(f"{aid[i]}: {n} experts from one {label}, cap {limit}")
    return problems
