"""An in-process, version-checked sparse index over the search tables, for search and matching.

Why: a matching query is an OR of up to ~50 terms, so on 100,000 listings the database finds
most of the table and must rank all of it (seconds on either vendor), and the BM25 re-rank
needs a document frequency per term. Here each process keeps, per kind, the raw term counts
of every published listing as a column-sparse matrix (scipy CSC: term → listings holding it)
plus the few attributes the matcher weighs (field, region, city, chain, keywords). A query
touches only the columns of its terms; scores are computed with numpy in exactly the engine's
arithmetic (`engine.bm25`, same order of operations), so results do not depend on which path
ranked them. The final top results are still scored by `engine.match_score` for the reasons.

Consistency: every write to a search table appends to `market_search_log` (listing id, or 0
for "table rebuilt"). Before a use the index reads the log rows after the last one it has
applied (one indexed query, usually empty) and re-reads just those listings from the table —
at most once per `SYNC_INTERVAL`, and at once after this process wrote to a search table, so
a process sees its own writes immediately and other processes' within a second;
a rebuild marker or many changes at once reload the whole kind. Ids are taken from a
sequence, so a gap means a transaction still in flight (PostgreSQL): the index re-reads from
the gap until it fills or is older than `GAP_SECONDS` (then it was rolled back).

Loaded on first use and shared by the threads of a process; memory is about 16 bytes per
(listing, distinct term) pair. A server loads it before users come (`warm`): gunicorn's
master does so before forking its workers (`kechuang/gunicorn_conf.py`), so every worker
starts with it in memory pages shared copy-on-write with the master and its siblings, and
brings it in step through the log like any other process.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from apps.market.search import backends, engine
from apps.market.search.analysis import is_cjk

GAP_SECONDS = 60.0
SYNC_INTERVAL = 1.0  # seconds between looks at the log, unless this process wrote meanwhile
RELOAD_AFTER = 500  # changed listings in one sync beyond which the kind is reloaded
OVERLAY_MAX = 5000  # listings changed since the load beyond which the kind is reloaded

F64 = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]


@dataclass
class Doc:
    """A listing as the index holds it (for changes since the load, kept in Python)."""

    id: int
    terms: list[str]
    n: int
    field: str
    region: str
    city: str
    chain: str
    keywords: frozenset[str]
    counts: Counter[str] = dc_field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.counts = Counter(self.terms)


def city_of(region_id: str, path: str) -> str:
    parts = path.rstrip("/").split("/")
    return parts[1] if len(parts) > 1 else region_id


class _Codes:
    """Strings interned as small integers (0 = empty)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {"": 0}

    def __call__(self, value: str) -> int:
        got = self.ids.get(value)
        if got is None:
            got = self.ids[value] = len(self.ids)
        return got

    def get(self, value: str) -> int:
        return self.ids.get(value, -1)


class _Vocab(dict[str, int]):
    """term → column, numbering new terms as they come."""

    def __missing__(self, term: str) -> int:
        col = self[term] = len(self)
        return col


Row = tuple[int, str, int, str, str, str | None, str, str]  # as backends.index_rows reads


def doc_from_row(row: Row) -> Doc:
    pk, body, n, field, region, chain, keywords, path = row
    return Doc(
        id=int(pk),
        terms=body.split(),
        n=int(n),
        field=field,
        region=region,
        city=city_of(region, path),
        chain=chain or "",
        keywords=keyword_set(keywords),
    )


def keyword_set(text: str) -> frozenset[str]:
    from apps.market.models import split_keywords

    return frozenset(k.lower() for k in split_keywords(text))


