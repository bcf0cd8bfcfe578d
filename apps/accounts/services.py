"""Writes about people: accounts and API tokens."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.accounts import policies
from apps.accounts.choices import DEFAULT_SCOPE
from apps.accounts.models import ApiToken, User
from apps.audit.services import audit_record, snapshot

if TYPE_CHECKING:
    from apps.organizations.models import Organization
    from apps.regions.models import Region

USER_FIELDS = (
    "username",
    "display_name",
    "role",
    "data_scope",
    "organization",
    "region",
    "is_active",
)


@transaction.atomic
def user_create(
    *,
    actor: User | None,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    organization: Organization | None = None,
    region: Region | None = None,
    email: str = "",
) -> User:
    """Create an account with the data scope its role implies.

    Organisation users act at their organisation's region node.
    """
    if region is None and organization is not None:
        region = organization.region
    user = User(
        username=username,
        display_name=display_name,
        role=role,
        data_scope=DEFAULT_SCOPE[role],
        organization=organization,
        region=region,
        email=email,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    audit_record(actor=actor, action="user.create", obj=user, after=snapshot(user, USER_FIELDS))
    return user


@transaction.atomic
def user_manage_create(
    *,
    actor: User,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    organization: Organization | None = None,
    region: Region | None = None,
) -> User:
    """The security administrator creates a business account."""
    policies.require_may_manage(actor, None, new_role=role)
    return user_create(
        actor=actor,
        username=username,
        password=password,
        role=role,
        display_name=display_name,
        organization=organization,
        region=region,
    )


@transaction.atomic
def user_manage_update(
    *,
    actor: User,
    user: User,
    role: str,
    region: Region | None,
    organization: Organization | None,
    is_active: bool,
    display_name: str,
) -> User:
    """Change a business account's role, place or state (audited with before and after)."""
    policies.require_may_manage(actor, user, new_role=role)
    before = snapshot(user, USER_FIELDS)
    if region is None and organization is not None:
        region = organization.region
    user.role, user.data_scope = role, DEFAULT_SCOPE[role]
    user.region, user.organization = region, organization
    user.is_active, user.display_name = is_active, display_name
    user.full_clean()
    user.save()
    audit_record(
        actor=actor,
        action="user.update",
        obj=user,
        before=before,
        after=snapshot(user, USER_FIELDS),
    )
    if not is_active:
        from apps.accounts.models import UserSession
        from apps.accounts.sessions import session_end

        for live in UserSession.objects.filter(user=user, ended_at__isnull=True):
            session_end(actor=actor, user_session=live, reason="账号停用")
    return user


@transaction.atomic
def user_unlock(*, actor: User, user: User) -> None:
    """Lift a login lockout early (after the person proved who they are by other means)."""
    from axes.utils import reset

    policies.require_may_manage(actor, user)
    count = reset(username=user.username.lower())
    audit_record(actor=actor, action="user.unlock", obj=user, after={"attempts_cleared": count})


@transaction.atomic
def api_token_issue(*, user: User) -> tuple[ApiToken, str]:
    """A new bearer token for `user`; the plain token is returned once and never stored."""
    key = "kc_" + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        key_hash=ApiToken.hash_key(key),
        expires_at=timezone.now() + timedelta(hours=settings.KECHUANG_API_TOKEN_HOURS),
    )
    token.full_clean()
    token.save()
    audit_record(
        actor=user, action="api_token.issue", obj=token, after={"expires_at": token.expires_at}
    )
    return token, key
