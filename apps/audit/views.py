"""Operation log, login log and security alerts: filter, page, export."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from apps.accounts.permissions import require
from apps.audit.filters import AuditEventFilterSet, LoginEventFilterSet
from apps.audit.models import AuditEvent, LoginEvent, SecurityAlert
from apps.core.pages import acting_user, list_page, local_time
from apps.core.scoping import visible_to

EVENT_HEADERS = [
    "时间",
    "账号",
    "角色",
    "单位",
    "操作",
    "对象类型",
    "对象编号",
    "对象",
    "结果",
    "说明",
    "来源地址",
]


@login_required
def audit_events(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "audit.view")
    return list_page(
        request,
        visible_to(actor, AuditEvent).select_related("region"),
        filterset_class=AuditEventFilterSet,
        template="audit/events.html",
        export_name="操作日志",
        headers=EVENT_HEADERS,
        row=lambda e: [
            local_time(e.created_at),
            e.actor_username,
            e.actor_role,
            e.actor_organization,
            e.action,
            e.object_type,
            e.object_id,
            e.object_repr,
            e.get_result_display(),
            e.message,
            e.ip,
        ],
    )


@login_required
def login_events(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "loginlog.view")
    return list_page(
        request,
        visible_to(actor, LoginEvent).select_related("region"),
        filterset_class=LoginEventFilterSet,
        template="audit/logins.html",
        export_name="登录日志",
        headers=["时间", "账号", "结果", "来源地址", "浏览器"],
        row=lambda e: [
            local_time(e.created_at),
            e.username,
            e.get_outcome_display(),
            e.ip,
            e.user_agent,
        ],
    )


@login_required
def security_alerts(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "security.alerts")
    return list_page(
        request,
        visible_to(actor, SecurityAlert),
        template="audit/alerts.html",
        export_name="安全告警",
        headers=["时间", "账号", "类型", "次数", "说明"],
        row=lambda a: [local_time(a.created_at), a.username, a.kind, a.count, a.message],
    )
