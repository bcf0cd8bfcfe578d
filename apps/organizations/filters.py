"""The organisation FilterSet, used by the list page, its export and the API alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

import django_filters
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from apps.core.scoping import codes_below
from apps.core.text import fold
from apps.organizations import credit_code
from apps.organizations.choices import OrganizationKind, OrganizationSize
from apps.organizations.models import (
    IndustrialChain,
    Organization,
    Qualification,
    QualificationType,
)
from apps.regions.selectors import region_get


def holding_on(type_code: str, day: dt.date) -> Exists:
    """Organisations holding qualification `type_code` on `day`."""
    return Exists(
        Qualification.objects.filter(
            organization=OuterRef("pk"), type_id=type_code, valid_from__lte=day
        ).filter(Q(valid_until__isnull=True) | Q(valid_until__gte=day))
    )


def recognised_between(type_code: str, since: dt.date, day: dt.date) -> Exists:
    """Organisations granted qualification `type_code` from `since` to `day`, both included."""
    return Exists(
        Qualification.objects.filter(
            organization=OuterRef("pk"), type_id=type_code, valid_from__gte=since
        ).filter(valid_from__lte=day)
    )


class OrganizationFilterSet(django_filters.FilterSet):
    """Filters by text, region (with everything below it), chain, qualification, size, kind.

    A region outside the actor's jurisdiction answers 404, like any out-of-scope object.
    """

    q = django_filters.CharFilter(method="filter_q", label="名称/代码/拼音")
    region = django_filters.CharFilter(method="filter_region", label="地区代码")
    chain = django_filters.ModelChoiceFilter(
        queryset=IndustrialChain.objects.filter(is_active=True),
        method="filter_chain",
        label="产业链",
    )
    qualification = django_filters.ModelChoiceFilter(
        queryset=QualificationType.objects.filter(is_active=True),
        method="filter_qualification",
        label="资质",
    )
    on = django_filters.DateFilter(method="filter_noop", label="资质有效日期")
    since = django_filters.DateFilter(method="filter_noop", label="资质认定起始日期")
    size = django_filters.ChoiceFilter(
        choices=OrganizationSize.choices, label="规模", empty_label="全部规模"
    )
    kind = django_filters.ChoiceFilter(
        choices=OrganizationKind.choices, label="机构类型", empty_label="全部类型"
    )

    class Meta:
        model = Organization
        fields = ["q", "region", "chain", "qualification", "on", "since", "size", "kind"]

    def filter_noop(self, queryset: QuerySet[Organization], name: str, value: Any) -> Any:
        return queryset

    def filter_q(self, queryset: QuerySet[Organization], name: str, value: str) -> Any:
        text = fold(value)[:100]
        if not text:
            return queryset
        code = credit_code.normalise(value)
        if len(code) >= 6 and code.isalnum() and code.isascii() and any(c.isdigit() for c in code):
            return queryset.filter(credit_code__startswith=code)
        return queryset.filter(search_text__contains=text)

    def filter_region(self, queryset: QuerySet[Organization], name: str, value: str) -> Any:
        actor = getattr(self.request, "user", None)
        region = region_get(actor=actor, code=value.strip())  # 404 when out of scope
        if region.parent_id is None:
            return queryset  # the whole province: no filter at all
        return queryset.filter(region_id__in=codes_below(region.path))

    def filter_chain(self, queryset: QuerySet[Organization], name: str, value: Any) -> Any:
        return queryset.filter(chains=value)

    def filter_qualification(self, queryset: QuerySet[Organization], name: str, value: Any) -> Any:
        day = self.form.cleaned_data.get("on") or timezone.localdate()
        since = self.form.cleaned_data.get("since")
        if since is not None:  # recognised between `since` and `on` (当年新认定…)
            return queryset.filter(recognised_between(value.code, since, day))
        return queryset.filter(holding_on(value.code, day))