class KindIndex:
    """All published listings of one kind."""

    def __init__(self, kind: str, source: Iterable[Row]) -> None:
        self.kind = kind
        self.vocab: dict[str, int] = _Vocab()
        self.kw_vocab: dict[str, int] = _Vocab()
        self.codes = _Codes()
        ids: list[int] = []
        lengths: list[float] = []
        attrs: list[tuple[int, int, int, int]] = []
        counts: list[int] = []
        cols = array("i")
        kw_rows: list[int] = []
        kw_cols: list[int] = []
        term_col, kw_col, codes = self.vocab.__getitem__, self.kw_vocab.__getitem__, self.codes
        cities: dict[tuple[str, str], str] = {}
        keywords_of: dict[str, frozenset[str]] = {}
        for r, (pk, body, n, field, region, chain, keywords, path) in enumerate(source):
            ids.append(pk)
            lengths.append(n)
            city = cities.get((region, path))
            if city is None:
                city = cities[(region, path)] = city_of(region, path)
            attrs.append((codes(field), codes(region), codes(city), codes(chain or "")))
            before = len(cols)
            cols.extend(map(term_col, body.split()))
            counts.append(len(cols) - before)
            kws = keywords_of.get(keywords)
            if kws is None:
                kws = keywords_of[keywords] = keyword_set(keywords)
            for k in kws:
                kw_rows.append(r)
                kw_cols.append(kw_col(k))
        n_rows = len(ids)
        self.ids = np.asarray(ids, dtype=np.int64)
        self.row_of = {pk: r for r, pk in enumerate(ids)}
        self.length = np.asarray(lengths, dtype=np.float64)
        table = np.asarray(attrs, dtype=np.int32).reshape(n_rows, 4)
        self.field, self.region, self.city, self.chain = (table[:, i].copy() for i in range(4))
        rows = np.repeat(np.arange(n_rows, dtype=np.int32), counts)
        col_arr = np.frombuffer(cols, dtype=np.int32) if cols else np.zeros(0, dtype=np.int32)
        # Duplicate (row, term) pairs are summed: the matrix holds term frequencies.
        self.tf = sparse.csc_matrix(
            (np.ones(len(col_arr), dtype=np.float64), (rows, col_arr)),
            shape=(n_rows, len(self.vocab)),
        )
        self.tf.sum_duplicates()
        self.kw = sparse.csc_matrix(
            (np.ones(len(kw_rows), dtype=np.float32), (kw_rows, kw_cols)),
            shape=(n_rows, len(self.kw_vocab)),
        )
        self._norm: tuple[float, F64] = (-1.0, self.length)
        self.alive = np.ones(n_rows, dtype=bool)
        self.df = np.diff(self.tf.indptr).astype(np.int64)
        self.extra_df: Counter[str] = Counter()  # terms only changed listings hold
        self.overlay: dict[int, Doc] = {}
        self.documents = n_rows
        self.total_length = float(self.length.sum())
        self.sorted_vocab = sorted(self.vocab)

    # --- keeping in step -----------------------------------------------------------------

    def _base_terms(self, row: int) -> npt.NDArray[np.int64]:
        positions = np.flatnonzero(self.tf.indices == row)
        return np.searchsorted(self.tf.indptr, positions, side="right") - 1

    def _forget(self, pk: int) -> None:
        old = self.overlay.pop(pk, None)
        if old is not None:
            self._count(old, -1)
            return
        row = self.row_of.get(pk)
        if row is not None and self.alive[row]:
            self.alive[row] = False
            self.df[self._base_terms(row)] -= 1
            self.documents -= 1
            self.total_length -= float(self.length[row])

    def _count(self, doc: Doc, sign: int) -> None:
        for term in doc.counts:
            col = self.vocab.get(term)
            if col is None:
                self.extra_df[term] += sign
            else:
                self.df[col] += sign
        self.documents += sign
        self.total_length += sign * doc.n

    def apply(self, pk: int, doc: Doc | None) -> None:
        """The listing `pk` now reads `doc` (None: no longer in the table)."""
        self._forget(pk)
        if doc is not None:
            self.overlay[pk] = doc
            self._count(doc, +1)

    # --- statistics ------------------------------------------------------------------------

    def doc_freq(self, term: str) -> int:
        col = self.vocab.get(term)
        base = int(self.df[col]) if col is not None else 0
        return base + self.extra_df.get(term, 0)

    def corpus(self, terms: Iterable[str]) -> engine.Corpus:
        n = self.documents
        average = self.total_length / n if n else 0.0
        return engine.Corpus(n, average, {t: self.doc_freq(t) for t in dict.fromkeys(terms)})

    # --- scoring ---------------------------------------------------------------------------

    def bm25(self, query: Mapping[str, float], corpus: engine.Corpus) -> F64:
        """`engine.bm25` of every base row, in the engine's order of operations."""
        scores = np.zeros(len(self.ids), dtype=np.float64)
        average = max(corpus.average_length, 1.0)
        if self._norm[0] != average:
            self._norm = (average, engine.K1 * (1 - engine.B + engine.B * self.length / average))
        norm = self._norm[1]
        indptr, indices, data = self.tf.indptr, self.tf.indices, self.tf.data
        for term, weight in query.items():
            col = self.vocab.get(term)
            if col is None:
                continue
            lo, hi = indptr[col], indptr[col + 1]
            rows = indices[lo:hi]
            f = data[lo:hi]
            scores[rows] += weight * corpus.idf(term) * f * (engine.K1 + 1) / (f + norm[rows])
        scores[~self.alive] = 0.0
        return scores

    def _rows_with(self, term: str) -> Mask:
        mask = np.zeros(len(self.ids), dtype=bool)
        col = self.vocab.get(term)
        if col is not None:
            mask[self.tf.indices[self.tf.indptr[col] : self.tf.indptr[col + 1]]] = True
        return mask

    def _prefixed(self, prefix: str) -> list[str]:
        import bisect

        start = bisect.bisect_left(self.sorted_vocab, prefix)
        out = []
        for term in self.sorted_vocab[start:]:
            if not term.startswith(prefix):
                break
            out.append(term)
        return out

    def _word_mask(self, word: str) -> Mask:
        """Rows a query word matches: itself, all its bigrams (long Chinese word), or any
        term it prefixes (ASCII) — the same rule as `backends.match_expression`."""
        if not is_cjk(word):
            mask = np.zeros(len(self.ids), dtype=bool)
            for term in self._prefixed(word):
                mask |= self._rows_with(term)
            return mask
        mask = self._rows_with(word)
        if len(word) > 2:
            pairs = np.ones(len(self.ids), dtype=bool)
            for i in range(len(word) - 1):
                pairs &= self._rows_with(word[i : i + 2])
            mask |= pairs
        return mask

    @staticmethod
    def _doc_has(doc: Doc, word: str) -> bool:
        if not is_cjk(word):
            return any(t.startswith(word) for t in doc.counts)
        if word in doc.counts:
            return True
        return len(word) > 2 and all(word[i : i + 2] in doc.counts for i in range(len(word) - 1))

    def search(
        self,
        groups: Sequence[Sequence[str]],
        *,
        limit: int,
        among: Collection[int] | None = None,
    ) -> tuple[list[int], bool]:
        """Ids holding every group (else any group), by BM25 of the group words, and whether
        they hold every group. `among`: only these ids (the page's other filters), so that a
        filter is applied before the `limit`, not to the best `limit` of the whole table."""
        words = [w for g in groups for w in g]
        allowed = None if among is None else np.isin(self.ids, np.fromiter(among, np.int64))
        found = self._search(groups, words, every=True, limit=limit, allowed=allowed, among=among)
        if not found and len(groups) > 1:
            found = self._search(
                groups, words, every=False, limit=limit, allowed=allowed, among=among
            )
            return found, False
        return found, True

    def _search(
        self,
        groups: Sequence[Sequence[str]],
        words: list[str],
        *,
        every: bool,
        limit: int,
        allowed: Mask | None,
        among: Collection[int] | None,
    ) -> list[int]:
        masks = [np.logical_or.reduce([self._word_mask(w) for w in g]) for g in groups]
        mask = np.logical_and.reduce(masks) if every else np.logical_or.reduce(masks)
        mask &= self.alive
        if allowed is not None:
            mask &= allowed
        corpus = self.corpus(words)
        query = dict.fromkeys(words, 1.0)
        scores = self.bm25(query, corpus)
        rows = np.flatnonzero(mask)
        scored = self._top(scores, rows, limit)
        test = all if every else any
        for doc in self.overlay.values():
            if among is not None and doc.id not in among:
                continue
            if test(any(self._doc_has(doc, w) for w in g) for g in groups):
                scored.append((engine.bm25(query, doc.terms, corpus)[0], doc.id))
        scored.sort(key=lambda x: (-x[0], -x[1]))
        return [pk for _, pk in scored[:limit]]

    def _top(self, scores: F64, rows: npt.NDArray[np.intp], limit: int) -> list[tuple[float, int]]:
        """(score, id) of the best `limit` of `rows`, highest score first, ties newer first."""
        if len(rows) > limit:
            cut = np.partition(scores[rows], len(rows) - limit)[len(rows) - limit]
            rows = rows[scores[rows] >= cut]  # ties at the cut are all kept, then ordered
        order = np.lexsort((-self.ids[rows], -scores[rows]))[:limit]
        chosen = rows[order]
        return list(zip(scores[chosen].tolist(), self.ids[chosen].tolist(), strict=True))

    def match(
        self,
        source: engine.Profile,
        *,
        feedback: Mapping[int, int],
        exclude: int | None,
        limit: int,
    ) -> tuple[list[int], engine.Corpus]:
        """Ids of the best `limit` listings for `source` by the full matcher score (computed
        for every listing sharing a term), and the corpus statistics used."""
        query = engine.expand(source.terms)
        corpus = self.corpus(query)
        text = self.bm25(query, corpus)
        w = engine.WEIGHTS
        score = w["text"] * (text / (text + engine.TEXT_SCALE))
        if source.field:
            score += w["field"] * (self.field == self.codes.get(source.field))
        if source.keywords:
            shared = np.zeros(len(self.ids), dtype=np.float64)
            for k in source.keywords:
                col = self.kw_vocab.get(k)
                if col is not None:
                    shared[self.kw.indices[self.kw.indptr[col] : self.kw.indptr[col + 1]]] += 1
            score += w["keywords"] * np.minimum(1.0, shared / 2)
        same_region = (
            self.region == self.codes.get(source.region)
            if source.region
            else np.zeros(len(self.ids), dtype=bool)
        )
        score += w["region"] * same_region
        if source.city:
            score += w["region"] * 0.6 * (~same_region & (self.city == self.codes.get(source.city)))
        if source.chain:
            score += w["chain"] * (self.chain == self.codes.get(source.chain))
        for pk, net in feedback.items():
            row = self.row_of.get(pk)
            if row is not None and net:
                score[row] += max(-0.1, min(0.1, 0.03 * net))
        hits = (text > 0) & self.alive
        if exclude is not None and exclude in self.row_of:
            hits[self.row_of[exclude]] = False
        score = np.round(score, 4)
        rows = np.flatnonzero(hits & (score > 0))
        scored = self._top(score, rows, limit)
        for doc in self.overlay.values():
            if doc.id == exclude:
                continue
            m = engine.match_score(
                source, profile_of(doc), query, corpus, feedback=feedback.get(doc.id, 0)
            )
            if m.score > 0:
                scored.append((m.score, doc.id))
        scored.sort(key=lambda x: (-x[0], -x[1]))
        return [pk for _, pk in scored[:limit]], corpus


