"""Working-day arithmetic over the editable holiday table (chinese-calendar stops at 2026)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping


def is_working_day(day: dt.date, overrides: Mapping[dt.date, bool]) -> bool:
    """`overrides` maps a date to True (调休上班) or False (holiday); else Monday–Friday."""
    if day in overrides:
        return overrides[day]
    return day.weekday() < 5


def add_working_days(
    start: dt.date, days: int, overrides: Mapping[dt.date, bool] | None = None
) -> dt.date:
    """The date `days` working days after `start` (start itself not counted); 0 gives start."""
    if overrides is None:
        overrides = holiday_overrides(start, start + dt.timedelta(days=days * 3 + 30))
    day = start
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day, overrides):
            left -= 1
    return day


def working_days_between(
    start: dt.date, end: dt.date, overrides: Mapping[dt.date, bool] | None = None
) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if overrides is None:
        overrides = holiday_overrides(start, end)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, overrides):
            count += 1
    return count


def holiday_overrides(start: dt.date, end: dt.date) -> dict[dt.date, bool]:
    from apps.programmes.models import Holiday

    rows = Holiday.objects.filter(day__gte=start, day__lte=end).values_list("day", "is_workday")
    return dict(rows)
