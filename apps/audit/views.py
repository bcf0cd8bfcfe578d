"""Operation log and login log: filter, page, export."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from apps.accounts.permissions import require
from apps.audit.filters import AuditEventFilterSet, LoginEventFilterSet
from apps.audit.models import AuditEvent, LoginEvent, SecurityAlert
from apps.core.pages import acting_user, export_limit, paginate, render_page, xlsx_download
from apps.core.scoping import visible_to


def _log_page(
    request: HttpRequest,
    *,
    perm: str,
    model: Any,
    filterset_class: Any,
    template: str,
    export_name: str,
    headers: list[str],
    row: Any,
) -> HttpResponse:
    require(acting_user(request), perm)
    qs = visible_to(acting_user(request), model).select_related("region")
    filterset = filterset_class(request.GET, queryset=qs)
    if request.GET.get("export") == "xlsx":
        rows = (row(e) for e in filterset.qs[: export_limit()])
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        return xlsx_download(f"{export_name}-{stamp}.xlsx", export_name, headers, rows)
    query = request.GET.copy()
    query.pop("page", None)
    return render_page(
        request,
        template,
        {"filter": filterset, "page": paginate(request, filterset.qs), "query": query.urlencode()},
    )


def _local(ts: Any) -> str:
    return timezone.localtime(ts).strftime("%Y-%m-%d %H:%M:%S")


@login_required
def audit_events(request: HttpRequest) -> HttpResponse:
    return _log_page(
        request,
        perm="audit.view",
        model=AuditEvent,
        filterset_class=AuditEventFilterSet,
        template="audit/events.html",
        export_name="操作日志",
        headers=[
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
        ],
        row=lambda e: [
            _local(e.created_at),
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
    return _log_page(
        request,
        perm="loginlog.view",
        model=LoginEvent,
        filterset_class=LoginEventFilterSet,
        template="audit/logins.html",
        export_name="登录日志",
        headers=["时间", "账号", "结果", "来源地址", "浏览器"],
        row=lambda e: [
            _local(e.created_at),
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
    page = paginate(request, visible_to(actor, SecurityAlert))
    return render_page(request, "audit/alerts.html", {"page": page})
