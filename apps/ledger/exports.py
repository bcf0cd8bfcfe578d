"""The ledger as officers print it (台账表): a title row, a merged header, bordered wrapped cells.

Columns: 序号 / 重点工作任务 / 具体内容 / 牵头单位 / 配合单位 / 完成时限 / 进展情况 / 状态. Section
headings (items that only group tasks) are printed as a merged bold row. Every string is written
as a text cell, so a value starting with = + - @ is never run as a formula.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from apps.ledger.models import LedgerTask

HEADERS = (
    "序号",
    "重点工作任务",
    "具体内容",
    "牵头单位",
    "配合单位",
    "完成时限",
    "进展情况",
    "状态",
)
WIDTHS = (8, 28, 48, 18, 24, 14, 36, 9)
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
FONT = "仿宋_GB2312"


def _text(ws: Any, row: int, col: int, value: Any, *, align: Alignment = WRAP) -> Any:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    cell.border = BORDER
    cell.alignment = align
    cell.font = Font(name=FONT, size=11)
    return cell


def deadline_label(task: LedgerTask) -> str:
    if task.deadline:
        return f"{task.deadline:%Y年%m月%d日}"
    return task.deadline_text


def progress_label(task: LedgerTask) -> str:
    if not task.progress_note:
        return ""
    return f"{task.progress_note}（完成{task.percent}%）"


def ledger_workbook(
    *, title: str, region_name: str, as_of: dt.date, tasks: Iterable[LedgerTask]
) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "工作台账"
    last = get_column_letter(len(HEADERS))
    ws.merge_cells(f"A1:{last}1")
    head = ws.cell(row=1, column=1, value=f"{title}工作台账")
    head.data_type = "s"
    head.font = Font(name="方正小标宋简体", size=18, bold=True)
    head.alignment = CENTER
    ws.row_dimensions[1].height = 36
    ws.merge_cells(f"A2:{last}2")
    sub = ws.cell(row=2, column=1, value=f"填报单位：{region_name}　　　截至：{as_of:%Y年%m月%d日}")
    sub.data_type = "s"
    sub.alignment = Alignment(horizontal="right", vertical="center")
    for col, name in enumerate(HEADERS, start=1):
        cell = _text(ws, 3, col, name, align=CENTER)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    row = 4
    for task in tasks:
        if task.is_section and task.depth == 1 and not task.progress_note:
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(HEADERS))
            _text(ws, row, 1, task.number, align=CENTER)
            cell = _text(ws, row, 2, task.title)
            cell.font = Font(name="黑体", size=11, bold=True)
            for col in range(3, len(HEADERS) + 1):
                ws.cell(row=row, column=col).border = BORDER
        else:
            values = (
                task.number,
                task.title,
                task.content if task.content != task.title else "",
                "、".join(task.lead_units),
                "、".join(task.assisting_units),
                deadline_label(task),
                progress_label(task),
                task.get_status_display(),
            )
            for col, value in enumerate(values, start=1):
                _text(ws, row, col, value, align=CENTER if col in (1, 6, 8) else WRAP)
        row += 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
