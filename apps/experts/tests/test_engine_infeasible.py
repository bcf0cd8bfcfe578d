"""Instances that cannot be satisfied are explained: which applications, which rule, how
many short."""

from __future__ import annotations

import pytest

from apps.experts.engine import Infeasible, InstanceError, instance_from_dict, solve
from apps.experts.tests.engine_cases import random_case, reference_optimum


def _case(apps, experts, affinity, **rules):
    return {
        "applications": [{"id": a} for a in apps],
        "experts": [{"id": e, "tier": t, "capacity": c} for e, t, c in experts],
        "affinity": affinity,
        "rules": rules,
    }


EXPERTS = [
    ("E1", "core", 1),
    ("E2", "general", 1),
    ("E3", "core", 3),
    ("E4", "general", 3),
    ("E5", "general", 3),
    ("E6", "core", 3),
]


def _shortfalls(data):
    with pytest.raises(Infeasible) as info:
        solve(instance_from_dict(data))
    return info.value.shortfalls


def test_too_few_eligible_experts():
    (s,) = _shortfalls(_case(["A1"], EXPERTS, [["A1", "E1", 0.5]], per_application=2))
    assert (s.rule, s.applications, s.needed, s.available, s.short) == (
        "eligible_experts",
        ["A1"],
        2,
        1,
        1,
    )
    assert "可选专家不足" in s.message() and "too few eligible experts" in s.message()


def test_too_few_eligible_core_experts():
    data = _case(
        ["A1"], EXPERTS, [["A1", "E2", 0.5], ["A1", "E4", 0.5]], per_application=2, min_core=1
    )
    (s,) = _shortfalls(data)
    assert (s.rule, s.applications, s.short) == ("eligible_core_experts", ["A1"], 1)


def test_conflicts_and_same_org_count_against_eligibility():
    data = _case(["A1"], EXPERTS, [["A1", e, 0.5] for e in ("E1", "E2", "E3")], per_application=2)
    data["applications"][0]["org"] = "O1"
    data["experts"][0]["org"] = "O1"
    data["conflicts"] = [["A1", "E2"]]
    data["rules"]["avoid_same_org"] = True
    (s,) = _shortfalls(data)
    assert (s.rule, s.available, s.short) == ("eligible_experts", 1, 1)


def test_total_capacity_too_low():
    experts = [("E1", "general", 1), ("E2", "general", 1), ("E3", "general", 1)]
    aff = [[a, e, 0.5] for a in ("A1", "A2") for e in ("E1", "E2", "E3")]
    (s,) = _shortfalls(_case(["A1", "A2"], experts, aff, per_application=2))
    assert (s.rule, s.needed, s.available, s.short) == ("total_capacity", 4, 3, 1)


def test_hall_deficiency_names_the_applications_and_experts():
    """Counts pass (each application has two eligible experts, capacity is ample), but A1
    and A2 share two experts of load 1: two seats short."""
    aff = [["A1", "E1", 0.9], ["A1", "E2", 0.8], ["A2", "E1", 0.7], ["A2", "E2", 0.6]]
    aff += [["A3", e, 0.5] for e in ("E3", "E4", "E5", "E6")]
    (s,) = _shortfalls(_case(["A1", "A2", "A3"], EXPERTS, aff, per_application=2))
    assert s.rule == "capacity"
    assert s.applications == ["A1", "A2"]
    assert s.experts == ["E1", "E2"]
    assert (s.needed, s.available, s.short) == (4, 2, 2)


def test_core_quota_deficiency():
    aff = [["A1", "E1", 0.9], ["A1", "E2", 0.8], ["A2", "E1", 0.7], ["A2", "E2", 0.6]]
    aff += [["A1", "E4", 0.1], ["A2", "E5", 0.1]]
    aff += [["A3", e, 0.5] for e in ("E3", "E4", "E5", "E6")]
    (s,) = _shortfalls(_case(["A1", "A2", "A3"], EXPERTS, aff, per_application=2, min_core=1))
    assert s.rule == "core_quota"
    assert s.applications == ["A1", "A2"]
    assert s.experts == ["E1"]
    assert s.short == 1


def test_panel_cap_counts():
    data = _case(["A1"], EXPERTS, [["A1", e, 0.5] for e in ("E1", "E2", "E3")], per_application=2)
    for e in data["experts"][:3]:
        e["org"] = "O9"
    data["rules"]["max_per_org"] = 1
    (s,) = _shortfalls(data)
    assert (s.rule, s.applications, s.available, s.short) == ("panel_caps", ["A1"], 1, 1)


def test_pair_probability_needs_more_eligible_experts():
    data = _case(["A1"], EXPERTS, [["A1", e, 0.5] for e in ("E3", "E4", "E5")], per_application=2)
    data["rules"]["max_pair_probability"] = 0.5
    (s,) = _shortfalls(data)
    assert (s.rule, s.needed, s.available) == ("eligible_experts", 4, 3)


@pytest.mark.parametrize("seed", range(30))
def test_infeasible_exactly_when_the_reference_is(seed):
    data = random_case(seed, n=10, m=12, k=3, min_core=seed % 3, capacity=(1, 4), max_per_org=2)
    reference = reference_optimum(data)
    if reference is None:
        shortfalls = _shortfalls(data)
        assert shortfalls and all(s.short > 0 and s.applications for s in shortfalls)
    else:
        solve(instance_from_dict(data))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["rules"].pop("per_application"),
        lambda d: d["rules"].update(min_core=5),
        lambda d: d["rules"].update(max_pair_probability=1.5),
        lambda d: d["rules"].update(colour="red"),
        lambda d: d["affinity"].append(["A1", "E404", 0.5]),
        lambda d: d["affinity"].append(list(d["affinity"][0])),
        lambda d: d["experts"].append(dict(d["experts"][0])),
        lambda d: d["experts"][0].update(tier="senior"),
    ],
)
def test_malformed_instances(mutate):
    data = random_case(1)
    mutate(data)
    with pytest.raises(InstanceError):
        instance_from_dict(data)
