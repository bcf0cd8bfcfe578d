"""Aggregating experts' totals per the programme's scoring sheet: pure arithmetic, no ORM.

The rules come from the `aggregation` part of a configuration's `scoring` (see `Rules`):

- **trimmed mean**: with at least `trim_min_count` scores, the `trim_drop` highest and the
  `trim_drop` lowest are dropped before averaging (the common 去掉一个最高分和一个最低分);
  with fewer, the plain mean;
- **normalisation** (optional, for harsh and lenient reviewers): each expert's totals within
  the batch become z-scores against that expert's own mean and standard deviation, then are
  mapped back onto the sheet by the batch's mean and standard deviation of all totals and
  clipped to 0..max. An expert with a single score in the batch cannot be compared with
  themselves and keeps the raw total; an expert whose totals are all equal gets the batch
  mean for each;
- **disagreement**: the spread of the totals used (range max-min, or population standard
  deviation) above `disagreement_threshold` points flags the application;
- **ranking**: by final score (the trimmed mean of the used totals, compared at 0.01 — the
  precision shown and stored), ties broken by the higher median, then by the higher mean of
  core experts' totals (an application without core scores loses the tie), then by more
  scores; applications still equal share a rank (1, 2, 2, 4) and are listed by id.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

MEASURES = ("range", "std")


@dataclass(frozen=True)
class Rules:
    """How a batch's scores become a result (defaults: the province's usual practice)."""

    max_total: float = 100.0
    trim_min_count: int = 5
    trim_drop: int = 1
    normalise: bool = False
    disagreement_measure: str = "range"
    disagreement_threshold: float = 20.0

    @classmethod
    def from_scoring(cls, scoring: Mapping[str, Any] | None) -> Rules:
        scoring = scoring or {}
        agg = dict(scoring.get("aggregation") or {})
        items = scoring.get("items") or []
        max_total = float(sum(float(i.get("max", 0)) for i in items)) or 100.0
        return cls(
            max_total=max_total,
            trim_min_count=int(agg.get("trim_min_count", 5)),
            trim_drop=int(agg.get("trim_drop", 1)),
            normalise=bool(agg.get("normalise", False)),
            disagreement_measure=str(agg.get("disagreement_measure", "range")),
            disagreement_threshold=float(
                agg.get("disagreement_threshold", round(max_total * 0.2, 2))
            ),
        )


def rule_errors(agg: Mapping[str, Any]) -> list[str]:
    """Chinese messages for an unusable `aggregation` block (empty when fine)."""
    errors: list[str] = []
    try:
        count = int(agg.get("trim_min_count", 5))
        drop = int(agg.get("trim_drop", 1))
        threshold = float(agg.get("disagreement_threshold", 20))
    except (TypeError, ValueError):
        return ["评分汇总规则的 trim_min_count、trim_drop、disagreement_threshold 须为数字。"]
    if drop < 0 or count < 1:
        errors.append("去掉最高/最低分的个数不能为负，启用人数至少为 1。")
    elif count - 2 * drop < 1:
        errors.append(f"去掉 {drop} 个最高分和 {drop} 个最低分至少需要 {2 * drop + 1} 个评分。")
    if agg.get("disagreement_measure", "range") not in MEASURES:
        errors.append("分歧度量须为 range（极差）或 std（标准差）。")
    if not math.isfinite(threshold) or threshold < 0:
        errors.append("分歧阈值须为非负数。")
    if not isinstance(agg.get("normalise", False), bool):
        errors.append("normalise 须为 true 或 false。")
    return errors


@dataclass(frozen=True)
class Score:
    """One expert's total for one application."""

    application: int
    expert: int
    total: float
    core: bool = False


@dataclass
class Result:
    """One application's aggregate."""

    application: int
    raw: dict[int, float]  # expert -> total as given
    used: dict[int, float]  # expert -> total used (normalised when the rules say so)
    dropped: list[int] = field(default_factory=list)  # experts trimmed away
    final: float | None = None
    mean: float | None = None
    median: float | None = None
    core_mean: float | None = None
    spread: float | None = None  # range of the used totals
    std: float | None = None  # population standard deviation of the used totals
    disagreement: bool = False
    rank: int | None = None

    @property
    def count(self) -> int:
        return len(self.raw)


