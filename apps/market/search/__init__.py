"""Market search: the small public surface over the analysis, the engine and the tables.

    listing_terms(listing)          the analysed terms of one listing
    index(kind, listings)           store published listings' terms (others are removed)
    search(kind, q, limit)          ids of published listings matching q, best first
    corpus(kind, terms)             BM25 statistics for the matcher
    rebuild(kind, on_batch)         rebuild one table from scratch (the job calls it)

Only published, unexpired listings are held in the search tables: they are what the public
searches and what the matcher suggests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.utils import timezone

from apps.market.search import analysis, backends, engine

CANDIDATES = 500


def listing_terms(listing: Any, *, names: bool = True) -> list[str]:
    """Terms of a listing (the title counts twice); with `names`, its owner's name and pinyin
    (searchable, but not a reason to match two listings)."""
    parts = [listing.title, listing.title, listing.summary, listing.keywords]
    parts.append(getattr(listing, "patents", ""))
    owner = [listing.organization.name] if names and listing.organization_id else []
    return analysis.document(text_parts=parts, names=owner)


def _kind(listing: Any) -> str:
    return str(listing._meta.model_name)


def index(listings: Iterable[Any]) -> None:
    """Bring the search table in step with these listings (call inside the write)."""
    today = timezone.localdate()
    keep: dict[str, list[tuple[int, list[str]]]] = {k: [] for k in backends.KINDS}
    drop: dict[str, list[int]] = {k: [] for k in backends.KINDS}
    for listing in listings:
        if listing.is_live(today):
            keep[_kind(listing)].append((listing.pk, listing_terms(listing)))
        else:
            drop[_kind(listing)].append(listing.pk)
    for kind in backends.KINDS:
        if drop[kind]:
            backends.delete(kind, drop[kind])
        if keep[kind]:
            backends.upsert(kind, keep[kind])


def corpus(kind: str, terms: Iterable[str]) -> engine.Corpus:
    documents, average = backends.stats(kind)
    return engine.Corpus(documents, average, backends.doc_freq(kind, list(terms)))


def search(kind: str, q: str, *, limit: int = CANDIDATES) -> list[int]:
    """Ids of published listings holding every word of `q` (any, if none holds all)."""
    groups = analysis.query_groups(q)
    if not groups:
        return []
    rows = backends.candidates(kind, backends.match_expression(groups), limit=limit)
    if not rows and len(groups) > 1:
        rows = backends.candidates(
            kind, backends.match_expression(groups, any_group=True), limit=limit
        )
    if not rows:
        return []
    terms = [t for g in groups for t in g]
    stats = corpus(kind, terms)
    docs = [(pk, body.split()) for pk, body, _ in rows]
    return [pk for pk, _ in engine.search_order(terms, docs, stats)]


def rebuild(
    kind: str,
    rows: Iterable[tuple[int, list[str]]],
    *,
    batch: int = 2000,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Empty the table and store `rows` (id, terms); the caller holds the transaction."""
    backends.clear(kind)
    done = 0
    chunk: list[tuple[int, list[str]]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch:
            done += backends.upsert(kind, chunk)
            chunk = []
            if on_batch:
                on_batch(done)
    done += backends.upsert(kind, chunk)
    if on_batch:
        on_batch(done)
    return done
