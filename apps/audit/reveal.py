"""Revealing masked personal data: the one mechanism every app uses.

A masked field (a contact's phone number) is shown in full only to a user the calling app
allows, for a stated reason, with an audit row `personal.reveal` naming the object, the field
and the reason, and at most `REVEALS_PER_DAY` times per user per local day (counted from those
audit rows, so the limit and the record cannot disagree). Refusals are audited too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import escape

from apps.audit.choices import AuditResult
from apps.audit.models import AuditEvent
from apps.audit.services import audit_record, audit_refused
from apps.core.text import too_long

if TYPE_CHECKING:
    from apps.accounts.models import User

ACTION = "personal.reveal"
REVEALS_PER_DAY = 30
REASON_MAX = 200  # kept whole in the audit message (at most 500 characters)


class RevealLimitReached(Exception):
    """The user has used up today's reveals."""


def reveals_today(actor: User) -> int:
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return AuditEvent.objects.filter(
        actor=actor, action=ACTION, result=AuditResult.SUCCESS, created_at__gte=start
    ).count()


@transaction.atomic
def personal_reveal(*, actor: User, obj: models.Model, field: str, value: str, reason: str) -> str:
    """Return `value` (the unmasked field) after checking the reason and today's count and
    recording the act. The caller has already decided that `actor` may see it."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "请填写查看理由。"})
    if message := too_long(reason, limit=REASON_MAX, label="查看理由"):
        raise ValidationError({"reason": message})
    used = reveals_today(actor)
    if used >= REVEALS_PER_DAY:
        raise RevealLimitReached(
            f"您今天已查看 {used} 次完整联系方式，"
            f"达到每日上限（{REVEALS_PER_DAY} 次），请明天再试。"
        )
    audit_record(
        actor=actor, action=ACTION, obj=obj, after={"field": field}, message=f"理由：{reason}"
    )
    return value


def reveal_response(
    request: HttpRequest, reveal: Callable[[str], str], *, label: str
) -> HttpResponse:
    """The htmx answer of a reveal form: the value, or a Chinese message (400 no reason,
    429 over today's limit). `reveal(reason)` calls the app's service."""
    reason = request.POST.get("reason", "").strip()
    if not reason:
        return HttpResponse("请填写查看理由。", status=400)
    try:
        value = reveal(reason)
    except ValidationError as exc:
        return HttpResponse(escape("；".join(exc.messages)), status=400)
    except RevealLimitReached as exc:
        audit_refused(actor=request.user, action=ACTION, object_type=label, message=str(exc))  # type: ignore[arg-type]
        return HttpResponse(escape(str(exc)), status=429)
    response = HttpResponse(escape(value) or "—")
    response["Cache-Control"] = "no-store"
    return response
