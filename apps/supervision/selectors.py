"""Reads for targets and progress; always scoped through `visible_to`.

`progress(actor, year, as_of, ...)` is what dashboards, rankings, bulletins and exports share:
one row per visible target with its actual, completion against the calendar, status, the sum
of the targets cascaded below it and a link to the records behind the figure.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db.models import Count, QuerySet, Sum

from apps.core.scoping import visible_to
from apps.regions.models import Region
from apps.supervision.choices import (
    STATUS_CSS,
    Aggregation,
    IndicatorSource,
    ProgressStatus,
    ReportStatus,
)
from apps.supervision.models import Indicator, ReportedValue, Target
from apps.supervision.progress import Assessment, assess
from apps.supervision.sources import (
    actuals,
    actuals_on,
    month_ends,
    region_paths,
    roll_up,
    source_for,
)

if TYPE_CHECKING:
    from apps.accounts.models import User


@dataclass(slots=True)
class TargetProgress:
    target: Target
    actual: Decimal | None
    assessment: Assessment
    children_total: Decimal | None  # sum of the targets cascaded below (summable indicators)
    children_count: int
    drill_url: str

    @property
    def indicator(self) -> Indicator:
        return self.target.indicator

    @property
    def region(self) -> Region:
        return self.target.region

    @property
    def status(self) -> ProgressStatus:
        return self.assessment.status

    @property
    def completion_pct(self) -> float | None:
        c = self.assessment.completion
        return None if c is None else round(c * 100, 1)

    @property
    def css(self) -> str:
        return STATUS_CSS[self.status]

    @property
    def expected_pct(self) -> float:
        return round(self.assessment.expected * 100, 1)

    @property
    def bar(self) -> float:
        """Width of the completion bar (capped at 100 %)."""
        pct = self.completion_pct
        return 0 if pct is None else min(100.0, pct)

    @property
    def cascade_short(self) -> Decimal | None:
        """How much the targets below fall short of this one (None when they cover it)."""
        if self.children_total is None or self.children_total >= self.target.value:
            return None
        return self.target.value - self.children_total


def indicators_active() -> QuerySet[Indicator]:
    return Indicator.objects.filter(is_active=True)


def targets_visible(
    *,
    actor: User,
    year: int | None = None,
    indicator: Indicator | None = None,
    region_codes: Sequence[str] | None = None,
) -> QuerySet[Target]:
    # Not "parent": no list shows it, and joining a second Target row per row cost a third
    # of the fetch (a detail page reads its one parent lazily).
    qs = visible_to(actor, Target).select_related("indicator", "region")
    if year is not None:
        qs = qs.filter(year=year)
    if indicator is not None:
        qs = qs.filter(indicator=indicator)
    if region_codes is not None:
        qs = qs.filter(region_id__in=list(region_codes))
    return qs


REPORTS_VERSION = "reported_values_version"


def reports_version() -> int:
    version = cache.get(REPORTS_VERSION)
    if version is None:
        version = int(time.time())
        cache.add(REPORTS_VERSION, version, timeout=None)
    return int(version)


def reports_changed() -> None:
    """Called on commit by every write to reported values."""
    try:
        cache.incr(REPORTS_VERSION)
    except ValueError:
        cache.set(REPORTS_VERSION, int(time.time()), timeout=None)


def reported_actuals(indicator: Indicator, *, year: int, as_of: dt.date) -> dict[str, Decimal]:
    """Latest accepted reported value per region up to `as_of` (cached per data version);
    summable ones roll up where a region has not reported its own figure."""
    key = f"reported:{indicator.pk}:{indicator.aggregation}:{year}:{as_of}:{reports_version()}"
    values = cache.get(key)
    if values is None:
        values = _reported_actuals(indicator, year=year, as_of=as_of)
        cache.set(key, values, timeout=15 * 60)
    return values  # type: ignore[no-any-return]


def _reported_actuals(indicator: Indicator, *, year: int, as_of: dt.date) -> dict[str, Decimal]:
    latest: dict[str, Decimal] = {}
    rows = (
        ReportedValue.objects.filter(
            indicator=indicator, year=year, status=ReportStatus.ACCEPTED, as_of__lte=as_of
        )
        .order_by("region_id", "-as_of", "-reported_at")
        .values_list("region_id", "value")
    )
    for region_id, value in rows:
        latest.setdefault(region_id, value)
    if indicator.aggregation != Aggregation.SUM or not latest:
        return latest
    paths = region_paths()
    # Roll up only the leaves' own reports, then let a region's own report win over the sum.
    leaves = {
        code: v
        for code, v in latest.items()
        if not any(
            other != code and paths.get(other, "").startswith(paths.get(code, "\0"))
            for other in latest
        )
    }
    return {**roll_up(leaves, paths), **latest}


def actual_values(indicator: Indicator, *, year: int, as_of: dt.date) -> dict[str, Decimal]:
    """Actuals of `indicator` for every region node on `as_of`."""
    if indicator.source == IndicatorSource.COMPUTED:
        source = source_for(indicator.computation)
        return actuals(source, year=year, as_of=as_of) if source else {}
    return reported_actuals(indicator, year=year, as_of=as_of)


def _drill(indicator: Indicator) -> Callable[[str, int, dt.date], str]:
    """Where a figure of `indicator` leads: the records behind it."""
    if indicator.source == IndicatorSource.COMPUTED:
        source = source_for(indicator.computation)
        if source is not None and source.drill is not None:
            return source.drill
        return lambda code, year, as_of: ""
    from django.urls import reverse

    base = reverse("supervision:reports") + f"?indicator={indicator.pk}"
    return lambda code, year, as_of: f"{base}&region={code}&year={year}"


def progress_of(targets: Iterable[Target], *, as_of: dt.date) -> list[TargetProgress]:
    """Progress rows for `targets` (already scoped by the caller)."""
    targets = list(targets)
    if not targets:
        return []
    cache: dict[tuple[int, int], dict[str, Decimal]] = {}
    drills: dict[int, Callable[[str, int, dt.date], str]] = {}
    below = {
        row["parent_id"]: (row["total"], row["n"])
        for row in Target.objects.filter(parent_id__in=[t.pk for t in targets])
        .values("parent_id")
        .annotate(total=Sum("value"), n=Count("id"))
    }
    rows = []
    for t in targets:
        key = (t.indicator_id, t.year)
        if key not in cache:
            cache[key] = actual_values(t.indicator, year=t.year, as_of=as_of)
        if t.indicator_id not in drills:
            drills[t.indicator_id] = _drill(t.indicator)
        actual = cache[key].get(t.region_id)
        if actual is None and t.indicator.source == IndicatorSource.COMPUTED:
            actual = Decimal(0)  # nothing registered yet is a real zero, not missing data
        assessment = assess(
            kind=t.kind,
            comparator=t.comparator,
            direction=t.indicator.direction,
            value=t.value,
            actual=actual,
            baseline=t.baseline,
            year=t.year,
            as_of=as_of,
        )
        total, count = below.get(t.pk, (None, 0))
        rows.append(
            TargetProgress(
                target=t,
                actual=actual,
                assessment=assessment,
                children_total=total if t.indicator.summable and count else None,
                children_count=count,
                drill_url=drills[t.indicator_id](t.region_id, t.year, as_of),
            )
        )
    return rows


def progress(
    *,
    actor: User,
    year: int,
    as_of: dt.date,
    indicator: Indicator | None = None,
    region_codes: Sequence[str] | None = None,
) -> list[TargetProgress]:
    """Progress of every target the actor may see (optionally one indicator or some regions)."""
    return progress_of(
        targets_ordered(actor=actor, year=year, indicator=indicator, region_codes=region_codes),
        as_of=as_of,
    )


def targets_ordered(
    *,
    actor: User,
    year: int,
    indicator: Indicator | None = None,
    region_codes: Sequence[str] | None = None,
) -> QuerySet[Target]:
    """The visible targets in the order every progress list shows them."""
    return targets_visible(
        actor=actor, year=year, indicator=indicator, region_codes=region_codes
    ).order_by("indicator__sort_order", "indicator__code", "region__path")


STATUS_ORDER = {
    ProgressStatus.DONE: 0,
    ProgressStatus.ON_TRACK: 1,
    ProgressStatus.LAGGING: 2,
    ProgressStatus.AT_RISK: 3,
    ProgressStatus.NO_DATA: 4,
}


def ranking(rows: Iterable[TargetProgress]) -> list[tuple[int, TargetProgress]]:
    """Rank regions by completion (highest first); ties share a rank; no data ranks last."""
    ordered = sorted(
        rows,
        key=lambda r: (
            r.assessment.completion is None,
            -(r.assessment.completion or 0),
            r.region.code,
        ),
    )
    ranked: list[tuple[int, TargetProgress]] = []
    previous: float | None = None
    rank = 0
    for position, row in enumerate(ordered, start=1):
        if row.assessment.completion != previous:
            rank = position
            previous = row.assessment.completion
        ranked.append((rank, row))
    return ranked


def child_progress(
    *, actor: User, parent: Target, as_of: dt.date
) -> list[tuple[int, TargetProgress]]:
    """The ranked progress of the child regions' targets for the parent's indicator and year."""
    children = Region.objects.filter(parent_id=parent.region_id).values_list("code", flat=True)
    rows = progress(
        actor=actor,
        year=parent.year,
        as_of=as_of,
        indicator=parent.indicator,
        region_codes=list(children),
    )
    return ranking(rows)


def trend(
    indicator: Indicator, *, region_code: str, year: int, as_of: dt.date
) -> list[tuple[dt.date, Decimal | None]]:
    """The actual at each month end of `year` up to `as_of`."""
    days = month_ends(year, as_of)
    if indicator.source == IndicatorSource.COMPUTED:
        source = source_for(indicator.computation)
        if source is not None:
            values = actuals_on(source, year=year, dates=days)  # one query for all month ends
            return [(day, v.get(region_code)) for day, v in zip(days, values, strict=True)]
    return [(day, actual_values(indicator, year=year, as_of=day).get(region_code)) for day in days]


def regions_for_filter(*, actor: User) -> QuerySet[Region]:
    """Province, cities and counties the actor may filter by (zones are listed too)."""
    return visible_to(actor, Region).only("code", "name", "depth").order_by("path")


def cascade_weights(
    *, parent: Target, children: Sequence[Region]
) -> tuple[dict[str, Decimal], str]:
    """The weights the cascade page offers, and where they come from: the weights of the
    last cascade by weights, else last year's targets of the same regions as shares, else
    equal weights (decision 0010)."""
    codes = [r.code for r in children]
    stored: dict[str, Decimal] = {
        code: weight
        for code, weight in Target.objects.filter(
            parent=parent, region_id__in=codes, weight__isnull=False
        ).values_list("region_id", "weight")
        if weight is not None
    }
    if stored:
        return {c: stored.get(c, Decimal(0)) for c in codes}, "上次按权重分解时的权重"
    last_year = dict(
        Target.objects.filter(
            indicator=parent.indicator, year=parent.year - 1, region_id__in=codes
        ).values_list("region_id", "value")
    )
    if any(v > 0 for v in last_year.values()):
        return {
            c: last_year.get(c, Decimal(0)) for c in codes
        }, f"{parent.year - 1}年各地区目标占比"
    return {c: Decimal(1) for c in codes}, "平均分配"
