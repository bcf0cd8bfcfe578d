"""Reported values: units report with evidence, the level above accepts or returns."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, list_page, local_time
from apps.core.scoping import get_visible_or_404, visible_to
from apps.regions.selectors import region_home
from apps.supervision import services
from apps.supervision.forms import ReportForm
from apps.supervision.models import ReportedValue
from apps.supervision.views.targets import _form_errors


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "supervision.view")
    qs = visible_to(actor, ReportedValue).select_related("indicator", "region", "reported_by")
    for key, lookup in (
        ("indicator", "indicator_id"),
        ("region", "region_id"),
        ("year", "year"),
        ("status", "status"),
    ):
        value = request.GET.get(key)
        if value:
            qs = qs.filter(**{lookup: value})
    return list_page(
        request,
        qs,
        template="supervision/reports.html",
        export_name="报送数据",
        headers=["地区", "指标", "年度", "数据截至", "数值", "单位", "状态", "报送人", "报送时间"],
        row=lambda r: [
            r.region.name,
            r.indicator.name,
            r.year,
            r.as_of.isoformat(),
            float(r.value),
            r.indicator.unit,
            r.get_status_display(),
            str(r.reported_by),
            local_time(r.reported_at),
        ],
        context={
            "can_report": has_perm(actor, "targets.report"),
        },
    )


@login_required
def report_new(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "targets.report")
    region = region_home(actor=actor)
    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and region is not None:
        data = form.cleaned_data
        try:
            services.reported_value_submit(
                actor=actor,
                indicator=data["indicator"],
                region=region,
                year=data["year"],
                as_of=data["as_of"],
                value=data["value"],
                evidence=data.get("evidence"),
                note=data.get("note") or "",
            )
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "数据已报送，等待上级审核。")
            return redirect("supervision:reports")
    return render(request, "supervision/report_form.html", {"form": form, "region": region})


@login_required
@require_POST
def report_review(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    report = get_visible_or_404(actor, ReportedValue, pk=pk)
    accept = request.POST.get("decision") == "accept"
    try:
        services.reported_value_review(
            actor=actor, report=report, accept=accept, note=request.POST.get("note", "")
        )
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, "已采纳。" if accept else "已退回。")
    return redirect("supervision:reports")


@login_required
def report_evidence(request: HttpRequest, pk: int) -> HttpResponseBase:
    actor = acting_user(request)
    require(actor, "supervision.view")
    report = get_visible_or_404(actor, ReportedValue, pk=pk)
    if not report.evidence:
        return HttpResponse("没有佐证材料。", status=404)
    response = FileResponse(report.evidence.open("rb"), as_attachment=True)
    response["Cache-Control"] = "no-store"
    return response
