"""Writes for indicators, targets and reported values; each in one transaction with its audit row.

Cascading is all or nothing: a split that does not add up to the target above is refused with
the figures, and no child target is written.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from apps.accounts.permissions import require
from apps.audit.services import audit_record, snapshot
from apps.core.uploads import UploadRejected, check_upload
from apps.regions.models import Region
from apps.supervision import policies
from apps.supervision.choices import Aggregation, IndicatorSource, ReportStatus
from apps.supervision.models import Indicator, ReportedValue, Target
from apps.supervision.selectors import reports_changed
from apps.supervision.units import is_countable

if TYPE_CHECKING:
    from apps.accounts.models import User

INDICATOR_FIELDS = (
    "code",
    "name",
    "unit",
    "direction",
    "frequency",
    "source",
    "computation",
    "aggregation",
    "description",
    "sort_order",
    "is_active",
)
EVIDENCE_KINDS = {"pdf", "docx", "xlsx", "png", "jpeg"}
TARGET_FIELDS = (
    "indicator_id",
    "region_id",
    "year",
    "kind",
    "comparator",
    "value",
    "value_max",
    "baseline",
    "parent_id",
    "weight",
    "responsible_unit",
    "note",
)


def _check_computation(indicator: Indicator) -> None:
    from apps.supervision.sources import source_for

    if indicator.source == IndicatorSource.COMPUTED:
        if not indicator.computation or source_for(indicator.computation) is None:
            raise ValidationError({"computation": "请选择平台数据的计算口径。"})
    else:
        indicator.computation = ""


@transaction.atomic
def indicator_save(*, actor: User | None, indicator: Indicator) -> Indicator:
    """Create or change an indicator of the library (province officers)."""
    if actor is not None:
        require(actor, "indicators.manage")
    before = None
    if indicator.pk:
        before = snapshot(Indicator.objects.get(pk=indicator.pk), INDICATOR_FIELDS)
    _check_computation(indicator)
    indicator.full_clean()
    indicator.save()
    audit_record(
        actor=actor,
        action="indicator.update" if before else "indicator.create",
        obj=indicator,
        before=before,
        after=snapshot(indicator, INDICATOR_FIELDS),
    )
    return indicator


@transaction.atomic
def target_save(*, actor: User | None, target: Target) -> Target:
    """Create or change a region's target. The officer of that region sets it."""
    if actor is not None:
        policies.require_own_region(actor, target.region, "targets.manage")
    before = None
    if target.pk:
        before = snapshot(Target.objects.get(pk=target.pk), TARGET_FIELDS)
    if target.value_max is not None and target.value_max < target.value:
        raise ValidationError({"value_max": "目标上限不能小于目标值。"})
    if actor is not None and target.created_by_id is None:
        target.created_by = actor
    target.full_clean()
    target.save()
    audit_record(
        actor=actor,
        action="target.update" if before else "target.create",
        obj=target,
        before=before,
        after=snapshot(target, TARGET_FIELDS),
    )
    return target


def split_by_weights(
    total: Decimal, weights: Mapping[str, Decimal], *, countable: bool
) -> dict[str, Decimal]:
    """Shares of `total` in proportion to `weights`, rounded up (to whole numbers when countable,
    else to hundredths).

    Rounding up keeps the sum at or above the total, which is what a cascade must guarantee.
    A weight of 0 gives a share of 0: left out, the region kept its old target and the
    regions below added up to more than was split (seen on Nanchang's turnover: 1.26 for 0.84).
    """
    if any(w < 0 for w in weights.values()):
        raise ValidationError("分解权重不能为负数。")
    positive = {code: w for code, w in weights.items() if w > 0}
    weight_sum = sum(positive.values(), Decimal(0))
    if weight_sum <= 0:
        raise ValidationError("分解权重必须至少有一个大于 0。")
    shares = {code: Decimal(0) for code, w in weights.items() if w == 0}
    for code, w in positive.items():
        share = total * w / weight_sum
        if countable:
            share = share.to_integral_value(rounding=ROUND_CEILING)
        else:
            share = share.quantize(Decimal("0.01"), rounding=ROUND_CEILING)
        shares[code] = share
    return shares


def cascade_split(*, parent: Target, weights: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """What a cascade by `weights` gives each child region: shares of a summable target
    (`split_by_weights`), or the parent's own value for a rate or index (weight > 0). The
    cascade page previews with it what saving would write."""
    indicator = parent.indicator
    if indicator.aggregation == Aggregation.SUM:
        return split_by_weights(parent.value, weights, countable=is_countable(indicator.unit))
    return {code: parent.value for code, w in weights.items() if w > 0}


@transaction.atomic
def targets_cascade(
    *,
    actor: User | None,
    parent: Target,
    values: Mapping[str, Decimal] | None = None,
    weights: Mapping[str, Decimal] | None = None,
) -> list[Target]:
    """Split `parent` among its region's child regions, by hand (`values`) or by `weights`.

    For a summable indicator the children must add up to at least the parent; otherwise the
    whole cascade is refused with the shortfall. For a rate or index each child gets its own
    value (by hand) or the parent's (by weights). Existing child targets are updated.
    """
    if actor is not None:
        policies.require_own_region(actor, parent.region, "targets.manage")
    indicator = parent.indicator
    children = {r.code: r for r in Region.objects.filter(parent_id=parent.region_id)}
    if weights is not None:
        values = cascade_split(parent=parent, weights=weights)
    if not values:
        raise ValidationError("请至少为一个下级地区填写目标值。")
    errors = []
    for code, value in values.items():
        if code not in children:
            errors.append(f"“{code}”不是“{parent.region.name}”的下级地区。")
        elif value is None or value < 0:
            errors.append(f"{children[code].name}：目标值必须是不小于 0 的数。")
    if errors:
        raise ValidationError(errors)
    if indicator.aggregation == Aggregation.SUM:
        total = sum(values.values(), Decimal(0))
        if total < parent.value:
            raise ValidationError(
                f"分解到下级的目标合计 {_fmt(total)}{indicator.unit}，少于"
                f"“{parent.region.name}”的目标 {_fmt(parent.value)}{indicator.unit}，"
                f"还差 {_fmt(parent.value - total)}{indicator.unit}；未保存任何分解。"
            )
    existing = {t.region_id: t for t in Target.objects.filter(parent=parent)}
    existing.update(
        {
            t.region_id: t
            for t in Target.objects.filter(
                indicator=indicator, year=parent.year, region_id__in=list(values)
            )
        }
    )
    saved = []
    for code, value in values.items():
        child = existing.get(code) or Target(
            indicator=indicator,
            region=children[code],
            year=parent.year,
            kind=parent.kind,
            comparator=parent.comparator,
            created_by=actor,
        )
        before = snapshot(child, TARGET_FIELDS) if child.pk else None
        child.parent = parent
        child.value = value
        child.weight = (weights or {}).get(code)
        child.full_clean()
        child.save()
        audit_record(
            actor=actor,
            action="target.cascade",
            obj=child,
            before=before,
            after=snapshot(child, TARGET_FIELDS),
        )
        saved.append(child)
    return saved


def _fmt(value: Decimal) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".")


