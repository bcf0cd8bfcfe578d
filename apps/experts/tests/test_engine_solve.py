"""Deterministic draws: every solution feasible, optimal against an independent solve, and
the reported bound a true upper bound."""

from __future__ import annotations

import numpy as np
import pytest

from apps.experts.engine import (
    Infeasible,
    check_assignment,
    instance_from_dict,
    solve,
)
from apps.experts.tests.engine_cases import brute_force, random_case, reference_optimum, to_dense

RULE_SETS = [
    {},
    {"avoid_same_org": True},
    {"avoid_same_region": True, "max_load": 2},
    {"max_per_org": 1},
    {"max_per_org": 2, "max_per_region": 2},
]


@pytest.mark.parametrize("extra", RULE_SETS)
@pytest.mark.parametrize("seed", range(12))
def test_optimal_against_milp(seed, extra):
    data = random_case(
        seed, n=10, m=14, k=3, min_core=seed % 3, capacity=(2, 6), orgs=4, regions=3, **extra
    )
    reference = reference_optimum(data)
    instance = instance_from_dict(data)
    if reference is None:
        with pytest.raises(Infeasible):
            solve(instance)
        return
    result = solve(instance)
    assert check_assignment(instance, result.assignments) == []
    assert result.objective == pytest.approx(reference, abs=1e-7)
    assert result.bound >= reference - 1e-9
    if "max_per_org" not in extra and "max_per_region" not in extra:
        # network case: the LP bound is tight
        assert result.bound - result.objective <= 1e-9


