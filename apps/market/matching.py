"""Matching between demands, achievements and organisations (ORM glue around the engine).

For a demand: ranked achievements, and the institutions behind them; for an achievement:
ranked demands, and the enterprises likely to need it (their past demands, their chain).
Every published listing sharing a term (thesaurus neighbours included) is scored by the
in-process index (`search/memindex.py`) with the engine's formula: BM25 plus field, keyword,
region and chain agreement, and users' feedback moves a pair a little; the best few are then
scored again by `engine.rank` for their reasons. See docs/decisions/0007-technology-market.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import IntegerField, Sum
from django.db.models.functions import Cast

from apps.market import search
from apps.market.choices import TechField
from apps.market.models import Achievement, Demand, MatchFeedback
from apps.market.search import backends, engine, memindex
from apps.market.selectors import published_listings
from apps.organizations.models import Organization

NOTICE_SCORE = 0.35
SPARE = 5  # extra candidates re-scored by the engine, so rounding never decides the cut
_FIELD_LABELS = dict(TechField.choices)


@dataclass
class Suggestion:
    obj: Any
    score: float
    reasons: list[str]


_city = memindex.city_of


def profile(listing: Any, terms: list[str] | None = None) -> engine.Profile:
    region = listing.region
    return engine.Profile(
        id=listing.pk,
        terms=terms if terms is not None else search.listing_terms(listing, names=False),
        field=listing.field,
        region=listing.region_id,
        city=_city(listing.region_id, region.path),
        keywords=frozenset(k.lower() for k in listing.keyword_list),
        chain=listing.chain_id or "",
        label={
            "field": str(_FIELD_LABELS.get(listing.field, listing.field)),
            "region": region.name,
            "city": _city_name(region),
            "chain": listing.chain.name if listing.chain_id else "",
        },
    )


def _city_name(region: Any) -> str:
    if region.level == "city":
        return str(region.name)
    parent = region.parent
    while parent is not None and parent.level not in ("city", "province"):
        parent = parent.parent
    return str(parent.name) if parent is not None else str(region.name)


def _feedback(source_kind: str, source_id: int, target_kind: str) -> dict[int, int]:
    rows = (
        MatchFeedback.objects.filter(
            source_kind=source_kind, source_id=source_id, target_kind=target_kind
        )
        .values("target_id")
        .annotate(net=Sum(Cast("useful", IntegerField()) * 2 - 1))
    )
    return {r["target_id"]: int(r["net"] or 0) for r in rows}


def best_for(listing: Any, *, target: str, limit: int = 10) -> list[Suggestion]:
    """The best published listings of kind `target` for `listing`, with reasons."""
    source = profile(listing)
    fb = _feedback(str(listing._meta.model_name), listing.pk, target)
    exclude = listing.pk if listing._meta.model_name == target else None
    ids, corpus = memindex.get(target).match(
        source, feedback=fb, exclude=exclude, limit=limit + SPARE
    )
    if not ids:
        return []
    objs = {
        o.pk: o
        for o in published_listings(target)
        .select_related("region__parent__parent", "chain")
        .defer("contact_phone")
        .annotate(terms=backends.body_of(target))
        .filter(pk__in=ids)
    }
    targets = [profile(objs[pk], objs[pk].terms.split()) for pk in ids if pk in objs]
    ranked = engine.rank(source, targets, corpus, feedback=fb, limit=limit)
    return [Suggestion(objs[m.id], m.score, m.reasons) for m in ranked]


def institutions_for(demand: Demand, *, limit: int = 5) -> list[Suggestion]:
    """Universities and institutes (and other sellers) whose achievements answer the demand."""
    per_org: dict[int, list[Suggestion]] = defaultdict(list)
    for s in best_for(demand, target="achievement", limit=40):
        per_org[s.obj.organization_id].append(s)
    out = []
    for items in per_org.values():
        org = items[0].obj.organization
        score = max(i.score for i in items) + 0.02 * (len(items) - 1)
        titles = "、".join(f"“{i.obj.title[:20]}”" for i in items[:3])
        reasons = [f"{len(items)} 项相关成果：{titles}", *items[0].reasons[:2]]
        out.append(Suggestion(org, round(min(score, 1.0), 4), reasons))
    out.sort(key=lambda s: (-s.score, s.obj.pk))
    return out[:limit]


def enterprises_for(achievement: Achievement, *, limit: int = 8) -> list[Suggestion]:
    """Enterprises likely to need an achievement: their past demands, then their chain."""
    found: dict[int, Suggestion] = {}
    for s in best_for(achievement, target="demand", limit=40):
        org = s.obj.organization
        if org.pk == achievement.organization_id:
            continue
        if org.pk in found:
            found[org.pk].score = min(1.0, found[org.pk].score + 0.02)
            continue
        found[org.pk] = Suggestion(
            org, s.score, [f"曾发布相关需求：“{s.obj.title[:30]}”", *s.reasons[:2]]
        )
    if achievement.chain_id and len(found) < limit:
        same_chain = (
            Organization.objects.filter(
                kind="enterprise", chains=achievement.chain_id, is_active=True
            )
            .exclude(pk=achievement.organization_id)
            .exclude(pk__in=list(found))
            .select_related("region")
            .order_by("-employees", "pk")[: limit - len(found)]
        )
        city = _city(achievement.region_id, achievement.region.path)
        for org in same_chain:
            reasons = [f"同属产业链：{achievement.chain.name}"]  # type: ignore[union-attr]
            score = 0.2
            if _city(org.region_id, org.region.path) == city:
                score += 0.05
                reasons.append(f"同在{_city_name(achievement.region)}")
            found[org.pk] = Suggestion(org, score, reasons)
    out = sorted(found.values(), key=lambda s: (-s.score, s.obj.pk))
    return out[:limit]
