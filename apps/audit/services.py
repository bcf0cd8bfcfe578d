"""Writing audit rows. Every service that changes data calls `audit_record` inside its own
transaction, so the business change and its audit row commit or roll back together."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.db import models, transaction
from django.utils import timezone

from apps.audit import context
from apps.audit.chain import link
from apps.audit.choices import AuditResult, LoginOutcome
from apps.audit.models import AuditEvent, LoginEvent, SecurityAlert

if TYPE_CHECKING:
    from apps.accounts.models import User


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, list | tuple | set):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    return value


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The JSON form of the named fields of `obj` (FKs by their key), for before/after."""
    data: dict[str, Any] = {}
    for name in fields:
        field = obj._meta.get_field(name)
        attname = getattr(field, "attname", name)
        data[name] = _json_safe(getattr(obj, attname))
    return data


def _actor_fields(actor: User | None) -> dict[str, Any]:
    if actor is None or not getattr(actor, "is_authenticated", False):
        return {"actor": None, "actor_username": "", "actor_role": "", "region_id": None}
    org = actor.organization
    return {
        "actor": actor,
        "actor_username": actor.username,
        "actor_role": actor.role,
        "actor_organization": org.name if org else "",
        "region_id": actor.region_id,
    }


def _event(
    *,
    actor: User | None,
    action: str,
    result: str,
    obj: models.Model | None,
    object_type: str,
    object_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    message: str,
) -> AuditEvent:
    ctx = context.current()
    if obj is not None:
        object_type = object_type or obj._meta.label
        object_id = object_id or str(obj.pk)
    return AuditEvent(
        **_actor_fields(actor),
        action=action,
        object_type=object_type,
        object_id=object_id,
        object_repr=str(obj)[:300] if obj is not None else "",
        before=_json_safe(before),
        after=_json_safe(after),
        result=result,
        message=message[:500],
        ip=ctx.ip,
        user_agent=ctx.user_agent[:300],
        request_id=ctx.request_id,
    )


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    message: str = "",
) -> AuditEvent:
    """Record a successful write. Call inside the service's transaction."""
    event = _event(
        actor=actor,
        action=action,
        result=AuditResult.SUCCESS,
        obj=obj,
        object_type=object_type,
        object_id=object_id,
        before=before,
        after=after,
        message=message,
    )
    # Part of the caller's transaction, without a savepoint of its own (two statements fewer
    # on every write): an audit row that cannot be written fails the whole write, as it must.
    with transaction.atomic(savepoint=False):
        link([event])
        event.save()
    return event


def audit_refused(
    *,
    actor: User | None,
    action: str,
    object_type: str = "",
    object_id: str = "",
    message: str = "",
) -> AuditEvent:
    """Record a refused attempt (no permission, out of scope, illegal transition).

    Called outside any business transaction (views, middleware, the API error handler), so the
    row survives the refusal.
    """
    event = _event(
        actor=actor,
        action=action,
        result=AuditResult.REFUSED,
        obj=None,
        object_type=object_type,
        object_id=object_id,
        before=None,
        after=None,
        message=message,
    )
    with transaction.atomic(savepoint=False):  # see audit_record
        link([event])
        event.save()
        if actor is not None and getattr(actor, "is_authenticated", False):
            _watch_probing(actor)
    return event


PROBE_WINDOW = timedelta(minutes=10)
PROBE_THRESHOLD = 20


def _watch_probing(actor: User) -> None:
    """Twenty refused requests by one user within ten minutes raise one security alert."""
    since = timezone.now() - PROBE_WINDOW
    refused = AuditEvent.objects.filter(
        actor=actor, result=AuditResult.REFUSED, created_at__gte=since
    ).count()
    if refused < PROBE_THRESHOLD:
        return
    if SecurityAlert.objects.filter(user=actor, kind="probing", created_at__gte=since).exists():
        return
    SecurityAlert.objects.create(
        user=actor,
        username=actor.username,
        kind="probing",
        count=refused,
        message=f"{actor.username} 在10分钟内有 {refused} 次越权或无权限访问，疑似探测。",
    )


def login_record(*, user: User | None, username: str, outcome: LoginOutcome) -> LoginEvent:
    ctx = context.current()
    event = LoginEvent(
        user=user,
        username=username[:150],
        region_id=user.region_id if user is not None else None,
        outcome=outcome,
        ip=ctx.ip,
        user_agent=ctx.user_agent[:300],
    )
    with transaction.atomic(savepoint=False):  # see audit_record
        link([event])
        event.save()
    return event
