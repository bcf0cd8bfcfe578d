"""The home page and the region overview pages (province → city → county)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user
from apps.organizations.selectors import registry_stats
from apps.regions.choices import RegionLevel
from apps.regions.selectors import region_breadcrumb, region_get


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    if has_perm(user, "dashboard.view") and user.region_id:  # type: ignore[arg-type, union-attr]
        return region_overview(request, user.region_id)  # type: ignore[union-attr]
    for perm, target in (
        ("programmes.review", "programmes:reviews"),  # an expert's work is their invitations
        ("organizations.view", "organizations:list"),
        ("audit.view", "audit:events"),
        ("loginlog.view", "audit:logins"),
    ):
        if has_perm(user, perm):  # type: ignore[arg-type]
            return redirect(target)
    return render(request, "dashboard/welcome.html")


def _chart_data(region_code: str, stats: dict[str, Any]) -> dict[str, Any]:
    org_list = reverse("organizations:list")
    overview = reverse("dashboard:region", args=["CODE"])
    by_child = stats["by_child"]
    qual = stats["by_qualification"]
    return {
        "qualification": {
            "title": "按资质统计（当前有效）",
            "horizontal": True,
            "categories": [name for _, name, _ in qual],
            "series": [{"name": "机构数", "data": [n for _, _, n in qual]}],
            "drill": {
                name: f"{org_list}?region={region_code}&qualification={code}"
                for code, name, _ in qual
            },
        },
        "children": {
            "title": "按下级地区统计",
            "categories": [name for _, name, _, _ in by_child],
            "series": [{"name": "机构数", "data": [n for _, _, _, n in by_child]}],
            "drill": {name: overview.replace("CODE", code) for code, name, _, _ in by_child},
        },
        "map": {
            "title": "各设区市机构分布",
            "map_url": static("vendor/maps/360000.json"),
            "map_name": "360000",
            "data": [
                {"name": name, "adcode": code, "value": n}
                for code, name, lvl, n in by_child
                if lvl == RegionLevel.CITY
            ],
            "drill": {code: overview.replace("CODE", code) for code, _, _, _ in by_child},
        },
        "growth": {
            "title": "高新技术企业：有效数量与当年新认定",
            "categories": [str(y) for y in stats["years"]],
            "series": [
                {"name": "年末有效", "data": stats["high_tech_held"]},
                {"name": "当年认定（含重新认定）", "data": stats["new_high_tech"]},
            ],
            "drill": {},
        },
    }


@login_required
def region_overview(request: HttpRequest, code: str) -> HttpResponse:
    require(acting_user(request), "dashboard.view")
    region = region_get(actor=acting_user(request), code=code)
    today = timezone.localdate()
    stats = registry_stats(actor=acting_user(request), region=region, day=today)
    return render(
        request,
        "dashboard/overview.html",
        {
            "region": region,
            "breadcrumb": region_breadcrumb(region, top=acting_user(request).region),
            "stats": stats,
            "charts": _chart_data(region.code, stats),
            "show_map": region.level == RegionLevel.PROVINCE,
            "today": today,
            "high_tech": next((n for c, _, n in stats["by_qualification"] if c == "high_tech"), 0),
        },
    )
