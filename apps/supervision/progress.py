"""Progress against the calendar (时序进度): plain arithmetic, no ORM, so it is easy to test.

For a yearly target the share of the year gone by is the expected completion. Completion is
what has been achieved as a share of what is asked:

- an increment target (新增 100 家): actual ÷ target;
- a level target with a start-of-year base (达到 7,000 家 from 6,200): (actual − base) ÷
  (target − base); without a base: actual ÷ target;
- a "lower is better" target (能耗下降): the same with the signs turned round.

Status compares completion with the calendar, with a tolerance the province sets in settings:
done (the comparator is met), on track (no more than `LAG` behind the calendar), lagging (no
more than `RISK` behind) and at risk (further behind — early-warning notices go out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from apps.supervision.choices import Comparator, Direction, ProgressStatus, TargetKind

LAG = 0.05  # up to 5 points behind the calendar still counts as on track
RISK = 0.15  # more than 15 points behind is at risk


def calendar_share(year: int, as_of: dt.date) -> float:
    """Share of `year` elapsed at the end of `as_of` (0 before it starts, 1 after it ends)."""
    start = dt.date(year, 1, 1)
    end = dt.date(year, 12, 31)
    if as_of < start:
        return 0.0
    if as_of >= end:
        return 1.0
    return ((as_of - start).days + 1) / ((end - start).days + 1)


def met(comparator: str, actual: Decimal, value: Decimal) -> bool:
    return {
        Comparator.GE: actual >= value,
        Comparator.GT: actual > value,
        Comparator.EQ: actual >= value,  # 达到 N: reaching N or more counts as met
        Comparator.LE: actual <= value,
        Comparator.LT: actual < value,
    }[Comparator(comparator)]


@dataclass(frozen=True, slots=True)
class Assessment:
    completion: float | None  # 0.83 = 83 % of the way; None without data
    expected: float  # share of the year elapsed
    status: ProgressStatus

    @property
    def gap(self) -> float | None:
        """Points behind (+) or ahead (−) of the calendar."""
        return None if self.completion is None else self.expected - self.completion


def assess(
    *,
    kind: str,
    comparator: str,
    direction: str,
    value: Decimal,
    actual: Decimal | None,
    baseline: Decimal | None,
    year: int,
    as_of: dt.date,
) -> Assessment:
    expected = calendar_share(year, as_of)
    if actual is None:
        return Assessment(None, expected, ProgressStatus.NO_DATA)
    completion = _completion(kind, direction, value, actual, baseline)
    if met(comparator, actual, value):
        return Assessment(completion, expected, ProgressStatus.DONE)
    behind = expected - completion
    if behind <= LAG:
        status = ProgressStatus.ON_TRACK
    elif behind <= RISK:
        status = ProgressStatus.LAGGING
    else:
        status = ProgressStatus.AT_RISK
    return Assessment(completion, expected, status)


def _completion(
    kind: str, direction: str, value: Decimal, actual: Decimal, baseline: Decimal | None
) -> float:
    lower = direction == Direction.LOWER
    if kind == TargetKind.LEVEL and baseline is not None and baseline != value:
        done, asked = actual - baseline, value - baseline
        if lower:
            done, asked = baseline - actual, baseline - value
        return max(0.0, float(done / asked)) if asked else 1.0
    if lower:
        return float(value / actual) if actual > 0 else 1.0
    if value == 0:
        return 1.0
    return max(0.0, float(actual / value))
