from decimal import Decimal, InvalidOperation

from django import template

from apps.supervision.choices import Comparator
from apps.supervision.templatetags.kc_supervision import num

register = template.Library()

STATUS_CLASS = {
    "not_started": "text-bg-secondary",
    "in_progress": "text-bg-primary",
    "done": "text-bg-success",
    "overdue": "text-bg-danger",
    "submitted": "text-bg-warning",
    "accepted": "text-bg-success",
    "returned": "text-bg-danger",
}


@register.filter
def status_class(status: str) -> str:
    """The badge colour of a task or report status."""
    return STATUS_CLASS.get(status, "text-bg-light")


@register.filter
def units(values: list[str] | None) -> str:
    return "、".join(values or [])


@register.filter
def comparator_label(code: str) -> str:
    """「不低于」 for ">=": the draft and the plan showed the extractor's code to the officer."""
    return str(Comparator(code).label) if code in Comparator.values else code


@register.filter
def figure(text: str | None) -> str:
    """A draft target's value as people read it (1,000,000 for 1000000); text the officer
    typed that is no number is shown as typed (the draft flags it), nothing as 「？」."""
    if text is None or text == "":
        return "？"
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return str(text)
    return num(value) if value.is_finite() else str(text)
