"""The contract import template and row validation (no writes here).

Every row is checked (the same checks as a single registration, plus duplicates within the
file) before anything is written; errors name the Excel row and column in Chinese.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Sequence
from typing import Any

from django.core.exceptions import ValidationError

from apps.core.text import too_long
from apps.core.xlsx import CellError, write_workbook
from apps.market import contracts
from apps.market.choices import ContractKind
from apps.market.models import TechContract

# The same cell readers as the organisation import, so dates and numbers read alike.
from apps.organizations.imports import _date, _text

SHEET = "技术合同"
HELP_SHEET = "填写说明"
HEADERS = [
    "合同编号",
    "合同名称",
    "合同类型",
    "卖方统一社会信用代码",
    "买方统一社会信用代码",
    "买方名称",
    "买方国家或地区（境外填写）",
    "签订日期",
    "合同总金额（元）",
    "技术交易额（元）",
    "已到账金额（元）",
]
FIELD_COLUMN = {
    "contract_no": "合同编号",
    "title": "合同名称",
    "kind": "合同类型",
    "seller": "卖方统一社会信用代码",
    "buyer": "买方统一社会信用代码",
    "buyer_name": "买方名称",
    "buyer_country": "买方国家或地区（境外填写）",
    "signed_on": "签订日期",
    "total_amount": "合同总金额（元）",
    "tech_amount": "技术交易额（元）",
    "paid_amount": "已到账金额（元）",
}
# Text columns kept as typed: longer than the model allows is refused by row and column.
TYPED = ("contract_no", "title", "buyer_name", "buyer_country")
MAX_ROWS = 20_000
_KIND = {str(label): value for value, label in ContractKind.choices}


def template_bytes() -> bytes:
    help_rows = [
        ["合同编号", "必填", "合同上的编号；同一卖方与买方之间不得重复"],
        ["合同名称", "必填", "不超过200字"],
        ["合同类型", "必填", "、".join(_KIND)],
        [
            "卖方统一社会信用代码",
            "必填",
            "须为已登记机构；您所在单位须为卖方或买方（登记机构不限）",
        ],
        ["买方统一社会信用代码", "选填", "境内已登记机构填写代码"],
        ["买方名称", "选填", "未登记或境外买方填写名称"],
        ["买方国家或地区（境外填写）", "选填", "境外买方填写，如 德国"],
        ["签订日期", "必填", "如 2026-03-15"],
        ["合同总金额（元）", "必填", "单位为元"],
        ["技术交易额（元）", "必填", "不大于合同总金额"],
        ["已到账金额（元）", "选填", "不大于合同总金额"],
    ]
    return write_workbook(
        [(SHEET, HEADERS, []), (HELP_SHEET, ["列", "是否必填", "说明"], help_rows)],
        widths=[16, 30, 10, 22, 22, 24, 14, 12, 16, 16, 16],
    )


def _money(value: str) -> decimal.Decimal:
    amount = decimal.Decimal(value.replace(",", "").replace("，", ""))
    if not amount.is_finite():
        raise decimal.InvalidOperation
    return amount.quantize(decimal.Decimal("0.01"))


def validate_rows(
    rows: Sequence[Sequence[Any]],
    *,
    actor_org_id: int | None,
    orgs_by_code: Callable[[list[str]], dict[str, Any]],
    validate: Callable[[TechContract, list[contracts.Sibling]], None],
    build: Callable[..., TechContract],
) -> tuple[list[TechContract], list[CellError]]:
    """Check every row; returns the unsaved contracts and all errors (header row = 1)."""
    if not rows:
        return [], [CellError(0, "", "文件中没有数据行。")]
    if len(rows) > MAX_ROWS:
        return [], [CellError(0, "", f"单次最多导入 {MAX_ROWS} 行，本文件有 {len(rows)} 行。")]
    cells_list = [dict(zip(HEADERS, (_text(v) for v in raw), strict=False)) for raw in rows]
    codes = sorted(
        {
            c[h].upper()
            for c in cells_list
            for h in ("卖方统一社会信用代码", "买方统一社会信用代码")
            if c.get(h)
        }
    )
    orgs = orgs_by_code(codes)
    out: list[TechContract] = []
    errors: list[CellError] = []
    in_file: dict[tuple[Any, ...], list[contracts.Sibling]] = {}
    for i, (raw, cells) in enumerate(zip(rows, cells_list, strict=True)):
        n = i + 2
        row_errors: list[CellError] = []
        for h in (
            "合同编号",
            "合同名称",
            "合同类型",
            "卖方统一社会信用代码",
            "签订日期",
            "合同总金额（元）",
            "技术交易额（元）",
        ):
            if not cells.get(h):
                row_errors.append(CellError(n, h, "必填项为空"))
        kind = _KIND.get(cells.get("合同类型", ""), "")
        if cells.get("合同类型") and not kind:
            row_errors.append(CellError(n, "合同类型", f"应为：{'、'.join(_KIND)}"))
        seller = orgs.get(cells.get("卖方统一社会信用代码", "").upper())
        if cells.get("卖方统一社会信用代码") and seller is None:
            row_errors.append(CellError(n, "卖方统一社会信用代码", "该机构未在主体库登记"))
        buyer = orgs.get(cells.get("买方统一社会信用代码", "").upper())
        if cells.get("买方统一社会信用代码") and buyer is None:
            row_errors.append(CellError(n, "买方统一社会信用代码", "该机构未在主体库登记"))
        if seller is not None and actor_org_id not in (seller.pk, getattr(buyer, "pk", None)):
            row_errors.append(
                CellError(n, "卖方统一社会信用代码", "只能登记本单位作为买方或卖方的合同")
            )
        signed = None
        if cells.get("签订日期"):
            try:
                signed = _date(raw[HEADERS.index("签订日期")])
            except ValueError as exc:
                row_errors.append(CellError(n, "签订日期", str(exc)))
        amounts: dict[str, decimal.Decimal | None] = {}
        for key, h in (
            ("total_amount", "合同总金额（元）"),
            ("tech_amount", "技术交易额（元）"),
            ("paid_amount", "已到账金额（元）"),
        ):
            amounts[key] = None
            if cells.get(h):
                try:
                    amounts[key] = _money(cells[h])
                except (decimal.InvalidOperation, ValueError):
                    row_errors.append(CellError(n, h, "应为数字（单位：元）"))
        for name in TYPED:
            column = FIELD_COLUMN[name]
            limit = getattr(TechContract._meta.get_field(name), "max_length", 0)
            if message := too_long(cells.get(column, ""), limit=limit or 0, label=column):
                row_errors.append(CellError(n, column, message))
        if row_errors:
            errors.extend(row_errors)
            continue
        assert seller is not None
        contract = build(
            contract_no=cells["合同编号"],
            title=cells["合同名称"],
            kind=kind,
            seller=seller,
            buyer=buyer,
            buyer_name=cells.get("买方名称", ""),
            buyer_country=cells.get("买方国家或地区（境外填写）", ""),
            signed_on=signed,
            **amounts,
        )
        pair = (seller.pk, getattr(buyer, "pk", None) or contract.buyer_name)
        try:
            validate(contract, in_file.get(pair, []))
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                column = FIELD_COLUMN.get(field, "")
                errors.extend(CellError(n, column, m) for m in messages)
            continue
        in_file.setdefault(pair, []).append(
            contracts.Sibling(
                contract.contract_no, contract.signed_on, contract.total_amount, "", row=n
            )
        )
        out.append(contract)
    errors.sort(key=lambda e: e.row)
    return (out if not errors else []), errors
