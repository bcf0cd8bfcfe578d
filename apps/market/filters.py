"""One FilterSet per listable model, used by the pages, their exports and the API."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Case, IntegerField, QuerySet, When

from apps.core.scoping import codes_below
from apps.market import search
from apps.market.choices import ContractKind, ContractStatus, ListingStatus, TechField, TransferMode
from apps.market.models import Achievement, Demand, TechContract
from apps.organizations.models import IndustrialChain
from apps.regions.models import Region


def ranked(queryset: QuerySet[Any], ids: list[int]) -> QuerySet[Any]:
    """`queryset` restricted to `ids`, in that order (the search engine's ranking)."""
    if not ids:
        return queryset.none()
    order = Case(*[When(pk=pk, then=i) for i, pk in enumerate(ids)], output_field=IntegerField())
    return queryset.filter(pk__in=ids).order_by(order)


class ListingFilterSet(django_filters.FilterSet):
    """Text (简繁体, 拼音首字母 of the owner), field, region with its subtree, sector, maturity."""

    q = django_filters.CharFilter(label="关键词")  # applied last, in filter_queryset
    field = django_filters.ChoiceFilter(
        choices=TechField.choices, label="技术领域", empty_label="全部领域"
    )
    region = django_filters.CharFilter(method="filter_region", label="地区代码")
    chain = django_filters.ModelChoiceFilter(
        queryset=IndustrialChain.objects.filter(is_active=True), label="专业市场（产业链）"
    )
    status = django_filters.ChoiceFilter(
        choices=ListingStatus.choices, label="状态", empty_label="全部状态"
    )

    kind = "achievement"
    found: search.Found | None = None  # what the text query found (for the page's notes)

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """The text query last, among the listings the other filters keep: the search ranks
        at most `search.CANDIDATES`, and filtering its best ones afterwards would lose
        matches (a county's listings beyond the province's best 500 for 电池)."""
        q = self.form.cleaned_data.get("q") or ""
        others = {k: v for k, v in self.form.cleaned_data.items() if k != "q"}
        for name, value in others.items():
            queryset = self.filters[name].filter(queryset, value)
        if not q.strip():
            return queryset
        narrowed = any(v not in (None, "", [], ()) for v in others.values())
        among = set(queryset.values_list("pk", flat=True)) if narrowed else None
        self.found = search.find(self.kind, q, among=among)
        return ranked(queryset, self.found.ids)

    def filter_region(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        region = Region.objects.filter(code=value.strip()).first()
        if region is None:
            return queryset.none()
        if region.parent_id is None:
            return queryset
        return queryset.filter(region_id__in=codes_below(region.path))


class AchievementFilterSet(ListingFilterSet):
    maturity_min = django_filters.NumberFilter(
        field_name="maturity", lookup_expr="gte", label="成熟度不低于"
    )
    mode = django_filters.ChoiceFilter(
        choices=TransferMode.choices, method="filter_mode", label="转化方式", empty_label="全部方式"
    )
    price_max = django_filters.NumberFilter(
        field_name="price", lookup_expr="lte", label="价格不高于（元）"
    )
    negotiable = django_filters.BooleanFilter(field_name="negotiable", label="面议")

    class Meta:
        model = Achievement
        fields = [
            "q",
            "field",
            "region",
            "chain",
            "maturity_min",
            "mode",
            "price_max",
            "negotiable",
            "status",
        ]

    def filter_mode(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(transfer_modes__icontains=f'"{value}"')


class DemandFilterSet(ListingFilterSet):
    kind = "demand"
    budget_min = django_filters.NumberFilter(
        field_name="budget", lookup_expr="gte", label="预算不低于（元）"
    )

    class Meta:
        model = Demand
        fields = ["q", "field", "region", "chain", "budget_min", "status"]


class ContractFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="合同编号/名称/登记号")
    kind = django_filters.ChoiceFilter(
        choices=ContractKind.choices, label="合同类型", empty_label="全部类型"
    )
    status = django_filters.ChoiceFilter(
        choices=ContractStatus.choices, label="状态", empty_label="全部状态"
    )
    year = django_filters.NumberFilter(field_name="signed_on", lookup_expr="year", label="签订年份")
    flagged = django_filters.BooleanFilter(method="filter_flagged", label="有审查提示")
    region = django_filters.CharFilter(method="filter_region", label="卖方地区（含下级）")

    class Meta:
        model = TechContract
        fields = ["q", "kind", "status", "year", "flagged", "region"]

    def filter_region(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        """The seller's region and everything below it (the 技术合同成交额 drill-down)."""
        path = Region.objects.filter(code=value.strip()).values_list("path", flat=True).first()
        return queryset.filter(seller_region_id__in=codes_below(path)) if path else queryset.none()

    def filter_q(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        from django.db.models import Q

        v = value.strip()[:60]
        if not v:
            return queryset
        return queryset.filter(
            Q(contract_no__icontains=v)
            | Q(title__icontains=v)
            | Q(registration_no=v)
            | Q(buyer_name__icontains=v)
        )

    def filter_flagged(
        self, queryset: QuerySet[Any], name: str, value: bool | None
    ) -> QuerySet[Any]:
        if value is None:
            return queryset
        return queryset.exclude(flags=[]) if value else queryset.filter(flags=[])
