"""Ledger pages: plan list, upload → draft review (side by side with the source) → confirm,
plan page (task tree, filters, 台账 export), task page (progress reports, review, milestones)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.pages import XLSX, acting_user, download, paginate, render_page
from apps.ledger import drafts, policies, selectors, services
from apps.ledger.choices import DraftStatus, ReportStatus, TaskStatus
from apps.ledger.exports import ledger_workbook
from apps.ledger.filters import TaskFilterSet
from apps.ledger.forms import MilestoneForm, UploadForm
from apps.supervision.choices import Comparator, TargetKind


def _problems(exc: ValidationError) -> list[str]:
    return [str(m) for m in exc.messages]


def _say(request: HttpRequest, exc: ValidationError) -> None:
    for message in _problems(exc):
        messages.error(request, message)


# --- plans ----------------------------------------------------------------------------------


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.view")
    plans = selectors.plans_visible(actor=actor)
    context = {
        "page": paginate(request, plans),
        "drafts": list(
            selectors.drafts_mine(actor=actor).exclude(
                status__in=[DraftStatus.CONFIRMED, DraftStatus.DISCARDED]
            )[:20]
        ),
        "to_review": selectors.reports_to_review(actor=actor),
        "assigned": list(selectors.tasks_assigned(actor=actor)[:50]),
        "can_upload": has_perm(actor, "ledger.manage"),
        "query": "",
    }
    return render_page(request, "ledger/plans.html", context)


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.view")
    plan = selectors.plan_get(actor=actor, pk=pk)
    tasks = selectors.plan_tasks(actor=actor, plan=plan)
    filterset = TaskFilterSet(request.GET, queryset=tasks)
    filterset.form.fields["status"].widget.attrs["class"] = "form-select form-select-sm"
    rows = filterset.qs
    if request.GET.get("export") == "xlsx":
        today = timezone.localdate()
        content = ledger_workbook(
            title=plan.title, region_name=plan.region.name, as_of=today, tasks=rows
        )
        return download(content, f"{plan.title[:60]}-工作台账-{today:%Y%m%d}.xlsx", XLSX)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "plan": plan,
        "filter": filterset,
        "page": paginate(request, rows),
        "query": query.urlencode(),
        "counts": selectors.status_counts(tasks),
        "goals": list(selectors.plan_goals(actor=actor, plan=plan)),
        "statuses": TaskStatus,
        "today": timezone.localdate(),
        "can_manage": policies.may_manage(actor, plan),
    }
    return render_page(request, "ledger/plan.html", context, partial="ledger/_tasks.html")


# --- upload and draft review ------------------------------------------------------------------


@login_required
def plan_upload(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.manage")
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = services.draft_upload(actor=actor, upload=form.cleaned_data["file"])
        except ValidationError as exc:
            form.add_error("file", _problems(exc))
        else:
            return redirect("ledger:draft", pk=draft.pk)
    return render_page(request, "ledger/upload.html", {"form": form})


def _draft_context(actor: Any, draft: Any) -> dict[str, Any]:
    items = draft.items or []
    rows = []
    for i, item in enumerate(items):
        rows.append(
            {
                **item,
                "flags": drafts.flags(items, i),
                "section": drafts.has_children(items, i),
                "indent": range(max(item["level"] - 1, 0)),
                "lead_text": "、".join(item["lead_units"]),
                "assisting_text": "、".join(item["assisting_units"]),
                "deadline_input": item["deadline"] or item["deadline_text"],
                "blank_target": len(item["targets"]),
            }
        )
    goals = [
        # 「2」 alone was ambiguous: every section has a 2. The number and the task's title.
        {
            "ref": f"{item['key']}-{n}",
            "where": f"{item['number']} {item['title'][:12]}".strip(),
            **t,
        }
        for item in items
        for n, t in enumerate(item["targets"])
    ] + [{"ref": f"doc-{n}", "where": "总体目标", **t} for n, t in enumerate(draft.doc_targets)]
    indicators = selectors.indicators_for_mapping() if has_perm(actor, "targets.manage") else []
    for goal in goals:
        goal["indicators"] = [i for i in indicators if i.unit == goal["unit"]]
        goal["suggested"] = drafts.suggest_indicator(goal, goal["indicators"])
    lines = drafts.source_lines(draft.source_text)
    return {
        "draft": draft,
        "rows": rows,
        "lines": list(enumerate(lines)),
        "blocking": drafts.blocking(items, draft.doc_targets) if items else [],
        "flag_count": sum(len(r["flags"]) for r in rows),
        "doc_flags": drafts.target_flags(draft.doc_targets),
        "goals": goals,
        "can_map": bool(indicators),
        "comparators": Comparator.choices,
        "kinds": TargetKind.choices,
        "editable": draft.status == DraftStatus.READY and draft.created_by_id == actor.pk,
    }


@login_required
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.manage")
    draft = selectors.draft_get(actor=actor, pk=pk)
    if draft.status == DraftStatus.CONFIRMED and draft.plan_id:
        return redirect("ledger:plan", pk=draft.plan_id)
    return render_page(request, "ledger/draft.html", _draft_context(actor, draft))


@login_required
def draft_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The extraction's progress (htmx polls it); refreshes the page once the draft is ready."""
    actor = acting_user(request)
    require(actor, "ledger.manage")
    draft = selectors.draft_get(actor=actor, pk=pk)
    response = render_page(
        request,
        "ledger/_draft_status.html",
        {"draft": draft, "job": draft.job},
    )
    if draft.status != DraftStatus.EXTRACTING and getattr(request, "htmx", False):
        response["HX-Refresh"] = "true"
    return response


