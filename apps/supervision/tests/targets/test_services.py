"""Setting, cascading and reporting targets: who may, what adds up, what is audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.regions.models import Region
from apps.supervision.choices import ReportStatus
from apps.supervision.models import Indicator, ReportedValue, Target
from apps.supervision.services import (
    reported_value_review,
    reported_value_submit,
    split_by_weights,
    target_save,
    targets_cascade,
)

pytestmark = pytest.mark.django_db


def test_officer_sets_targets_only_for_own_region(
    high_tech: Indicator, nanchang_officer: Any, county_clerk: Any
) -> None:
    nanchang = Region.objects.get(code="360100")
    target_save(
        actor=nanchang_officer,
        target=Target(indicator=high_tech, region=nanchang, year=2026, value=Decimal(5)),
    )
    with pytest.raises(AccessDenied):
        target_save(
            actor=county_clerk,
            target=Target(indicator=high_tech, region=nanchang, year=2027, value=Decimal(5)),
        )
    assert AuditEvent.objects.filter(action="target.create", actor=nanchang_officer).count() == 1


def test_cascade_that_falls_short_is_refused_whole(
    province_target: Target, province_officer: Any
) -> None:
    with pytest.raises(ValidationError) as exc:
        targets_cascade(
            actor=province_officer,
            parent=province_target,
            values={"360100": Decimal(4), "360700": Decimal(3)},
        )
    assert "少于" in str(exc.value) and "还差 3家" in str(exc.value)
    assert not Target.objects.filter(parent=province_target).exists()


def test_cascade_to_a_region_outside_the_children_is_refused(
    province_target: Target, province_officer: Any
) -> None:
    with pytest.raises(ValidationError, match="不是"):
        targets_cascade(
            actor=province_officer, parent=province_target, values={"360102": Decimal(20)}
        )


def test_cascade_by_weights_rounds_whole_units_up(
    province_target: Target, province_officer: Any
) -> None:
    children = targets_cascade(
        actor=province_officer,
        parent=province_target,
        weights={"360100": Decimal(1), "360700": Decimal(1), "360400": Decimal(1)},
    )
    assert sorted(c.value for c in children) == [4, 4, 4]  # 10/3 rounded up, sum ≥ 10
    assert all(c.parent_id == province_target.pk for c in children)
    assert AuditEvent.objects.filter(action="target.cascade").count() == 3


def test_a_zero_weight_sets_the_region_to_zero_and_the_sum_holds(
    province_target: Target, province_officer: Any
) -> None:
    by_hand = {"360100": Decimal(6), "360700": Decimal(4)}
    targets_cascade(actor=province_officer, parent=province_target, values=by_hand)
    targets_cascade(
        actor=province_officer,
        parent=province_target,
        weights={"360100": Decimal(1), "360700": Decimal(0)},
    )
    below = dict(Target.objects.filter(parent=province_target).values_list("region_id", "value"))
    assert below == {"360100": Decimal(10), "360700": Decimal(0)}  # not 10 + the old 4
    with pytest.raises(ValidationError, match="负数"):
        split_by_weights(Decimal(10), {"a": Decimal(2), "b": Decimal(-1)}, countable=True)


def test_only_the_target_region_cascades(province_target: Target, nanchang_officer: Any) -> None:
    with pytest.raises(AccessDenied):
        targets_cascade(
            actor=nanchang_officer, parent=province_target, values={"360100": Decimal(10)}
        )


def test_rate_targets_are_not_summed(rd_ratio: Indicator, province_officer: Any) -> None:
    parent = target_save(
        actor=province_officer,
        target=Target(
            indicator=rd_ratio, region=Region.objects.get(code="360000"), year=2026,
            value=Decimal("1.9"),
        ),
    )  # fmt: skip
    children = targets_cascade(
        actor=province_officer, parent=parent, values={"360100": Decimal("2.2")}
    )
    assert children[0].value == Decimal("2.2")


def test_split_by_weights_keeps_hundredths_for_money() -> None:
    shares = split_by_weights(Decimal(100), {"a": Decimal(1), "b": Decimal(2)}, countable=False)
    assert shares == {"a": Decimal("33.34"), "b": Decimal("66.67")}
    with pytest.raises(ValidationError):
        split_by_weights(Decimal(1), {"a": Decimal(0)}, countable=True)


def test_report_and_review_by_the_level_above(
    contracts: Indicator, nanchang_officer: Any, province_officer: Any, ganzhou_officer: Any
) -> None:
    nanchang = Region.objects.get(code="360100")
    report = reported_value_submit(
        actor=nanchang_officer,
        indicator=contracts,
        region=nanchang,
        year=2026,
        as_of=dt.date(2026, 6, 30),
        value=Decimal("55.5"),
        evidence=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%test\n"),
    )
    with pytest.raises(AccessDenied):  # a sibling city is not the level above
        reported_value_review(actor=ganzhou_officer, report=report, accept=True)
    with pytest.raises(AccessDenied):  # nor is the reporter
        reported_value_review(actor=nanchang_officer, report=report, accept=True)
    with pytest.raises(ValidationError, match="原因"):
        reported_value_review(actor=province_officer, report=report, accept=False)
    reported_value_review(actor=province_officer, report=report, accept=True)
    report.refresh_from_db()
    assert report.status == ReportStatus.ACCEPTED
    assert AuditEvent.objects.filter(action="reported_value.accept").exists()
    with pytest.raises(ValidationError, match="已审核"):
        reported_value_review(actor=province_officer, report=report, accept=True)


def test_bad_reports_are_refused_with_reasons(contracts: Indicator, nanchang_officer: Any) -> None:
    nanchang = Region.objects.get(code="360100")

    def submit(**kw: Any) -> ReportedValue:
        args: dict[str, Any] = {
            "actor": nanchang_officer,
            "indicator": contracts,
            "region": nanchang,
            "year": 2026,
            "as_of": dt.date(2026, 6, 30),
            "value": Decimal(1),
        }
        return reported_value_submit(**{**args, **kw})

    with pytest.raises(ValidationError, match="2026 年内"):
        submit(as_of=dt.date(2025, 12, 31))
    with pytest.raises(ValidationError, match="不小于 0"):
        submit(value=Decimal(-1))
    with pytest.raises(ValidationError, match="网页"):
        submit(evidence=SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script></html>"))
    with pytest.raises(AccessDenied):
        submit(region=Region.objects.get(code="360700"))
    assert not ReportedValue.objects.exists()
