"""Writes about people: accounts and API tokens."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.utils import timezone

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