def trimmed(values: Sequence[tuple[int, float]], rules: Rules) -> tuple[float, list[int]]:
    """The trimmed mean of (key, value) pairs and the keys dropped (lowest first).

    Equal values are ordered by key, so which of two equal scores is dropped is stable.
    """
    if not values:
        raise ValueError("no values")
    ordered = sorted(values, key=lambda kv: (kv[1], kv[0]))
    drop = rules.trim_drop if len(ordered) >= rules.trim_min_count else 0
    if len(ordered) - 2 * drop < 1:
        drop = 0
    kept = ordered[drop : len(ordered) - drop] if drop else ordered
    dropped = [k for k, _ in ordered[:drop]] + [k for k, _ in ordered[len(ordered) - drop :]]
    return math.fsum(v for _, v in kept) / len(kept), dropped


def normalised(scores: Iterable[Score], max_total: float) -> dict[tuple[int, int], float]:
    """(application, expert) -> the total corrected for the expert's harshness or leniency."""
    rows = list(scores)
    if len(rows) < 2:
        return {(s.application, s.expert): s.total for s in rows}
    overall = [s.total for s in rows]
    mu, sigma = statistics.fmean(overall), statistics.pstdev(overall)
    by_expert: dict[int, list[Score]] = defaultdict(list)
    for s in rows:
        by_expert[s.expert].append(s)
    out: dict[tuple[int, int], float] = {}
    for own in by_expert.values():
        if len(own) < 2:
            out.update({(s.application, s.expert): s.total for s in own})
            continue
        values = [s.total for s in own]
        m, sd = statistics.fmean(values), statistics.pstdev(values)
        for s in own:
            z = (s.total - m) / sd if sd > 0 else 0.0
            out[(s.application, s.expert)] = min(max(mu + z * sigma, 0.0), max_total)
    return out


def _key(result: Result) -> tuple[float, float, float, int]:
    """Sort key, best first: final, median, core experts' mean, number of scores."""
    return (
        -round(result.final if result.final is not None else -1.0, 2),
        -round(result.median if result.median is not None else -1.0, 2),
        -round(result.core_mean if result.core_mean is not None else -1.0, 2),
        -result.count,
    )


def aggregate(scores: Iterable[Score], rules: Rules) -> list[Result]:
    """Results for every application with at least one score, ranked best first."""
    rows = list(scores)
    used = (
        normalised(rows, rules.max_total)
        if rules.normalise
        else {(s.application, s.expert): s.total for s in rows}
    )
    per_app: dict[int, list[Score]] = defaultdict(list)
    for s in rows:
        per_app[s.application].append(s)
    results: list[Result] = []
    for app, own in per_app.items():
        result = Result(
            application=app,
            raw={s.expert: s.total for s in own},
            used={s.expert: used[(s.application, s.expert)] for s in own},
        )
        pairs = sorted(result.used.items())
        values = [v for _, v in pairs]
        result.final, result.dropped = trimmed(pairs, rules)
        result.mean = statistics.fmean(values)
        result.median = statistics.median(values)
        core = [result.used[s.expert] for s in own if s.core]
        result.core_mean = statistics.fmean(core) if core else None
        result.spread = max(values) - min(values)
        result.std = statistics.pstdev(values)
        measure = result.std if rules.disagreement_measure == "std" else result.spread
        result.disagreement = len(values) > 1 and measure > rules.disagreement_threshold + 1e-9
        results.append(result)
    results.sort(key=lambda r: (_key(r), r.application))
    previous: tuple[float, float, float, int] | None = None
    for position, result in enumerate(results, start=1):
        key = _key(result)
        result.rank = results[position - 2].rank if key == previous else position
        previous = key
    return results


def letters(n: int) -> list[str]:
    """专家A, 专家B, … 专家Z, 专家AA, … — anonymous labels in a stable order."""
    out = []
    for i in range(n):
        label, k = "", i
        while True:
            label = chr(ord("A") + k % 26) + label
            k = k // 26 - 1
            if k < 0:
                break
        out.append(f"专家{label}")
    return out
