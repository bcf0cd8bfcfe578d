"""Computed actuals: counted from the registry, rolled up the region tree, cached per version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from apps.organizations.selectors import registry_changed
from apps.supervision.models import Indicator
from apps.supervision.selectors import actual_values, trend
from apps.supervision.sources import source_for
from tests.factories import OrganizationFactory, QualificationFactory

pytestmark = pytest.mark.django_db


def test_valid_counts_roll_up(high_tech: Indicator, registry: dict[str, int]) -> None:
    values = actual_values(high_tech, year=2026, as_of=dt.date(2026, 6, 30))
    assert values["360102"] == 3
    assert values["360100"] == 3
    assert values["360700"] == 1
    assert values["360000"] == 4  # the expired 九江 one does not count
    assert "360400" not in values


def test_new_in_year_counts_only_this_year(registry: dict[str, int]) -> None:
    source = source_for("qualification_new:high_tech")
    assert source is not None
    values = source.compute(2026, dt.date(2026, 6, 30))
    assert sum(values.values()) == 1


def test_cache_follows_the_registry(high_tech: Indicator, registry: dict[str, int]) -> None:
    day = dt.date(2026, 6, 30)
    assert actual_values(high_tech, year=2026, as_of=day)["360000"] == 4
    QualificationFactory.create(organization=OrganizationFactory.create(region_id="360102"))
    registry_changed()
    assert actual_values(high_tech, year=2026, as_of=day)["360000"] == 5


def test_trend_has_month_ends(high_tech: Indicator, registry: dict[str, int]) -> None:
    points = trend(high_tech, region_code="360000", year=2026, as_of=dt.date(2026, 4, 15))
    assert [d for d, _ in points] == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 15),
    ]
    assert [v for _, v in points] == [Decimal(3), Decimal(3), Decimal(3), Decimal(4)]


@pytest.mark.parametrize("kind", ["qualification_valid", "qualification_new"])
def test_trend_counts_all_month_ends_in_one_query_with_the_same_figures(
    kind: str, registry: dict[str, int], django_assert_max_num_queries: Any
) -> None:
    """A trend's dates are counted together; each date's figures are what a single date
    gives (checked against a fresh, uncached count per date)."""
    from django.core.cache import cache

    source = source_for(f"{kind}:high_tech")
    assert source is not None
    indicator = Indicator(code="t", name="t", source="computed", computation=source.key)
    as_of = dt.date(2026, 5, 20)
    cache.clear()
    with django_assert_max_num_queries(3):  # the counts, the type names, the region paths
        points = trend(indicator, region_code="360000", year=2026, as_of=as_of)
    for day, value in points:
        cache.clear()
        assert actual_values(indicator, year=2026, as_of=day).get("360000") == value, day
    # The expired 九江 one counts in 2025 only; the 赣州 one from April on.
    assert [v for _, v in points][-1] == (Decimal(4) if kind == "qualification_valid" else 1)


@pytest.mark.parametrize(
    ("key", "as_of"),
    [
        ("qualification_valid:high_tech", dt.date(2026, 6, 30)),
        ("qualification_valid:high_tech", dt.date(2026, 3, 31)),
        ("qualification_new:high_tech", dt.date(2026, 6, 30)),
        ("qualification_new:high_tech", dt.date(2026, 3, 31)),
    ],
)
def test_the_drill_down_lists_the_organisations_the_count_counted(
    key: str, as_of: dt.date, registry: dict[str, int], province_officer: Any
) -> None:
    """「当年新认定高新技术企业数 2」 linked to every valid holder (4), and every link listed
    today's holders whatever the dashboard's date: the list must show what was counted."""
    from conftest import client_for

    source = source_for(key)
    assert source is not None and source.drill is not None
    counted = source.compute(2026, as_of)
    client = client_for(province_officer)
    for region in ("360000", "360102", "360702"):
        expected = sum(v for code, v in counted.items() if region == "360000" or code == region)
        page = client.get(source.drill(region, 2026, as_of)).content.decode()
        assert page.count("data-region=") == expected, (key, as_of, region)
