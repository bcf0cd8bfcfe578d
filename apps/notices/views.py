"""My notices: the inbox (filter unread, page, export) and marking read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from apps.accounts.permissions import require
from apps.core.pages import acting_user, list_page, local_time
from apps.core.scoping import get_visible_or_404, visible_to
from apps.notices import services
from apps.notices.models import Notice


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "notices.view")
    notices = visible_to(actor, Notice)
    if request.GET.get("unread"):
        notices = notices.filter(read_at__isnull=True)
    return list_page(
        request,
        notices,
        template="notices/inbox.html",
        export_name="站内通知",
        headers=["时间", "类别", "标题", "内容", "已读时间"],
        row=lambda n: [
            local_time(n.created_at),
            n.kind_label,
            n.title,
            n.body,
            local_time(n.read_at),
        ],
        context={"unread_only": bool(request.GET.get("unread"))},
    )


@login_required
@require_POST
def notice_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark read and follow the notice's link (only links inside this site)."""
    actor = acting_user(request)
    require(actor, "notices.view")
    notice = get_visible_or_404(actor, Notice, pk=pk)
    services.notice_mark_read(actor=actor, notice=notice)
    if notice.link and url_has_allowed_host_and_scheme(
        notice.link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(notice.link)
    return redirect("notices:inbox")


@login_required
@require_POST
def notices_read_all(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "notices.view")
    services.notices_mark_all_read(actor=actor)
    return redirect("notices:inbox")
