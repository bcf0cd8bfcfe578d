"""The task FilterSet of a plan page, shared by the page and its 台账 export."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone

from apps.ledger.choices import TaskStatus
from apps.ledger.models import LedgerTask


class TaskFilterSet(django_filters.FilterSet):
    """By status, lead unit (part of a name) and overdue (逾期 or past the deadline and open)."""

    status = django_filters.ChoiceFilter(
        choices=TaskStatus.choices, label="状态", empty_label="全部状态"
    )
    lead = django_filters.CharFilter(method="filter_lead", label="牵头单位")
    overdue = django_filters.BooleanFilter(method="filter_overdue", label="仅看逾期")

    class Meta:
        model = LedgerTask
        fields = ["status", "lead", "overdue"]

    def filter_lead(self, queryset: QuerySet[LedgerTask], name: str, value: str) -> Any:
        text = value.strip()[:50]
        if not text:
            return queryset
        # Units are JSON lists; a plan has at most a few hundred tasks, so match in Python
        # (JSON text escapes Chinese differently on SQLite and PostgreSQL).
        ids = [
            pk
            for pk, units in queryset.values_list("pk", "lead_units")
            if any(text in u for u in units or [])
        ]
        return queryset.filter(pk__in=ids)

    def filter_overdue(self, queryset: QuerySet[LedgerTask], name: str, value: Any) -> Any:
        if not value:
            return queryset
        today = timezone.localdate()
        return queryset.filter(
            Q(status=TaskStatus.OVERDUE)
            | Q(
                deadline__lt=today,
                status__in=[TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS],
            )
        )
