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


def deal_counterpart(actor: User, listing: Any) -> bool:
    """The actor's organisation is the other side of an open broker deal over `listing`."""
    from apps.market.choices import DealStage
    from apps.market.models import Achievement, Deal

    if not actor.organization_id:
        return False
    if isinstance(listing, Achievement):
        deals = Deal.objects.filter(
            achievement=listing, demand__organization_id=actor.organization_id
        )
    else:
        deals = Deal.objects.filter(
            demand=listing, achievement__organization_id=actor.organization_id
        )
    return deals.exclude(stage=DealStage.CLOSED).exists()


def sees_contact(actor: User | None, listing: Any) -> bool:
    """Contact details are hidden from the public; shown masked to the owner, the officers over
    the listing and the counterpart of a broker deal."""
    if actor is None or not actor.is_authenticated:
        return False
    return (
        owns(actor, listing)
        or over_region(actor, listing.region)
        or deal_counterpart(actor, listing)
    )


def may_reveal_contact(actor: User | None, listing: Any) -> bool:
    """Who may see the full number (for a reason, audited, limited per day): an officer over
    the listing, or the counterpart of an open broker deal over it."""
    if actor is None or not actor.is_authenticated or not listing.contact_phone:
        return False
    if has_perm(actor, "personal.reveal") and over_region(actor, listing.region):
        return True
    return has_perm(actor, "market.contact.reveal") and deal_counterpart(actor, listing)


def may_advance_deal(actor: User, deal: Any) -> bool:
    """Only the broker who took a deal up moves it on, while still a broker."""
    return has_perm(actor, "market.broker") and deal.broker_id == actor.pk


def deal_party(actor: User, deal: Any) -> bool:
    """The actor's organisation owns the demand or the achievement of the deal (it reads the
    deal; it never moves it)."""
    return bool(actor.organization_id) and actor.organization_id in (
        deal.demand.organization_id,
        deal.achievement.organization_id,
    )


def sees_deal_internals(actor: User, deal: Any) -> bool:
    """The broker of the deal and the officers over it read every note and document; the
    parties only what the broker shared with them (decision 0007)."""
    return deal.broker_id == actor.pk or over_region(actor, deal.demand.region)


def may_manage_roadshow(actor: User | None, roadshow: Any) -> bool:
    """An officer who manages roadshows, over the event's region (records its outcome, sees
    who registered)."""
    if actor is None or not actor.is_authenticated:
        return False
    return has_perm(actor, "market.roadshows.manage") and over_region(actor, roadshow.region)


def may_register_roadshow(actor: User | None) -> bool:
    """An organisation's user who may sign their organisation up for events."""
    if actor is None or not actor.is_authenticated:
        return False
    return has_perm(actor, "market.roadshows.register") and bool(actor.organization_id)


TRANSFER_INSTITUTIONS = ("university", "institute")


def may_manage_office(actor: User) -> bool:
    """A university or institute user keeps their own institution's transfer office."""
    org = actor.organization
    return (
        has_perm(actor, "market.office.manage")
        and org is not None
        and org.kind in TRANSFER_INSTITUTIONS
    )


def may_register_contract(actor: User, contract: TechContract) -> bool:
    return has_perm(actor, "market.contracts.register") and over_region(
        actor, contract.seller_region
    )


def require(ok: bool, permission: str, message: str = "您没有执行此操作的权限。") -> None:
    if not ok:
        raise AccessDenied(permission, message)
