"""Reads of registered contracts' money flows: how much 技术合同成交额 flows out of (sold by) and
into (bought by) a region, by month and by the regions below it (the 成交额流向 page and its
workbook)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from apps.core.scoping import codes_below
from apps.market.choices import ContractStatus
from apps.market.models import TechContract
from apps.regions.models import Region

if TYPE_CHECKING:
    from apps.accounts.models import User

Direction = Literal["all", "out", "in"]
Level = Literal["children", "county"]
SORTS = {
    "out": "输出额",
    "in": "吸纳额",
    "net": "净流入",
    "code": "地区代码",
}


def wan(yuan: Decimal) -> float:
    """Yuan → 万元 rounded to hundredths."""
    return round(float(yuan) / 10000, 2)


@dataclass
class FlowRow:
    """One region's registered technology amounts (yuan) and contract counts in the period."""

    code: str
    name: str
    own: bool = False  # the chosen region itself (organisations registered at its level)
    out_amount: Decimal = Decimal("0")
    out_count: int = 0
    in_amount: Decimal = Decimal("0")
    in_count: int = 0

    @property
    def net(self) -> Decimal:
        """吸纳 minus 输出: positive when the region buys more technology than it sells."""
        return self.in_amount - self.out_amount

    # The same amounts in 万元, as the page, the charts and the workbook show them.
    @property
    def out_wan(self) -> float:
        return wan(self.out_amount)

    @property
    def in_wan(self) -> float:
        return wan(self.in_amount)

    @property
    def net_wan(self) -> float:
        return wan(self.net)

    def add(self, side: str, amount: Decimal, count: int) -> None:
        if side == "out":
            self.out_amount += amount
            self.out_count += count
        else:
            self.in_amount += amount
            self.in_count += count


@dataclass
class FlowReport:
    region: Region
    year: int
    months: list[int]
    out_by_month: list[Decimal]
    in_by_month: list[Decimal]
    rows: list[FlowRow]
    total: FlowRow
    within_amount: Decimal = Decimal("0")  # both parties inside the region
    within_count: int = 0

    @property
    def within_wan(self) -> float:
        return wan(self.within_amount)


def _period(year: int, month_from: int, month_to: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(dt.date(year, month_from, 1), dt.time.min, tzinfo=tz)
    after = dt.date(year + 1, 1, 1) if month_to == 12 else dt.date(year, month_to + 1, 1)
    return start, dt.datetime.combine(after, dt.time.min, tzinfo=tz)


def flows_scope(actor: User) -> QuerySet[TechContract]:
    """Registered contracts the actor may count: an officer below the province sees only those
    with a party (seller or buyer) in their own region."""
    base = TechContract.objects.filter(status=ContractStatus.REGISTERED)
    if actor.region is not None and actor.region.parent_id is not None:
        scope = codes_below(actor.region.path)
        base = base.filter(Q(seller_region_id__in=scope) | Q(buyer_region_id__in=scope))
    return base


def _row_keys(region: Region, level: Level) -> tuple[dict[str, str], list[FlowRow], dict[str, str]]:
    """Each region code below `region` → the code of its row, and the rows shown even when
    empty: the children (level 'children') or the county-level units, zones folded into
    the county they lie in (level 'county'). The region itself is its own row (本级)."""
    nodes = list(
        Region.objects.filter(path__startswith=region.path).values_list(
            "code", "path", "level", "name"
        )
    )
    depth = len(region.path.rstrip("/").split("/"))
    level_of = {code: lv for code, _p, lv, _n in nodes}
    key: dict[str, str] = {}
    shown: list[str] = []
    for code, path, lv, _name in nodes:
        chain = path.rstrip("/").split("/")
        if code == region.code:
            key[code] = code
        elif level == "children":
            key[code] = chain[depth]
            if len(chain) == depth + 1:
                shown.append(code)
        else:
            below = chain[depth:]
            county = next((c for c in reversed(below) if level_of.get(c) == "county"), None)
            if lv == "zone" and county is None:
                county = next((c for c in below if level_of.get(c) == "city"), None)
            key[code] = county or (code if lv != "zone" else region.code)
            if lv == "county":
                shown.append(code)
    names = {code: name for code, _p, _lv, name in nodes}
    for code, lv in level_of.items():  # a city's own organisations, among its counties
        if level == "county" and lv == "city" and code != region.code:
            names[code] = f"{names[code]}（市本级）"
    rows = [FlowRow(code=c, name=names[c]) for c in shown]
    return key, rows, names


def contract_flow_report(
    *,
    actor: User,
    region: Region,
    year: int,
    month_from: int = 1,
    month_to: int = 12,
    level: Level = "children",
    sort: str = "out",
) -> FlowReport:
    """Registered technology amounts flowing out of and into `region`'s subtree in the months
    `month_from`–`month_to` of `year`, within what the actor may count (`flows_scope`): per
    month, and per row region (the children, or every county-level unit below), sorted by
    `sort` (one of SORTS, largest first; 'code' in code order). Two grouped queries per side."""
    start, end = _period(year, month_from, month_to)
    codes = codes_below(region.path)
    base = flows_scope(actor).filter(registered_at__gte=start, registered_at__lt=end)
    key, rows, names = _row_keys(region, level)
    by_code = {r.code: r for r in rows}
    months = list(range(month_from, month_to + 1))
    monthly: dict[str, dict[int, Decimal]] = {
        "out": defaultdict(Decimal),
        "in": defaultdict(Decimal),
    }
    for side, column in (("out", "seller_region_id"), ("in", "buyer_region_id")):
        grouped = (
            base.filter(**{f"{column}__in": codes})
            .annotate(m=ExtractMonth("registered_at"))
            .order_by()
            .values_list(column, "m")
            .annotate(total=Sum("tech_amount"), n=Count("id"))
        )
        for code, month, total, n in grouped:
            amount = Decimal(total or 0)
            monthly[side][int(month)] += amount
            row_code = key.get(code, region.code)
            row = by_code.get(row_code)
            if row is None:
                own = row_code == region.code
                row = FlowRow(code=row_code, name=names.get(row_code, row_code), own=own)
                by_code[row_code] = row
                rows.append(row)
            row.add(side, amount, n)
    total = FlowRow(code=region.code, name="合计")
    for row in rows:
        total.add("out", row.out_amount, row.out_count)
        total.add("in", row.in_amount, row.in_count)
    within = base.filter(seller_region_id__in=codes, buyer_region_id__in=codes).aggregate(
        amount=Sum("tech_amount"), n=Count("id")
    )
    if sort == "code":
        rows.sort(key=lambda r: (not r.own, r.code))
    else:
        metric = {"in": "in_amount", "net": "net"}.get(sort, "out_amount")
        # ties (often zero on one side) by the whole volume, then by code
        rows.sort(key=lambda r: (-getattr(r, metric), -(r.out_amount + r.in_amount), r.code))
    return FlowReport(
        region=region,
        year=year,
        months=months,
        out_by_month=[monthly["out"][m] for m in months],
        in_by_month=[monthly["in"][m] for m in months],
        rows=rows,
        total=total,
        within_amount=Decimal(within["amount"] or 0),
        within_count=int(within["n"] or 0),
    )


def flow_regions(*, region: Region) -> QuerySet[Region]:
    """The places an officer whose home is `region` may pick on the flows page: it and every
    node below it, in tree order."""
    return Region.objects.filter(path__startswith=region.path).order_by("path")
