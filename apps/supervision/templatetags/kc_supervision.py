"""Template filters for figures: numbers without trailing zeros, status colours."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template

from apps.supervision import policies
from apps.supervision.choices import STATUS_CSS, ProgressStatus

register = template.Library()


@register.filter
def num(value: Decimal | float | int | None) -> str:
    """12,345.5 for Decimal('12345.5000'); an em dash for no value."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(value):,.4f}".rstrip("0").rstrip(".")


@register.filter
def status_css(status: str) -> str:
    return STATUS_CSS.get(ProgressStatus(status), "secondary") if status else "secondary"


@register.filter
def reviewable_by(report: Any, user: Any) -> bool:
    """Whether `user` may accept or return this reported value now (policies.may_review)."""
    return report.status == "submitted" and policies.may_review(user, report)
