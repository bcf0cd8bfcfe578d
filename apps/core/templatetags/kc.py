from decimal import Decimal
from typing import Any

from django import template

from apps.core.masking import mask_id_number, mask_mobile

register = template.Library()
register.filter("mask_mobile", mask_mobile)
register.filter("mask_id", mask_id_number)


def _trimmed(value: Decimal) -> str:
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def yuan(value: Any) -> str:
    """An amount in yuan as people read it: ≥ 10,000 in 万元 ("221万元", "1.5万元"), below
    in 元 with separators; None or blank as "—". For listings, not for ledgers (see
    `yuan_exact`)."""
    if value is None or value == "":
        return "—"
    amount = Decimal(str(value))
    if abs(amount) >= 10000:
        return f"{_trimmed(amount / 10000)}万元"
    return f"{_trimmed(amount)}元"


@register.filter
def yuan_exact(value: Any) -> str:
    """An amount to the fen with thousands separators ("2,210,000.00 元"), for contracts."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(str(value)):,.2f} 元"
