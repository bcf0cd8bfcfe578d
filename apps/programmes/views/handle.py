"""Pages for handling applications: queues, the application page, actions, review, overview."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.documents import pdf_from_template
from apps.core.pages import acting_user, download, list_page, xlsx_download
from apps.programmes import forms, policies, selectors, selectors_seating, services
from apps.programmes.choices import ApplicationStatus
from apps.programmes.errors import Conflict, Invalid, Refused
from apps.programmes.models import Application, Call
from apps.programmes.views.challenges import bid_context
from apps.programmes.views.common import application_for, error_text, post_list


@login_required
@require_GET
def application_list(request: HttpRequest) -> HttpResponse:
    """My applications (applicants) or the queue of my region (officers), filtered and paged."""
    actor = acting_user(request)
    require(actor, "programmes.view")
    filterset = selectors.application_filter(actor=actor, params=request.GET)
    officer = has_perm(actor, "programmes.handle")
    calls = list(Call.objects.select_related("config"))  # newest first: the filter's choices
    return list_page(
        request,
        filterset.qs,
        template="programmes/applications.html",
        export_name="申报清单",
        headers=selectors.EXPORT_HEADERS,
        row=selectors.export_row,
        context={
            "filter": filterset,
            "officer": officer,
            "calls": calls,
            "stage_names": selectors.stage_choices(calls),
            # Written in the template: the form renderer cost 0.4 ms for this one select.
            "statuses": ApplicationStatus.choices,
        },
    )


@login_required
@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    return _detail_page(request, actor, application_for(request, pk))


@dataclass
class _Typed:
    """What was typed into the action form of a refused transition, shown again with the
    reasons (a refused acceptance form lost its text and choices before)."""

    values: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    amount: str = ""
    checklist: list[str] = field(default_factory=list)
    # A refused milestone form: {"pk", "evidence" | "note" | "reference"}, and the plan's rows.
    milestone: dict[str, str] = field(default_factory=dict)
    plan: list[dict[str, str]] = field(default_factory=list)


def _detail_page(
    request: HttpRequest, actor: Any, app: Application, typed: _Typed | None = None
) -> HttpResponse:
    flow_stage = next((s for s in app.config.stages if s["code"] == app.stage), None)
    if typed is None:  # the report as the applicant last kept it (暂存), if any
        kept = app.stage_drafts.get(app.stage) if policies.is_applicant(actor, app) else None
        typed = _Typed(values=dict(kept or {}))
    officer = has_perm(actor, "programmes.handle")
    reviews = selectors.panel(actor=actor, application=app) if officer else []
    actions = selectors.allowed_actions(actor=actor, application=app)
    may_seat = policies.may_seat(actor, app)
    picker = (
        selectors_seating.picker(actor=actor, application=app, params=QueryDict())
        if may_seat
        else None
    )
    title, data = selectors.content_for(actor=actor, application=app)
    return render(
        request,
        "programmes/detail.html",
        {
            "app": app,
            "stage": flow_stage,
            "stage_name": selectors.stage_name(app),
            "stage_form": forms.sections((flow_stage or {}).get("form"), typed.values, typed.errors)
            if flow_stage
            else [],
            "typed": typed,
            "title": title,
            "rows": forms.display_rows(app.config.form, data),
            "stage_data": [
                {
                    "name": s["name"],
                    "rows": forms.display_rows(s.get("form"), app.stage_data.get(s["code"], {})),
                }
                for s in reversed(app.config.stages)  # the latest report first
                if s.get("form") and s["code"] in app.stage_data
            ],
            "attachments": list(selectors.attachments_of(actor=actor, application=app)),
            "timeline": selectors.timeline(actor=actor, application=app),
            "actions": actions,
            "is_applicant": policies.is_applicant(actor, app),
            "may_edit": policies.may_edit(actor, app),
            "reviews": reviews,
            "may_seat": may_seat,
            "anonymous_scores": selectors.anonymous_scores(app)
            if policies.is_applicant(actor, app) and app.score is not None
            else [],
            "picker": picker,
            # Whether a submitted version exists (the PDF link): not every version's full data.
            "has_version": app.versions.exists(),
            **bid_context(actor, app),
        },
    )


@login_required
@require_POST
def application_transition(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    app = application_for(request, pk)
    form_data, version = _posted_form(request)
    code = request.POST.get("action", "")
    done = selectors.transition_done_text(actor=actor, application=app, action=code)
    try:
        services.application_transition(
            actor=actor,
            application=app,
            action=code,
            reason=request.POST.get("reason", ""),
            amount=request.POST.get("amount"),
            checklist=post_list(request, "checklist"),
            form_data=form_data,
            expected_version=version,
        )
        messages.success(request, done)
    except Invalid as exc:
        messages.error(request, error_text(exc))
        typed = _Typed(
            values={k: str(v) for k, v in form_data.items()},
            errors=exc.errors,
            reason=request.POST.get("reason", ""),
            amount=request.POST.get("amount", ""),
            checklist=post_list(request, "checklist"),
        )
        # Nothing typed is lost: the page again, as it is now, with what was typed.
        return _detail_page(request, actor, application_for(request, pk), typed)
    except Conflict as exc:
        messages.error(request, error_text(exc))
    return redirect("programmes:detail", pk=app.pk)


def _posted_form(request: HttpRequest) -> tuple[dict[str, Any], int | None]:
    """The stage form's fields (prefixed) and the version the page was read at."""
    form_data = {
        k.removeprefix(forms.PREFIX): v
        for k, v in request.POST.items()
        if k.startswith(forms.PREFIX)
    }
    try:
        return form_data, int(request.POST.get("version", ""))
    except ValueError:
        return form_data, None


