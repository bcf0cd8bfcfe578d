"""Object rules for organisations, on top of the role table and the scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.choices import DataScope
from apps.accounts.permissions import AccessDenied, has_perm

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.organizations.models import Organization
    from apps.regions.models import Region


def sees_full_record(actor: User, organization: Organization) -> bool:
    """Officers over the organisation's region and the organisation's own users see everything;
    other directory readers see only the public fields."""
    if actor.data_scope == DataScope.BELOW and actor.region is not None:
        return organization.region.is_within(actor.region)
    return actor.organization_id == organization.pk


def may_edit(actor: User, organization: Organization) -> bool:
    return has_perm(actor, "organizations.edit") and sees_full_record(actor, organization)


def require_region_in_jurisdiction(actor: User, region: Region) -> None:
    """Writes into a region need the actor to stand over it."""
    if actor.region is None or not region.is_within(actor.region):
        raise AccessDenied("organizations.import", f"地区“{region.name}”不在您的管辖范围内。")


def may_reveal(actor: User, organization: Organization) -> bool:
    """Full personal data only for officers over the organisation, with a reason (audited)."""
    return has_perm(actor, "personal.reveal") and sees_full_record(actor, organization)
