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


def export_row(row: TargetProgress) -> list[Any]:
    t = row.target
    return [
        t.year,
        t.region.name,
        t.indicator.name,
        t.indicator.unit,
        t.get_kind_display(),  # type: ignore[attr-defined]
        float(t.value),
        None if row.actual is None else float(row.actual),
        row.completion_pct,
        round(row.assessment.expected * 100, 1),
        str(row.status.label),
        None if row.children_total is None else float(row.children_total),
        t.responsible_unit,
    ]
