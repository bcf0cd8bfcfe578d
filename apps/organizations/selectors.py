"""Reads of the registry, always starting from `visible_to`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.http import QueryDict

from apps.core.masking import mask_mobile
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

    Everything is counted over `visible_to(actor, Organization)` restricted to `region`.
    """
    below = Region.objects.filter(path__startswith=region.path)
    orgs = visible_to(actor, Organization).filter(region__in=below.values("code"))
    total = orgs.count()

    valid = Q(valid_from__lte=day) & (Q(valid_until__isnull=True) | Q(valid_until__gte=day))
    quals = visible_to(actor, Qualification).filter(organization__in=orgs.values("pk"))
    by_type = dict(
        quals.filter(valid).values_list("type_id").annotate(n=Count("organization", distinct=True))
    )
    types = list(QualificationType.objects.filter(is_active=True))
    by_qualification = [(t.code, t.name, by_type.get(t.code, 0)) for t in types]

    # Roll counts per region node up to the direct children of `region`.
    children = {c.code: c for c in Region.objects.filter(parent=region).order_by("code")}
    child_of: dict[str, str] = {}
    for code, path in below.values_list("code", "path"):
        parts = path.rstrip("/").split("/")
        if len(parts) > region.depth + 1:
            child_of[code] = parts[region.depth + 1]
    per_child: Counter[str] = Counter()
    for region_id, n in orgs.values_list("region_id").annotate(n=Count("id")):
        if region_id in child_of:
            per_child[child_of[region_id]] += n
    by_child = [(c.code, c.name, c.level, per_child.get(c.code, 0)) for c in children.values()]

    hte = "high_tech"
    growth = dict(
        quals.filter(type_id=hte)
        .annotate(y=ExtractYear("valid_from"))
        .values_list("y")
        .annotate(n=Count("id"))
    )
    years = list(range(day.year - 6, day.year + 1))
    held = []
    for year in years:
        end = dt.date(year, 12, 31) if year < day.year else day
        held.append(
            quals.filter(type_id=hte, valid_from__lte=end)
            .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=end))
            .values("organization")
            .distinct()
            .count()
        )
    return {
        "total": total,
        "by_qualification": by_qualification,
        "by_child": by_child,
        "years": years,
        "new_high_tech": [growth.get(y, 0) for y in years],
        "high_tech_held": held,
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
