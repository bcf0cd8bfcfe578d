"""Reads of the market. Scoped reads start from `visible_to`; the public reads of published
listings go through `published_listings` (the one deliberate exception, decision 0007)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from django.db.models import Count, Q, QuerySet, Sum
from django.http import Http404, QueryDict
from django.utils import timezone

from apps.accounts.choices import DataScope
from apps.core.scoping import codes_below, get_visible_or_404, visible_to
from apps.market.choices import ContractStatus, ListingStatus
from apps.market.filters import AchievementFilterSet, ContractFilterSet, DemandFilterSet
from apps.market.models import (
    Achievement,
    Demand,
    MatchFeedback,
    Roadshow,
    TechContract,
    TransferOffice,
)
from apps.organizations.models import IndustrialChain
from apps.regions.models import Region

if TYPE_CHECKING:
    from django.http import HttpRequest

    from apps.accounts.models import User

MODELS: dict[str, type[Achievement] | type[Demand]] = {"achievement": Achievement, "demand": Demand}
FILTERS: dict[str, Any] = {"achievement": AchievementFilterSet, "demand": DemandFilterSet}

# What anyone may see of a published listing: no contact details, no moderation data.
PUBLIC_FIELDS = (
    "id",
    "title",
    "summary",
    "field",
    "discipline_code",
    "keywords",
    "organization__name",
    "region__name",
    "chain__name",
    "published_at",
    "expires_on",
)
ACHIEVEMENT_PUBLIC = ("patents", "maturity", "transfer_modes", "price", "negotiable")
DEMAND_PUBLIC = ("budget", "negotiable", "deadline")


def published_listings(kind: str) -> QuerySet[Any]:
    """Published, unexpired listings of `kind`, for anyone including anonymous visitors.

    The public exception to scoping: only status=published rows, and the pages and API built
    on it show only the public fields above (contacts stay masked, see policies.sees_contact).
    """
    model = MODELS[kind]
    today = timezone.localdate()
    return (
        model._default_manager.filter(status=ListingStatus.PUBLISHED)
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        .select_related("organization", "region", "chain")
    )


def public_filter(*, kind: str, params: QueryDict) -> Any:
    """The FilterSet over published listings (public pages and API); status is not a filter."""
    data = params.copy()
    data.pop("status", None)
    return FILTERS[kind](data, queryset=published_listings(kind))


def internal_filter(*, kind: str, request: HttpRequest, params: QueryDict) -> Any:
    """The FilterSet over the listings the user may see in any status (their own or in scope)."""
    base = visible_to(request.user, MODELS[kind]).select_related("organization", "region")  # type: ignore[arg-type]
    return FILTERS[kind](params, queryset=base.order_by("-updated_at", "-id"))


def public_get(*, kind: str, pk: int) -> Any:
    obj = published_listings(kind).filter(pk=pk).first()
    if obj is None:
        raise Http404("未找到")
    return obj


def listing_get(*, actor: User | None, kind: str, pk: int) -> Any:
    """A listing for its detail page: published ones for anyone, others within scope (404)."""
    obj = published_listings(kind).filter(pk=pk).first()
    if obj is not None:
        return obj
    if actor is None or not actor.is_authenticated:
        raise Http404("未找到")
    return get_visible_or_404(actor, MODELS[kind], pk=pk)


def moderation_queue(*, actor: User, kind: str) -> QuerySet[Any]:
    return (
        visible_to(actor, MODELS[kind])
        .filter(status=ListingStatus.PENDING)
        .select_related("organization", "region", "duplicate_of")
        .order_by("updated_at", "id")
    )


def market_summary(region: Region | None = None, chain: str = "") -> dict[str, Any]:
    """Public figures of a market: the province (no region), a city or county market (its
    whole subtree: a listing counts in its county, city and the province), optionally a sector
    market (an industrial chain). Sub-markets (cities, or the region's children) and sector
    markets come with their own rolled-up counts."""
    achievements = published_listings("achievement")
    demands = published_listings("demand")
    if region is not None and region.parent_id is not None:
        inside = codes_below(region.path)
        achievements = achievements.filter(region_id__in=inside)
        demands = demands.filter(region_id__in=inside)
    if chain:
        achievements = achievements.filter(chain_id=chain)
        demands = demands.filter(chain_id=chain)
    subs = Region.objects.filter(level="city") if region is None else market_children(region)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, qs in enumerate((achievements, demands)):
        for region_id, n in qs.order_by().values_list("region_id").annotate(n=Count("id")):
            counts[region_id][i] += n
    paths = dict(Region.objects.filter(code__in=list(counts)).values_list("code", "path"))
    by_sub = []
    for code, name, path in subs.order_by("code").values_list("code", "name", "path"):
        inside_sub = [v for r, v in counts.items() if paths.get(r, "").startswith(path)]
        by_sub.append(
            {
                "code": code,
                "name": name,
                "achievements": sum(v[0] for v in inside_sub),
                "demands": sum(v[1] for v in inside_sub),
            }
        )
    per_chain: dict[str, dict[str, Any]] = {}
    for i, qs in enumerate((achievements, demands)):
        rows = qs.exclude(chain=None).order_by().values_list("chain_id", "chain__name")
        for code, name, n in rows.annotate(n=Count("id")):
            entry = per_chain.setdefault(
                code, {"chain_id": code, "chain__name": name, "achievements": 0, "demands": 0}
            )
            entry["achievements" if i == 0 else "demands"] += n
    by_chain = sorted(per_chain.values(), key=lambda c: -(c["achievements"] + c["demands"]))
    for c in by_chain:
        c["n"] = c["achievements"]
    contracts = TechContract.objects.filter(status=ContractStatus.REGISTERED)
    if region is not None and region.parent_id is not None:
        contracts = contracts.filter(seller_region_id__in=inside)
    return {
        "achievements": achievements.count(),
        "demands": demands.count(),
        "contracts": contracts.count(),
        "cities": by_sub,
        "chains": by_chain,
    }


# --- contracts -------------------------------------------------------------------------------


def contract_filter(*, request: HttpRequest, params: QueryDict) -> ContractFilterSet:
    actor = request.user
    base = visible_to(actor, TechContract)  # type: ignore[arg-type]
    if getattr(actor, "data_scope", "") == DataScope.ORGANIZATION and actor.organization_id:  # type: ignore[union-attr]
        # Parties see contracts where their organisation is buyer as well as seller.
        base = TechContract.objects.filter(
            Q(seller_id=actor.organization_id) | Q(buyer_id=actor.organization_id)  # type: ignore[union-attr]
        )
    return ContractFilterSet(
        params, queryset=base.select_related("seller", "seller_region", "buyer", "buyer_region")
    )


def contract_get(*, actor: User, pk: int) -> TechContract:
    if actor.data_scope == DataScope.ORGANIZATION and actor.organization_id:
        found = TechContract.objects.filter(pk=pk, buyer_id=actor.organization_id).first()
        if found is not None:
            return found
    return get_visible_or_404(actor, TechContract, pk=pk)


def _county_of(paths: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Each region code → its county-level code (itself for counties; for zones the county
    above them, else the city; cities and the province map to themselves)."""
    out: dict[str, str] = {}
    for code, (path, level) in paths.items():
        chain = path.rstrip("/").split("/")
        county = code
        if level == "zone":
            for ancestor in reversed(chain[:-1]):
                if paths.get(ancestor, ("", ""))[1] in ("county", "city"):
                    county = ancestor
                    break
        out[code] = county
    return out


def contract_turnover(
    *,
    year: int,
    until: dt.date,
    region_codes: Sequence[str] | None = None,
    side: Literal["seller", "buyer"] = "seller",
    zones_apart: bool = False,
) -> dict[str, Decimal]:
    """Registered technology transaction amounts (技术交易额, yuan) per county-level region code,
    for contracts registered in `year` up to and including `until`.

    `side` chooses whose region counts: the seller's (技术输出, the usual 成交额) or the buyer's
    (技术吸纳). `region_codes` limits the result to those nodes and everything below them.
    Zones count under the county (or city) they lie in, unless `zones_apart`: then a zone
    keeps its own code. The targets module (技术合同成交额 indicator) asks for zones apart and
    rolls them up the region tree itself, so a zone's target has an actual and its city's
    total is the same either way. It reads no user's scope (the caller decides who sees it).
    """
    start = dt.datetime.combine(
        dt.date(year, 1, 1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )
    end = dt.datetime.combine(
        min(until, dt.date(year, 12, 31)) + dt.timedelta(days=1),
        dt.time.min,
        tzinfo=timezone.get_current_timezone(),
    )
    if end <= start:
        return {}
    field = "seller_region_id" if side == "seller" else "buyer_region_id"
    qs = TechContract.objects.filter(
        status=ContractStatus.REGISTERED, registered_at__gte=start, registered_at__lt=end
    ).exclude(**{f"{field}__isnull": True})
    if region_codes is not None:
        codes: set[str] = set()
        for code in region_codes:
            path = Region.objects.filter(code=code).values_list("path", flat=True).first()
            if path:
                codes.update(codes_below(path))
        qs = qs.filter(**{f"{field}__in": sorted(codes)})
    sums = qs.order_by().values_list(field).annotate(total=Sum("tech_amount"))
    paths = {c: (p, lv) for c, p, lv in Region.objects.values_list("code", "path", "level")}
    county = _county_of(paths)
    out: dict[str, Decimal] = defaultdict(lambda: Decimal("0"))
    for code, total in sums:
        out[code if zones_apart else county.get(code, code)] += Decimal(total or 0)
    return {k: v.quantize(Decimal("0.01")) for k, v in sorted(out.items())}


RANKING_ORDERS = {
    "tech": ("技术交易额", ("-tech", "-contracts")),
    "contracts": ("登记合同数", ("-contracts", "-tech")),
    "value": ("合同金额", ("-value", "-contracts")),
    "received": ("到账金额", ("-received", "-contracts")),
}


def transfer_ranking(*, year: int, kind: str, by: str = "tech") -> list[dict[str, Any]]:
    """The yearly ranking of universities (kind='university') or institutes ('institute') as
    sellers of registered contracts: number, contract value, technology amount, money received,
    ordered `by` one of RANKING_ORDERS, with each institution's transfer office and its staff.
    Public figures (the province publishes the ranking)."""
    order = RANKING_ORDERS.get(by, RANKING_ORDERS["tech"])[1]
    rows = (
        TechContract.objects.filter(
            status=ContractStatus.REGISTERED, registered_at__year=year, seller__kind=kind
        )
        .order_by()
        .values("seller_id", "seller__name", "seller__region__name")
        .annotate(
            contracts=Count("id"),
            value=Sum("total_amount"),
            tech=Sum("tech_amount"),
            received=Sum("paid_amount"),
        )
        .order_by(*order, "seller__name")
    )
    out = []
    for i, r in enumerate(rows, start=1):
        out.append(
            {
                "rank": i,
                "organization_id": r["seller_id"],
                "name": r["seller__name"],
                "region": r["seller__region__name"],
                "contracts": r["contracts"],
                "value": (r["value"] or 0) / 10000,
                "tech": (r["tech"] or 0) / 10000,
                "received": (r["received"] or 0) / 10000,
                "office": None,
            }
        )
    offices = TransferOffice.objects.filter(organization_id__in=[r["organization_id"] for r in out])
    by_org = {o.organization_id: o for o in offices}
    for row in out:
        row["office"] = by_org.get(row["organization_id"])
    return out


def transfer_office_of(*, actor: User) -> TransferOffice | None:
    """The actor's own institution's transfer office, if it has one."""
    if actor.organization_id is None:
        return None
    return visible_to(actor, TransferOffice).filter(organization_id=actor.organization_id).first()


def ranking_offices(rows: list[dict[str, Any]]) -> dict[str, int]:
    """How many ranked institutions have a transfer office, and their staff and brokers."""
    offices = [r["office"] for r in rows if r["office"] is not None]
    return {
        "institutions": len(rows),
        "with_office": len(offices),
        "staff": sum(o.staff for o in offices),
        "brokers": sum(o.certified_brokers for o in offices),
    }


# --- feedback and roadshows (brokers' deals: deal_selectors.py) --------------------------------


def my_feedback(*, actor: User, source_kind: str, source_id: int) -> dict[int, bool]:
    """The actor's own judgements of the suggestions for one listing: target id → useful."""
    rows = MatchFeedback.objects.filter(
        user=actor, source_kind=source_kind, source_id=source_id
    ).values_list("target_id", "useful")
    return dict(rows)


def roadshows_visible(*, actor: User | None) -> QuerySet[Roadshow]:
    """Roadshows are announced publicly (title, date, place, achievements); everyone sees them."""
    return Roadshow.objects.select_related("region").annotate(registered=Count("registrations"))


def roadshow_get(*, pk: int) -> Roadshow:
    found = roadshows_visible(actor=None).filter(pk=pk).first()
    if found is None:
        raise Http404("未找到")
    return found


ROADSHOW_CANDIDATES = 300


def roadshow_candidates(*, region: Region | None) -> QuerySet[Any]:
    """Published achievements an organiser may put on a roadshow: those of the organiser's
    region and below, newest first (the public's listings, so no scope beyond that)."""
    found = published_listings("achievement")
    if region is not None and region.parent_id is not None:
        found = found.filter(region_id__in=codes_below(region.path))
    return found.order_by("-published_at", "-id")[:ROADSHOW_CANDIDATES]


def roadshow_registered(*, roadshow: Roadshow, actor: User) -> bool:
    org = actor.organization_id
    return org is not None and roadshow.registrations.filter(organization_id=org).exists()


def roadshow_registrations(*, roadshow: Roadshow) -> QuerySet[Any]:
    """The organisations signed up for an event (for its organiser)."""
    return roadshow.registrations.select_related("organization", "user").order_by("id")


# --- the public market's places (region names are public reference data) -------------------


def market_region(code: str) -> Region:
    found = Region.objects.filter(code=code).first()
    if found is None:
        raise Http404("未找到")
    return found


def market_chain(code: str) -> IndustrialChain | None:
    """The sector market's chain (404 for an unknown code; None without one)."""
    if not code:
        return None
    found = IndustrialChain.objects.filter(code=code, is_active=True).first()
    if found is None:
        raise Http404("未找到")
    return found


def market_cities() -> QuerySet[Region]:
    return Region.objects.filter(level="city").order_by("code")


def market_children(region: Region) -> QuerySet[Region]:
    return Region.objects.filter(parent=region).order_by("code")
