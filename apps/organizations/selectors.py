"""Reads of the registry, always starting from `visible_to`."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.http import QueryDict

from apps.core.masking import mask_mobile
from apps.core.pages import CachedCountPaginator
from apps.core.scoping import get_visible_or_404, visible_to
from apps.organizations.filters import OrganizationFilterSet
from apps.organizations.models import Organization, Qualification, QualificationType
from apps.regions.models import Region

if TYPE_CHECKING:
    from django.http import HttpRequest

    from apps.accounts.models import User


def organization_filter(*, request: HttpRequest, params: QueryDict) -> OrganizationFilterSet:
    """The bound FilterSet over what the requesting user may see (page, export and API)."""
    base = visible_to(request.user, Organization).select_related("region", "industry")  # type: ignore[arg-type]
    return OrganizationFilterSet(params, queryset=base, request=request)


def organization_get(*, actor: User, pk: int) -> Organization:
    return get_visible_or_404(actor, Organization, pk=pk)


def organization_qualifications(
    *, actor: User, organization: Organization
) -> QuerySet[Qualification]:
    return (
        visible_to(actor, Qualification)
        .filter(organization=organization)
        .select_related("type")
        .order_by("valid_from", "id")
    )


def export_rows(queryset: QuerySet[Organization], *, full: bool, limit: int) -> list[list[Any]]:
    """Rows for the Excel export of exactly what the list shows (same filters and order)."""
    rows: list[list[Any]] = []
    qs = queryset.prefetch_related("chains")[:limit]
    for org in qs:
        row: list[Any] = [
            org.credit_code,
            org.name,
            org.get_kind_display(),
            org.region_id,
            org.region.name,
            str(org.industry_id or ""),
            "、".join(c.name for c in org.chains.all()),
            org.get_size_display(),
            org.founded_on.isoformat() if org.founded_on else "",
        ]
        if full:
            row += [
                org.address,
                org.employees if org.employees is not None else "",
                org.contact_name,
                mask_mobile(org.contact_phone),
            ]
        rows.append(row)
    return rows


EXPORT_HEADERS = [
    "统一社会信用代码",
    "名称",
    "机构类型",
    "地区代码",
    "地区",
    "行业代码",
    "产业链",
    "规模",
    "成立日期",
]
EXPORT_HEADERS_FULL = [*EXPORT_HEADERS, "地址", "从业人数", "联系人", "联系电话"]


def registry_stats(*, actor: User, region: Region, day: dt.date) -> dict[str, Any]:
    """Figures for a region's overview page: totals, by qualification, by child region, by year.

    Everything is counted over what `actor` may see, restricted to `region`. Results are
    cached per (scope, region, day) until the registry changes (see `registry_changed`), so
    the overview opens fast at province scale; the first request computes them in five queries.
    """
    scope = f"{actor.role}:{actor.data_scope}:{actor.region_id}:{actor.organization_id}"
    key = f"registry_stats:{registry_version()}:{scope}:{region.code}:{day.isoformat()}"
    stats = cache.get(key)
    if stats is None:
        stats = _registry_stats(actor=actor, region=region, day=day)
        cache.set(key, stats, timeout=STATS_TTL)
    return stats  # type: ignore[no-any-return]


STATS_TTL = 15 * 60
_VERSION_KEY = "registry_version"


def registry_version() -> int:
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = int(time.time())
        cache.add(_VERSION_KEY, version, timeout=None)
    return int(version)


def registry_changed() -> None:
    """Called (on commit) by every write to organisations or qualifications."""
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, int(time.time()), timeout=None)


def _valid_on(day: dt.date, prefix: str = "") -> Q:
    return Q(**{f"{prefix}valid_from__lte": day}) & (
        Q(**{f"{prefix}valid_until__isnull": True}) | Q(**{f"{prefix}valid_until__gte": day})
    )


def _registry_stats(*, actor: User, region: Region, day: dt.date) -> dict[str, Any]:
    below = list(Region.objects.filter(path__startswith=region.path).values_list("code", "path"))
    orgs = visible_to(actor, Organization)
    quals = visible_to(actor, Qualification)
    if region.parent_id is not None:
        codes = [code for code, _ in below]
        orgs = orgs.filter(region_id__in=codes)
        quals = quals.filter(organization__region_id__in=codes)

    # Organisations per region node, rolled up to the direct children of `region`.
    child_of: dict[str, str] = {}
    for code, path in below:
        parts = path.rstrip("/").split("/")
        if len(parts) > region.depth + 1:
            child_of[code] = parts[region.depth + 1]
    per_child: Counter[str] = Counter()
    total = 0
    for region_id, n in orgs.order_by().values_list("region_id").annotate(n=Count("id")):
        total += n
        if region_id in child_of:
            per_child[child_of[region_id]] += n
    children = Region.objects.filter(parent=region).order_by("code")
    by_child = [(c.code, c.name, c.level, per_child.get(c.code, 0)) for c in children]

    held_today = dict(
        quals.filter(_valid_on(day))
        .order_by()
        .values_list("type_id")
        .annotate(n=Count("organization_id", distinct=True))
    )
    types = list(QualificationType.objects.filter(is_active=True))
    by_qualification = [(t.code, t.name, held_today.get(t.code, 0)) for t in types]

    years = list(range(day.year - 6, day.year + 1))
    ends = {y: (dt.date(y, 12, 31) if y < day.year else day) for y in years}
    aggregates: dict[str, Any] = {}
    for y in years:
        aggregates[f"held_{y}"] = Count("organization_id", distinct=True, filter=_valid_on(ends[y]))
        aggregates[f"new_{y}"] = Count("id", filter=Q(valid_from__year=y))
    growth = quals.filter(type_id="high_tech").aggregate(**aggregates)
    return {
        "total": total,
        "by_qualification": by_qualification,
        "by_child": by_child,
        "years": years,
        "new_high_tech": [growth[f"new_{y}"] for y in years],
        "high_tech_held": [growth[f"held_{y}"] for y in years],
    }


def chain_names() -> list[str]:
    from apps.organizations.models import IndustrialChain

    return list(IndustrialChain.objects.filter(is_active=True).values_list("name", flat=True))


def organization_by_code(code: str) -> Organization | None:
    """Lookup by credit code for account management (names an organisation, shows no data)."""
    return Organization.objects.filter(credit_code=code).first()


def dictionary_entries(kind: str) -> list[Any]:
    """All entries of a dictionary, active or not (reference data, not scoped)."""
    from apps.organizations.models import IndustrialChain

    model = IndustrialChain if kind == "chain" else QualificationType
    return list(model.objects.order_by("sort_order", "code"))


class RegistryPaginator(CachedCountPaginator):
    """Counts of organisation lists, remembered until the registry changes."""

    version = staticmethod(registry_version)