def profile_of(doc: Doc) -> engine.Profile:
    return engine.Profile(
        id=doc.id,
        terms=doc.terms,
        field=doc.field,
        region=doc.region,
        city=doc.city,
        keywords=doc.keywords,
        chain=doc.chain,
    )


# --- the per-process registry -------------------------------------------------------------


@dataclass
class _State:
    index: KindIndex
    horizon: int  # every log id ≤ horizon has been applied (or given up as rolled back)
    anchor: tuple[int, int]  # (id, stamp) of the newest log row seen: must still be there
    seen: set[int] = dc_field(default_factory=set)  # applied log ids above the horizon
    gaps: dict[int, float] = dc_field(default_factory=dict)  # missing log id → first noticed
    load_seconds: float = 0.0
    checked_at: float = 0.0  # time.monotonic() of the last look at the log
    local_writes: int = 0  # this process's search-table writes seen at that look


_lock = threading.Lock()
_states: dict[tuple[str, str], _State] = {}

LOAD_WINDOW = 200  # log ids below the top re-checked after a load (writes still in flight)


def _key(kind: str) -> tuple[str, str]:
    from django.db import connection

    return (str(connection.settings_dict.get("NAME")), kind)


def reset() -> None:
    """Forget every loaded index (the next use loads again)."""
    with _lock:
        _states.clear()


