"""Synthetic expert-assignment instances of the shape in issue 5.

30 topics with centres drawn from a 32-dimensional standard normal; each application's topic
drawn with probability proportional to 1/rank (the first topic gets about a quarter), each
expert's topic uniform; each vector its topic centre plus 0.5 × standard normal noise,
normalised; affinity = (1 + cosine) / 2; 1 % of pairs conflicted at random; 40 % of experts
core. Everything comes from one seeded PCG64 stream, so a seed names an instance.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from apps.experts.engine import Instance, Rules

TOPICS = 30
DIM = 32


def generate_arrays(
    n: int, m: int, seed: int = 0, conflict_rate: float = 0.01, core_share: float = 0.4
) -> dict[str, np.ndarray[Any, Any]]:
    """Affinity (n, m) float64, conflicts (n, m) bool, core (m,) bool."""
    rng = np.random.Generator(np.random.PCG64(seed))
    centres = rng.standard_normal((TOPICS, DIM))
    weights = 1.0 / np.arange(1, TOPICS + 1)
    app_topic = rng.choice(TOPICS, size=n, p=weights / weights.sum())
    exp_topic = rng.integers(0, TOPICS, size=m)
    apps = centres[app_topic] + 0.5 * rng.standard_normal((n, DIM))
    exps = centres[exp_topic] + 0.5 * rng.standard_normal((m, DIM))
    apps /= np.linalg.norm(apps, axis=1, keepdims=True)
    exps /= np.linalg.norm(exps, axis=1, keepdims=True)
    affinity = apps @ exps.T
    affinity += 1.0
    affinity *= 0.5
    conflicts = np.empty((n, m), dtype=bool)
    step = max(1, (1 << 22) // max(m, 1))
    for r0 in range(0, n, step):
        r1 = min(n, r0 + step)
        conflicts[r0:r1] = rng.random((r1 - r0, m)) < conflict_rate
    core = np.zeros(m, dtype=bool)
    core[rng.permutation(m)[: round(core_share * m)]] = True
    return {"affinity": affinity, "conflicts": conflicts, "core": core}


def generate(
    n: int,
    m: int,
    per_application: int,
    capacity: int,
    min_core: int = 0,
    max_pair_probability: float | None = None,
    seed: int = 0,
    draw_seed: int = 20261122,
) -> Instance:
    """An in-memory instance (dense affinity and conflicts)."""
    arrays = generate_arrays(n, m, seed)
    rules = Rules(
        per_application=per_application,
        min_core=min_core,
        max_pair_probability=max_pair_probability,
        seed=draw_seed,
    )
    minus = np.full(n, -1, dtype=np.int64)
    return Instance(
        application_ids=[f"A{i + 1}" for i in range(n)],
        expert_ids=[f"E{j + 1}" for j in range(m)],
        app_org=minus,
        app_region=minus,
        exp_org=np.full(m, -1, dtype=np.int64),
        exp_region=np.full(m, -1, dtype=np.int64),
        exp_core=arrays["core"],
        exp_capacity=np.full(m, capacity, dtype=np.int64),
        affinity=arrays["affinity"],
        conflicts=arrays["conflicts"],
        rules=rules,
        owns_arrays=True,
    )


def write_instance(instance: Instance, folder: Path, name: str = "instance") -> Path:
    """Write an in-memory dense instance as §7 JSON plus S.npy / C.npy; returns the JSON path."""
    folder.mkdir(parents=True, exist_ok=True)
    assert isinstance(instance.affinity, np.ndarray)
    np.save(folder / f"{name}_S.npy", instance.affinity)
    data: dict[str, Any] = {
        "applications": [{"id": a} for a in instance.application_ids],
        "experts": [
            {
                "id": e,
                "tier": "core" if instance.exp_core[j] else "general",
                "capacity": int(instance.exp_capacity[j]),
            }
            for j, e in enumerate(instance.expert_ids)
        ],
        "affinity": {"dense": f"{name}_S.npy"},
        "rules": instance.rules.as_dict(),
    }
    if isinstance(instance.conflicts, np.ndarray):
        np.save(folder / f"{name}_C.npy", instance.conflicts)
        data["conflicts"] = {"dense": f"{name}_C.npy"}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
