"""Reading notices: the unread count of the menu badge, cached per user.

Every signed-in page shows the badge, so counting on each request cost one statement per page.
The count is cached under a per-user version token; `unread_changed` gives the users a new
token whenever a write in `apps.notices.services` changes their unread set. The cache is shared
by the server's processes (file cache in embedded mode, Redis in production), so a change shows
in every process on the next page.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import transaction

from apps.core.scoping import visible_to
from apps.notices.models import Notice

if TYPE_CHECKING:
    from apps.accounts.models import User

# A write that bypasses the services (the admin, a data fix) shows at the latest after this.
UNREAD_TTL_S = 10 * 60
# A version token that expires or is evicted only costs a recount: a new token never matches
# a count cached under an old one, so nothing stale comes back.
VERSION_TTL_S = 24 * 60 * 60


def _version_key(user_id: int) -> str:
    return f"notices:unread:v:{user_id}"


def unread_count(user: User) -> int:
    """How many of `user`'s own notices are unread (the menu badge)."""
    version_key = _version_key(user.pk)
    version = cache.get(version_key)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(version_key, version, timeout=VERSION_TTL_S):
            version = cache.get(version_key) or version
    key = f"notices:unread:{user.pk}:{version}"
    count = cache.get(key)
    if count is None:
        count = visible_to(user, Notice).filter(read_at__isnull=True).count()
        cache.set(key, count, timeout=UNREAD_TTL_S)
    return int(count)


def unread_changed(user_ids: Iterable[int]) -> None:
    """Give these users a new version token, now and again after the transaction commits.

    Now, so the writer's own next read counts again; after commit, because a page read by
    another process between now and the commit counts the old rows and caches them under the
    new token — the second token leaves that count behind.
    """
    ids = list(user_ids)
    if not ids:
        return

    def bump() -> None:
        cache.set_many({_version_key(pk): uuid.uuid4().hex for pk in ids}, timeout=VERSION_TTL_S)

    bump()
    transaction.on_commit(bump)
