"""Checks of a technical contract before registration (plain Python, no ORM).

Errors stop the registration (nothing is written); flags are written on the contract for the
registration office to look at before it issues a number. Messages are Chinese and name the
field. Amounts are in yuan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

LARGE_AMOUNT = Decimal("10000000")  # 1000万元: large contracts get a second look
SPLIT_THRESHOLD = Decimal("1000000")  # 100万元: the line a split contract stays under
SPLIT_WINDOW_DAYS = 90
MAX_AMOUNT = Decimal("10000000000")  # 100亿元: above this an amount is a typing error
TINY_AMOUNT = Decimal("1000")


@dataclass(frozen=True)
class ContractFacts:
    """What the checks need to know about one contract."""

    contract_no: str
    kind: str
    seller_id: int | None
    buyer_id: int | None
    buyer_name: str
    buyer_foreign: bool
    signed_on: dt.date | None
    total_amount: Decimal | None
    tech_amount: Decimal | None
    paid_amount: Decimal | None


@dataclass(frozen=True)
class Sibling:
    """Another contract between the same parties (already submitted or registered, or an
    earlier row of the same import file: `row` is then its row number)."""

    contract_no: str
    signed_on: dt.date
    total_amount: Decimal
    registration_no: str
    row: int = 0


def check(
    facts: ContractFacts, *, siblings: Sequence[Sibling], today: dt.date
) -> tuple[dict[str, str], list[str]]:
    """(errors by field, flags). No errors means the contract may be submitted."""
    errors: dict[str, str] = {}
    flags: list[str] = []
    if not facts.contract_no.strip():
        errors["contract_no"] = "请填写合同编号。"
    if facts.seller_id is None:
        errors["seller"] = "请选择卖方（技术提供方）。"
    if not facts.buyer_name.strip() and facts.buyer_id is None:
        errors["buyer_name"] = "请填写买方名称。"
    if facts.buyer_id is not None and facts.buyer_id == facts.seller_id:
        errors["buyer"] = "买方与卖方是同一机构，不能登记为技术合同。"
    if facts.signed_on is None:
        errors["signed_on"] = "请填写签订日期。"
    elif facts.signed_on > today:
        errors["signed_on"] = "签订日期不能晚于今天。"
    elif facts.signed_on < today - dt.timedelta(days=3 * 366):
        errors["signed_on"] = "签订日期距今已超过三年，请核实。"
    total, tech, paid = facts.total_amount, facts.tech_amount, facts.paid_amount
    if total is None:
        errors["total_amount"] = "请填写合同总金额。"
    elif total <= 0:
        errors["total_amount"] = "合同总金额应大于零。"
    elif total > MAX_AMOUNT:
        errors["total_amount"] = "合同总金额超过100亿元，疑似填写错误（单位为元）。"
    if tech is None:
        errors["tech_amount"] = "请填写技术交易额。"
    elif tech < 0:
        errors["tech_amount"] = "技术交易额不能为负数。"
    elif total is not None and total > 0 and tech > total:
        errors["tech_amount"] = (
            f"技术交易额（{tech:,.2f}元）大于合同总金额（{total:,.2f}元），金额不符。"
        )
    if paid is not None:
        if paid < 0:
            errors["paid_amount"] = "已到账金额不能为负数。"
        elif total is not None and total > 0 and paid > total:
            errors["paid_amount"] = (
                f"已到账金额（{paid:,.2f}元）大于合同总金额（{total:,.2f}元），金额不符。"
            )
    for s in siblings:
        if s.contract_no.strip() != facts.contract_no.strip():
            continue
        if s.row:
            errors["contract_no"] = (
                f"合同编号 {s.contract_no} 与本文件第 {s.row} 行重复，同一合同只能登记一次。"
            )
        else:
            done = f"（登记号 {s.registration_no}）" if s.registration_no else "（待登记）"
            errors["contract_no"] = f"合同编号 {s.contract_no} 已提交登记{done}，不能重复登记。"
    if errors:
        return errors, flags
    assert total is not None and tech is not None and facts.signed_on is not None
    if total >= LARGE_AMOUNT:
        flags.append(f"大额合同：合同总金额 {total / 10000:,.2f} 万元，请重点审查。")
    if facts.buyer_foreign:
        flags.append("涉外合同：买方在境外，请核对技术进出口相关材料。")
    if total < TINY_AMOUNT:
        flags.append(f"金额异常偏小：合同总金额仅 {total:,.2f} 元，请核实单位是否为元。")
    if tech == 0:
        flags.append("技术交易额为零，不计入技术合同成交额，请核实。")
    near = [
        s
        for s in siblings
        if abs((s.signed_on - facts.signed_on).days) <= SPLIT_WINDOW_DAYS
        and s.total_amount < SPLIT_THRESHOLD
    ]
    if near and total < SPLIT_THRESHOLD:
        combined = total + sum((s.total_amount for s in near), Decimal(0))
        if combined >= SPLIT_THRESHOLD:
            numbers = "、".join(s.contract_no for s in near[:5])
            flags.append(
                f"疑似拆分合同：同一买卖双方{SPLIT_WINDOW_DAYS}日内另有合同 {numbers}，"
                f"单笔均低于 {SPLIT_THRESHOLD / 10000:,.0f} 万元，"
                f"合计 {combined / 10000:,.2f} 万元。"
            )
    return errors, flags
