"""Expert credit (专家信用): a 0-100 score from each expert's review record.

Four components, each a share between 0 and 1:

- **rating** (weight 0.40): officers' ratings on the 100-point form (职业道德, 专业能力,
  工作纪律, 廉洁自律, 25 each), the mean total / 100;
- **agreement** (0.25): for each submitted score on a panel of at least
  `AGREEMENT_MIN_PANEL` scores, 1 - |own total - the panel's trimmed mean| / (30 % of the
  sheet's maximum), floored at 0 — an expert 30 points away on a 100-point sheet agrees 0;
- **timeliness** (0.20): scores submitted by the seat's due time, among those submitted and
  those still open past it;
- **acceptance** (0.15): 1 - declines / invitations. A declared conflict is proper conduct and
  not counted against the expert; a seat the officer released is not counted at all.

Each component is shrunk towards a prior of 0.8 as if it had `PRIOR_WEIGHT` observations
(value = (sum + 0.8 × 2) / (n + 2)), so a new expert starts at 80 and one bad review does not
sink a short record. `compute` is pure; `expert_credit` fetches the rows in two queries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from apps.programmes.scoring import Rules, trimmed

WEIGHTS = {"rating": 0.40, "agreement": 0.25, "timeliness": 0.20, "acceptance": 0.15}
PRIOR = 0.8
PRIOR_WEIGHT = 2
AGREEMENT_MIN_PANEL = 3
AGREEMENT_SPAN = 0.30  # share of the sheet's maximum at which agreement reaches 0

COUNT_KEYS = (
    "invited",
    "accepted",
    "declined",
    "conflicted",
    "submitted",
    "on_time",
    "late",
    "overdue",
    "ratings",
)


@dataclass(frozen=True)
class Credit:
    """One expert's credit: `score` 0-100, each component 0-100, and the counts behind it."""

    score: float
    components: dict[str, float]
    counts: dict[str, int]


@dataclass(frozen=True)
class Seat:
    """The fields of a review seat the credit needs (one row of the first query)."""

    application: int
    reviewer: int
    status: str
    invited_at: dt.datetime | None
    due_at: dt.datetime | None
    submitted_at: dt.datetime | None
    total: float | None
    rules: Rules  # the programme's sheet and aggregation rules


def _shrunk(total: float, n: int) -> float:
    return (total + PRIOR * PRIOR_WEIGHT) / (n + PRIOR_WEIGHT)


def compute(
    seats: Iterable[Seat],
    ratings: Iterable[tuple[int, int]],
    user_ids: Iterable[int],
    now: dt.datetime,
) -> dict[int, Credit]:
    """Credit for each of `user_ids` from all seats of the applications they sat on (others'
    seats give the panels' trimmed means) and (expert, rating total) pairs."""
    wanted = set(user_ids)
    rows = list(seats)
    panels: dict[int, list[tuple[int, float]]] = defaultdict(list)
    rules: dict[int, Rules] = {}
    for s in rows:
        if s.status == "submitted" and s.total is not None:
            panels[s.application].append((s.reviewer, s.total))
            rules[s.application] = s.rules
    means = {
        app: trimmed(pairs, rules[app])[0]
        for app, pairs in panels.items()
        if len(pairs) >= AGREEMENT_MIN_PANEL
    }
    counts: dict[int, dict[str, int]] = {u: dict.fromkeys(COUNT_KEYS, 0) for u in wanted}
    sums: dict[int, dict[str, float]] = {u: dict.fromkeys(WEIGHTS, 0.0) for u in wanted}
    seen: dict[int, dict[str, int]] = {u: dict.fromkeys(WEIGHTS, 0) for u in wanted}
    for s in rows:
        if s.reviewer not in wanted:
            continue
        c = counts[s.reviewer]
        if s.invited_at is not None and s.status != "released":
            c["invited"] += 1
            seen[s.reviewer]["acceptance"] += 1
            if s.status == "declined":
                c["declined"] += 1
            else:
                sums[s.reviewer]["acceptance"] += 1
        if s.status in ("accepted", "submitted"):
            c["accepted"] += 1
        if s.status == "conflicted":
            c["conflicted"] += 1
        if s.status == "submitted" and s.submitted_at is not None:
            c["submitted"] += 1
            if s.due_at is not None:
                seen[s.reviewer]["timeliness"] += 1
                if s.submitted_at <= s.due_at:
                    c["on_time"] += 1
                    sums[s.reviewer]["timeliness"] += 1
                else:
                    c["late"] += 1
            if s.application in means and s.total is not None:
                distance = abs(s.total - means[s.application]) / (
                    rules[s.application].max_total * AGREEMENT_SPAN
                )
                sums[s.reviewer]["agreement"] += max(0.0, 1.0 - distance)
                seen[s.reviewer]["agreement"] += 1
        elif s.status in ("invited", "accepted") and s.due_at is not None and s.due_at < now:
            c["overdue"] += 1
            seen[s.reviewer]["timeliness"] += 1
    for expert, total in ratings:
        if expert in wanted:
            counts[expert]["ratings"] += 1
            sums[expert]["rating"] += total / 100
            seen[expert]["rating"] += 1
    out: dict[int, Credit] = {}
    for u in wanted:
        parts = {k: _shrunk(sums[u][k], seen[u][k]) for k in WEIGHTS}
        score = sum(WEIGHTS[k] * parts[k] for k in WEIGHTS) * 100
        out[u] = Credit(
            score=round(score, 1),
            components={k: round(v * 100, 1) for k, v in parts.items()},
            counts=counts[u],
        )
    return out


def expert_credit(user_ids: Iterable[int]) -> dict[int, Credit]:
    """Credit of each expert user id (every id gets one; no record gives the prior, 80)."""
    from django.db.models import Subquery
    from django.utils import timezone

    from apps.programmes.models import ExpertRating, ReviewAssignment

    ids = sorted(set(user_ids))
    if not ids:
        return {}
    sat_on = ReviewAssignment.objects.filter(reviewer_id__in=ids).values("application_id")
    seats = [
        Seat(
            application=app,
            reviewer=reviewer,
            status=status,
            invited_at=invited_at,
            due_at=due_at,
            submitted_at=submitted_at,
            total=float(total) if total is not None else None,
            rules=Rules.from_scoring(scoring),
        )
        for app, reviewer, status, invited_at, due_at, submitted_at, total, scoring in (
            ReviewAssignment.objects.filter(application_id__in=Subquery(sat_on)).values_list(
                "application_id",
                "reviewer_id",
                "status",
                "invited_at",
                "due_at",
                "submitted_at",
                "total",
                "application__config__scoring",
            )
        )
    ]
    ratings = [
        (expert, a + b + c + d)
        for expert, a, b, c, d in ExpertRating.objects.filter(expert_id__in=ids).values_list(
            "expert_id", "ethics", "competence", "discipline", "integrity"
        )
    ]
    return compute(seats, ratings, ids, timezone.now())
