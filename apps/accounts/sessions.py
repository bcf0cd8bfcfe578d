"""The session registry: start, touch and end signed-in sessions (used by signals, middleware,
the "my sessions" page and the security administrator's online-users page)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache
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

# The registry is asked on every signed-in request, so its answer is cached per session key in
# the shared cache (Redis in production, the file cache in embedded mode: every process sees a
# change): the row's id while the session is live. A change that can end a key's life (end,
# rekey) first writes ASK under the key — at once, and again after the transaction commits —
# and readers only ever *add* an answer, never overwrite one. So a reader that read the row just
# before an end committed cannot put "live" back over the marker: while ASK lives, every
# request asks the database. ASK outlives any transaction; a live answer lasts LIVE_TTL_S, the
# bound for a write that bypasses these functions (the admin, a data fix).
LIVE_TTL_S = 5 * 60
ASK_TTL_S = 10 * 60
ASK = "ask"


def _live_key(session_key: str) -> str:
    return f"accounts:session-live:{session_key}"


def _forget(*session_keys: str | None) -> None:
    """Make every process ask the database about these keys (now and after commit)."""
    keys = [_live_key(k) for k in session_keys if k]
    if not keys:
        return

    def mark() -> None:
        cache.set_many(dict.fromkeys(keys, ASK), timeout=ASK_TTL_S)

    mark()
    transaction.on_commit(mark)


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
        _forget(session_key)
        UserSession.objects.filter(session_key=session_key, ended_at__isnull=True).update(
            ended_at=timezone.now(), ended_reason=reason
        )


@transaction.atomic
def session_end(*, actor: User, user_session: UserSession, reason: str) -> None:
    """End a session on the server: its cookie no longer signs anybody in. Deleted through the
    session engine, which also drops a cached copy (`cached_db`)."""
    import_module(settings.SESSION_ENGINE).SessionStore().delete(user_session.session_key)
    session_mark_ended(session_key=user_session.session_key, reason=reason)
    audit_record(
        actor=actor,
        action="session.end",
        obj=user_session,
        after={"user": user_session.user.username, "reason": reason},
    )


def session_is_live(session_key: str | None) -> int | None:
    """The registry row's id of a live session, or None once it was ended (or never started)."""
    if not session_key:
        return None
    key = _live_key(session_key)
    cached = cache.get(key)
    if isinstance(cached, int):
        return cached
    pk = unique_or_none(
        UserSession.objects.filter(session_key=session_key, ended_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    if pk is not None and cached is None:
        cache.add(key, pk, timeout=LIVE_TTL_S)
    return pk


def session_seen(pk: int) -> None:
    """Note activity on a live session (the online-users page); called about once a minute."""
    UserSession.objects.filter(pk=pk).update(last_seen_at=timezone.now())


def session_rekey(*, old_key: str | None, new_key: str | None) -> None:
    """Follow a session whose key was cycled (password change keeps the person signed in)."""
    if old_key and new_key and old_key != new_key:
        _forget(old_key)
        UserSession.objects.filter(session_key=old_key).update(session_key=new_key)
