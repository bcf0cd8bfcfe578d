"""My sessions (see and end my other sessions) and, for the security administrator, everyone
who is online, with the power to force them out."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from apps.accounts.models import UserSession
from apps.accounts.permissions import require
from apps.accounts.sessions import session_end
from apps.core.pages import acting_user, list_page, local_time
from apps.core.scoping import get_visible_or_404, visible_to


@login_required
def my_sessions(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    sessions = visible_to(user, UserSession).filter(user=user, ended_at__isnull=True)
    return render(
        request,
        "accounts/my_sessions.html",
        {"sessions": sessions, "current": request.session.session_key},
    )


@login_required
@require_POST
def my_session_end(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    target = get_visible_or_404(user, UserSession, pk=pk, user=user)
    session_end(actor=user, user_session=target, reason="本人结束")
    messages.success(request, "已结束该会话。")
    return redirect("accounts:sessions")


@login_required
def online_users(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    require(user, "sessions.manage")
    qs = visible_to(user, UserSession).filter(ended_at__isnull=True).select_related("user")
    return list_page(
        request,
        qs,
        template="accounts/online.html",
        export_name="在线用户",
        headers=["账号", "角色", "登录时间", "最近活动", "来源地址"],
        row=lambda s: [
            s.user.username,
            s.user.get_role_display(),
            local_time(s.created_at),
            local_time(s.last_seen_at),
            s.ip,
        ],
    )


@login_required
@require_POST
def force_out(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    require(user, "sessions.manage")
    target = get_visible_or_404(user, UserSession, pk=pk)
    session_end(actor=user, user_session=target, reason="安全管理员强制下线")
    messages.success(request, f"已强制 {target.user} 下线。")
    return redirect("accounts:online")
