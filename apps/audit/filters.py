import django_filters

from apps.audit.choices import AuditResult, LoginOutcome
from apps.audit.models import AuditEvent, LoginEvent


class AuditEventFilterSet(django_filters.FilterSet):
    actor = django_filters.CharFilter(
        field_name="actor_username", lookup_expr="icontains", label="账号"
    )
    action = django_filters.CharFilter(lookup_expr="icontains", label="操作")
    result = django_filters.ChoiceFilter(choices=AuditResult.choices, label="结果")
    since = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__gte", label="起始日期"
    )
    until = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__lte", label="截止日期"
    )

    class Meta:
        model = AuditEvent
        fields = ["actor", "action", "result", "since", "until"]


class LoginEventFilterSet(django_filters.FilterSet):
    username = django_filters.CharFilter(lookup_expr="icontains", label="账号")
    outcome = django_filters.ChoiceFilter(choices=LoginOutcome.choices, label="结果")
    since = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__gte", label="起始日期"
    )
    until = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__lte", label="截止日期"
    )

    class Meta:
        model = LoginEvent
        fields = ["username", "outcome", "since", "until"]