@login_required
@require_POST
def application_stage_draft(request: HttpRequest, pk: int) -> HttpResponse:
    """暂存: keep the stage report typed so far without sending it."""
    actor = acting_user(request)
    require(actor, "programmes.view")
    app = application_for(request, pk)
    form_data, version = _posted_form(request)
    try:
        services.stage_draft_save(
            actor=actor, application=app, form_data=form_data, expected_version=version
        )
        messages.success(request, "已暂存，提交前可继续修改。")
    except Invalid as exc:
        messages.error(request, error_text(exc))
        typed = _Typed(values=dict(form_data), errors=exc.errors)
        return _detail_page(request, actor, application_for(request, pk), typed)
    except Conflict as exc:
        messages.error(request, error_text(exc))
    return redirect("programmes:detail", pk=app.pk)


BULK_MAX = 200  # applications one bulk action handles (each is a transaction of its own)


@login_required
@require_POST
def application_bulk(request: HttpRequest) -> HttpResponse:
    """Recommend or return several applications at once, each through the same service."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    action = request.POST.get("action", "")
    reason = request.POST.get("reason", "")
    done, failed = 0, []
    chosen = post_list(request, "ids")
    back = request.POST.get("next", "")
    safe = back.startswith("/programmes/") and "//" not in back
    if len(chosen) > BULK_MAX:  # refused whole, rather than doing the first 200 unsaid
        messages.error(
            request, f"一次最多批量办理 {BULK_MAX} 件，现选了 {len(chosen)} 件，请缩小范围后重试。"
        )
        return redirect(back if safe else "programmes:applications")
    for raw in chosen:
        label = f"#{raw}"  # each failure names the application by its receipt number
        try:
            app = application_for(request, int(raw))
            label = app.receipt_number or app.title or label
            services.application_transition(
                actor=actor, application=app, action=action, reason=reason
            )
            done += 1
        except Http404:
            failed.append(f"{label}：未找到")
        except (Conflict, Invalid, Refused) as exc:
            # One the officer may not act on (another level's stage) is reported with the rest
            # instead of turning the whole batch into a 403 page; the service audited it.
            failed.append(f"{label}：{error_text(exc)}")
        except ValueError:
            failed.append(f"{label}：无效编号")
    if done:
        messages.success(request, f"已办理 {done} 件。")
    if failed:
        messages.error(request, "未能办理：" + "；".join(failed[:10]))
    return redirect(back if safe else "programmes:applications")


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """Counts per region and stage within the officer's jurisdiction."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    call = None
    if request.GET.get("call", "").isdigit():
        call = Call.objects.filter(pk=int(request.GET["call"])).first()
    counts = selectors.stage_counts(actor=actor, call=call)
    names = [name for _, name in counts["stages"]]
    if request.GET.get("export") == "xlsx":
        rows = [[r["region"], *r["cells"], r["total"]] for r in counts["rows"]]
        rows.append(["合计", *counts["totals"], counts["total"]])
        title = f"申报进度统计-{call.code if call else '全部批次'}-{timezone.localdate():%Y%m%d}"
        return xlsx_download(f"{title}.xlsx", "申报进度", ["地区", *names, "合计"], rows)
    chart = {
        "title": "各地区申报所处环节",
        "categories": [r["region"] for r in counts["rows"]],
        "series": [
            {"name": name, "data": [r["cells"][i] for r in counts["rows"]]}
            for i, name in enumerate(names)
            if counts["totals"][i]
        ],
        "stacked": True,
    }
    return render(
        request,
        "programmes/overview.html",
        {
            "counts": counts,
            "chart": chart,
            "calls": Call.objects.order_by("-opens_at"),
            "call": call,
        },
    )


MEETING_ROWS = 1000  # a meeting's sheet; the heading says when there were more


@login_required
@require_GET
def meeting_list(request: HttpRequest) -> HttpResponse:
    """The filtered queue printed as a PDF for a meeting (会议材料)."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    filterset = selectors.application_filter(actor=actor, params=request.GET)
    rows = list(filterset.qs.order_by("region_id", "id")[:MEETING_ROWS])
    total = filterset.qs.count() if len(rows) == MEETING_ROWS else len(rows)
    pdf = pdf_from_template(
        "programmes/print/meeting.html",
        {
            "rows": rows,
            "filtered_by": selectors.filter_summary(filterset),
            "total": total,
            "printed_at": timezone.localtime(),
            "actor": actor,
            "stage_name": selectors.stage_name,
        },
        title="申报项目汇总表",
    )
    return download(pdf, f"申报项目汇总表-{timezone.localtime():%Y%m%d}.pdf", "application/pdf")


@login_required
@require_GET
def call_summary(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Call, pk=pk)
    return redirect(f"/programmes/applications/?call={pk}")
