"""Expert database pages (list, profile, registration, recommendation, import, approval
queue) and the draw pages (rules, preview, run as a job, result, confirm, replay)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from apps.accounts.choices import Role
from apps.accounts.permissions import AccessDenied, has_perm, require
from apps.core.pages import (
    XLSX,
    acting_user,
    download,
    export_limit,
    form_error_text,
    paginate,
    render_page,
)
from apps.core.pages import xlsx_download as _xlsx
from apps.core.scoping import visible_to
from apps.experts import draws, forms, imports, policies, selectors, services
from apps.experts.batch import build
from apps.experts.choices import DrawStatus, ExpertStatus
from apps.jobs.services import job_start
from apps.regions.models import Region

CREDIT_PARTS = {
    "rating": "管理部门评价",
    "agreement": "与评审组意见一致",
    "timeliness": "按时提交",
    "acceptance": "接受邀请",
}


def _may_list(actor: Any) -> None:
    if not (has_perm(actor, "experts.view") or has_perm(actor, "experts.recommend")):
        raise AccessDenied("experts.view")


def _errors(form: Any, exc: ValidationError) -> None:
    for field, msgs in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, "；".join(msgs))


@login_required
def expert_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    _may_list(actor)
    filterset = selectors.expert_filter(actor=actor, params=request.GET)
    if request.GET.get("export") == "xlsx":
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        rows = (selectors.export_row(e) for e in filterset.qs[: export_limit()])
        return _xlsx(f"专家库-{stamp}.xlsx", "专家库", selectors.EXPORT_HEADERS, rows)
    for name in ("discipline", "tier", "status"):
        filterset.form.fields[name].widget.attrs["class"] = "form-select"
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filter": filterset,
        "page": paginate(request, filterset.qs),
        "query": query.urlencode(),
        "regions": list(visible_to(actor, Region).only("code", "name", "depth")),
        "can_manage": has_perm(actor, "experts.manage"),
        "can_recommend": has_perm(actor, "experts.recommend"),
        "can_approve": has_perm(actor, "experts.approve"),
    }
    return render_page(request, "experts/list.html", context, partial="experts/_table.html")


@login_required
def expert_new(request: HttpRequest) -> HttpResponse:
    """An officer enters an expert, or an organisation recommends one of its people."""
    actor = acting_user(request)
    recommending = actor.role in (Role.ENTERPRISE, Role.UNIVERSITY)
    require(actor, "experts.recommend" if recommending else "experts.manage")
    form = forms.ExpertForm(
        request.POST or None,
        regions=selectors.regions_for_profile(actor),
        fixed_tier=recommending,  # the province decides who is a core expert
    )
    if recommending and actor.organization is not None:
        form.fields["organization_name"].initial = actor.organization.name
        del form.fields["credit_code"]
    if request.method == "POST" and form.is_valid():
        try:
            expert = services.expert_create(actor=actor, data=form.profile())
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, f"已提交“{expert.name}”，等待省级审核入库。")
            return redirect("experts:detail", pk=expert.pk)
    return render(
        request, "experts/form.html", {"form": form, "recommending": recommending, "new": True}
    )


def expert_register(request: HttpRequest) -> HttpResponse:
    """Self-registration (no account yet): the entry waits for the province's approval. An
    expert already in the database is sent to their profile, not asked for a new account."""
    if request.user.is_authenticated:
        own = selectors.own_profile(acting_user(request))
        if own is not None:
            messages.info(request, "您已在专家库中，无需重新注册；如需更新信息，请点击“修改”。")
            return redirect("experts:detail", pk=own.pk)
    form = forms.RegistrationForm(request.POST or None)
    done = None
    if request.method == "POST" and form.is_valid():
        try:
            done = services.expert_register(
                data=form.profile(),
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
            )
        except ValidationError as exc:
            _errors(form, exc)
    return render(request, "experts/register.html", {"form": form, "done": done})


@login_required
def my_profile(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.profile")
    expert = selectors.own_profile(actor)
    if expert is None:
        raise Http404("未找到")
    return redirect("experts:detail", pk=expert.pk)


@login_required
def expert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    expert = selectors.expert_get(actor=actor, pk=pk)
    credit = selectors.credit_of(expert)
    context = {
        "expert": expert,
        "history": selectors.review_history(expert),
        "declared_conflicts": [
            *expert.conflict_people,
            *(o.name for o in expert.conflict_organizations.all()),
        ],
        "credit": credit,
        "credit_rated": credit is not None and any(credit.counts.values()),
        "credit_parts": [
            (label, credit.components.get(key, 0.0))
            for key, label in CREDIT_PARTS.items()
            if credit is not None
        ],
        "may_edit": policies.may_edit(actor, expert),
        "may_review": policies.may_review(actor) and expert.status == ExpertStatus.PENDING,
        "may_suspend": policies.may_review(actor)
        and expert.status in (ExpertStatus.APPROVED, ExpertStatus.SUSPENDED),
        "review_form": forms.ReviewForm(),
    }
    return render(request, "experts/detail.html", context)


@login_required
def expert_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    expert = selectors.expert_get(actor=actor, pk=pk)
    if not policies.may_edit(actor, expert):
        raise AccessDenied("experts.manage", "您不能修改该专家信息。")
    own = actor.role == Role.EXPERT
    form = forms.ExpertForm(
        request.POST or None,
        regions=selectors.regions_for_profile(actor),
        fixed_tier=own,
        initial=forms.ExpertForm.initial_for(expert),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.expert_update(actor=actor, expert=expert, data=form.profile())
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, "专家信息已保存。")
            return redirect("experts:detail", pk=expert.pk)
    return render(request, "experts/form.html", {"form": form, "expert": expert})


@login_required
@require_POST
def expert_review(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.approve")
    expert = selectors.expert_get(actor=actor, pk=pk)
    form = forms.ReviewForm(request.POST)
    if form.is_valid():
        try:
            services.expert_review(
                actor=actor,
                expert=expert,
                approve=form.cleaned_data["decision"] == "approve",
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            messages.error(request, "；".join(m for ms in exc.message_dict.values() for m in ms))
        else:
            decided = "同意入库" if form.cleaned_data["decision"] == "approve" else "不予入库"
            messages.success(request, f"“{expert.name}”：{decided}。")
    else:
        messages.error(request, form_error_text(form))
    return redirect(request.POST.get("next") or "experts:queue")


@login_required
@require_POST
def expert_status(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    expert = selectors.expert_get(actor=actor, pk=pk)
    try:
        services.expert_set_status(
            actor=actor,
            expert=expert,
            suspended=request.POST.get("suspend") == "1",
            note=request.POST.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, "；".join(m for ms in exc.message_dict.values() for m in ms))
    return redirect("experts:detail", pk=expert.pk)


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.approve")
    page = paginate(request, selectors.pending(actor))
    return render(request, "experts/queue.html", {"page": page, "form": forms.ReviewForm()})


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.manage")
    regions = list(selectors.regions_for_profile(actor).values_list("code", "name"))
    from apps.organizations.selectors import chain_names

    content = imports.template_bytes(regions=regions, chains=chain_names())
    return download(content, "专家导入模板.xlsx", XLSX)


@login_required
def expert_import(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.manage")
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = job_start(
            actor=actor,
            kind="experts.import",
            title=f"导入专家：{upload.name[:100]}",
            upload=upload,
        )
        return redirect("jobs:detail", pk=job.pk)
    return render(request, "experts/import.html", {"form": form})


# --- draws -----------------------------------------------------------------------------------


@login_required
def draw_index(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.draw")
    context = {
        "calls": selectors.calls_with_review(actor),
        "page": paginate(request, selectors.draws_for(actor=actor)),
    }
    return render(request, "experts/draws.html", context)


@login_required
def draw_new(request: HttpRequest, pk: int) -> HttpResponse:
    """The rules form; "预览" answers with the counts (htmx), "开始抽取" starts the job."""
    actor = acting_user(request)
    require(actor, "experts.draw")
    call, apps = selectors.call_for_draw(actor=actor, pk=pk)
    today = timezone.localdate()
    form = forms.DrawRulesForm(
        request.POST or None,
        initial={"review_start": today, "review_end": today + dt.timedelta(days=14)},
    )
    preview = None
    if request.method == "POST" and form.is_valid():
        rules = form.rules()
        if request.POST.get("action") == "run":
            draw = services.draw_start(actor=actor, call=call, applications=apps, rules=rules)
            return redirect("experts:draw", pk=draw.pk)
        start, end = services.review_window(rules)
        batch = build(actor=actor, call=call, applications=apps, start=start, end=end)
        preview = draws.preview(batch, rules, int(rules.get("seed") or 0))
    context = {
        "call": call,
        "applications": apps,
        "form": form,
        "preview": preview,
        "past": selectors.draws_for(actor=actor, call=call)[:10],
    }
    return render_page(request, "experts/draw_new.html", context, partial="experts/_preview.html")


@login_required
def draw_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.draw")
    draw = selectors.draw_get(actor=actor, pk=pk)
    context = {
        "draw": draw,
        "job": draw.job,
        "running": draw.status == DrawStatus.RUNNING,
        "may_replay": has_perm(actor, "experts.replay"),
        "may_confirm": draw.status == DrawStatus.DONE,
    }
    return render_page(request, "experts/draw.html", context, partial="experts/_draw_body.html")


@login_required
@require_POST
def draw_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    draw = selectors.draw_get(actor=actor, pk=pk)
    try:
        seated = services.draw_confirm(actor=actor, draw=draw)
    except ValidationError as exc:
        messages.error(request, "；".join(m for ms in exc.message_dict.values() for m in ms))
    else:
        messages.success(request, f"已确认：{seated} 项申报的评审专家和候补专家已落座并发出邀请。")
    return redirect("experts:draw", pk=draw.pk)


@login_required
@require_POST
def draw_replay(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "experts.replay")
    draw = selectors.draw_get(actor=actor, pk=pk)
    try:
        job = services.draw_replay_start(actor=actor, draw=draw)
    except ValidationError as exc:
        answer = {"error": "；".join(m for ms in exc.message_dict.values() for m in ms)}
        return render(request, "experts/_replay.html", {"draw": draw, "answer": answer})
    return render(request, "experts/_replay.html", {"draw": draw, "job": job})


@login_required
@require_GET
def draw_replay_status(request: HttpRequest, pk: int, job: str) -> HttpResponse:
    """The replay job's progress, then its answer (polled by the draw page)."""
    actor = acting_user(request)
    require(actor, "experts.replay")
    draw = selectors.draw_get(actor=actor, pk=pk)
    found = selectors.replay_job(actor=actor, draw=draw, job=job)
    answer = None
    if found.finished:  # a job that broke has no result: say so instead of polling forever
        answer = found.result or {"error": f"重放未能完成：{found.message or '处理出错'}"}
    return render(request, "experts/_replay.html", {"draw": draw, "job": found, "answer": answer})


@login_required
def draw_instance(request: HttpRequest, pk: int) -> HttpResponse:
    """The stored instance for `manage.py assign_experts` (ids and matrices, no names)."""
    actor = acting_user(request)
    require(actor, "experts.replay")
    draw = selectors.draw_get(actor=actor, pk=pk)
    if not draw.instance:
        raise Http404("未找到")
    return download(draws.export_zip(draw.instance), f"draw-{draw.pk}.zip", "application/zip")