def _targets_from(post: Any, prefix: str) -> list[dict[str, str]]:
    targets = []
    for n in range(int(post.get(f"{prefix}count", "0") or 0) + 1):
        p = f"{prefix}{n}-"
        if post.get(p + "delete"):
            continue
        fields = ("subject", "comparator", "value", "value_max", "unit", "kind", "text")
        row = {f: post.get(p + f, "").strip() for f in fields}
        if not (row["subject"] or row["value"] or row["unit"]):
            continue  # the blank row for a new target, left empty
        targets.append(row)
    return targets


@login_required
@require_POST
def draft_item(request: HttpRequest, pk: int, key: int) -> HttpResponse:
    actor = acting_user(request)
    draft = selectors.draft_get(actor=actor, pk=pk)
    data = {
        name: request.POST.get(name, "")
        for name in ("number", "title", "lead_units", "assisting_units", "deadline")
    }
    try:
        services.draft_item_edit(
            actor=actor,
            draft=draft,
            key=key,
            data={**data, "targets": _targets_from(request.POST, "t-")},
        )
    except ValidationError as exc:
        _say(request, exc)
    else:
        messages.success(request, f"已保存第 {data['number'] or '（无编号）'} 项的修改。")
    return redirect(reverse("ledger:draft", args=[draft.pk]) + f"#item-{key}")


@login_required
@require_POST
def draft_move(request: HttpRequest, pk: int, key: int) -> HttpResponse:
    actor = acting_user(request)
    draft = selectors.draft_get(actor=actor, pk=pk)
    try:
        services.draft_item_move(
            actor=actor, draft=draft, key=key, action=request.POST.get("action", "")
        )
    except ValidationError as exc:
        _say(request, exc)
    return redirect(reverse("ledger:draft", args=[draft.pk]) + f"#item-{key}")