def _load(kind: str) -> _State:
    started = time.perf_counter()
    horizon = max(0, backends.log_top() - LOAD_WINDOW)
    rows = backends.log_since(horizon)
    index = KindIndex(kind, backends.index_rows(kind))
    anchor = (rows[-1][0], rows[-1][3]) if rows else (0, 0)
    state = _State(index, horizon, anchor, seen={r[0] for r in rows})
    _advance(state, {r[0] for r in rows})
    state.load_seconds = time.perf_counter() - started
    return state


def _sync(kind: str, state: _State) -> _State:
    """Apply the log rows this process has not applied yet."""
    rows = backends.log_since(state.horizon, anchor=state.anchor[0])
    if state.anchor[0] and (state.anchor[0], state.anchor[1]) not in {(r[0], r[3]) for r in rows}:
        return _load(kind)  # the log was rebuilt or rolled back under us
    fresh = [r for r in rows if r[0] not in state.seen and r[0] > state.horizon]
    if not fresh and not state.gaps:
        return state
    mine = [pk for _, k, pk, _ in fresh if k == kind]
    if 0 in mine:
        return _load(kind)
    changed = sorted(set(mine))
    if len(changed) > RELOAD_AFTER or len(state.index.overlay) + len(changed) > OVERLAY_MAX:
        return _load(kind)
    if changed:
        docs = {d.id: d for d in map(doc_from_row, backends.index_rows(kind, ids=changed))}
        for pk in changed:
            state.index.apply(pk, docs.get(pk))
    present = {r[0] for r in rows if r[0] > state.horizon}
    state.seen |= present
    if rows:
        state.anchor = (rows[-1][0], rows[-1][3])
    _advance(state, present)
    return state


