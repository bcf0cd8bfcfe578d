"""Ranking: BM25 over analysed terms, and the matcher's score with its reasons.

Plain Python with no ORM, so the bench runs it on an evaluation set and the tests call it
directly. Candidates come from the search tables (`backends.candidates`); the same functions
rank search results and match suggestions on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

from apps.market.search.synonyms import related

K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Corpus:
    """What BM25 needs to know about the whole collection."""

    documents: int
    average_length: float
    doc_freq: Mapping[str, int]

    def idf(self, term: str) -> float:
        df = self.doc_freq.get(term, 0)
        return math.log(1 + (self.documents - df + 0.5) / (df + 0.5))


def bm25(query: Mapping[str, float], doc: Sequence[str], corpus: Corpus) -> tuple[float, list[str]]:
    """BM25 of `doc` for weighted query terms; also the query terms the document holds."""
    if not doc:
        return 0.0, []
    tf = Counter(doc)
    norm = K1 * (1 - B + B * len(doc) / max(corpus.average_length, 1.0))
    score = 0.0
    hits: list[str] = []
    for term, weight in query.items():
        f = tf.get(term, 0)
        if f:
            score += weight * corpus.idf(term) * f * (K1 + 1) / (f + norm)
            hits.append(term)
    return score, hits


def expand(terms: Iterable[str], *, synonym_weight: float = 0.5) -> dict[str, float]:
    """Query weights: each term 1.0, thesaurus neighbours `synonym_weight` (never more)."""
    weights: dict[str, float] = {}
    for t in terms:
        weights[t] = 1.0
    for t in list(weights):
        for s in related(t):
            weights.setdefault(s, synonym_weight)
    return weights


@dataclass(frozen=True)
class Profile:
    """A listing as the matcher sees it."""

    id: int
    terms: Sequence[str]
    field: str = ""
    region: str = ""  # division code
    city: str = ""  # the city the region lies in
    keywords: frozenset[str] = frozenset()
    chain: str = ""
    label: dict[str, str] = dc_field(default_factory=dict)  # names for the reasons


def _readable(terms: list[str], corpus: Corpus) -> list[str]:
    """Terms for people, without the bigrams of a longer word also shown, the most telling
    first: by rarity in the corpus (锂云母 before 材料, which most listings share), then
    length — so a reason cut to its first few terms names what the two really share."""
    kept: list[str] = []
    for t in sorted(dict.fromkeys(terms), key=len, reverse=True):
        if not any(t in k for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: (-corpus.idf(t), -len(t)))


@dataclass
class Match:
    id: int
    score: float
    reasons: list[str]


TEXT_SCALE = 5.0  # BM25 score at which the text part reaches half of its weight
WEIGHTS = {"text": 0.70, "field": 0.12, "keywords": 0.08, "region": 0.05, "chain": 0.05}


def match_score(
    source: Profile,
    target: Profile,
    query: Mapping[str, float],
    corpus: Corpus,
    *,
    feedback: int = 0,
) -> Match:
    """How well `target` answers `source`, in [0, 1], with the reasons in Chinese."""
    text, hits = bm25(query, target.terms, corpus)
    text_part = text / (text + TEXT_SCALE)
    score = WEIGHTS["text"] * text_part
    reasons: list[str] = []
    shown = _readable([h for h in hits if query.get(h, 0) >= 1.0], corpus)[:6]
    paraphrased = _readable([h for h in hits if query.get(h, 0) < 1.0], corpus)[:3]
    if shown:
        reasons.append("共同技术词：" + "、".join(shown))
    if paraphrased:
        reasons.append("相近表述：" + "、".join(paraphrased))
    if source.field and source.field == target.field:
        score += WEIGHTS["field"]
        reasons.append("技术领域相同：" + target.label.get("field", target.field))
    shared_kw = sorted(source.keywords & target.keywords)
    if shared_kw:
        score += WEIGHTS["keywords"] * min(1.0, len(shared_kw) / 2)
        reasons.append("关键词一致：" + "、".join(shared_kw[:4]))
    if source.region and source.region == target.region:
        score += WEIGHTS["region"]
        reasons.append("同一地区：" + target.label.get("region", target.region))
    elif source.city and source.city == target.city:
        score += WEIGHTS["region"] * 0.6
        reasons.append("同在" + target.label.get("city", target.city))
    if source.chain and source.chain == target.chain:
        score += WEIGHTS["chain"]
        reasons.append("同属产业链：" + target.label.get("chain", target.chain))
    if feedback:
        # Users' judgements move a suggestion a little, never past a better text match.
        score += max(-0.1, min(0.1, 0.03 * feedback))
        reasons.append(f"用户反馈{'有用' if feedback > 0 else '无用'}（{abs(feedback)}次净计）")
    if not hits:
        return Match(target.id, 0.0, [])  # nothing in common in the text: not a suggestion
    return Match(target.id, round(max(score, 0.0), 4), reasons)


def rank(
    source: Profile,
    targets: Iterable[Profile],
    corpus: Corpus,
    *,
    feedback: Mapping[int, int] | None = None,
    limit: int = 10,
    synonyms: bool = True,
) -> list[Match]:
    """The best `limit` targets for `source`, highest score first (ties: newer id first)."""
    query = expand(source.terms) if synonyms else dict.fromkeys(source.terms, 1.0)
    fb = feedback or {}
    matches = [match_score(source, t, query, corpus, feedback=fb.get(t.id, 0)) for t in targets]
    matches = [m for m in matches if m.score > 0.0 and m.reasons]
    matches.sort(key=lambda m: (-m.score, -m.id))
    return matches[:limit]


def search_order(
    query_terms: Sequence[str], docs: Iterable[tuple[int, Sequence[str]]], corpus: Corpus
) -> list[tuple[int, float]]:
    """Search results ordered by BM25 (ties: newer first)."""
    query = dict.fromkeys(query_terms, 1.0)
    scored = [(pk, bm25(query, terms, corpus)[0]) for pk, terms in docs]
    scored.sort(key=lambda x: (-x[1], -x[0]))
    return scored
