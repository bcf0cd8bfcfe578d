"""The bulletin FilterSet, used by the list page and its Excel export."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet

from apps.bulletins.choices import BulletinStatus
from apps.bulletins.models import Bulletin


class BulletinFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="标题/期号")
    year = django_filters.NumberFilter(field_name="year", label="年度")
    status = django_filters.ChoiceFilter(
        choices=BulletinStatus.choices, label="状态", empty_label="全部状态"
    )
    region = django_filters.CharFilter(field_name="region_id", label="编制地区")

    class Meta:
        model = Bulletin
        fields = ["q", "year", "status", "region"]

    def filter_q(self, queryset: QuerySet[Bulletin], name: str, value: Any) -> QuerySet[Bulletin]:
        value = str(value).strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(number__icontains=value))
