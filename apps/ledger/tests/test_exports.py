"""The 台账 workbook: layout officers print, and text that is never run as a formula."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.ledger.exports import HEADERS, ledger_workbook
from apps.ledger.models import LedgerTask

pytestmark = pytest.mark.django_db


def test_sections_merge_and_formulas_stay_text(nanchang_plan):
    task = nanchang_plan.tasks.get(title="培育科技型中小企业")
    LedgerTask.objects.filter(pk=task.pk).update(
        title='=HYPERLINK("http://evil.example","点我")', progress_note="+1 已完成", percent=50
    )
    content = ledger_workbook(
        title=nanchang_plan.title,
        region_name="南昌市",
        as_of=dt.date(2022, 7, 1),
        tasks=nanchang_plan.tasks.order_by("position"),
    )
    wb = openpyxl.load_workbook(io.BytesIO(content))
    ws = wb.active
    assert ws["A2"].value.endswith("截至：2022年07月01日")
    assert tuple(c.value for c in ws[3]) == HEADERS
    assert ws["A4"].value == "一" and ws["B4"].value == "创新主体培育"
    assert "B4:H4" in [str(r) for r in ws.merged_cells.ranges]  # a section heading row
    assert ws["B6"].data_type == "s" and ws["B6"].value.startswith("=HYPERLINK")
    assert ws["G6"].value == "+1 已完成（完成50%）" and ws["G6"].data_type == "s"
    assert ws.column_dimensions["C"].width == 48
    assert ws.print_title_rows == "$3:$3"
