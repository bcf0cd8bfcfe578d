"""Excel in and out, safely.

Reading (`read_sheet`): the file is checked before any parser sees it — size, that it is a real
.xlsx zip, no zip bomb (total and per-entry expansion caps), no XML DTD/entities (XML bombs), the
expected sheet present, no merged cells in the data area, no formulas — and rows are then read
with calamine (fast, Rust). Problems come back as `CellError`s naming the row and column in
Chinese.

Writing (`write_workbook`): streaming openpyxl; every string cell is written as text, so a value
beginning with =, +, - or @ is never taken as a formula by Excel (CSV/formula injection).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from django.conf import settings
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from apps.core.uploads import UploadRejected, zip_members

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")
_CELL_WITH_FORMULA = re.compile(
    rb'<(?:\w+:)?c r="([A-Z]+)(\d+)"[^>]*?(?<!/)>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?f[ >/]',
    re.S,
)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')


@dataclass(frozen=True)
class CellError:
    """One problem in an uploaded sheet; row is the Excel row number (1-based), 0 for the file."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.row == 0:
            return self.message
        where = f"第{self.row}行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


class SheetError(Exception):
    """The file cannot be imported; `errors` say why, each with its place."""

    def __init__(self, errors: list[CellError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors = errors


def _file_error(message: str) -> SheetError:
    return SheetError([CellError(0, "", message)])


def _sheet_part(zf: zipfile.ZipFile, sheet_name: str, names: list[str]) -> str:
    """The zip member holding the worksheet that appears at position `names.index(sheet_name)`."""
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
    sheets = re.findall(r'<(?:\w+:)?sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', workbook)
    rid = dict(sheets).get(_xml_escape(sheet_name))
    for rel_id, target in re.findall(r'Id="([^"]+)"[^>]*?Target="([^"]+)"', rels) + [
        (b, a) for a, b in re.findall(r'Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)
    ]:
        if rel_id == rid:
            target = target.lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return f"xl/worksheets/sheet{names.index(sheet_name) + 1}.xml"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _check_archive(data: bytes) -> zipfile.ZipFile:
    if not data.startswith(b"PK"):
        raise _file_error("文件不是 Excel（.xlsx）格式，请使用页面提供的模板。")
    try:
        infos = zip_members(data)  # paths, expansion ratio, total size
    except UploadRejected as exc:
        raise _file_error(str(exc)) from None
    zf = zipfile.ZipFile(io.BytesIO(data))
    if "xl/workbook.xml" not in zf.namelist():
        raise _file_error("文件不是 Excel 工作簿（缺少 workbook.xml），请使用页面提供的模板。")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as member:
                head = member.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise _file_error("文件包含 XML 实体声明（疑似 XML 炸弹），已拒绝。")
    return zf


def read_sheet(
    stream: IO[bytes], *, sheet_name: str, headers: Sequence[str], ignore_sheets: Sequence[str] = ()
) -> tuple[list[list[Any]], list[str]]:
    """Data rows (after the header row) of `sheet_name`, and warnings.

    Raises SheetError for a file that is unsafe, not the template, or contains formulas or
    merged cells. Values are as calamine reads them (str, float, int, bool, date, datetime).
    """
    limit = settings.KECHUANG_MAX_UPLOAD_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _file_error(f"文件超过 {limit // (1024 * 1024)} MB 的上限，请拆分后分批导入。")
    zf = _check_archive(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:
        raise _file_error("文件已损坏或加密，无法读取。") from None
    names = list(workbook.sheet_names)
    warnings: list[str] = []
    if sheet_name not in names:
        raise _file_error(f"未找到名为“{sheet_name}”的工作表，请使用页面提供的模板。")
    extra = [n for n in names if n != sheet_name and n not in ignore_sheets]
    if extra:
        warnings.append(f"已忽略其他工作表：{'、'.join(extra)}。")

    part = _sheet_part(zf, sheet_name, names)
    xml = zf.read(part) if part in zf.namelist() else b""
    errors: list[CellError] = []
    for ref in _MERGE.findall(xml):
        errors.append(CellError(0, "", f"工作表含合并单元格 {ref.decode()}，请取消合并后再导入。"))
    if _FORMULA_TAG.search(xml):
        for col, row in _CELL_WITH_FORMULA.findall(xml)[:50]:
            errors.append(CellError(int(row), col.decode(), "单元格含公式，请粘贴为数值后再导入。"))
        if not errors:
            errors.append(CellError(0, "", "工作表含公式，请粘贴为数值后再导入。"))
    if errors:
        raise SheetError(errors)

    rows = workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    if not rows:
        raise _file_error("工作表为空。")
    found = [str(v).strip() for v in rows[0][: len(headers)]]
    if found != list(headers):
        missing = [h for h in headers if h not in found]
        detail = f"缺少列：{'、'.join(missing)}" if missing else "列的顺序与模板不一致"
        raise _file_error(f"表头与模板不符（{detail}）。请下载最新模板。")
    body = [list(r[: len(headers)]) + [""] * (len(headers) - len(r)) for r in rows[1:]]
    while body and all(v in ("", None) for v in body[-1]):
        body.pop()
    return body, warnings


def _text_cell(ws: Any, value: Any) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the first character
    return cell


def write_workbook(
    sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]],
    *,
    widths: Sequence[int] | None = None,
) -> bytes:
    """An .xlsx with one sheet per (title, headers, rows); strings are always text cells."""
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title=title[:31])
        for i, width in enumerate(widths or [18] * len(headers), start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        header_cells = []
        for h in headers:
            c = _text_cell(ws, h)
            c.font = bold
            c.fill = fill
            header_cells.append(c)
        ws.append(header_cells)
        for row in rows:
            ws.append([_text_cell(ws, v) for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
