"""揭榜挂帅 pages: the public challenge list, bidding, the officers' list and milestone gates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, paginate
from apps.core.scoping import get_visible_or_404, visible_to
from apps.programmes import policies, selectors
from apps.programmes import services_challenges as ch
from apps.programmes import services_milestones as ms
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Challenge, Milestone
from apps.programmes.models_needs import ChallengeMode
from apps.programmes.views.common import application_for, error_text


def _error(request: HttpRequest, exc: Conflict | Invalid) -> None:
    messages.error(request, error_text(exc))


def _when(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


# --- public -----------------------------------------------------------------------------------


@require_GET
def board(request: HttpRequest) -> HttpResponse:
    """The public challenge list (榜单): no login, published items only, contacts masked."""
    page = paginate(request, selectors.public_challenges())
    rows = [{"c": c, "contact": selectors.public_contact(c)} for c in page.object_list]
    return render(
        request,
        "programmes/challenge_board.html",
        {"page": page, "rows": rows, "now": timezone.now()},
    )


def challenge_public(request: HttpRequest, pk: int) -> HttpResponse:
    """One published challenge; signed-in organisations bid on it here (揭榜)."""
    challenge = selectors.public_challenge_get(pk)
    user = request.user
    can_bid = user.is_authenticated and has_perm(user, "programmes.apply")  # type: ignore[arg-type]
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect(f"/accounts/login/?next=/programmes/challenges/{pk}/")
        actor = acting_user(request)
        partners = [
            {"credit_code": code, "role": role}
            for code, role in zip(
                request.POST.getlist("partner_code"),
                request.POST.getlist("partner_role"),
                strict=False,
            )
        ]
        try:
            app = ch.challenge_bid(
                actor=actor,
                challenge=challenge,
                title=request.POST.get("title", ""),
                partners=partners,
            )
        except (Conflict, Invalid) as exc:
            _error(request, exc)
            return redirect("programmes:challenge", pk=pk)
        messages.success(request, "已创建揭榜申报草稿，请填写揭榜方案并上传方案书后提交。")
        return redirect("programmes:edit", pk=app.pk)
    mine = []
    if can_bid:
        mine = selectors.challenge_bids(actor=acting_user(request), challenge=challenge)
    return render(
        request,
        "programmes/challenge_public.html",
        {
            "c": challenge,
            "contact": selectors.public_contact(challenge),
            "problem": ch.bidding_problem(challenge),
            "can_bid": can_bid,
            "mine": mine,
            "manage": user.is_authenticated and has_perm(user, "programmes.handle"),  # type: ignore[arg-type]
        },
    )


# --- officers ---------------------------------------------------------------------------------


@login_required
def manage(request: HttpRequest) -> HttpResponse:
    """The officers' challenge list within their region; the province adds items from
    accepted needs or by hand."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    may_create = has_perm(actor, "programmes.challenge")
    typed: Any = {}
    if request.method == "POST":
        require(actor, "programmes.challenge")
        done = _create(request, actor)
        if done is not None:
            return done
        typed = request.POST  # refused: the page again, the form as it was typed
    status = request.GET.get("status", "")
    qs = selectors.challenges_visible(actor)
    if status:
        qs = qs.filter(status=status)
    return render(
        request,
        "programmes/challenge_manage.html",
        {
            "page": paginate(request, qs.order_by("-id")),
            "status": status,
            "statuses": Challenge._meta.get_field("status").choices,
            "may_create": may_create,
            "needs": list(selectors.accepted_needs(actor, without="challenge")[:50])
            if may_create
            else [],
            "calls": list(selectors.challenge_calls()) if may_create else [],
            "modes": ChallengeMode.choices,
            "typed_need": typed if "need" in typed else {},
            "typed": typed if "need" not in typed else {},
        },
    )


