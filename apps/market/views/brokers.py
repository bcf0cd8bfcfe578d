"""Brokers' deals (对接 → 洽谈 → 签约 / 关闭), officers' pipeline, roadshows, search rebuild."""

from __future__ import annotations

import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, file_download
from apps.core.uploads import UploadRejected
from apps.jobs.services import job_start
from apps.market import deal_selectors, policies, selectors, services
from apps.market.forms import DealForm, OutcomeForm, RoadshowForm
from apps.regions.selectors import region_home


@login_required
def deals(request: HttpRequest) -> HttpResponse:
    """A broker's own deals; an officer's pipeline of the deals in their region."""
    actor = acting_user(request)
    if not (has_perm(actor, "market.broker") or has_perm(actor, "market.pipeline")):
        require(actor, "market.broker")
    context = {
        "deals": deal_selectors.deals_visible(actor=actor)[:200],
        "pipeline": deal_selectors.pipeline(actor=actor)
        if has_perm(actor, "market.pipeline")
        else None,
    }
    return render(request, "market/deals.html", context)


@login_required
@require_POST
def deal_new(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.broker")
    try:
        demand = selectors.public_get(kind="demand", pk=int(request.POST.get("demand", "0")))
        achievement = selectors.public_get(
            kind="achievement", pk=int(request.POST.get("achievement", "0"))
        )
    except ValueError:
        raise Http404("未找到") from None
    try:
        deal = services.deal_take_up(actor=actor, demand=demand, achievement=achievement)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
        return redirect("market:detail", plural="demands", pk=demand.pk)
    return redirect("market:deal", pk=deal.pk)


@login_required
def deal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    deal = deal_selectors.deal_get(actor=actor, pk=pk)
    form = DealForm(
        request.POST or None, request.FILES or None, stages=services.deal_next_stages(deal.stage)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.deal_advance(
                actor=actor,
                deal=deal,
                stage=form.cleaned_data["stage"],
                text=form.cleaned_data["text"],
                document=form.cleaned_data.get("document"),
                shared=form.cleaned_data["shared"],
            )
            messages.success(request, "已记录。")
            return redirect("market:deal", pk=pk)
        except (ValidationError, UploadRejected) as exc:
            form.add_error(None, "；".join(getattr(exc, "messages", [str(exc)])))
    return render(
        request,
        "market/deal.html",
        {
            "deal": deal,
            "broker": deal_selectors.deal_broker(deal),
            "steps": deal_selectors.deal_history(actor=actor, deal=deal),
            "form": form,
            "is_broker": policies.may_advance_deal(actor, deal),
            "party": policies.deal_party(actor, deal),
        },
    )


@login_required
def deal_document(request: HttpRequest, pk: int, note: int) -> FileResponse:
    """The document kept with a step of a deal, for whoever may read that step."""
    found = deal_selectors.deal_note_document(actor=acting_user(request), pk=pk, note=note)
    return file_download(
        found.document.open("rb"), os.path.basename(found.document.name), "application/octet-stream"
    )


def roadshows(request: HttpRequest) -> HttpResponse:
    """Announced events, public."""
    user = request.user if request.user.is_authenticated else None
    return render(
        request,
        "market/roadshows.html",
        {
            "roadshows": selectors.roadshows_visible(actor=user)[:100],
            "can_manage": user is not None and has_perm(user, "market.roadshows.manage"),  # type: ignore[arg-type]
            "today": timezone.localdate(),
        },
    )


@login_required
def roadshow_new(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.roadshows.manage")
    region = region_home(actor=actor)
    form = RoadshowForm(
        request.POST or None, achievements=selectors.roadshow_candidates(region=region)
    )
    if request.method == "POST" and form.is_valid():
        try:
            show = services.roadshow_create(actor=actor, region=region, **form.cleaned_data)
            return redirect("market:roadshow", pk=show.pk)
        except ValidationError as exc:
            form.add_error(None, "；".join(exc.messages))
    return render(request, "market/roadshow_new.html", {"form": form})


def roadshow_detail(request: HttpRequest, pk: int) -> HttpResponse:
    show = selectors.roadshow_get(pk=pk)
    user = acting_user(request) if request.user.is_authenticated else None
    may_manage = policies.may_manage_roadshow(user, show)
    today = timezone.localdate()
    registered = user is not None and selectors.roadshow_registered(roadshow=show, actor=user)
    form = OutcomeForm(
        initial={
            "outcome": show.outcome,
            "deals_signed": show.deals_signed,
            "amount_signed": show.amount_signed,
        }
    )
    return render(
        request,
        "market/roadshow.html",
        {
            "show": show,
            "achievements": show.achievements.select_related("organization").all(),
            "may_register": policies.may_register_roadshow(user)
            and not registered
            and show.held_on >= today,
            "registered": registered,
            "may_manage": may_manage,
            # Who signed up is the organiser's list, not a public one.
            "registrations": selectors.roadshow_registrations(roadshow=show)
            if may_manage
            else None,
            "form": form,
            "today": today,
        },
    )


@login_required
@require_POST
def roadshow_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    actor = acting_user(request)
    show = selectors.roadshow_get(pk=pk)
    try:
        if action == "register":
            services.roadshow_register(actor=actor, roadshow=show)
            messages.success(request, "报名成功。")
        elif action == "outcome":
            form = OutcomeForm(request.POST)
            if form.is_valid():
                services.roadshow_record_outcome(actor=actor, roadshow=show, **form.cleaned_data)
                messages.success(request, "已记录活动成效。")
            else:
                messages.error(request, "活动成效填写有误。")
        else:
            raise Http404("未找到")
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("market:roadshow", pk=pk)


@login_required
@require_POST
def search_rebuild(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.search.rebuild")
    job = job_start(actor=actor, kind="market.search_rebuild", title="重建技术市场检索数据")
    return redirect("jobs:detail", pk=job.pk)