@transaction.atomic
def reported_value_submit(
    *,
    actor: User,
    indicator: Indicator,
    region: Region,
    year: int,
    as_of: dt.date,
    value: Decimal,
    evidence: UploadedFile | None = None,
    note: str = "",
) -> ReportedValue:
    """A responsible unit reports a value of a reported indicator for its own region."""
    policies.require_own_region(actor, region, "targets.report")
    if indicator.source != IndicatorSource.REPORTED:
        raise ValidationError(f"“{indicator.name}”由平台数据自动计算，无需报送。")
    if as_of > timezone.localdate():
        raise ValidationError({"as_of": "数据截至日期不能晚于今天。"})
    if as_of.year != year:
        raise ValidationError({"as_of": f"数据截至日期应在 {year} 年内。"})
    if not math.isfinite(float(value)) or value < 0:
        raise ValidationError({"value": "数值必须是不小于 0 的数。"})
    if evidence is not None:
        try:
            check_upload(evidence, kinds=EVIDENCE_KINDS, name=evidence.name or "")
        except UploadRejected as exc:
            raise ValidationError({"evidence": str(exc)}) from exc
    report = ReportedValue(
        indicator=indicator,
        region=region,
        year=year,
        as_of=as_of,
        value=value,
        note=note,
        reported_by=actor,
    )
    if evidence is not None:
        report.evidence = evidence  # type: ignore[assignment]
    report.full_clean()
    report.save()
    transaction.on_commit(reports_changed)
    audit_record(
        actor=actor,
        action="reported_value.submit",
        obj=report,
        after={"indicator": indicator.code, "region": region.code, "value": str(value)},
    )
    return report


@transaction.atomic
def reported_value_review(
    *, actor: User, report: ReportedValue, accept: bool, note: str = ""
) -> ReportedValue:
    """The level above accepts or returns a reported value (a return needs a reason)."""
    policies.require_reviewer(actor, report)
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("该数据已审核，不能重复审核。")
    if not accept and not note.strip():
        raise ValidationError({"review_note": "退回时请填写原因。"})
    updated = ReportedValue.objects.filter(pk=report.pk, status=ReportStatus.SUBMITTED).update(
        status=ReportStatus.ACCEPTED if accept else ReportStatus.RETURNED,
        reviewed_by=actor,
        reviewed_at=timezone.now(),
        review_note=note.strip(),
    )
    if not updated:
        raise ValidationError("该数据已被他人审核。")
    report.refresh_from_db()
    transaction.on_commit(reports_changed)
    audit_record(
        actor=actor,
        action="reported_value.accept" if accept else "reported_value.return",
        obj=report,
        after={"status": report.status, "note": report.review_note},
    )
    return report


def target_warnings_send(*, as_of: dt.date) -> int:
    """Early warnings (预警): notify the officers of each region whose target is at risk.

    Runs daily; the dedupe key makes each target warn its officers at most once a month.
    Returns how many notices were created.
    """
    from apps.accounts.choices import Role
    from apps.accounts.models import User
    from apps.notices.services import notice_send
    from apps.supervision.choices import ProgressStatus
    from apps.supervision.selectors import progress_of

    targets = Target.objects.filter(year=as_of.year).select_related("indicator", "region")
    sent = 0
    officers = (Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER)
    for row in progress_of(targets, as_of=as_of):
        if row.status != ProgressStatus.AT_RISK:
            continue
        t = row.target
        people = User.objects.filter(region_id=t.region_id, role__in=officers, is_active=True)
        notices = notice_send(
            recipients=people,
            kind="目标预警",
            title=f"{t.year}年“{t.indicator.name}”进度预警：{t.region.name}",
            body=(
                f"目标 {t.get_comparator_display()} {_fmt(t.value)}{t.indicator.unit}，"  # type: ignore[attr-defined]
                f"截至 {as_of:%Y年%m月%d日} 完成 {row.completion_pct}%，"
                f"时序进度 {round(row.assessment.expected * 100, 1)}%。请加快推进。"
            ),
            link=f"/supervision/targets/{t.pk}/",
            dedupe_key=f"target-warn:{t.pk}:{as_of:%Y-%m}",
        )
        sent += len(notices)
    return sent
