"""Indicators, yearly targets per region (cascaded province → city → county) and reported values.

- `Indicator` is the provincial library: what is measured, in which unit, and how the value is
  obtained — computed from the platform's own data (`computation` names a source in
  `apps/supervision/sources.py`) or reported by a responsible unit with evidence.
- `Target` is one region's goal for one indicator in one year. A cascaded target points to the
  target above it (`parent`), so each level sees its own targets and their sum against the
  level above.
- `ReportedValue` is a value a responsible unit reports for a reported indicator, with its
  evidence; the level above accepts or returns it. Only accepted values count as actuals.

Computed actuals are not stored: they are computed for a date from the registries (cached per
data version), so they are never stale.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.scoping import scoped
from apps.supervision.choices import (
    Aggregation,
    Comparator,
    Direction,
    Frequency,
    IndicatorSource,
    ReportStatus,
    TargetKind,
)


def _value(label: Any, **extra: bool) -> models.DecimalField:  # type: ignore[type-arg]
    """Indicator values: up to 16 integer digits (yuan) and 4 decimals (rates)."""
    return models.DecimalField(label, max_digits=20, decimal_places=4, **extra)  # type: ignore[arg-type]


class Indicator(models.Model):
    """One measure in the library (综合科技创新水平指数, 技术合同成交额, 高新技术企业数…)."""

    code = models.SlugField(_("编码"), max_length=60, unique=True)
    name = models.CharField(_("指标名称"), max_length=120, unique=True)
    unit = models.CharField(_("单位"), max_length=20)
    direction = models.CharField(
        _("方向"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    frequency = models.CharField(
        _("频次"), max_length=10, choices=Frequency.choices, default=Frequency.YEARLY
    )
    source = models.CharField(
        _("取数方式"),
        max_length=10,
        choices=IndicatorSource.choices,
        default=IndicatorSource.REPORTED,
    )
    computation = models.CharField(_("计算口径"), max_length=80, blank=True)
    aggregation = models.CharField(
        _("汇总方式"), max_length=10, choices=Aggregation.choices, default=Aggregation.SUM
    )
    description = models.TextField(_("说明"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=100)
    is_active = models.BooleanField(_("启用"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("指标")
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def summable(self) -> bool:
        return self.aggregation == Aggregation.SUM


@scoped(region="region")
class Target(models.Model):
    """One region's yearly goal for one indicator; `parent` is the target it was cascaded from."""

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(
        _("年度"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    kind = models.CharField(
        _("目标类型"), max_length=10, choices=TargetKind.choices, default=TargetKind.LEVEL
    )
    comparator = models.CharField(
        _("比较"), max_length=2, choices=Comparator.choices, default=Comparator.GE
    )
    value = _value(_("目标值"))
    value_max = _value(_("目标上限"), null=True, blank=True)
    baseline = _value(_("年初基数"), null=True, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    weight = models.DecimalField(
        _("分解权重"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    responsible_unit = models.CharField(_("责任单位"), max_length=200, blank=True)
    note = models.CharField(_("备注"), max_length=500, blank=True)
    source_text = models.CharField(_("文件原文"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("年度目标")
        ordering = ["year", "indicator__sort_order", "region_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "region", "year"], name="one_target_per_region_year"
            )
        ]
        indexes = [models.Index(fields=["year", "indicator"])]

    def __str__(self) -> str:
        return f"{self.year} {self.region_id} {self.indicator_id}"


@scoped(region="region")
class ReportedValue(models.Model):
    """A value reported by a responsible unit for a reported indicator, with evidence."""

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="reports")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    as_of = models.DateField(_("数据截至"))
    value = _value(_("数值"))
    evidence = models.FileField(_("佐证材料"), upload_to="supervision/evidence/%Y/", blank=True)
    note = models.CharField(_("说明"), max_length=500, blank=True)
    status = models.CharField(
        _("状态"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.SUBMITTED
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reported_at = models.DateTimeField(_("报送时间"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    review_note = models.CharField(_("审核意见"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("报送数值")
        ordering = ["-as_of", "-reported_at"]
        indexes = [models.Index(fields=["indicator", "year", "status"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.region_id} {self.as_of}"
