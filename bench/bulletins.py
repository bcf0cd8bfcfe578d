"""Bulletin generation for all 11 cities of Jiangxi, each over its counties (issue 6: "seconds").

    python -m bench --only bulletins [--db sqlite|postgres] [--scale small|province] [--quick]

On the registry_list demo database of the chosen scale: if the demo holds no targets for this
year, five computed indicators (高新技术企业、科技型中小企业 … over the registry) get targets
first — province about 1.15× its current figure, cascaded to cities and on to counties with
weights around their own figures, so some regions are ahead and some behind the calendar.
Then, for each city, a city officer's bulletin is collected, drawn, rendered to Word and to
PDF (the job's own `bulletin_render`), timing each phase. Everything runs in one transaction
that is rolled back, so the demo database is left as it was. Figures only, no assertions.
The baseline in the same run is one bare WeasyPrint page with the same fonts (the fixed cost
of a PDF) — the ratio says how much of a bulletin's PDF time is its own content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import time
from decimal import Decimal
from typing import Any

from bench.common import (
    JSONDict,
    Target,
    fmt,
    rss_kib,
    run_child,
    setup_django,
    table,
    write_result,
)

NAME = "bulletins"
INDICATORS = [
    ("bench-high-tech", "高新技术企业数", "qualification_valid:high_tech"),
    ("bench-tech-sme", "科技型中小企业数", "qualification_valid:tech_sme"),
    ("bench-high-tech-new", "当年新增高新技术企业数", "qualification_new:high_tech"),
    ("bench-srdi", "专精特新中小企业数", "qualification_valid:srdi"),
    ("bench-gazelle", "瞪羚企业数", "qualification_valid:gazelle"),
]
GOAL_SECONDS_ALL = 15.0  # "seconds" for all 11 cities on one worker (idle 2-core machine)


def ensure_targets(*, as_of: dt.date, seed: int = 1) -> list[Any]:
    """Indicators with targets for `as_of.year` over the province, cities and counties.

    Returns the indicators (existing ones if the demo already has provincial targets).
    """
    from apps.accounts.models import User
    from apps.accounts.services import user_create
    from apps.regions.models import Region
    from apps.supervision.models import Indicator
    from apps.supervision.models import Target as SupTarget
    from apps.supervision.selectors import actual_values
    from apps.supervision.services import indicator_save, target_save, targets_cascade

    province = Region.objects.get(parent__isnull=True)
    year = as_of.year
    existing = Indicator.objects.filter(
        targets__region=province, targets__year=year, is_active=True
    ).distinct()
    if existing.exists():
        return list(existing)
    rng = random.Random(seed)
    officers = {
        r.code: officer_for(r, user_create=user_create, User=User)
        for r in Region.objects.filter(level__in=["province", "city"])
    }
    found = []
    for order, (code, name, computation) in enumerate(INDICATORS, start=1):
        indicator = Indicator.objects.filter(code=code).first() or indicator_save(
            actor=None,
            indicator=Indicator(
                code=code,
                name=name,
                unit="家",
                source="computed",
                computation=computation,
                aggregation="sum",
                sort_order=order,
            ),
        )
        actual = actual_values(indicator, year=year, as_of=as_of)
        total = actual.get(province.code, Decimal(0))
        top = target_save(
            actor=officers[province.code],
            target=SupTarget(
                indicator=indicator,
                region=province,
                year=year,
                value=max(Decimal(10), (total * Decimal("1.15")).to_integral_value()),
            ),
        )
        cities = Region.objects.filter(parent=province, level="city")
        weights = {
            c.code: Decimal(
                str(round(float(actual.get(c.code, 0) + 1) * rng.uniform(0.75, 1.35), 3))
            )
            for c in cities
        }
        for child in targets_cascade(actor=officers[province.code], parent=top, weights=weights):
            counties = Region.objects.filter(parent_id=child.region_id, level="county")
            county_weights = {
                c.code: Decimal(
                    str(round(float(actual.get(c.code, 0) + 1) * rng.uniform(0.7, 1.4), 3))
                )
                for c in counties
            }
            if county_weights:
                targets_cascade(
                    actor=officers[child.region_id], parent=child, weights=county_weights
                )
        found.append(indicator)
    return found


def officer_for(region: Any, *, user_create: Any, User: Any) -> Any:
    """An officer standing at `region` (a demo persona if there is one, else a bench account)."""
    role = "province_officer" if region.parent_id is None else "city_officer"
    user = User.objects.filter(role=role, region=region, is_active=True).order_by("pk").first()
    if user is not None:
        return user
    return user_create(
        actor=None,
        username=f"bench_{region.code}",
        password="Bench@2026pass",  # noqa: S106  (rolled back with the bench transaction)
        role=role,
        display_name=f"{region.name}基准测试",
        region=region,
    )


def child() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--result", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    setup_django()
    from django.db import connection, transaction
    from django.utils import timezone

    from apps.accounts.models import User
    from apps.accounts.services import user_create
    from apps.bulletins import services
    from apps.core.documents import pdf_from_html
    from apps.organizations.models import Organization
    from apps.regions.models import Region

    as_of = timezone.localdate()
    out: JSONDict = {}

    class Rollback(Exception):
        pass

    try:
        with transaction.atomic():
            t0 = time.perf_counter()
            indicators = ensure_targets(as_of=as_of)
            out["setup_s"] = round(time.perf_counter() - t0, 2)
            out["indicators"] = len(indicators)
            # Baseline: the fixed cost of one PDF page with the same fonts (warm).
            pdf_from_html("<html><body><p>科技创新 调度通报</p></body></html>")
            t0 = time.perf_counter()
            pdf_from_html("<html><body><p>科技创新 调度通报</p></body></html>")
            out["baseline_pdf_s"] = round(time.perf_counter() - t0, 3)
            cities = list(Region.objects.filter(level="city").order_by("code"))
            if args.quick:
                cities = cities[:3]
            rows = []
            started = time.perf_counter()
            cpu_started = time.process_time()
            for n, city in enumerate(cities):
                officer = officer_for(city, user_create=user_create, User=User)
                bulletin = services.bulletin_create(
                    actor=officer, as_of=as_of, indicators=indicators
                )
                _, docx, pdf, timings = services.bulletin_render(actor=officer, bulletin=bulletin)
                rows.append(
                    {
                        "city": city.name,
                        "first": n == 0,
                        **{k: round(v, 3) for k, v in timings.items()},
                        "docx_kib": len(docx) // 1024,
                        "pdf_kib": len(pdf) // 1024,
                    }
                )
                print(f"  {city.name}: {timings['total']:.2f} s", flush=True)
            out["total_s"] = round(time.perf_counter() - started, 2)
            # CPU seconds of this process: what the run costs whatever else loads the machine.
            out["cpu_s"] = round(time.process_time() - cpu_started, 2)
            out["load_avg"] = list(os.getloadavg())
            out["organizations"] = Organization.objects.count()
            out["rows"] = rows
            out["vendor"] = connection.vendor
            raise Rollback
    except Rollback:
        pass
    out["rss_kib"] = rss_kib()
    write_result(args.result, out)


def result_name(db: str, opts: Any) -> str:
    return f"{NAME}-{db}-{opts.scale}" + ("-quick" if opts.quick else "")


def run(db: str, opts: Any) -> JSONDict:
    target = Target(db, opts.scale)
    setup = ["--db", db, "--scale", opts.scale, "--seed", str(opts.seed)]
    if opts.reload:
        setup.append("--reload")
    data = run_child("bench.setup_db", setup, target=target)
    figures = run_child("bench.bulletins", ["--quick"] if opts.quick else [], target=target)
    rows = figures["rows"]
    phases = {
        k: round(sum(r[k] for r in rows), 3) for k in ("data", "charts", "docx", "pdf", "total")
    }
    warm = [r["total"] for r in rows if not r["first"]] or [r["total"] for r in rows]
    return {
        "benchmark": NAME,
        "db": db,
        "scale": opts.scale,
        "quick": opts.quick,
        "data": data,
        **figures,
        "phases_s": phases,
        "shares": {
            k: round(v / phases["total"], 3) if phases["total"] else None
            for k, v in phases.items()
            if k != "total"
        },
        "per_bulletin_s": round(phases["total"] / max(len(rows), 1), 3),
        "per_bulletin_warm_s": round(sum(warm) / len(warm), 3),
        "goal_all_s": GOAL_SECONDS_ALL,
        "meets_goal": figures["total_s"] <= GOAL_SECONDS_ALL,
    }


def report(data: JSONDict, previous: JSONDict | None) -> str:
    shares = data["shares"]
    head = (
        f"{NAME} · {data['db']} · {data['organizations']:,} organisations ({data['scale']})"
        f" · {len(data['rows'])} city bulletins × {data['indicators']} indicators"
        f"\n  all: {fmt(data['total_s'], 2)} s (goal ≤ {data['goal_all_s']:.0f} s:"
        f" {'ok' if data['meets_goal'] else 'MISS'})"
        f" · CPU {fmt(data.get('cpu_s'), 2)} s"
        f" · load {fmt((data.get('load_avg') or [None])[0], 1)}"
        f" · per bulletin {fmt(data['per_bulletin_s'], 2)} s"
        f" (warm {fmt(data['per_bulletin_warm_s'], 2)} s)"
        f"\n  shares: data {shares['data']:.0%} · charts {shares['charts']:.0%}"
        f" · docx {shares['docx']:.0%} · PDF {shares['pdf']:.0%}"
        f" · bare PDF page {fmt(data['baseline_pdf_s'] * 1000, 0)} ms"
        f" · peak RSS {data['rss_kib'] // 1024} MiB"
    )
    if previous:
        head += (
            f"\n  previous: all {fmt(previous.get('total_s'), 2)} s,"
            f" per bulletin {fmt(previous.get('per_bulletin_s'), 2)} s"
        )
    rows = [
        [
            r["city"],
            fmt(r["data"], 2),
            fmt(r["charts"], 2),
            fmt(r["docx"], 2),
            fmt(r["pdf"], 2),
            fmt(r["total"], 2),
            f"{r['docx_kib']:,}",
            f"{r['pdf_kib']:,}",
        ]
        for r in data["rows"]
    ]
    headers = ["city", "data s", "charts s", "docx s", "PDF s", "total s", "docx KiB", "PDF KiB"]
    return head + "\n" + table(headers, rows, right={1, 2, 3, 4, 5, 6, 7})


if __name__ == "__main__":
    child()
