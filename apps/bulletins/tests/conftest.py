"""Targets over real registry data for bulletin tests.

Two computed indicators over high-tech qualifications, province target cascaded to all 11
cities, Nanchang's cascaded to two of its districts. Nanchang has many enterprises (done),
Ganzhou a few (behind the calendar: a laggard), the rest none (at risk). The year's 新增
indicator is at zero everywhere (every city a laggard).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.test import TestCase

from apps.accounts.models import User
from apps.bulletins import services
from apps.bulletins.models import Bulletin
from apps.regions.models import Region
from apps.supervision.models import Indicator, Target
from apps.supervision.services import indicator_save, target_save, targets_cascade
from tests.factories import OrganizationFactory, QualificationFactory

AS_OF = dt.date(2026, 6, 30)
CITIES = [
    "360100",
    "360200",
    "360300",
    "360400",
    "360500",
    "360600",
    "360700",
    "360800",
    "360900",
    "361000",
    "361100",
]


def _indicator(code: str, name: str, computation: str, order: int) -> Indicator:
    return indicator_save(
        actor=None,
        indicator=Indicator(
            code=code,
            name=name,
            unit="家",
            source="computed",
            computation=computation,
            aggregation="sum",
            sort_order=order,
        ),
    )


@pytest.fixture
def targets(province_officer: User, nanchang_officer: User) -> dict[str, Any]:
    valid = _indicator("high-tech", "高新技术企业数", "qualification_valid:high_tech", 1)
    new = _indicator("high-tech-new", "当年新增高新技术企业数", "qualification_new:high_tech", 2)
    for org_region, count in (("360102", 10), ("360103", 2), ("360702", 2)):
        for _ in range(count):
            QualificationFactory.create(
                organization=OrganizationFactory.create(region_id=org_region)
            )
    for indicator, value in ((valid, Decimal(100)), (new, Decimal(30))):
        province = target_save(
            actor=province_officer,
            target=Target(
                indicator=indicator, region_id="360000", year=2026, value=value, kind="level"
            ),
        )
        share = value / 10
        targets_cascade(
            actor=province_officer, parent=province, values=dict.fromkeys(CITIES, share)
        )
        nanchang = Target.objects.get(indicator=indicator, region_id="360100", year=2026)
        targets_cascade(
            actor=nanchang_officer,
            parent=nanchang,
            values={"360102": share * Decimal("0.6"), "360103": share * Decimal("0.4")},
        )
    return {"indicators": [valid, new]}


def make_bulletin(actor: User, indicators: list[Indicator], **extra: Any) -> Bulletin:
    """Create and generate (the job runs on commit, synchronously in tests)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        bulletin = services.bulletin_create(
            actor=actor, as_of=AS_OF, indicators=indicators, **extra
        )
        services.bulletin_generate(actor=actor, bulletin=bulletin)
    bulletin.refresh_from_db()
    return bulletin


def city_names() -> list[str]:
    return list(Region.objects.filter(code__in=CITIES).values_list("name", flat=True))
