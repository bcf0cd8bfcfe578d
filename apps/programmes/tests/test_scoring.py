"""The aggregation arithmetic, checked against cases computed by hand."""

from __future__ import annotations

import math

import pytest

from apps.programmes.scoring import (
    Rules,
    Score,
    aggregate,
    letters,
    normalised,
    rule_errors,
    trimmed,
)

RULES = Rules()


def scores(
    app: int, totals: list[float], core: set[int] | frozenset[int] = frozenset()
) -> list[Score]:
    return [Score(app, expert, t, expert in core) for expert, t in enumerate(totals, start=1)]


def test_five_scores_drop_the_highest_and_the_lowest() -> None:
    # 60 and 95 go: (70 + 85 + 90) / 3 = 81.666…; the plain mean would be 80
    value, dropped = trimmed(list(enumerate([70, 85, 90, 60, 95], start=1)), RULES)
    assert value == pytest.approx(245 / 3)
    assert dropped == [4, 5]


def test_fewer_than_five_scores_are_averaged_plainly() -> None:
    assert trimmed(list(enumerate([70, 80, 90, 60])), RULES)[0] == 75
    assert trimmed([(1, 88.5)], RULES) == (88.5, [])


def test_the_trim_rule_is_configurable() -> None:
    rules = Rules.from_scoring(
        {"items": [{"max": 50}, {"max": 50}], "aggregation": {"trim_min_count": 7, "trim_drop": 2}}
    )
    six = list(enumerate([10, 20, 30, 40, 50, 60]))
    assert trimmed(six, rules)[0] == 35  # six < 7: plain mean
    seven = list(enumerate([10, 20, 30, 40, 50, 60, 100]))
    assert trimmed(seven, rules) == (40, [0, 1, 5, 6])  # (30 + 40 + 50) / 3
    assert rules.max_total == 100 and rules.disagreement_threshold == 20


def test_normalisation_corrects_a_harsh_and_a_lenient_expert() -> None:
    # expert 1 gives 60/70, expert 2 gives 80/90: the same opinion, different severity.
    # batch mean 75, batch pstdev sqrt(125); each expert's z-scores are -1 and +1.
    rows = [Score(1, 1, 60), Score(2, 1, 70), Score(1, 2, 80), Score(2, 2, 90)]
    out = normalised(rows, 100)
    low, high = 75 - math.sqrt(125), 75 + math.sqrt(125)
    assert out[(1, 1)] == pytest.approx(low) and out[(1, 2)] == pytest.approx(low)
    assert out[(2, 1)] == pytest.approx(high) and out[(2, 2)] == pytest.approx(high)
    results = aggregate(rows, Rules(normalise=True))
    assert [r.application for r in results] == [2, 1]
    assert results[1].final == pytest.approx(low) and results[1].raw == {1: 60, 2: 80}
    assert not results[0].disagreement  # raw spread 20, normalised 0


def test_normalisation_keeps_a_single_score_and_clips_to_the_sheet() -> None:
    rows = [Score(1, 1, 95), Score(1, 2, 10), Score(2, 2, 100), Score(3, 2, 100)]
    out = normalised(rows, 100)
    assert out[(1, 1)] == 95  # expert 1 scored once: nothing to compare with
    assert all(0 <= v <= 100 for v in out.values())
    flat = normalised([Score(1, 1, 70), Score(2, 1, 70), Score(1, 2, 50), Score(2, 2, 90)], 100)
    assert flat[(1, 1)] == pytest.approx(70)  # all equal: the batch mean (70)


def test_ties_go_to_the_higher_median_then_to_the_core_experts() -> None:
    rows = [
        *scores(1, [80, 80, 80], core={1}),  # final 80, median 80, core 80
        *scores(2, [70, 80, 90], core={3}),  # final 80, median 80, core 90
        *scores(3, [60, 90, 90]),  # final 80, median 90
        *scores(4, [80, 80, 80], core={2}),  # the same as application 1
        *scores(5, [90]),
    ]
    results = aggregate(rows, RULES)
    assert [(r.application, r.rank) for r in results] == [(5, 1), (3, 2), (2, 3), (1, 4), (4, 4)]
    by_app = {r.application: r for r in results}
    assert not by_app[2].disagreement  # range 20 is not above 20
    assert by_app[3].disagreement and by_app[3].spread == 30
    std = aggregate(rows, Rules(disagreement_measure="std", disagreement_threshold=10))
    flagged = {r.application for r in std if r.disagreement}
    assert flagged == {3}  # pstdev(60, 90, 90) = sqrt(200) ≈ 14.1; (70, 80, 90) ≈ 8.2


def test_rule_errors_name_the_problem() -> None:
    assert rule_errors({}) == []
    assert rule_errors({"trim_min_count": 2, "trim_drop": 1})
    assert rule_errors({"disagreement_measure": "iqr"})
    assert rule_errors({"trim_drop": "x"})


def test_anonymous_labels() -> None:
    assert letters(3) == ["专家A", "专家B", "专家C"]
    assert letters(28)[26:] == ["专家AA", "专家AB"]
