"""The retention purge: audit rows are kept at least 183 days (等保 2.0 8.1.4.3), then the
oldest may be removed, leaving a record of where the chain now starts."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from apps.audit.models import AppendOnlyModel, AuditEvent, LoginEvent, PurgeRecord
from apps.audit.services import audit_record

if TYPE_CHECKING:
    from apps.accounts.models import User

MINIMUM_DAYS = 183


def retention_days() -> int:
    return max(MINIMUM_DAYS, int(settings.KECHUANG_AUDIT_RETENTION_DAYS))


@transaction.atomic
def audit_purge(*, actor: User | None) -> dict[str, int]:
    """Delete chain rows older than the retention period, from the start of each chain."""
    cutoff = timezone.now() - timedelta(days=retention_days())
    removed: dict[str, int] = {}
    for model in (AuditEvent, LoginEvent):
        removed[model.CHAIN] = _purge(model, cutoff)
    if any(removed.values()):
        audit_record(
            actor=actor,
            action="audit.purge",
            object_type="audit",
            after={"cutoff": cutoff, **removed},
        )
    return removed


def _purge(model: type[AppendOnlyModel], cutoff: object) -> int:
    """Remove the longest prefix of the chain whose rows are all older than `cutoff`."""
    chained = model.objects.filter(seq__isnull=False)
    first_young = (
        chained.filter(created_at__gte=cutoff).order_by("seq").values_list("seq", flat=True).first()
    )
    old = chained.filter(created_at__lt=cutoff)
    if first_young is not None:
        old = old.filter(seq__lt=first_young)
    last = old.order_by("-seq").values_list("seq", "hash").first()
    if last is None:
        return 0
    through, last_hash = last
    table = model._meta.db_table
    with connection.cursor() as cursor:
        # The one place rows leave the audit tables (the ORM's delete is refused).
        cursor.execute(f"DELETE FROM {table} WHERE seq <= %s", [through])  # noqa: S608
        count = cursor.rowcount
    PurgeRecord.objects.create(
        chain=model.CHAIN, through_seq=through, last_hash=last_hash, count=count
    )
    return count
