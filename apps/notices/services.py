"""Sending and reading notices. Mail goes out after commit, only when mail is configured."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone

from apps.audit.services import audit_record
from apps.notices.models import Notice
from apps.notices.selectors import unread_changed

if TYPE_CHECKING:
    from apps.accounts.models import User

log = logging.getLogger(__name__)


def notice_send(
    *,
    recipients: Iterable[User],
    kind: str,
    title: str,
    body: str = "",
    link: str = "",
    dedupe_key: str = "",
    actor: User | None = None,
) -> list[Notice]:
    """Notify each recipient once; with a `dedupe_key`, a recipient who has it already is skipped.

    Returns the notices created. One audit row records the sending (kind, title, how many).
    """
    people = {u.pk: u for u in recipients if u.is_active}
    if dedupe_key:
        already = set(
            Notice.objects.filter(recipient_id__in=people, dedupe_key=dedupe_key).values_list(
                "recipient_id", flat=True
            )
        )
        people = {pk: u for pk, u in people.items() if pk not in already}
    if not people:
        return []
    rows = [
        Notice(
            recipient=user,
            kind=kind,
            title=title[:200],
            body=body,
            link=link,
            dedupe_key=dedupe_key,
        )
        for user in people.values()
    ]
    with transaction.atomic():
        Notice.objects.bulk_create(rows)
        unread_changed(people)
        audit_record(
            actor=actor,
            action="notice.send",
            object_type="notices.Notice",
            object_id=kind,
            after={"title": title, "recipients": len(rows), "dedupe_key": dedupe_key},
        )
        if settings.KECHUANG_NOTICE_MAIL:
            emails = [(title, body or title, u.email) for u in people.values() if u.email]
            transaction.on_commit(lambda: _mail(emails))
    return rows


def _mail(emails: list[tuple[str, str, str]]) -> None:
    """Send after commit; a mail server that is down must not undo the notices."""
    if not emails:
        return
    messages = [
        (f"【科创平台】{title}", body, settings.DEFAULT_FROM_EMAIL, [to])
        for title, body, to in emails
    ]
    try:
        send_mass_mail(messages, fail_silently=False)
    except OSError:
        log.exception("notice mail failed for %d recipients", len(messages))


def notice_mark_read(*, actor: User, notice: Notice) -> None:
    """Mark one of the actor's own notices read (the caller reached it through visible_to)."""
    if notice.recipient_id != actor.pk or notice.read_at is not None:
        return
    with transaction.atomic():
        Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=timezone.now())
        unread_changed([actor.pk])
        audit_record(actor=actor, action="notice.read", obj=notice)


def notices_mark_all_read(*, actor: User) -> int:
    """Mark all of the actor's unread notices read; returns how many."""
    with transaction.atomic():
        count = Notice.objects.filter(recipient=actor, read_at__isnull=True).update(
            read_at=timezone.now()
        )
        unread_changed([actor.pk])
        audit_record(
            actor=actor,
            action="notice.read_all",
            object_type="notices.Notice",
            object_id="",
            after={"count": count},
        )
    return count
