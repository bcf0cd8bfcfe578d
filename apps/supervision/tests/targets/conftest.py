"""Indicators and targets for the supervision tests: a computed count and a reported rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from apps.regions.models import Region
from apps.supervision.models import Indicator, Target
from apps.supervision.services import indicator_save, target_save
from tests.factories import OrganizationFactory, QualificationFactory

YEAR = 2026
AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def high_tech(db: None) -> Indicator:
    return indicator_save(
        actor=None,
        indicator=Indicator(
            code="high_tech",
            name="有效期内高新技术企业数",
            unit="家",
            source="computed",
            computation="qualification_valid:high_tech",
            aggregation="sum",
        ),
    )


@pytest.fixture
def rd_ratio(db: None) -> Indicator:
    return indicator_save(
        actor=None,
        indicator=Indicator(
            code="rd_ratio", name="研发经费占GDP比重", unit="%", aggregation="none"
        ),
    )


@pytest.fixture
def contracts(db: None) -> Indicator:
    return indicator_save(
        actor=None,
        indicator=Indicator(code="contracts", name="技术合同成交额", unit="亿元"),
    )


@pytest.fixture
def province_target(high_tech: Indicator) -> Target:
    return target_save(
        actor=None,
        target=Target(
            indicator=high_tech,
            region=Region.objects.get(code="360000"),
            year=YEAR,
            value=Decimal(10),
        ),
    )


@pytest.fixture
def registry(db: None) -> dict[str, int]:
    """High-tech enterprises: 3 in 东湖区 (Nanchang), 1 in 赣州 章贡区, 1 expired in 九江."""
    for _ in range(3):
        QualificationFactory.create(
            organization=OrganizationFactory.create(region_id="360102"),
            valid_from=dt.date(2025, 3, 1),
        )
    QualificationFactory.create(
        organization=OrganizationFactory.create(region_id="360702"),
        valid_from=dt.date(2026, 4, 1),
    )
    QualificationFactory.create(
        organization=OrganizationFactory.create(region_id="360423"),
        valid_from=dt.date(2022, 1, 1),
        valid_until=dt.date(2025, 12, 31),
    )
    return {"nanchang": 3, "ganzhou": 1, "province": 4}
