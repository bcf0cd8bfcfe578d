"""The demand reserve (项目需求储备库) and the guide built from it, with its traceability."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, paginate
from apps.core.scoping import visible_to
from apps.programmes import selectors
from apps.programmes import services_reserve as rs
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Call, ReserveEntry
from apps.programmes.views.challenges import _error


@login_required
def reserve(request: HttpRequest) -> HttpResponse:
    """Entries of the reserve in the officer's region, and accepted needs still to screen."""
    actor = acting_user(request)
    require(actor, "programmes.reserve")
    typed: Any = {}
    if request.method == "POST":
        raw = request.POST.get("need", "")
        need = (
            selectors.accepted_needs(actor, without="reserve")
            .filter(pk=int(raw) if raw.isdigit() else 0)
            .first()
        )
        if need is None:
            messages.error(request, "请选择一条审核通过、尚未入库的需求。")
            return redirect("programmes:reserve")
        tags = request.POST.get("tags", "").replace("，", ",").replace("、", ",").split(",")
        try:
            rs.reserve_add(
                actor=actor,
                need=need,
                title=request.POST.get("title", ""),
                field=request.POST.get("field", ""),
                tags=tags,
            )
            messages.success(request, "已纳入需求储备库。")
            return redirect("programmes:reserve")
        except (Conflict, Invalid) as exc:
            _error(request, exc)
            typed = request.POST  # the page again, the form as it was typed
    qs = visible_to(actor, ReserveEntry).select_related("organization", "region", "need")
    field = request.GET.get("field", "").strip()
    tag = request.GET.get("tag", "").strip()
    if field:
        qs = qs.filter(field__icontains=field)
    if tag:
        qs = qs.filter(tags__icontains=tag)
    return render(
        request,
        "programmes/reserve.html",
        {
            "page": paginate(request, qs.prefetch_related("directions__call")),
            "needs": list(selectors.accepted_needs(actor, without="reserve")[:50]),
            "field": field,
            "tag": tag,
            "typed": typed,
        },
    )


@login_required
def guide(request: HttpRequest, pk: int) -> HttpResponse:
    """A call's guide: directions built from reserve entries (province edits, then publishes)
    and the trace need → direction → applications within the viewer's scope."""
    actor = acting_user(request)
    require(actor, "programmes.view")
    call = get_object_or_404(Call.objects.select_related("programme_type"), pk=pk)
    may_build = has_perm(actor, "programmes.configure") and call.guide_published_at is None
    typed: Any = {}
    if request.method == "POST":
        require(actor, "programmes.configure")
        try:
            if request.POST.get("op") == "publish":
                rs.guide_publish(actor=actor, call=call)
                messages.success(request, "指南已发布，申报单位可按方向申报。")
            else:
                ids = [int(v) for v in request.POST.getlist("entries") if v.isdigit()]
                entries = list(visible_to(actor, ReserveEntry).filter(pk__in=ids))
                rs.guide_direction_save(
                    actor=actor,
                    call=call,
                    title=request.POST.get("title", ""),
                    text=request.POST.get("text", ""),
                    entries=entries,
                )
                messages.success(request, "已加入指南方向。")
            return redirect("programmes:guide", pk=call.pk)
        except (Conflict, Invalid) as exc:
            _error(request, exc)
            typed = request.POST  # the page again, the direction as it was typed
    officer = has_perm(actor, "programmes.handle")
    return render(
        request,
        "programmes/guide.html",
        {
            "call": call,
            "trace": selectors.guide_trace(actor=actor, call=call),
            "officer": officer,
            "may_build": may_build,
            "entries": list(
                visible_to(actor, ReserveEntry)
                .exclude(status="archived")
                .select_related("organization")
                .order_by("field", "id")[:300]
            )
            if may_build
            else [],
            "typed": typed,
            "chosen": set(typed.getlist("entries")) if typed else set(),
        },
    )
