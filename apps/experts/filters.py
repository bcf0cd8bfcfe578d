"""The one FilterSet for expert lists (the page and its export)."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet

from apps.core.text import fold
from apps.experts import disciplines as taxonomy
from apps.experts.choices import ExpertStatus, ExpertTier
from apps.experts.models import Expert


def in_disciplines(codes: list[str]) -> Q:
    """Experts holding any of `codes`, as JSON list membership that works on SQLite and
    PostgreSQL: the stored list is ["520", "52020"], so a quoted code is found as text; a
    first-level code also finds its second-level codes (all start with the same three digits).
    No codes: a condition nothing meets."""
    found = Q(pk__in=[])
    for code in codes:
        found |= Q(disciplines__icontains=f'"{code}')
    return found


class ExpertFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="关键词")
    discipline = django_filters.ChoiceFilter(
        method="in_discipline", label="学科", empty_label="全部学科", choices=taxonomy.choices
    )
    tier = django_filters.ChoiceFilter(
        choices=ExpertTier.choices, empty_label="全部类别", label="类别"
    )
    status = django_filters.ChoiceFilter(
        choices=ExpertStatus.choices, empty_label="全部状态", label="状态"
    )
    region = django_filters.CharFilter(method="in_region", label="地区")

    class Meta:
        model = Expert
        fields = ["q", "discipline", "tier", "status", "region"]

    def search(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        value = value.strip()[:100]
        if not value:
            return qs
        key = fold(value)
        # a discipline by code ("520", "52020") or by name ("人工智能", "计算机")
        codes = [value] if value.isdigit() and len(value) <= 5 else taxonomy.codes_named(key)
        return qs.filter(
            Q(search_text__icontains=key)
            | Q(name__icontains=value)
            | Q(keywords__icontains=value)
            | Q(organization_name__icontains=value)
            | in_disciplines(codes)
        )

    def in_discipline(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        code = value.strip()[:5]
        if not code.isdigit():
            return qs.none()
        return qs.filter(in_disciplines([code]))

    def in_region(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        from apps.core.scoping import codes_below
        from apps.regions.models import Region

        node = Region.objects.filter(code=value.strip()[:12]).first()
        if node is None:
            return qs.none()
        return qs.filter(region_id__in=codes_below(node.path))
