"""Progress against the calendar: completion, status thresholds, baselines, lower-is-better."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from apps.supervision.choices import ProgressStatus
from apps.supervision.progress import assess, calendar_share


def test_calendar_share_runs_from_zero_to_one() -> None:
    assert calendar_share(2026, dt.date(2025, 12, 31)) == 0
    assert calendar_share(2026, dt.date(2026, 12, 31)) == 1
    assert calendar_share(2026, dt.date(2026, 7, 2)) == pytest.approx(183 / 365)


def _assess(actual: str | None, *, value: str = "100", baseline: str | None = None, **kw: str):  # type: ignore[no-untyped-def]
    return assess(
        kind=kw.get("kind", "increment"),
        comparator=kw.get("comparator", ">="),
        direction=kw.get("direction", "higher"),
        value=Decimal(value),
        actual=None if actual is None else Decimal(actual),
        baseline=None if baseline is None else Decimal(baseline),
        year=2026,
        as_of=kw.get("as_of", dt.date(2026, 7, 2)),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("actual", "status"),
    [
        ("100", ProgressStatus.DONE),
        ("50", ProgressStatus.ON_TRACK),  # 50 % done, 50 % of the year gone
        ("42", ProgressStatus.LAGGING),  # 8 points behind
        ("30", ProgressStatus.AT_RISK),  # 20 points behind
        (None, ProgressStatus.NO_DATA),
    ],
)
def test_status_against_the_calendar(actual: str | None, status: ProgressStatus) -> None:
    assert _assess(actual).status == status


def test_level_target_measures_growth_from_the_baseline() -> None:
    # 达到 7,000 from 6,000: 6,500 is half-way, on track at mid-year; without a base 93 %.
    with_base = _assess("6500", value="7000", baseline="6000", kind="level")
    assert with_base.completion == pytest.approx(0.5)
    assert with_base.status == ProgressStatus.ON_TRACK
    assert _assess("6500", value="7000", kind="level").completion == pytest.approx(6500 / 7000)


def test_lower_is_better_turns_the_signs() -> None:
    # 能耗 from 1.0 down to 0.8: at 0.9 half-way.
    row = _assess("0.9", value="0.8", baseline="1.0", kind="level", direction="lower",
                  comparator="<=")  # fmt: skip
    assert row.completion == pytest.approx(0.5)
    assert _assess("0.75", value="0.8", direction="lower", comparator="<=").status == "done"


@given(
    actual=st.decimals(min_value=0, max_value=10**6, places=2),
    value=st.decimals(min_value=1, max_value=10**6, places=2),
    day=st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31)),
)
def test_more_is_never_worse(actual: Decimal, value: Decimal, day: dt.date) -> None:
    order = ["at_risk", "lagging", "on_track", "done"]
    low = _assess(str(actual), value=str(value), as_of=day)  # type: ignore[arg-type]
    high = _assess(str(actual + 1), value=str(value), as_of=day)  # type: ignore[arg-type]
    assert order.index(high.status) >= order.index(low.status)