def _create(request: HttpRequest, actor: Any) -> HttpResponse | None:
    """The made challenge's page, or None when refused (the message already added)."""
    from apps.regions.models import Region

    post = request.POST
    call = selectors.challenge_calls().filter(pk=post.get("call") or 0).first()
    closes = _when(post.get("bid_closes_at", ""))
    if call is None or closes is None:
        messages.error(request, "请选择揭榜批次并填写揭榜截止时间（YYYY-MM-DD HH:MM）。")
        return None
    try:
        if post.get("need"):
            need = (
                selectors.accepted_needs(actor, without="challenge")
                .filter(pk=post["need"] if post["need"].isdigit() else 0)
                .first()
            )
            if need is None:
                raise Http404("未找到")
            made = ch.challenge_from_need(
                actor=actor,
                need=need,
                call=call,
                budget=post.get("budget", ""),
                bid_closes_at=closes,
            )
        else:
            region = visible_to(actor, Region).filter(code=post.get("region", "")).first()
            if region is None:
                messages.error(request, "请填写需求所在地区代码（如 360702）。")
                return None
            made = ch.challenge_create(
                actor=actor,
                call=call,
                title=post.get("title", ""),
                summary=post.get("summary", ""),
                targets=post.get("targets", ""),
                budget=post.get("budget", ""),
                bid_closes_at=closes,
                region=region,
                mode=post.get("mode", ChallengeMode.SINGLE),
                max_winners=post.get("max_winners", ""),  # type: ignore[arg-type]
                contact_name=post.get("contact_name", ""),
                contact_phone=post.get("contact_phone", ""),
            )
    except (Conflict, Invalid) as exc:
        _error(request, exc)
        return None
    messages.success(request, f"已列入榜单（待发布）：{made.title}")
    return redirect("programmes:challenge_admin", pk=made.pk)


