"""The one FilterSet for application lists, shared by the pages and the API."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce

from apps.programmes.choices import ApplicationStatus
from apps.programmes.models import Application, Call


class ApplicationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="关键词")
    call = django_filters.ModelChoiceFilter(
        queryset=Call.objects.all(), empty_label="全部批次", label="批次"
    )
    status = django_filters.ChoiceFilter(
        choices=ApplicationStatus.choices, empty_label="全部状态", label="状态"
    )
    stage = django_filters.CharFilter(label="环节")
    region = django_filters.CharFilter(method="in_region", label="地区")

    class Meta:
        model = Application
        fields = ["q", "call", "status", "stage", "region"]

    def search(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        value = value.strip()[:100]
        if not value:
            return qs
        title = Q(title__icontains=value)
        if "submitted_title" in qs.query.annotations:
            # Officers' lists show the submitted title while an application is back with the
            # applicant (`selectors.application_filter`): search what they see, never the
            # revision in progress (decision 0006, "Drafts are the applicant's").
            qs = qs.annotate(listed_title=Coalesce("submitted_title", "title"))
            title = Q(listed_title__icontains=value)
        return qs.filter(
            title | Q(applicant__name__icontains=value) | Q(receipt_number__iexact=value)
        )

    def in_region(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        from apps.core.scoping import codes_below
        from apps.regions.models import Region

        node = Region.objects.filter(code=value.strip()[:12]).first()
        if node is None:
            return qs.none()
        return qs.filter(region_id__in=codes_below(node.path))
