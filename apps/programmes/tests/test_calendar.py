from __future__ import annotations

import datetime as dt

import pytest

from apps.programmes import configuration
from apps.programmes.calendar import add_working_days, working_days_between


def test_weekends_are_skipped():
    friday = dt.date(2026, 11, 20)
    assert add_working_days(friday, 1, {}) == dt.date(2026, 11, 23)
    assert add_working_days(friday, 0, {}) == friday


def test_holidays_and_make_up_days():
    overrides = {
        dt.date(2026, 10, 1): False,
        dt.date(2026, 10, 2): False,
        dt.date(2026, 10, 10): True,
    }
    assert add_working_days(dt.date(2026, 9, 30), 1, overrides) == dt.date(2026, 10, 5)
    assert working_days_between(dt.date(2026, 10, 9), dt.date(2026, 10, 12), overrides) == 2


@pytest.mark.django_db
def test_the_holiday_table_is_used():
    configuration.holiday_set(
        actor=None, day=dt.date(2026, 11, 23), name="测试假日", is_workday=False
    )
    assert add_working_days(dt.date(2026, 11, 20), 1) == dt.date(2026, 11, 24)
