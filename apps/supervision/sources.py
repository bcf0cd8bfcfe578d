"""Where computed actuals come from: named sources over the platform's own data.

An indicator with `source=computed` names one of these in `computation`, e.g.
`qualification_valid:high_tech` (有效期内高新技术企业数) or `qualification_new:tech_center`.
Each source counts or sums per organisation region; `actuals()` rolls the figures up the region
tree (a city's value is the sum over its subtree) and caches them per data version and day,
so a dashboard asks the database once per source and date.

Other domains add sources with `register(...)` from their AppConfig.ready — the technology
market registers 技术合同成交额 this way — so this module does not import them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Q

from apps.organizations.models import Qualification, QualificationType
from apps.organizations.selectors import registry_version
from apps.regions.models import Region

# compute(year, as_of) -> {organisation region code: value}
Compute = Callable[[int, dt.date], dict[str, Decimal]]
# drill(region_code, year, as_of) -> URL of the records behind a figure, or ""
Drill = Callable[[str, int, dt.date], str]


# prefetch(year, dates): compute several dates at once into the cache (a trend's month ends)
Prefetch = Callable[[int, list[dt.date]], None]


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    label: str
    unit: str
    compute: Compute
    drill: Drill | None = None
    version: Callable[[], int] = registry_version
    prefetch: Prefetch | None = None


_EXTRA: dict[str, Source] = {}


def register(source: Source) -> None:
    """Add a source from another domain (called from its AppConfig.ready)."""
    _EXTRA[source.key] = source


def _valid_on(as_of: dt.date) -> Q:
    return Q(valid_from__lte=as_of) & (Q(valid_until__isnull=True) | Q(valid_until__gte=as_of))


def _counts_key(kind: str, year: int, as_of: dt.date) -> str:
    return f"qualification_counts:{kind}:{year}:{as_of.isoformat()}:{registry_version()}"


def _counted_on(kind: str, year: int, as_of: dt.date) -> Q:
    if kind == "qualification_valid":
        return _valid_on(as_of)
    return Q(valid_from__gte=dt.date(year, 1, 1), valid_from__lte=as_of)


def _count_dates(kind: str, year: int, dates: list[dt.date]) -> None:
    """Counts per type and organisation region on each of `dates`, in ONE scan of the
    qualifications (a filtered COUNT per date), each date cached as `_qualification_counts`
    caches it. A cockpit's trend asks for up to 12 month ends: one query instead of 12."""
    counts = {
        f"n{i}": Count("organization_id", distinct=True, filter=_counted_on(kind, year, day))
        for i, day in enumerate(dates)
    }
    first, last = min(dates), max(dates)
    if kind == "qualification_valid":
        span = Q(valid_from__lte=last) & (Q(valid_until__isnull=True) | Q(valid_until__gte=first))
    else:
        span = Q(valid_from__gte=dt.date(year, 1, 1), valid_from__lte=last)
    rows = (
        Qualification.objects.filter(span)
        .values("type_id", "organization__region_id")
        .annotate(**counts)
    )
    by_date: list[dict[str, dict[str, Decimal]]] = [defaultdict(dict) for _ in dates]
    for r in rows:
        for i in range(len(dates)):
            if r[f"n{i}"]:
                by_date[i][r["type_id"]][r["organization__region_id"]] = Decimal(r[f"n{i}"])
    for day, by_type in zip(dates, by_date, strict=True):
        cache.set(_counts_key(kind, year, day), dict(by_type), timeout=15 * 60)


def _qualification_counts(
    kind: str, year: int, as_of: dt.date, type_code: str
) -> dict[str, Decimal]:
    """Counts of one qualification type per organisation region. All types are counted in one
    query and cached together, so a cockpit with several qualification indicators asks once."""
    key = _counts_key(kind, year, as_of)
    by_type = cache.get(key)
    if by_type is None:
        _count_dates(kind, year, [as_of])
        by_type = cache.get(key) or {}
    return dict(by_type.get(type_code, {}))


def _qualification_prefetch(kind: str) -> Prefetch:
    def prefetch(year: int, dates: list[dt.date]) -> None:
        missing = [d for d in dates if cache.get(_counts_key(kind, year, d)) is None]
        if missing:
            _count_dates(kind, year, missing)

    return prefetch


