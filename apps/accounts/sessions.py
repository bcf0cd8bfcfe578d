"""The session registry: start, touch and end signed-in sessions (used by signals, middleware,
the "my sessions" page and the security administrator's online-users page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from apps.accounts.models import UserSession
from apps.audit import context
from apps.audit.services import audit_record
from apps.core.scoping import unique_or_none

if TYPE_CHECKING:
    from apps.accounts.models import User

LOGIN_AT = "kc_login_at"
# The idle timeout restarts when the session is saved. Saving it on every request made every
# page read a database write (on SQLite, a turn at the one write lock), so the session is
# "touched" at most once a minute: the idle timeout is SESSION_COOKIE_AGE to the minute.
TOUCHED_AT = "kc_touched_at"
TOUCH_EVERY_SECONDS = 60


def session_start(*, request: HttpRequest, user: User) -> None:
    """Register the new session (the key has just been cycled by login())."""
    key = request.session.session_key
    if key is None:
        request.session.save()
        key = request.session.session_key
    request.session[LOGIN_AT] = request.session[TOUCHED_AT] = timezone.now().timestamp()
    ctx = context.current()
    UserSession.objects.update_or_create(
        session_key=key,
        defaults={
            "user": user,
            "ip": ctx.ip,
            "user_agent": ctx.user_agent[:300],
            "ended_at": None,
            "ended_reason": "",
        },
    )


def session_mark_ended(*, session_key: str | None, reason: str) -> None:
    if session_key:
        UserSession.objects.filter(session_key=session_key, ended_at__isnull=True).update(
            ended_at=timezone.now(), ended_reason=reason
        )


@transaction.atomic
def session_end(*, actor: User, user_session: UserSession, reason: str) -> None:
    """End a session on the server: its cookie no longer signs anybody in."""
    Session.objects.filter(session_key=user_session.session_key).delete()
    session_mark_ended(session_key=user_session.session_key, reason=reason)
    audit_record(
        actor=actor,
        action="session.end",
        obj=user_session,
        after={"user": user_session.user.username, "reason": reason},
    )


def session_is_live(session_key: str | None) -> UserSession | None:
    if not session_key:
        return None
    # Asked on every signed-in request: only the columns the session check reads.
    return unique_or_none(
        UserSession.objects.filter(session_key=session_key, ended_at__isnull=True).only(
            "id", "last_seen_at"
        )
    )


def session_rekey(*, old_key: str | None, new_key: str | None) -> None:
    """Follow a session whose key was cycled (password change keeps the person signed in)."""
    if old_key and new_key and old_key != new_key:
        UserSession.objects.filter(session_key=old_key).update(session_key=new_key)
