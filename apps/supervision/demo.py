"""Demo indicators and targets: the indicators of the four work plans in the seed documents,
this year's provincial targets cascaded to the eleven cities (and Nanchang's to its districts),
and reported values for the reported indicators.

Targets of computed indicators are set from the demo registry itself (the count at the start
of the year plus a growth rate that differs by city), so progress is realistic at any scale:
some cities are ahead of the calendar, some lag, a few are at risk.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_CEILING, Decimal

from apps.accounts.models import User
from apps.demo.extensions import DemoContext
from apps.regions.choices import RegionLevel
from apps.regions.models import Region
from apps.supervision.choices import (
    Aggregation,
    Comparator,
    IndicatorSource,
    ReportStatus,
    TargetKind,
)
from apps.supervision.models import Indicator, ReportedValue, Target
from apps.supervision.selectors import actual_values
from apps.supervision.services import indicator_save, target_save, targets_cascade

# code, name, unit, source, computation, aggregation, kind, description
INDICATORS = [
    ("innovation_index", "综合科技创新水平指数", "%", "reported", "", "none", "level",
     "科技兴赣六大行动2024年工作要点：力争达到63%"),
    ("rd_gdp_ratio", "全社会研发经费支出占GDP比重", "%", "reported", "", "none", "level",
     "2024年工作要点：达到1.9%；南昌市2.2%"),
    ("hightech_value_share", "高新技术产业增加值占规模以上工业增加值比重", "%", "reported", "",
     "none", "level", "2024年工作要点：达42%"),
    ("contract_turnover", "技术合同成交额", "亿元", "reported", "", "sum", "level",
     "2024年工作要点：1800亿元；南昌市：突破110亿元"),
    ("rd_staff", "研究与试验发展人员数", "人", "reported", "", "sum", "level",
     "2024年工作要点：达20万人"),
    ("high_tech", "有效期内高新技术企业数", "家", "computed", "qualification_valid:high_tech",
     "sum", "level", "2024年工作要点：达7000家；南昌市：超过2000家"),
    ("tech_sme", "科技型中小企业数", "家", "computed", "qualification_valid:tech_sme", "sum",
     "level", "2024年工作要点：力争达到15000家"),
    ("high_growth", "高成长性科技型企业数", "家", "computed", "qualification_valid:high_growth",
     "sum", "level", "2024年工作要点：累计达到720家"),
    ("new_high_tech", "当年新认定高新技术企业数", "家", "computed",
     "qualification_new:high_tech", "sum", "increment", "年度新增（含重新认定）"),
    ("little_giant", "专业化“小巨人”企业数", "家", "computed",
     "qualification_valid:little_giant", "sum", "level", "南昌市：市级以上小巨人企业超过50家"),
    ("national_platforms", "新增国家级平台载体", "个", "reported", "", "sum", "increment",
     "2024年工作要点：新增3个以上"),
    ("provincial_tech_centers", "新增省级企业技术中心", "家", "reported", "", "sum", "increment",
     "2022年工业领域科技工作要点：力争新增100家以上"),
    ("enterprise_rd_intensity", "规模以上工业企业R&D投入强度", "%", "reported", "", "none",
     "level", "企业技术创新能力提升三年行动计划：突破1.5%"),
]  # fmt: skip

CAPITAL = "360100"

# Province-level targets of reported indicators and a typical city spread.
REPORTED_TARGETS = {
    "innovation_index": (Decimal("63"), Decimal("61.5")),
    "rd_gdp_ratio": (Decimal("1.9"), Decimal("1.78")),
    "hightech_value_share": (Decimal("42"), Decimal("40.5")),
    "contract_turnover": (Decimal("1800"), Decimal("0")),
    "rd_staff": (Decimal("200000"), Decimal("168000")),
    "national_platforms": (Decimal("3"), Decimal("0")),
    "provincial_tech_centers": (Decimal("100"), Decimal("0")),
    "enterprise_rd_intensity": (Decimal("1.5"), Decimal("1.38")),
}


def load(context: DemoContext) -> dict[str, int]:
    rng = random.Random(context.seed + 6)
    year, as_of = context.as_of.year, context.as_of
    province = Region.objects.get(code=context.province_code)
    cities = list(Region.objects.filter(parent=province, level=RegionLevel.CITY).order_by("code"))
    admin = User.objects.filter(username="province_admin").first()
    indicators = {}
    for i, (code, name, unit, source, comp, agg, kind, desc) in enumerate(INDICATORS):
        indicators[code] = (
            indicator_save(
                actor=None,
                indicator=Indicator(
                    code=code,
                    name=name,
                    unit=unit,
                    source=source,
                    computation=comp,
                    aggregation=agg,
                    description=desc,
                    sort_order=10 * (i + 1),
                ),
            ),
            kind,
        )
    targets = 0
    start = dt.date(year - 1, 12, 31)
    for indicator, kind in indicators.values():
        if indicator.source == IndicatorSource.COMPUTED:
            now = actual_values(indicator, year=year, as_of=as_of)
            base = actual_values(indicator, year=year, as_of=start)
            targets += _computed_targets(indicator, kind, province, cities, base, now, year, rng)
        else:
            targets += _reported_targets(indicator, kind, province, cities, year, as_of, admin, rng)
    return {"indicators": len(indicators), "targets": targets}


def _ceil(value: Decimal) -> Decimal:
    return value.to_integral_value(rounding=ROUND_CEILING)


def _computed_targets(
    indicator: Indicator,
    kind: str,
    province: Region,
    cities: list[Region],
    base: dict[str, Decimal],
    now: dict[str, Decimal],
    year: int,
    rng: random.Random,
) -> int:
    """City targets from each city's start-of-year count and a growth rate that varies; the
    capital passes its target on to its districts the same way."""
    values = _grow(cities, kind, base, now, rng)
    total = sum(values.values(), Decimal(0))
    parent = target_save(
        actor=None,
        target=Target(
            indicator=indicator,
            region=province,
            year=year,
            kind=kind,
            comparator=Comparator.GE,
            value=total,
            baseline=None if kind == TargetKind.INCREMENT else base.get(province.code, Decimal(0)),
            responsible_unit="省科技厅",
        ),
    )
    children = targets_cascade(actor=None, parent=parent, values=values)
    count = 1 + len(children)
    for child in children:
        if kind == TargetKind.LEVEL:
            child.baseline = base.get(child.region_id, Decimal(0))
            target_save(actor=None, target=child)
        if child.region_id == CAPITAL:
            districts = list(Region.objects.filter(parent_id=CAPITAL).order_by("code"))
            shares = _grow(districts, kind, base, now, rng)
            short = child.value - sum(shares.values(), Decimal(0))
            if short > 0:  # the city's own target must be covered by its districts
                first = districts[0].code
                shares[first] += short
            grandchildren = targets_cascade(actor=None, parent=child, values=shares)
            for g in grandchildren:
                if kind == TargetKind.LEVEL:
                    g.baseline = base.get(g.region_id, Decimal(0))
                    target_save(actor=None, target=g)
            count += len(grandchildren)
    return count


def _grow(
    regions: list[Region],
    kind: str,
    base: dict[str, Decimal],
    now: dict[str, Decimal],
    rng: random.Random,
) -> dict[str, Decimal]:
    values: dict[str, Decimal] = {}
    for region in regions:
        start = base.get(region.code, Decimal(0))
        current = now.get(region.code, Decimal(0))
        growth = Decimal(str(rng.choice([0.7, 0.85, 1.0, 1.0, 1.1, 1.3])))
        if kind == TargetKind.INCREMENT:
            values[region.code] = max(Decimal(1), _ceil(current * growth))
        else:
            gained = max(current - start, Decimal(1))
            values[region.code] = _ceil(start + gained * growth)
    return values


def _reported_targets(
    indicator: Indicator,
    kind: str,
    province: Region,
    cities: list[Region],
    year: int,
    as_of: dt.date,
    admin: User | None,
    rng: random.Random,
) -> int:
    goal, _ = REPORTED_TARGETS[indicator.code]
    parent = target_save(
        actor=None,
        target=Target(
            indicator=indicator,
            region=province,
            year=year,
            kind=kind,
            comparator=Comparator.GE,
            value=goal,
            responsible_unit="省科技厅、省统计局",
        ),
    )
    if indicator.aggregation == Aggregation.SUM:
        weights = {c.code: Decimal(rng.randint(2, 30)) for c in cities}
        children = targets_cascade(actor=None, parent=parent, weights=weights)
    else:
        spread = {
            c.code: (goal * (1 + Decimal(rng.randint(-8, 5)) / 100)).quantize(Decimal("0.01"))
            for c in cities
        }
        children = targets_cascade(actor=None, parent=parent, values=spread)
    if admin is not None:
        _reports(indicator, [parent, *children], year, as_of, admin, rng)
    return 1 + len(children)


def _reports(
    indicator: Indicator,
    targets: list[Target],
    year: int,
    as_of: dt.date,
    admin: User,
    rng: random.Random,
) -> None:
    """Accepted half-year and latest reports; the capital's latest waits for review."""
    half = dt.date(year, 6, 30)
    officers = ("province_officer", "city_officer", "county_officer")
    reporters = {u.region_id: u for u in User.objects.filter(role__in=officers)}
    rows = []
    whole = indicator.unit in ("人", "个", "家")
    for t in targets:
        if t.region.parent_id is None and indicator.aggregation == Aggregation.SUM:
            continue  # the province's sum comes from the cities
        if t.kind == TargetKind.LEVEL and indicator.aggregation == Aggregation.NONE:
            # A rate moves a little in a year: start a few points below the goal.
            t.baseline = (t.value * Decimal("0.94")).quantize(Decimal("0.01"))
            target_save(actor=None, target=t)
        start = t.baseline if t.baseline is not None else Decimal(0)
        share = rng.choice([0.75, 0.85, 0.9, 0.95, 1.0, 1.05])
        for day, fraction in ((half, share * 0.6), (as_of, share)):
            if day > as_of:
                continue
            value = start + (t.value - start) * Decimal(str(round(fraction, 3)))
            value = value.quantize(Decimal("1") if whole else Decimal("0.01"))
            pending = day == as_of and t.region_id == "360100"
            rows.append(
                ReportedValue(
                    indicator=indicator,
                    region=t.region,
                    year=year,
                    as_of=day,
                    value=value,
                    note="演示数据",
                    status=ReportStatus.SUBMITTED if pending else ReportStatus.ACCEPTED,
                    reported_by=reporters.get(t.region_id, admin),
                    reviewed_by=None if pending else admin,
                    review_note="" if pending else "数据核实无误",
                )
            )
    ReportedValue.objects.bulk_create(rows)
