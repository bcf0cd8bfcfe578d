"""Set-up pages for the province: programme types and their configuration versions, calls,
the holiday table and the blacklist."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.programmes import configuration, selectors
from apps.programmes.errors import Invalid
from apps.programmes.forms import BlacklistForm, CallForm, HolidayForm
from apps.programmes.models import BlacklistEntry, Holiday, ProgrammeType


@login_required
def types(request: HttpRequest) -> HttpResponse:
    require(acting_user(request), "programmes.configure")
    rows = ProgrammeType.objects.prefetch_related("configs", "calls")
    return render(request, "programmes/types.html", {"types": rows})


@login_required
def type_config(request: HttpRequest, code: str) -> HttpResponse:
    """Edit a type's configuration (tables in config-editor.js over the JSON parts, or the JSON
    itself); saving publishes a new version."""
    actor = acting_user(request)
    require(actor, "programmes.configure")
    ptype = get_object_or_404(ProgrammeType, code=code)
    current = ptype.current_config()
    parts = {p: getattr(current, p) if current else None for p in configuration.CONFIG_PARTS}
    texts = {p: json.dumps(v, ensure_ascii=False, indent=2) for p, v in parts.items()}
    error = ""
    if request.method == "POST":
        texts = {p: request.POST.get(p, "") for p in configuration.CONFIG_PARTS}
        try:
            config = {p: json.loads(texts[p] or "null") for p in configuration.CONFIG_PARTS}
            version = configuration.config_publish(
                actor=actor, programme_type=ptype, config=config, note=request.POST.get("note", "")
            )
            messages.success(
                request, f"已保存为第 {version.version} 版；已开设的批次仍使用开设时的版本。"
            )
            return redirect("programmes:type_config", code=ptype.code)
        except json.JSONDecodeError as exc:
            error = f"JSON 格式错误（第 {exc.lineno} 行第 {exc.colno} 列）：{exc.msg}"
        except Invalid as exc:
            error = exc.message
    return render(
        request,
        "programmes/type_config.html",
        {
            "ptype": ptype,
            "current": current,
            "parts": [(p, PART_LABELS[p], texts[p]) for p in configuration.CONFIG_PARTS],
            "error": error,
            "versions": ptype.configs.all(),
            "editor_options": selectors.config_editor_options(),
            "note": request.POST.get("note", "") if request.method == "POST" else "",
        },
    )


PART_LABELS = {
    "form": "申报表（分节与字段）",
    "attachments": "附件要求",
    "stages": "办理环节与操作",
    "eligibility": "申报条件",
    "quotas": "各市推荐名额",
    "scoring": "评分表",
}


@login_required
def call_new(request: HttpRequest, code: str) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.configure")
    ptype = get_object_or_404(ProgrammeType, code=code)
    form = CallForm(request.POST or None, initial={"year": timezone.localdate().year})
    if request.method == "POST" and form.is_valid():
        try:
            call = configuration.call_open(actor=actor, programme_type=ptype, **form.cleaned_data)
            messages.success(
                request, f"已开设批次“{call.name}”（使用配置第 {call.config.version} 版）。"
            )
            return redirect("programmes:call", pk=call.pk)
        except Invalid as exc:
            form.add_error(None, exc.message)
    return render(request, "programmes/call_new.html", {"ptype": ptype, "form": form})


@login_required
def holidays(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.configure")
    form = HolidayForm(request.POST or None)
    if request.method == "POST":
        if "remove" in request.POST:
            holiday = Holiday.objects.filter(day=request.POST.get("remove", "")).first()
            if holiday is not None:
                configuration.holiday_remove(actor=actor, holiday=holiday)
                messages.success(request, "已删除。")
            return redirect("programmes:holidays")
        if form.is_valid():
            configuration.holiday_set(actor=actor, **form.cleaned_data)
            messages.success(request, "已保存。")
            return redirect("programmes:holidays")
    year = timezone.localdate().year
    rows = Holiday.objects.filter(day__year__gte=year - 1)
    return render(request, "programmes/holidays.html", {"form": form, "rows": rows})


@login_required
def blacklist(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.blacklist")
    form = BlacklistForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            configuration.blacklist_add(actor=actor, **form.cleaned_data)
            messages.success(request, "已登记。")
            return redirect("programmes:blacklist")
        except Invalid as exc:
            form.add_error(None, first(exc.errors))
    return render(
        request,
        "programmes/blacklist.html",
        {"form": form, "rows": BlacklistEntry.objects.all()[:500]},
    )


def first(errors: dict[str, str]) -> str:
    return next(iter(errors.values()), "")
