"""Targets: list with progress (filter, page, export), detail with cascade, create and edit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from apps.accounts.permissions import AccessDenied, has_perm, require
from apps.core.pages import acting_user, xlsx_download
from apps.core.scoping import get_visible_or_404
from apps.regions.selectors import region_children, region_home
from apps.supervision import selectors, services
from apps.supervision.choices import Aggregation, ProgressStatus
from apps.supervision.forms import CascadeForm, TargetForm
from apps.supervision.models import Indicator, Target
from apps.supervision.views.common import EXPORT_HEADERS, export_row, period


def _form_errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    else:
        for message in exc.messages:
            form.add_error(None, message)


@login_required
def target_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "supervision.view")
    year, as_of = period(request)
    indicator = Indicator.objects.filter(pk=request.GET.get("indicator") or 0).first()
    region_code = request.GET.get("region") or None
    targets = selectors.targets_ordered(
        actor=actor,
        year=year,
        indicator=indicator,
        region_codes=[region_code] if region_code else None,
    )
    status = request.GET.get("status")
    exporting = request.GET.get("export") == "xlsx"
    query = request.GET.copy()
    query.pop("page", None)
    page: Page[Any]
    if status in ProgressStatus.values or exporting:
        # A status is known only after assessing every target: assess all, then filter.
        rows = selectors.progress_of(targets, as_of=as_of)
        if status in ProgressStatus.values:
            rows = [r for r in rows if r.status == status]
        if exporting:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
            return xlsx_download(
                f"{year}年目标进度-{stamp}.xlsx", "目标进度", EXPORT_HEADERS, map(export_row, rows)
            )
        page = Paginator(rows, 50).get_page(request.GET.get("page"))
    else:
        # No status filter: page the targets in SQL and assess only the 50 shown.
        shown = Paginator(targets, 50).get_page(request.GET.get("page"))
        page = Page(
            selectors.progress_of(shown.object_list, as_of=as_of), shown.number, shown.paginator
        )
    context = {
        "page": page,
        "query": query.urlencode(),
        "year": year,
        "as_of": as_of,
        "indicators": Indicator.objects.filter(is_active=True),
        "regions": selectors.regions_for_filter(actor=actor),
        "statuses": ProgressStatus.choices,
        "selected": {"indicator": indicator, "region": region_code, "status": status},
        "can_manage": has_perm(actor, "targets.manage"),
    }
    return render(request, "supervision/targets.html", context)


def _weights_preview(
    target: Target, form: CascadeForm, initial: dict[str, Decimal]
) -> dict[str, Any]:
    """What a cascade by the weights on the form would give each child, their sum and the
    parent target beside it (read-only on the page; recomputed as the officer types)."""
    weights = dict(initial)
    bad: list[str] = []
    if form.is_bound:
        for region in form.children:
            raw = (form.data.get(f"w_{region.code}") or "").strip()
            try:
                weight = Decimal(raw) if raw else Decimal(0)
            except ArithmeticError:
                weight = Decimal("NaN")
            if not weight.is_finite():
                bad.append(f"{region.name}：权重不是数字。")
                weight = Decimal(0)
            weights[region.code] = weight
    try:
        shares = services.cascade_split(parent=target, weights=weights)
    except ValidationError as exc:
        shares, bad = {}, [*bad, *exc.messages]
    total = sum(shares.values(), Decimal(0))
    summable = target.indicator.aggregation == Aggregation.SUM
    return {
        "rows": [(r, form[f"w_{r.code}"], shares.get(r.code)) for r in form.children],
        "total": total,
        "summable": summable,
        "short": target.value - total if summable and total < target.value else None,
        "errors": bad,
    }


@login_required
def target_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "supervision.view")
    target = get_visible_or_404(actor, Target, pk=pk)
    _, as_of = period(request)
    if target.year != as_of.year and "as_of" not in request.GET:
        as_of = min(timezone.localdate(), dt.date(target.year, 12, 31))
    (row,) = selectors.progress_of([target], as_of=as_of)
    ranked = [
        (rank, r) for rank, r in selectors.child_progress(actor=actor, parent=target, as_of=as_of)
    ]
    children = list(region_children(actor=actor, parent=target.region).order_by("code"))
    current = {r.region.code: r.target.value for _, r in ranked}
    may_cascade = actor.region_id == target.region_id and has_perm(actor, "targets.manage")
    form = None
    preview: dict[str, Any] = {}
    if may_cascade and children:
        weights, weights_from = selectors.cascade_weights(parent=target, children=children)
        by_weights = any(t.weight is not None for t in target.children.all())
        form = CascadeForm(
            request.POST or None,
            children=children,
            initial_values=current,
            initial_weights=weights,
            initial={"mode": "weights" if by_weights else "values"},
        )
        preview = _weights_preview(target, form, weights)
        preview["source"] = weights_from
        if request.POST.get("preview"):
            return render(
                request,
                "supervision/_cascade_preview.html",
                {"preview": preview, "target": target},
            )
        if request.method == "POST" and form.is_valid():
            amounts = form.amounts()
            try:
                if form.cleaned_data["mode"] == "weights":
                    services.targets_cascade(actor=actor, parent=target, weights=amounts)
                else:
                    services.targets_cascade(actor=actor, parent=target, values=amounts)
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, "目标已分解到下级地区。")
                return redirect("supervision:target", pk=target.pk)
    trend = selectors.trend(
        target.indicator, region_code=target.region_id, year=target.year, as_of=as_of
    )
    context = {
        "row": row,
        "target": target,
        "ranked": ranked,
        "form": form,
        "preview": preview,
        "as_of": as_of,
        "may_edit": may_cascade,
        "chart": {
            "title": f"{target.indicator.name}：逐月实际值（{target.indicator.unit}）",
            "categories": [f"{d.month}月{d.day}日" for d, _ in trend],
            "series": [
                {"name": "实际值", "data": [None if v is None else float(v) for _, v in trend]},
                {"name": "目标值", "data": [float(target.value) for _ in trend]},
            ],
            "drill": {},
        },
    }
    return render(request, "supervision/target_detail.html", context)


@login_required
def target_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Create (for the actor's own region) or edit a target."""
    actor = acting_user(request)
    require(actor, "targets.manage")
    target = get_visible_or_404(actor, Target, pk=pk) if pk else None
    region = target.region if target else region_home(actor=actor)
    if region is None or (target and actor.region_id != target.region_id):
        raise AccessDenied("targets.manage", "只能设置本级地区的目标。")
    form = TargetForm(request.POST or None, instance=target)
    if request.method == "POST" and form.is_valid():
        obj = form.save(commit=False)
        obj.region = region
        try:
            services.target_save(actor=actor, target=obj)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "目标已保存。")
            return redirect("supervision:target", pk=obj.pk)
    return render(
        request, "supervision/target_form.html", {"form": form, "target": target, "region": region}
    )