def _registry_link(kind: str, type_code: str) -> Drill:
    """The organisations a count counted: holders on the date, or those recognised from
    1 January to the date for 当年新增 (the same conditions as `_counted_on`)."""

    def drill(region_code: str, year: int, as_of: dt.date) -> str:
        from django.urls import reverse

        query = f"?region={region_code}&qualification={type_code}&on={as_of.isoformat()}"
        if kind == "qualification_new":
            query += f"&since={dt.date(year, 1, 1).isoformat()}"
        return reverse("organizations:list") + query

    return drill


def _qualification_names() -> dict[str, str]:
    """Active qualification types {code: name}, cached briefly (a dictionary edit shows up
    within a minute; the list is read on every dashboard row)."""
    names = cache.get("qualification_type_names")
    if names is None:
        names = dict(
            QualificationType.objects.filter(is_active=True)
            .order_by("sort_order", "code")
            .values_list("code", "name")
        )
        cache.set("qualification_type_names", names, timeout=60)
    return names  # type: ignore[no-any-return]


def _qualification_source(kind: str, code: str, name: str) -> Source:
    def compute(year: int, as_of: dt.date) -> dict[str, Decimal]:
        return _qualification_counts(kind, year, as_of, code)

    label = f"有效期内{name}数" if kind == "qualification_valid" else f"当年新增{name}数"
    return Source(
        f"{kind}:{code}",
        label,
        "家",
        compute,
        _registry_link(kind, code),
        prefetch=_qualification_prefetch(kind),
    )


QUALIFICATION_KINDS = ("qualification_valid", "qualification_new")


def all_sources() -> list[Source]:
    names = _qualification_names()
    return [
        *(
            _qualification_source(kind, code, name)
            for code, name in names.items()
            for kind in QUALIFICATION_KINDS
        ),
        *_EXTRA.values(),
    ]


def source_for(key: str) -> Source | None:
    if key in _EXTRA:
        return _EXTRA[key]
    kind, _, code = key.partition(":")
    name = _qualification_names().get(code)
    if kind not in QUALIFICATION_KINDS or name is None:
        return None
    return _qualification_source(kind, code, name)


def region_paths() -> dict[str, str]:
    paths = cache.get("region_paths")
    if paths is None:
        paths = dict(Region.objects.values_list("code", "path"))
        cache.set("region_paths", paths, timeout=3600)
    return paths  # type: ignore[no-any-return]


def roll_up(values: dict[str, Decimal], paths: dict[str, str]) -> dict[str, Decimal]:
    """Every node's total over its subtree, from values at the nodes where records sit."""
    by_path = {path: code for code, path in paths.items()}
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for code, value in values.items():
        path = paths.get(code)
        if path is None:
            continue
        parts = path.rstrip("/").split("/")
        for depth in range(1, len(parts) + 1):
            node = by_path.get("/".join(parts[:depth]) + "/")
            if node is not None:
                totals[node] += value
    return dict(totals)


def actuals(source: Source, *, year: int, as_of: dt.date) -> dict[str, Decimal]:
    """Rolled-up values of `source` for every region node, cached per data version and day."""
    key = f"actuals:{source.key}:{year}:{as_of.isoformat()}:{source.version()}"
    cached = cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    values = roll_up(source.compute(year, as_of), region_paths())
    cache.set(key, values, timeout=15 * 60)
    return values


def actuals_on(source: Source, *, year: int, dates: list[dt.date]) -> list[dict[str, Decimal]]:
    """`actuals` on each of `dates`; dates not cached yet are computed together when the
    source can (`prefetch`), else one by one."""
    version = source.version()
    missing = [
        d
        for d in dates
        if cache.get(f"actuals:{source.key}:{year}:{d.isoformat()}:{version}") is None
    ]
    if len(missing) > 1 and source.prefetch is not None:
        source.prefetch(year, missing)
    return [actuals(source, year=year, as_of=d) for d in dates]


def month_ends(year: int, as_of: dt.date) -> list[dt.date]:
    """The last day of each month of `year` up to `as_of` (and `as_of` itself last)."""
    ends = []
    for month in range(1, 13):
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        end = nxt - dt.timedelta(days=1)
        if end >= as_of:
            break
        ends.append(end)
    if as_of.year == year:
        ends.append(as_of)
    return ends


def choices() -> Iterable[tuple[str, str]]:
    return [(s.key, s.label) for s in all_sources()]
