"""The figures of one bulletin, collected once and shared by the Word and the PDF renderers.

`collect(...)` returns a plain, JSON-safe dict (no model instances, no images): the same dict
fills the Word template, the PDF template and the detail page, and is stored with each
edition so a published bulletin can always show the figures it was made from. Everything is
read through the supervision selectors (`progress`, `ranking`), scoped to the compiling
officer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from apps.regions.choices import RegionLevel
from apps.regions.models import Region
from apps.supervision.choices import ProgressStatus
from apps.supervision.progress import LAG, calendar_share
from apps.supervision.selectors import TargetProgress, progress, ranking

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.supervision.models import Indicator

LAGGING = {ProgressStatus.LAGGING.value, ProgressStatus.AT_RISK.value}
GOOD = {ProgressStatus.DONE.value, ProgressStatus.ON_TRACK.value}
STATUS_LABELS = {s.value: str(s.label) for s in ProgressStatus}


def number(value: Decimal | None) -> str:
    """A figure as printed in a bulletin: thousands separated, no trailing zeros."""
    if value is None:
        return "—"
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text or "0"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def long_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def default_period(as_of: dt.date) -> str:
    """'2026年1—10月' for a date in October (the whole year once December has ended)."""
    if as_of.month == 12 and as_of.day == 31:
        return f"{as_of.year}年"
    return f"{as_of.year}年1—{as_of.month}月" if as_of.month > 1 else f"{as_of.year}年1月"


def level_words(region: Region) -> tuple[str, str]:
    """('全省', '设区市') for the province, ('全市', '县（市、区）') for a city, …"""
    if region.level == RegionLevel.PROVINCE:
        return "全省", "设区市"
    if region.level == RegionLevel.CITY:
        return "全市", "县（市、区）"
    return "全县", "园区"


def _row(rank: int | None, row: TargetProgress) -> dict[str, Any]:
    status = row.status.value
    return {
        "rank": rank,
        "region": row.region.name,
        "code": row.region.code,
        "target": number(row.target.value),
        "actual": number(row.actual),
        "completion": row.assessment.completion,
        "completion_text": percent(row.assessment.completion),
        "gap": row.assessment.gap,
        "status": status,
        "status_label": STATUS_LABELS[status],
        "laggard": status in LAGGING,
    }


def _indicator(
    indicator: Indicator,
    own: TargetProgress | None,
    children: list[TargetProgress],
) -> dict[str, Any]:
    ranked = [_row(rank, row) for rank, row in ranking(children)]
    overall = _row(None, own) if own is not None else None
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit,
        "overall": overall,
        "status": overall["status"] if overall else ProgressStatus.NO_DATA.value,
        "status_label": overall["status_label"] if overall else STATUS_LABELS["no_data"],
        "rows": ranked,
        "laggards": [r["region"] for r in ranked if r["laggard"]],
    }


def _region_ranking(indicators: list[dict[str, Any]], expected: float) -> list[dict[str, Any]]:
    """Regions ranked by their mean completion over the indicators (each capped at 100 %, so
    one far-exceeded target cannot hide the others); a region whose mean is more than `LAG`
    behind the calendar is marked as a laggard."""
    by_region: dict[str, dict[str, Any]] = {}
    for ind in indicators:
        for row in ind["rows"]:
            entry = by_region.setdefault(
                row["code"],
                {
                    "region": row["region"],
                    "code": row["code"],
                    "scores": [],
                    "good": 0,
                    "behind": 0,
                },
            )
            if row["completion"] is not None:
                entry["scores"].append(min(row["completion"], 1.0))
            entry["good"] += row["status"] in GOOD
            entry["behind"] += row["status"] in LAGGING
    table = []
    for entry in by_region.values():
        scores = entry.pop("scores")
        mean = sum(scores) / len(scores) if scores else None
        behind = mean is not None and mean < expected - LAG
        table.append({**entry, "score": mean, "score_text": percent(mean), "laggard": behind})
    table.sort(key=lambda e: (e["score"] is None, -(e["score"] or 0), e["code"]))
    previous: float | None = None
    rank = 0
    for position, entry in enumerate(table, start=1):
        if entry["score"] != previous:
            rank, previous = position, entry["score"]
        entry["rank"] = rank
    return table


def summary_text(
    *,
    level: str,
    child_word: str,
    as_of: dt.date,
    expected: float,
    indicators: list[dict[str, Any]],
) -> str:
    """The opening paragraph, written from the figures."""
    total = len(indicators)
    good = [i for i in indicators if i["status"] in GOOD]
    behind = [i for i in indicators if i["status"] in LAGGING]
    risk = [i for i in behind if i["status"] == ProgressStatus.AT_RISK]
    missing = total - len(good) - len(behind)
    text = (
        f"截至{long_date(as_of)}（时序进度{expected * 100:.1f}%），{level}{total}项指标中"
        f"{len(good)}项已完成或进度正常，{len(behind)}项滞后"
    )
    if risk:
        text += f"（其中{len(risk)}项预警）"
    if missing:
        text += f"，{missing}项暂无数据"
    if behind:
        names = "、".join(
            f"{i['name']}（完成{i['overall']['completion_text']}）" for i in behind if i["overall"]
        )
        text += f"。滞后指标：{names}"
    text += "。"
    lagging_regions: list[str] = []
    for ind in indicators:
        for name in ind["laggards"]:
            if name not in lagging_regions:
                lagging_regions.append(name)
    if lagging_regions:
        shown = "、".join(lagging_regions[:8])
        more = "等" if len(lagging_regions) > 8 else ""
        text += (
            f"各{child_word}中，{shown}{more}{len(lagging_regions)}个地区有指标进度滞后，"
            "请相关地区加快推进。"
        )
    elif indicators:
        text += f"各{child_word}指标进度均正常。"
    return text


def collect(
    *,
    actor: User,
    region: Region,
    as_of: dt.date,
    indicators: Sequence[Indicator],
    title: str,
    number_label: str,
    period_label: str,
    foreword: str = "",
) -> dict[str, Any]:
    """All figures of a bulletin on `region` and the regions directly below it."""
    year = as_of.year
    children = list(Region.objects.filter(parent_id=region.code).order_by("code"))
    codes = [region.code, *(c.code for c in children)]
    level, child_word = level_words(region)
    expected = calendar_share(year, as_of)
    items = []
    for indicator in indicators:
        rows = progress(
            actor=actor, year=year, as_of=as_of, indicator=indicator, region_codes=codes
        )
        own = next((r for r in rows if r.region.code == region.code), None)
        items.append(_indicator(indicator, own, [r for r in rows if r.region.code != region.code]))
    laggards = [
        {
            "indicator": ind["name"],
            "region": row["region"],
            "completion_text": row["completion_text"],
            "status_label": row["status_label"],
            "behind_text": "—" if row["gap"] is None else f"{row['gap'] * 100:.1f}个百分点",
        }
        for ind in items
        for row in ind["rows"]
        if row["laggard"]
    ]
    counts = {s.value: sum(1 for i in items if i["status"] == s.value) for s in ProgressStatus}
    return {
        "title": title,
        "number": number_label,
        "period": period_label,
        "as_of": long_date(as_of),
        "as_of_iso": as_of.isoformat(),
        "year": year,
        "region": region.name,
        "region_code": region.code,
        "level": level,
        "child_word": child_word,
        "foreword": foreword,
        "calendar_pct": round(expected * 100, 1),
        "summary": summary_text(
            level=level, child_word=child_word, as_of=as_of, expected=expected, indicators=items
        ),
        "counts": counts,
        "indicators": items,
        "ranking": _region_ranking(items, expected),
        "laggards": laggards,
        "regions": [c.name for c in children],
    }


def sample(indicator_names: Iterable[str] = ("高新技术企业数", "技术合同成交额")) -> dict[str, Any]:
    """Small made-up figures, for trying out an uploaded template before it is accepted."""
    rows = [
        {
            "rank": i + 1,
            "region": name,
            "code": f"36{i:04d}",
            "target": "100",
            "actual": str(90 - 20 * i),
            "completion": (90 - 20 * i) / 100,
            "completion_text": f"{90 - 20 * i}.0%",
            "gap": 0.1 * i,
            "status": status,
            "status_label": STATUS_LABELS[status],
            "laggard": status in LAGGING,
        }
        for i, (name, status) in enumerate(
            [("示例市", "on_track"), ("样例县", "lagging"), ("测试区", "at_risk")]
        )
    ]
    items = [
        {
            "code": f"sample-{n}",
            "name": name,
            "unit": "家",
            "overall": rows[0],
            "status": "on_track",
            "status_label": STATUS_LABELS["on_track"],
            "rows": rows,
            "laggards": ["样例县", "测试区"],
        }
        for n, name in enumerate(indicator_names)
    ]
    return {
        "title": "示例调度通报",
        "number": "〔2026〕第1期",
        "period": "2026年1—6月",
        "as_of": "2026年6月30日",
        "as_of_iso": "2026-06-30",
        "year": 2026,
        "region": "示例省",
        "region_code": "360000",
        "level": "全省",
        "child_word": "设区市",
        "foreword": "示例按语。",
        "calendar_pct": 49.6,
        "summary": "示例总体情况。",
        "counts": {s.value: 0 for s in ProgressStatus},
        "indicators": items,
        "ranking": [
            {
                **r,
                "score": r["completion"],
                "score_text": r["completion_text"],
                "good": 1,
                "behind": 0,
            }
            for r in rows
        ],
        "laggards": [
            {
                "indicator": items[0]["name"],
                "region": "样例县",
                "completion_text": "70.0%",
                "status_label": "滞后",
                "behind_text": "10.0个百分点",
            }
        ],
        "regions": [r["region"] for r in rows],
    }
