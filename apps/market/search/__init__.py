"""Market search: the small public surface over the analysis, the engine and the tables.

    listing_terms(listing)          the analysed terms of one listing
    index(kind, listings)           store published listings' terms (others are removed)
    search(kind, q, limit)          ids of published listings matching q, best first
    find(kind, q, limit, among)     the same with whether every word matched and the cap
    corpus(kind, terms)             BM25 statistics for the matcher
    rebuild(kind, on_batch)         rebuild one table from scratch (the job calls it)

Only published, unexpired listings are held in the search tables: they are what the public
searches and what the matcher suggests. Queries are answered by the in-process index
(`memindex`), which follows the tables through their change log.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from apps.market.search import analysis, backends, engine, memindex

CANDIDATES = 500


def listing_terms(listing: Any, *, names: bool = True) -> list[str]:
    """Terms of a listing (the title counts twice); with `names`, its owner's name and pinyin
    (searchable, but not a reason to match two listings)."""
    owner = listing.organization.name if names and listing.organization_id else ""
    return terms_of(
        listing.title, listing.summary, listing.keywords, getattr(listing, "patents", ""), owner
    )


def terms_of(title: str, summary: str, keywords: str, patents: str, owner: str) -> list[str]:
    """The analysed terms of a listing's fields (`owner`: the organisation's name, or "")."""
    parts = [title, title, summary, keywords, patents]
    return analysis.document(text_parts=parts, names=[owner] if owner else [])


def published_terms(kind: str) -> Iterator[tuple[int, list[str]]]:
    """(id, terms) of every published listing of `kind`, read as plain rows (no models)."""
    from apps.market.selectors import published_listings

    fields = ["pk", "title", "summary", "keywords", "organization__name"]
    if kind == "achievement":
        fields.append("patents")
    rows = published_listings(kind).select_related(None).order_by().values_list(*fields)
    for pk, title, summary, keywords, owner, *patents in rows.iterator(chunk_size=5000):
        yield pk, terms_of(title, summary, keywords, patents[0] if patents else "", owner or "")


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
    return memindex.get(kind).corpus(terms)


@dataclass(frozen=True)
class Found:
    """What a query found: the ids, best first; whether each holds every word of the query
    (otherwise no listing did, and these hold any word); whether more matched than the limit."""

    ids: list[int]
    every_word: bool = True
    capped: bool = False


def find(
    kind: str, q: str, *, limit: int | None = None, among: Collection[int] | None = None
) -> Found:
    """Published listings holding every word of `q` (any, if none holds all), best BM25
    first (ties: newer first), at most `limit`, only `among` these ids if given. A long
    Chinese word matches itself or all of its bigrams; an ASCII word matches terms it begins
    (pinyin initials, model numbers)."""
    limit = CANDIDATES if limit is None else limit
    groups = analysis.query_groups(q)
    if not groups:
        return Found([])
    ids, every = memindex.get(kind).search(groups, limit=limit + 1, among=among)
    return Found(ids[:limit], every, len(ids) > limit)


def search(kind: str, q: str, *, limit: int | None = None) -> list[int]:
    """Ids of published listings matching `q`, best first (`find`)."""
    return find(kind, q, limit=limit).ids


def rebuild(
    kind: str,
    rows: Iterable[tuple[int, list[str]]],
    *,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Empty the table and store `rows` (id, terms); the caller holds the transaction."""
    backends.clear(kind)
    done = 0
    for done in backends.bulk_load(kind, rows):
        if on_batch:
            on_batch(done)
    return done
