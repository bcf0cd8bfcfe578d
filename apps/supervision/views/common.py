"""Helpers shared by the supervision pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest

from apps.supervision.choices import ProgressStatus
from apps.supervision.forms import PeriodForm
from apps.supervision.selectors import TargetProgress

STATUS_COLOR = {
    ProgressStatus.DONE: "#198754",
    ProgressStatus.ON_TRACK: "#0d6efd",
    ProgressStatus.LAGGING: "#e0a800",
    ProgressStatus.AT_RISK: "#dc3545",
    ProgressStatus.NO_DATA: "#adb5bd",
}
EXPORT_HEADERS = [
    "年度",
    "地区",
    "指标",
    "单位",
    "目标类型",
    "目标值",
    "实际值",
    "完成率(%)",
    "时序进度(%)",
    "状态",
    "下级目标合计",
    "责任单位",
]


def period(request: HttpRequest) -> tuple[int, dt.date]:
    return PeriodForm(request.GET).period()


def _figure(value: Any) -> float | None:
    """A figure as the pages print it (`num`: four decimals at most). A computed turnover is a
    sum of yuan divided into 亿元 and came out as 1.1961171413 in Excel against 1.1961 on
    the page."""
    return None if value is None else round(float(value), 4)


def export_row(row: TargetProgress) -> list[Any]:
    t = row.target
    return [
        t.year,
        t.region.name,
        t.indicator.name,
        t.indicator.unit,
        t.get_kind_display(),  # type: ignore[attr-defined]
        _figure(t.value),
        _figure(row.actual),
        row.completion_pct,
        round(row.assessment.expected * 100, 1),
        str(row.status.label),
        _figure(row.children_total),
        t.responsible_unit,
    ]
