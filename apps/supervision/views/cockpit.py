"""The cockpit (督查驾驶舱) of a province, city or county: cards, map, ranking, trend, export."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user, xlsx_download
from apps.regions.choices import RegionLevel
from apps.regions.models import Region
from apps.regions.selectors import (
    region_breadcrumb,
    region_children,
    region_get,
    region_home,
)
from apps.supervision import selectors
from apps.supervision.choices import ProgressStatus
from apps.supervision.views.common import (
    EXPORT_HEADERS,
    STATUS_COLOR,
    export_row,
    period,
)


@login_required
def cockpit(request: HttpRequest, code: str | None = None) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "supervision.view")
    home = region_home(actor=actor)
    region = region_get(actor=actor, code=code) if code else home
    assert region is not None
    year, as_of = period(request)
    children = list(region_children(actor=actor, parent=region).order_by("code"))
    if request.GET.get("export") == "xlsx":
        # One pass over the region and those below (one fetch, one read of each actual).
        both = selectors.progress(
            actor=actor,
            year=year,
            as_of=as_of,
            region_codes=[region.code, *(c.code for c in children)],
        )
        own = [r for r in both if r.region.code == region.code]
        below = [r for r in both if r.region.code != region.code]
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        return xlsx_download(
            f"{region.name}{year}年目标进度-{stamp}.xlsx",
            "目标进度",
            EXPORT_HEADERS,
            (export_row(r) for r in [*own, *below]),
        )
    own = selectors.progress(actor=actor, year=year, as_of=as_of, region_codes=[region.code])
    selected = _selected(request, own)
    ranked: list[tuple[int, Any]] = []
    trend: list[Any] = []
    if selected is not None:
        below = selectors.progress(
            actor=actor,
            year=year,
            as_of=as_of,
            indicator=selected.indicator,
            region_codes=[c.code for c in children],
        )
        ranked = selectors.ranking(below)
        trend = selectors.trend(selected.indicator, region_code=region.code, year=year, as_of=as_of)
    counts = dict.fromkeys(ProgressStatus, 0)
    for row in own:
        counts[row.status] += 1
    context = {
        "region": region,
        "breadcrumb": region_breadcrumb(region, top=home),
        "year": year,
        "as_of": as_of,
        "years": range(timezone.localdate().year + 1, timezone.localdate().year - 5, -1),
        "rows": own,
        "selected": selected,
        "ranked": ranked,
        "counts": [(s, s.label, counts[s]) for s in ProgressStatus],
        "charts": _charts(region, year, selected, ranked, trend, counts),
        "show_map": region.level == RegionLevel.PROVINCE and bool(ranked),
        "can_manage": has_perm(actor, "targets.manage"),
        "ledger": _ledger(actor, region, year),
    }
    return render(request, "supervision/cockpit.html", context)


def _selected(request: HttpRequest, rows: list[selectors.TargetProgress]) -> Any:
    wanted = request.GET.get("indicator")
    for row in rows:
        if str(row.indicator.pk) == wanted:
            return row
    return rows[0] if rows else None


def _charts(
    region: Region,
    year: int,
    selected: selectors.TargetProgress | None,
    ranked: list[tuple[int, Any]],
    trend: list[Any],
    counts: dict[ProgressStatus, int],
) -> dict[str, Any]:
    if selected is None:
        return {}
    name = selected.indicator.name
    unit = selected.indicator.unit
    base = reverse("supervision:cockpit_region", args=["CODE"])
    query = f"?year={year}&indicator={selected.indicator.pk}"
    drill = {row.region.name: base.replace("CODE", row.region.code) + query for _, row in ranked}
    return {
        "map": {
            "title": f"{name}：各设区市完成率",
            "map_url": static("vendor/maps/360000.json"),
            "map_name": "360000",
            "value_label": "完成率(%)",
            "data": [
                {"name": row.region.name, "adcode": row.region.code, "value": row.completion_pct}
                for _, row in ranked
            ],
            "drill": {row.region.code: drill[row.region.name] for _, row in ranked},
        },
        "ranking": {
            "title": f"{name}：下级地区完成率(%)与时序进度",
            "categories": [row.region.name for _, row in ranked],
            "series": [
                {"name": "完成率", "data": [row.completion_pct for _, row in ranked]},
                {
                    "name": "时序进度",
                    "data": [round(row.assessment.expected * 100, 1) for _, row in ranked],
                },
            ],
            "drill": drill,
        },
        "trend": {
            "title": f"{name}：{region.name}{year}年逐月实际值（{unit}）",
            "categories": [f"{d.month}月" if d.day > 27 else d.strftime("%m-%d") for d, _ in trend],
            "series": [
                {"name": "实际值", "data": [None if v is None else float(v) for _, v in trend]},
                {"name": "目标值", "data": [float(selected.target.value) for _ in trend]},
            ],
            "drill": {},
        },
        "status": {
            "title": "本级目标进度状态",
            "categories": [s.label for s in ProgressStatus if counts[s]],
            "series": [
                {"name": "目标数", "data": [counts[s] for s in ProgressStatus if counts[s]]}
            ],
            "colors": [STATUS_COLOR[s] for s in ProgressStatus if counts[s]],
            "drill": {},
        },
    }


def _ledger(actor: Any, region: Region, year: int) -> list[tuple[str, str, int]]:
    """The region's work-ledger tasks of the year by status, when the actor may read ledgers."""
    if not has_perm(actor, "ledger.view"):
        return []
    from apps.ledger.selectors import task_status_counts

    counts = task_status_counts(actor=actor, region=region, year=year)
    return counts if any(n for _, _, n in counts) else []
