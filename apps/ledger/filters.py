"""The task FilterSet, shared by the plan page, its 台账 export and the ledger API."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone

from apps.ledger.choices import TaskStatus
from apps.ledger.models import LedgerTask


class TaskFilterSet(django_filters.FilterSet):
    """By status, lead unit (part of a name) and overdue (逾期 or past the deadline and open);
    the API adds plan and unit (lead or assisting, part of a name)."""

    plan = django_filters.NumberFilter(field_name="plan_id", label="台账")

    status = django_filters.ChoiceFilter(
        choices=TaskStatus.choices, label="状态", empty_label="全部状态"
    )
    lead = django_filters.CharFilter(method="filter_lead", label="牵头单位")
    unit = django_filters.CharFilter(method="filter_unit", label="责任单位")
    overdue = django_filters.BooleanFilter(method="filter_overdue", label="仅看逾期")

    class Meta:
        model = LedgerTask
        fields = ["plan", "status", "lead", "unit", "overdue"]

    def filter_lead(self, queryset: QuerySet[LedgerTask], name: str, value: str) -> Any:
        return _units_containing(queryset, value, ("lead_units",))

    def filter_unit(self, queryset: QuerySet[LedgerTask], name: str, value: str) -> Any:
        return _units_containing(queryset, value, ("lead_units", "assisting_units"))

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


def _units_containing(
    queryset: QuerySet[LedgerTask], value: str, fields: tuple[str, ...]
) -> QuerySet[LedgerTask]:
    """Tasks with a unit in `fields` whose name contains `value`.

    Units are JSON lists; the scoped queryset holds at most a few thousand tasks, so match in
    Python (JSON text escapes Chinese differently on SQLite and PostgreSQL).
    """
    text = value.strip()[:50]
    if not text:
        return queryset
    ids = [
        row[0]
        for row in queryset.values_list("pk", *fields)
        if any(text in u for units in row[1:] for u in units or [])
    ]
    return queryset.filter(pk__in=ids)
