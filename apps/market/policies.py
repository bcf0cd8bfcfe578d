"""Object rules of the market on top of the permission table and the scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from apps.accounts.choices import DataScope
from apps.accounts.permissions import AccessDenied, has_perm
from apps.market.choices import ListingStatus

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.market.models import TechContract
    from apps.regions.models import Region


def over_region(actor: User, region: Region) -> bool:
    """The actor is an officer standing at or above `region`."""
    return (
        actor.data_scope == DataScope.BELOW
        and actor.region is not None
        and region.is_within(actor.region)
    )


def owns(actor: User, listing: Any) -> bool:
    return bool(actor.organization_id) and actor.organization_id == listing.organization_id


def may_edit(actor: User, listing: Any) -> bool:
    editable = (ListingStatus.DRAFT, ListingStatus.REJECTED, ListingStatus.WITHDRAWN)
    return has_perm(actor, "market.post") and owns(actor, listing) and listing.status in editable


def may_moderate(actor: User, listing: Any) -> bool:
    return has_perm(actor, "market.moderate") and over_region(actor, listing.region)


def may_renew(actor: User, listing: Any) -> bool:
    return (has_perm(actor, "market.post") and owns(actor, listing)) or may_moderate(actor, listing)


def sees_contact(actor: User | None, listing: Any) -> bool:
    """Contact details are masked to the public; shown (masked number) to the parties."""
    if actor is None or not actor.is_authenticated:
        return False
    return owns(actor, listing) or over_region(actor, listing.region)


def may_register_contract(actor: User, contract: TechContract) -> bool:
    return has_perm(actor, "market.contracts.register") and over_region(
        actor, contract.seller_region
    )


def require(ok: bool, permission: str, message: str = "您没有执行此操作的权限。") -> None:
    if not ok:
        raise AccessDenied(permission, message)
