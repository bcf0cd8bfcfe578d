"""The organisation import template and row validation (no writes here).

Every row is checked before anything is written; errors name the Excel row and the column in
Chinese. Rows must not repeat a credit code within the file or one already registered, and
every region must lie in the importing officer's jurisdiction.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from apps.core.xlsx import CellError, write_workbook
from apps.organizations import credit_code
from apps.organizations.choices import OrganizationKind, OrganizationSize

SHEET = "机构名录"
HELP_SHEET = "填写说明"
HEADERS = [
    "统一社会信用代码",
    "名称",
    "机构类型",
    "地区代码",
    "行业代码",
    "产业链",
    "规模",
    "成立日期",
    "地址",
    "注册资本（万元）",
    "从业人数",
]
REQUIRED = {"统一社会信用代码", "名称", "机构类型", "地区代码"}
MAX_ROWS = 200_000
_KIND = {str(label): value for value, label in OrganizationKind.choices}
_SIZE = {str(label): value for value, label in OrganizationSize.choices}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class OrganizationRow:
    """One validated row, ready to be written."""

    row: int
    credit_code: str
    name: str
    kind: str
    region_code: str
    industry_code: str | None
    chain_codes: list[str] = field(default_factory=list)
    size: str = ""
    founded_on: dt.date | None = None
    address: str = ""
    registered_capital: decimal.Decimal | None = None
    employees: int | None = None


def template_bytes(*, regions: Sequence[tuple[str, str]], chains: Sequence[str]) -> bytes:
    """The template: an empty data sheet and a sheet explaining each column and its values."""
    help_rows = [
        ["统一社会信用代码", "必填", "18位，末位为校验码"],
        ["名称", "必填", "不超过200字"],
        ["机构类型", "必填", "、".join(_KIND)],
        ["地区代码", "必填", "6位行政区划代码或园区代码，须在您的管辖范围内，见下表"],
        ["行业代码", "选填", "GB/T 4754-2017 门类或大类代码，如 C39"],
        ["产业链", "选填", "多个用顿号分隔：" + "、".join(chains)],
        ["规模", "选填", "、".join(_SIZE)],
        ["成立日期", "选填", "日期格式，如 2015-06-30"],
        ["地址", "选填", "不超过300字"],
        ["注册资本（万元）", "选填", "数字"],
        ["从业人数", "选填", "整数"],
        ["", "", ""],
        ["地区代码", "地区名称", ""],
        *[[code, name, ""] for code, name in regions],
    ]
    return write_workbook(
        [(SHEET, HEADERS, []), (HELP_SHEET, ["列", "是否必填", "说明"], help_rows)],
        widths=[22, 30, 12, 12, 10, 20, 8, 12, 30, 14, 10],
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _CONTROL.sub("", str(value)).strip()


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value).replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", text
    )
    if not m:
        raise ValueError("日期格式应为 2015-06-30")
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def validate_rows(
    rows: Sequence[Sequence[Any]],
    *,
    regions_in_scope: set[str],
    known_regions: set[str],
    industries: set[str],
    chains_by_name: dict[str, str],
    existing_codes: Callable[[list[str]], set[str]],
    progress: Callable[[int], None] | None = None,
) -> tuple[list[OrganizationRow], list[CellError]]:
    """Check every row; returns the clean rows and all errors (Excel row numbers, header = 1)."""
    if len(rows) > MAX_ROWS:
        return [], [CellError(0, "", f"单次最多导入 {MAX_ROWS} 行，本文件有 {len(rows)} 行。")]
    if not rows:
        return [], [CellError(0, "", "文件中没有数据行。")]
    out: list[OrganizationRow] = []
    errors: list[CellError] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(rows):
        n = i + 2
        cells = dict(zip(HEADERS, (_text(v) for v in raw), strict=True))
        row_errors: list[CellError] = []

        def bad(
            column: str, message: str, n: int = n, row_errors: list[CellError] = row_errors
        ) -> None:
            row_errors.append(CellError(n, column, message))

        for name in REQUIRED:
            if not cells[name]:
                bad(name, "必填项为空")
        code = ""
        if cells["统一社会信用代码"]:
            try:
                code = credit_code.validate(cells["统一社会信用代码"])
            except credit_code.CreditCodeError as exc:
                bad("统一社会信用代码", str(exc))
            else:
                if code in seen:
                    bad("统一社会信用代码", f"与第{seen[code]}行重复")
                else:
                    seen[code] = n
        name = cells["名称"]
        if len(name) > 200:
            bad("名称", f"不超过200字，当前{len(name)}字")
        kind = _KIND.get(cells["机构类型"], "")
        if cells["机构类型"] and not kind:
            bad("机构类型", f"“{cells['机构类型'][:20]}”无效，应为：{'、'.join(_KIND)}")
        region = cells["地区代码"]
        if region:
            if region not in known_regions:
                bad("地区代码", f"“{region[:20]}”不是已登记的行政区划或园区代码")
            elif region not in regions_in_scope:
                bad("地区代码", f"“{region}”不在您的管辖范围内")
        industry = cells["行业代码"].upper() or None
        if industry and industry not in industries:
            bad("行业代码", f"“{industry[:20]}”不是 GB/T 4754-2017 的门类或大类代码")
        chain_codes = []
        for chain in filter(None, re.split(r"[、,，;；/]", cells["产业链"])):
            chain = chain.strip()
            if chain not in chains_by_name:
                bad("产业链", f"“{chain[:20]}”不在产业链字典中")
            else:
                chain_codes.append(chains_by_name[chain])
        size = _SIZE.get(cells["规模"], "")
        if cells["规模"] and not size:
            bad("规模", f"应为：{'、'.join(_SIZE)}")
        founded = None
        if cells["成立日期"]:
            try:
                founded = _date(raw[HEADERS.index("成立日期")])
                if founded > dt.date.today() or founded.year < 1800:
                    bad("成立日期", "日期不合理")
            except ValueError as exc:
                bad("成立日期", str(exc))
        if len(cells["地址"]) > 300:
            bad("地址", "不超过300字")
        capital = None
        if cells["注册资本（万元）"]:
            try:
                capital = decimal.Decimal(cells["注册资本（万元）"].replace(",", ""))
                if capital < 0 or capital >= 10**12 or not capital.is_finite():
                    raise decimal.InvalidOperation
            except decimal.InvalidOperation:
                bad("注册资本（万元）", "应为非负数字")
                capital = None
        employees = None
        if cells["从业人数"]:
            try:
                employees = int(cells["从业人数"])
                if employees < 0 or employees > 10_000_000:
                    raise ValueError
            except ValueError:
                bad("从业人数", "应为非负整数")
        if row_errors:
            errors.extend(row_errors)
        else:
            out.append(
                OrganizationRow(
                    row=n,
                    credit_code=code,
                    name=name,
                    kind=kind,
                    region_code=region,
                    industry_code=industry,
                    chain_codes=chain_codes,
                    size=size,
                    founded_on=founded,
                    address=cells["地址"],
                    registered_capital=capital,
                    employees=employees,
                )
            )
        if progress and i % 2000 == 0:
            progress(i)
    if out:
        taken = existing_codes([r.credit_code for r in out])
        for r in out:
            if r.credit_code in taken:
                errors.append(CellError(r.row, "统一社会信用代码", "该机构已登记，不能重复导入"))
    errors.sort(key=lambda e: e.row)
    return (out if not errors else []), errors