@login_required
def challenge_admin(request: HttpRequest, pk: int) -> HttpResponse:
    """One challenge for officers: its bids, publish / close, the 赛马 择优 decision."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    challenge = get_visible_or_404(actor, Challenge, pk=pk)
    if request.method == "POST":
        op = request.POST.get("op", "")
        try:
            if op == "publish":
                ch.challenge_publish(actor=actor, challenge=challenge)
                messages.success(request, "已在榜单公开发布。")
            elif op == "update":
                closes = _when(request.POST.get("bid_closes_at", ""))
                if closes is None:
                    messages.error(request, "请填写揭榜截止时间。")
                else:
                    ch.challenge_update(
                        actor=actor,
                        challenge=challenge,
                        bid_closes_at=closes,
                        **{k: request.POST.get(k, "") for k in ch.EDITABLE_TERMS},
                    )
                    messages.success(request, "榜单项目已修改。")
            elif op == "close":
                ch.challenge_close(actor=actor, challenge=challenge)
                messages.success(request, "揭榜已截止，可在“揭榜评定”环节选定揭榜方。")
            elif op == "race":
                winner = (
                    selectors.applications_visible(actor)
                    .filter(challenge=challenge, pk=request.POST.get("winner") or 0)
                    .first()
                )
                if winner is None:
                    messages.error(request, "请选择胜出团队。")
                else:
                    ch.challenge_race_decide(
                        actor=actor,
                        challenge=challenge,
                        winner=winner,
                        reason=request.POST.get("reason", ""),
                    )
                    messages.success(request, "赛马择优已决定，其余团队已终止。")
        except (Conflict, Invalid) as exc:
            _error(request, exc)
        return redirect("programmes:challenge_admin", pk=pk)
    bids = selectors.challenge_bids(actor=actor, challenge=challenge)
    racing = [b for b in bids if b.amount is not None and b.status == "active"]
    return render(
        request,
        "programmes/challenge_admin.html",
        {
            "c": challenge,
            "bids": bids,
            "racing": racing,
            "may_manage": has_perm(actor, "programmes.challenge"),
            "now": timezone.now(),
            "modes": ChallengeMode.choices,
        },
    )


@login_required
@require_POST
def from_demand(request: HttpRequest, pk: int) -> HttpResponse:
    """Promote a technology-market demand to a draft challenge (the market page's button)."""
    from apps.market import selectors as market_selectors

    actor = acting_user(request)
    require(actor, "programmes.challenge")
    demand = market_selectors.listing_get(actor=actor, kind="demand", pk=pk)
    call = selectors.challenge_calls().filter(pk=request.POST.get("call") or 0).first()
    if call is None:
        call = selectors.challenge_calls().first()
    if call is None:
        messages.error(request, "当前没有可列入的揭榜挂帅批次，请先开设批次。")
        return redirect("market:detail", "demands", pk)
    closes = min(call.closes_at, timezone.now() + dt.timedelta(days=30))
    budget = request.POST.get("budget") or (
        str(round(demand.budget / 10000, 2)) if demand.budget else "100"
    )
    try:
        made = ch.challenge_from_demand(
            actor=actor, demand=demand, call=call, budget=budget, bid_closes_at=closes
        )
    except (Conflict, Invalid) as exc:
        _error(request, exc)
        return redirect("market:detail", "demands", pk)
    messages.success(request, "已转为榜单项目（待发布），请核对经费上限与截止时间后发布。")
    return redirect("programmes:challenge_admin", pk=made.pk)


# --- milestones -------------------------------------------------------------------------------


@login_required
@require_POST
def milestones_plan(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    app = application_for(request, pk)
    rows = [
        {"title": t, "due_on": d, "amount": a, "deliverable": x}
        for t, d, a, x in zip(
            request.POST.getlist("m_title"),
            request.POST.getlist("m_due_on"),
            request.POST.getlist("m_amount"),
            request.POST.getlist("m_deliverable"),
            strict=False,
        )
    ]
    try:
        ms.milestones_plan(actor=actor, application=app, milestones=rows)
    except (Conflict, Invalid) as exc:
        _error(request, exc)
        return _refused_milestone_page(request, actor, app.pk, plan=rows)
    messages.success(request, "里程碑已保存。")
    return redirect("programmes:detail", pk=app.pk)


def _refused_milestone_page(
    request: HttpRequest, actor: Any, application_pk: int, **typed: Any
) -> HttpResponse:
    """The application page again with the refused milestone form as it was typed."""
    from apps.programmes.views.handle import _detail_page, _Typed

    app = application_for(request, application_pk)
    return _detail_page(request, actor, app, _Typed(**typed))


@login_required
@require_POST
def milestone_action(request: HttpRequest, pk: int, op: str) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    milestone = get_visible_or_404(actor, Milestone, pk=pk)
    try:
        if op == "submit":
            ms.milestone_submit(
                actor=actor, milestone=milestone, evidence=request.POST.get("evidence", "")
            )
            messages.success(request, "已提交，等待责任处室考核。")
        elif op in ("approve", "return"):
            ms.milestone_decide(
                actor=actor,
                milestone=milestone,
                approve=op == "approve",
                note=request.POST.get("note", ""),
            )
            messages.success(request, "考核通过，经费待拨付。" if op == "approve" else "已退回。")
        elif op == "pay":
            ms.milestone_pay(
                actor=actor, milestone=milestone, reference=request.POST.get("reference", "")
            )
            messages.success(request, "已登记拨付。")
        else:
            raise Http404("未找到")
    except (Conflict, Invalid) as exc:
        _error(request, exc)
        typed = {k: request.POST.get(k, "") for k in ("evidence", "note", "reference")}
        return _refused_milestone_page(
            request, actor, milestone.application_id, milestone={"pk": str(pk), **typed}
        )
    return redirect("programmes:detail", pk=milestone.application_id)


def bid_context(actor: Any, app: Any) -> dict[str, Any]:
    """The challenge block of an application page."""
    if app.challenge_id is None:
        return {}
    return {
        "challenge": app.challenge,
        "partners": list(app.partners.select_related("organization")),
        "milestone_panel": selectors.milestone_panel(actor=actor, application=app),
        "is_lead": policies.is_applicant(actor, app),
    }