@login_required
@require_POST
def draft_meta(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    draft = selectors.draft_get(actor=actor, pk=pk)
    try:
        year = int(request.POST.get("year", "") or 0) or None
    except ValueError:
        year = None
    try:
        services.draft_meta_update(
            actor=actor,
            draft=draft,
            title=request.POST.get("title", ""),
            year=year,
            doc_targets=_targets_from(request.POST, "d-"),
        )
    except ValidationError as exc:
        _say(request, exc)
    else:
        messages.success(request, "已保存台账名称、年度和总体目标。")
    return redirect("ledger:draft", pk=draft.pk)


@login_required
@require_POST
def draft_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    draft = selectors.draft_get(actor=actor, pk=pk)
    indicators = {str(i.pk): i for i in selectors.indicators_for_mapping()}
    mapping = {}
    for name in request.POST:
        value = request.POST.get(name, "")
        if name.startswith("map-") and value in indicators:
            mapping[name.removeprefix("map-")] = indicators[value]
    try:
        plan = services.draft_confirm(actor=actor, draft=draft, mapping=mapping)
    except ValidationError as exc:
        _say(request, exc)
        return redirect("ledger:draft", pk=draft.pk)
    messages.success(request, f"已生成工作台账“{plan.title}”。")
    return redirect("ledger:plan", pk=plan.pk)


@login_required
@require_POST
def draft_discard(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    draft = selectors.draft_get(actor=actor, pk=pk)
    try:
        services.draft_discard(actor=actor, draft=draft)
    except ValidationError as exc:
        _say(request, exc)
        return redirect("ledger:draft", pk=draft.pk)
    messages.info(request, "已放弃该草稿，未生成任何台账。")
    return redirect("ledger:plans")


# --- tasks ------------------------------------------------------------------------------------


@login_required
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.view")
    return _task_page(request, actor, selectors.task_get(actor=actor, pk=pk))


def _task_page(
    request: HttpRequest, actor: Any, task: Any, draft: dict[str, str] | None = None
) -> HttpResponse:
    """The task page; `draft` refills the progress form after a refused report, so the
    officer does not type the progress again (files cannot be refilled: the page says so)."""
    today = timezone.localdate()
    targets, progress = selectors.linked_progress(actor=actor, task=task, as_of=today)
    reports = list(selectors.task_reports(actor=actor, task=task))
    for report in reports:
        report.reviewable = report.status == ReportStatus.SUBMITTED and policies.may_review(  # type: ignore[attr-defined]
            actor, report
        )
    context = {
        "task": task,
        "path": selectors.task_path(task),
        "children": list(task.children.order_by("position")),
        "milestones": list(selectors.task_milestones(actor=actor, task=task)),
        "goals": selectors.task_goals(actor=actor, task=task),
        "targets": targets,
        "progress": progress,
        "reports": reports,
        "today": today,
        "late": task.deadline is not None and today > task.deadline,
        "can_report": policies.may_report(actor, task) and task.status != TaskStatus.DONE,
        "can_manage": policies.may_manage(actor, task.plan),
        "milestone_form": MilestoneForm(),
        "draft": draft,
        "plan_visible": policies.may_see_plan(actor, task.plan),
        "assignable": (
            selectors.regions_for_assignment(actor=actor, task=task)
            if policies.may_manage(actor, task.plan)
            else []
        ),
    }
    return render_page(request, "ledger/task.html", context)


@login_required
@require_POST
def task_report(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    task = selectors.task_get(actor=actor, pk=pk)
    draft = {"text": request.POST.get("text", ""), "percent": request.POST.get("percent", "")}
    try:
        percent = int(draft["percent"])
    except ValueError:
        messages.error(request, "完成进度请填写 0 到 100 之间的整数。")
        return _task_page(request, actor, task, draft)
    try:
        report = services.report_submit(
            actor=actor,
            task=task,
            text=request.POST.get("text", ""),
            percent=percent,
            evidence=request.FILES.getlist("evidence"),
            confirm_late=request.POST.get("confirm_late") == "1",
        )
    except ValidationError as exc:
        _say(request, exc)
        return _task_page(request, actor, task, draft)
    messages.success(
        request, "进展已报送，等待督办审核。" + ("（已标记为逾期报送）" if report.late else "")
    )
    return redirect("ledger:task", pk=task.pk)


@login_required
@require_POST
def report_review(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    report = selectors.report_get(actor=actor, pk=pk)
    accept = request.POST.get("decision") == "accept"
    try:
        services.report_review(
            actor=actor, report=report, accept=accept, note=request.POST.get("note", "")
        )
    except ValidationError as exc:
        _say(request, exc)
    else:
        messages.success(request, "已采纳该进展。" if accept else "已退回该进展，并通知报送人。")
    return redirect("ledger:task", pk=report.task_id)


@login_required
@require_POST
def task_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """Hand a task to a region below the plan's (its officers then report on it)."""
    actor = acting_user(request)
    task = selectors.task_get(actor=actor, pk=pk)
    region = selectors.region_below_or_404(actor=actor, code=request.POST.get("region", ""))
    try:
        services.task_assign(actor=actor, task=task, region=region)
    except ValidationError as exc:
        _say(request, exc)
    else:
        messages.success(request, f"已将该任务分派给{region.name}。")
    return redirect("ledger:task", pk=task.pk)


@login_required
@require_POST
def milestone_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    task = selectors.task_get(actor=actor, pk=pk)
    form = MilestoneForm(request.POST)
    if form.is_valid():
        try:
            services.milestone_add(
                actor=actor,
                task=task,
                title=form.cleaned_data["title"],
                due=form.cleaned_data["due"],
            )
        except ValidationError as exc:
            _say(request, exc)
    else:
        messages.error(request, "请填写节点名称和计划完成日期。")
    return redirect("ledger:task", pk=task.pk)


@login_required
@require_POST
def milestone_done(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    milestone = selectors.milestone_get(actor=actor, pk=pk)
    services.milestone_done(actor=actor, milestone=milestone, done=request.POST.get("done") == "1")
    return redirect("ledger:task", pk=milestone.task_id)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "ledger.view")
    evidence = selectors.evidence_get(actor=actor, pk=pk)
    with evidence.file.open("rb") as fh:
        content = fh.read()
    return download(content, evidence.name, "application/octet-stream")