@pytest.mark.parametrize("seed", range(8))
def test_optimal_against_brute_force(seed):
    data = random_case(seed, n=3, m=5, k=2, min_core=1, capacity=(1, 2), density=0.9, conflicts=0)
    best = brute_force(data)
    instance = instance_from_dict(data)
    if best is None:
        with pytest.raises(Infeasible):
            solve(instance)
        return
    result = solve(instance)
    assert check_assignment(instance, result.assignments) == []
    assert result.objective == pytest.approx(best, abs=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_dense_matches_sparse(seed, tmp_path):
    data = random_case(seed, n=12, m=18, k=3, min_core=1, capacity=(3, 6), avoid_same_org=True)
    dense = instance_from_dict(to_dense(data, tmp_path), base_dir=tmp_path)
    try:
        sparse_result = solve(instance_from_dict(data))
    except Infeasible as exc:
        with pytest.raises(Infeasible) as again:
            solve(dense)
        assert [s.as_dict() for s in again.value.shortfalls] == [
            s.as_dict() for s in exc.shortfalls
        ]
        return
    dense_result = solve(dense)
    assert check_assignment(dense, dense_result.assignments) == []
    assert dense_result.objective == pytest.approx(sparse_result.objective, abs=1e-9)
    assert dense_result.bound == pytest.approx(sparse_result.bound, abs=1e-7)


def _dense_batch(n, m, k, seed):
    rng = np.random.default_rng(seed)
    scores = rng.random((n, m))
    scores[rng.random((n, m)) < 0.05] = np.nan
    # a popular block of experts that every application prefers: capacity binds there
    scores[:, : m // 10] += 1.0
    data = {
        "applications": [{"id": f"A{i}"} for i in range(n)],
        "experts": [
            {"id": f"E{j}", "tier": "core" if j % 3 == 0 else "general", "capacity": 4}
            for j in range(m)
        ],
        "rules": {"per_application": k, "min_core": 1},
    }
    return data, scores


def test_column_generation_prices_out_every_pair(tmp_path):
    """A dense batch where the candidate set must grow: the result equals the MILP on all
    pairs, and the instance's matrix is left untouched."""
    data, scores = _dense_batch(40, 60, 4, 1)
    np.save(tmp_path / "S.npy", scores)
    dense = instance_from_dict({**data, "affinity": {"dense": "S.npy"}}, base_dir=tmp_path)
    before = dense.affinity.copy()
    result = solve(dense)
    np.testing.assert_array_equal(dense.affinity, before)
    assert check_assignment(dense, result.assignments) == []
    listed = [
        [f"A{i}", f"E{j}", float(scores[i, j])]
        for i in range(40)
        for j in range(60)
        if np.isfinite(scores[i, j])
    ]
    reference = reference_optimum({**data, "affinity": listed})
    assert result.objective == pytest.approx(reference, abs=1e-7)
    assert 0 <= result.bound - result.objective <= 1e-9
    assert result.stats["rounds"] >= 2


def test_scores_are_not_truncated():
    """Scores that differ below any grid still decide the draw."""
    data = {
        "applications": [{"id": "A1"}, {"id": "A2"}],
        "experts": [{"id": "E1", "capacity": 1}, {"id": "E2", "capacity": 1}],
        "affinity": [
            ["A1", "E1", 0.5 + 3e-12],
            ["A1", "E2", 0.5],
            ["A2", "E1", 0.5],
            ["A2", "E2", 0.5 + 1e-12],
        ],
        "rules": {"per_application": 1},
    }
    result = solve(instance_from_dict(data))
    assert result.assignments == [("A1", "E1"), ("A2", "E2")]


@pytest.mark.parametrize("which", range(4))
def test_exact_check_cancels_what_integer_costs_miss(which):
    """2e-12 apart is below the min-cost flow's integer cost grid; the float check on the
    residual graph finds the negative cycle and cancels it."""
    scores = [0.5] * 4
    scores[which] += 2e-12
    data = {
        "applications": [{"id": "A1"}, {"id": "A2"}],
        "experts": [{"id": "E1", "capacity": 1}, {"id": "E2", "capacity": 1}],
        "affinity": [
            ["A1", "E1", scores[0]],
            ["A1", "E2", scores[1]],
            ["A2", "E1", scores[2]],
            ["A2", "E2", scores[3]],
        ],
        "rules": {"per_application": 1},
    }
    result = solve(instance_from_dict(data))
    best = [("A1", "E1"), ("A2", "E2")] if which in (0, 3) else [("A1", "E2"), ("A2", "E1")]
    assert result.assignments == best
    assert result.objective == pytest.approx(1.0 + 2e-12, rel=0, abs=1e-15)


def test_backups_are_eligible_and_spare():
    data = random_case(4, n=8, m=16, k=2, min_core=1, capacity=(2, 4), density=1.0, backups=3)
    instance = instance_from_dict(data)
    result = solve(instance)
    panels: dict[str, set[str]] = {}
    load: dict[str, int] = {}
    for a, e in result.assignments:
        panels.setdefault(a, set()).add(e)
        load[e] = load.get(e, 0) + 1
    caps = {e["id"]: e["capacity"] for e in data["experts"]}
    tiers = {e["id"]: e["tier"] for e in data["experts"]}
    spare_core = {e for e in caps if tiers[e] == "core" and load.get(e, 0) < caps[e]}
    banned = {tuple(p) for p in data["conflicts"]}
    listed = {(a, e) for a, e, _ in data["affinity"]}
    assert set(result.backups) == {a["id"] for a in data["applications"]}
    for app, backups in result.backups.items():
        assert len(backups) == len(set(backups)) <= 3
        assert not panels[app] & set(backups)
        for e in backups:
            assert load.get(e, 0) < caps[e]
            assert (app, e) in listed and (app, e) not in banned
        eligible_core = {e for e in spare_core if (app, e) in listed and (app, e) not in banned}
        if eligible_core - panels[app]:
            assert any(tiers[e] == "core" for e in backups)


def test_result_json_shape():
    result = solve(instance_from_dict(random_case(2, capacity=(2, 3))))
    payload = result.as_dict()
    assert {"assignments", "objective", "bound", "seconds", "backups", "engine_version"} <= set(
        payload
    )
    assert all(len(pair) == 2 for pair in payload["assignments"])