def _advance(state: _State, present: set[int]) -> None:
    """Move the horizon over consecutive ids; a missing id is a write still in flight
    (PostgreSQL takes ids before commit) until it is older than GAP_SECONDS."""
    now = time.time()
    horizon = state.horizon
    for lid in range(horizon + 1, max(present, default=horizon) + 1):
        if lid not in present:
            first = state.gaps.setdefault(lid, now)
            if now - first <= GAP_SECONDS:
                break
        horizon = lid
    state.horizon = horizon
    state.seen = {lid for lid in state.seen if lid > horizon}
    state.gaps = {lid: t for lid, t in state.gaps.items() if lid > horizon}


def get(kind: str) -> KindIndex:
    """The index of `kind`, loaded on first use and brought in step with the log."""
    from django.db import connection

    key = _key(kind)
    with _lock:
        state = _states.get(key)
        now = time.monotonic()
        if state is None:
            state = _load(kind)
        elif (
            now - state.checked_at >= SYNC_INTERVAL
            or state.local_writes != backends.local_writes()
            or connection.in_atomic_block  # what this transaction sees may yet roll back
        ):
            state = _sync(kind, state)
        else:
            return state.index
        state.checked_at, state.local_writes = now, backends.local_writes()
        _states[key] = state
        return state.index


def warm() -> dict[str, Any]:
    """Load every kind and the text analysis now, so that no user's first query pays for it
    (the segmenter's dictionary and the Traditional → Simplified tables load on first use).
    Already loaded: one look at the log, as before any query."""
    from apps.market.search import analysis

    analysis.warm()
    for kind in backends.KINDS:
        get(kind)
    return info()


def info() -> dict[str, Any]:
    """What is loaded (for the bench): documents and load seconds per kind."""
    return {
        f"{db}:{kind}": {
            "documents": s.index.documents,
            "overlay": len(s.index.overlay),
            "load_s": round(s.load_seconds, 3),
        }
        for (db, kind), s in _states.items()
    }
