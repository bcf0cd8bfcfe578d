"""The indicator library: every officer reads it; province officers keep it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, list_page
from apps.supervision import services, sources
from apps.supervision.forms import IndicatorForm
from apps.supervision.models import Indicator
from apps.supervision.views.targets import _form_errors


@login_required
def indicator_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "supervision.view")
    labels = dict(sources.choices())
    return list_page(
        request,
        Indicator.objects.all(),
        template="supervision/indicators.html",
        export_name="指标库",
        headers=["编码", "指标", "单位", "方向", "频次", "取数方式", "计算口径", "汇总", "启用"],
        row=lambda i: [
            i.code,
            i.name,
            i.unit,
            i.get_direction_display(),
            i.get_frequency_display(),
            i.get_source_display(),
            labels.get(i.computation, i.computation),
            i.get_aggregation_display(),
            "是" if i.is_active else "否",
        ],
        context={"can_manage": has_perm(actor, "indicators.manage"), "labels": labels},
    )


@login_required
def indicator_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "indicators.manage")
    indicator = get_object_or_404(Indicator, pk=pk) if pk else None
    form = IndicatorForm(request.POST or None, instance=indicator)
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_save(actor=actor, indicator=form.save(commit=False))
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "指标已保存。")
            return redirect("supervision:indicators")
    return render(
        request, "supervision/indicator_form.html", {"form": form, "indicator": indicator}
    )
