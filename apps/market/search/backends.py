"""The search tables on each database: SQLite FTS5 and PostgreSQL tsvector.

Both hold, per published listing, the analysed terms as one space-separated string. Neither
database analyses Chinese: SQLite's unicode61 tokenizer splits the stored string at spaces,
and PostgreSQL builds the tsvector with `array_to_tsvector` and the query with a `::tsquery`
cast, so no text-search parser or dictionary touches a term. The tables are created by the
migration `0002_search_tables` for the vendor in use.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import TextField
from django.db.models.expressions import RawSQL

from apps.market.search.analysis import is_cjk

if TYPE_CHECKING:
    from apps.market.search.memindex import Row

KINDS = ("achievement", "demand")
LOG = "market_search_log"


def table(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(kind)
    return f"market_fts_{kind}"


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


# --- query building ------------------------------------------------------------------------


def _alternatives_sqlite(term: str) -> str:
    if not is_cjk(term):
        return f'"{term}"*'
    if len(term) > 2:
        pairs = " AND ".join(f'"{term[i : i + 2]}"' for i in range(len(term) - 1))
        return f'("{term}" OR ({pairs}))'
    return f'"{term}"'


def _alternatives_pg(term: str) -> str:
    if not is_cjk(term):
        return f"'{term}':*"
    if len(term) > 2:
        pairs = " & ".join(f"'{term[i : i + 2]}'" for i in range(len(term) - 1))
        return f"('{term}' | ({pairs}))"
    return f"'{term}'"


def match_expression(groups: Sequence[Sequence[str]], *, any_group: bool = False) -> str:
    """The backend's query text: groups joined by AND (or OR), members of a group by OR."""
    pg = _is_postgres()
    alt = _alternatives_pg if pg else _alternatives_sqlite
    inner_or, outer = (
        (" | ", " | " if any_group else " & ") if pg else (" OR ", " OR " if any_group else " AND ")
    )
    parts = []
    for group in groups:
        members = [alt(t) for t in group if _safe(t)]
        if members:
            parts.append("(" + inner_or.join(members) + ")")
    return outer.join(parts)


def _safe(term: str) -> bool:
    return (
        bool(term) and "'" not in term and '"' not in term and "\\" not in term and " " not in term
    )


# --- writes ---------------------------------------------------------------------------------


def _stored(terms: Sequence[str]) -> list[str]:
    return [x for x in terms if _safe(x)]


def upsert(kind: str, rows: Iterable[tuple[int, list[str]]]) -> int:
    """Store the terms of listings (replacing what was there) and log the change.

    `body` keeps every term in order with repetitions (term frequencies for BM25); the
    PostgreSQL `doc` is the set of distinct terms."""
    t = table(kind)
    data = [(pk, _stored(terms)) for pk, terms in rows]
    if not data:
        return 0
    with connection.cursor() as cur:
        if _is_postgres():
            cur.executemany(
                f"INSERT INTO {t} (id, body, n, doc) "  # noqa: S608
                "VALUES (%s, %s, %s, array_to_tsvector(%s::text[])) ON CONFLICT (id) DO UPDATE "
                "SET body = EXCLUDED.body, n = EXCLUDED.n, doc = EXCLUDED.doc",
                [
                    (pk, " ".join(terms), len(terms), list(dict.fromkeys(terms)) or ["_"])
                    for pk, terms in data
                ],
            )
        else:
            cur.executemany(f"DELETE FROM {t} WHERE rowid = %s", [(pk,) for pk, _ in data])  # noqa: S608
            cur.executemany(
                f"INSERT INTO {t} (rowid, body, n) VALUES (%s, %s, %s)",  # noqa: S608
                [(pk, " ".join(terms), len(terms)) for pk, terms in data],
            )
    log_changes(kind, [pk for pk, _ in data])
    return len(data)


def _tsvector(terms: Sequence[str]) -> str:
    """The text form of the tsvector of distinct terms (terms hold no quotes or spaces)."""
    return " ".join(f"'{x}'" for x in dict.fromkeys(terms)) if terms else "'_'"


def bulk_load(
    kind: str, rows: Iterable[tuple[int, list[str]]], *, batch: int = 5000
) -> Iterable[int]:
    """Fill an emptied table fast (COPY on PostgreSQL, without the GIN index until the end;
    batched INSERTs on SQLite); yields the running count after each batch."""
    t = table(kind)
    done = 0
    chunk: list[tuple[int, list[str]]] = []

    def flush(cur: Any) -> None:
        if _is_postgres():
            with cur.cursor.copy(f"COPY {t} (id, body, n, doc) FROM STDIN") as copy:
                for pk, terms in chunk:
                    copy.write_row((pk, " ".join(terms), len(terms), _tsvector(terms)))
        else:
            cur.executemany(
                f"INSERT INTO {t} (rowid, body, n) VALUES (%s, %s, %s)",  # noqa: S608
                [(pk, " ".join(terms), len(terms)) for pk, terms in chunk],
            )

    with connection.cursor() as cur:
        if _is_postgres():
            cur.execute(f"DROP INDEX IF EXISTS {t}_doc")
        for pk, terms in rows:
            chunk.append((pk, _stored(terms)))
            if len(chunk) >= batch:
                flush(cur)
                done += len(chunk)
                chunk = []
                yield done
        if chunk:
            flush(cur)
            done += len(chunk)
        if _is_postgres():
            cur.execute(f"CREATE INDEX {t}_doc ON {t} USING gin (doc)")
    log_reset(kind)
    yield done


# --- the change log (read by the in-process index, memindex.py) ---------------------------


LogRow = tuple[int, str, int, int]  # log id, kind, listing id (0: table rebuilt), stamp


def _stamp() -> int:
    """A random mark per log row: SQLite reuses the ids of a rolled-back transaction, so a
    reader checks that the row it last saw is still the same row."""
    return secrets.randbelow(2**31)


_writes = [0]  # search-table writes made by this process (memindex syncs at once after one)


def local_writes() -> int:
    return _writes[0]


def log_changes(kind: str, ids: Sequence[int]) -> None:
    _writes[0] += 1
    with connection.cursor() as cur:
        cur.executemany(
            f"INSERT INTO {LOG} (kind, listing_id, stamp) VALUES (%s, %s, %s)",  # noqa: S608
            [(kind, pk, _stamp()) for pk in ids],
        )


def log_reset(kind: str) -> None:
    """The table of `kind` was refilled: drop its log and leave a reload marker (id 0)."""
    _writes[0] += 1
    with connection.cursor() as cur:
        cur.execute(f"DELETE FROM {LOG} WHERE kind = %s", [kind])  # noqa: S608
        cur.execute(
            f"INSERT INTO {LOG} (kind, listing_id, stamp) VALUES (%s, 0, %s)",  # noqa: S608
            [kind, _stamp()],
        )


def log_top() -> int:
    with connection.cursor() as cur:
        cur.execute(f"SELECT max(id) FROM {LOG}")  # noqa: S608
        return int(cur.fetchone()[0] or 0)


def log_since(after: int, *, anchor: int = 0) -> list[LogRow]:
    """The log rows after `after` (and the row `anchor`, to check it), oldest first."""
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT id, kind, listing_id, stamp FROM {LOG} "  # noqa: S608
            "WHERE id > %s OR id = %s ORDER BY id",
            [after, anchor],
        )
        return [(int(a), str(b), int(c), int(d)) for a, b, c, d in cur.fetchall()]


def index_rows(kind: str, *, ids: Sequence[int] | None = None) -> Iterator[Row]:
    """(id, stored terms, term count, field, region, chain, keywords, region path) of the
    listings in the table (or of `ids`), for the in-process index."""
    t = table(kind)
    key = "f.id" if _is_postgres() else "f.rowid"
    sql = (
        f"SELECT {key}, f.body, f.n, l.field, l.region_id, l.chain_id, l.keywords, r.path "  # noqa: S608
        f"FROM {t} f JOIN market_{kind} l ON l.id = {key} "
        "JOIN regions_region r ON r.code = l.region_id"
    )
    chunks: list[Sequence[int] | None] = [None]
    if ids is not None:
        chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for part in chunks:
        with connection.cursor() as cur:
            if part is None:
                cur.execute(sql)
            elif part:
                cur.execute(sql + f" WHERE {key} IN ({', '.join(['%s'] * len(part))})", list(part))
            else:
                continue
            while batch := cur.fetchmany(5000):
                yield from batch


def delete(kind: str, ids: Sequence[int]) -> None:
    t = table(kind)
    key = "id" if _is_postgres() else "rowid"
    with connection.cursor() as cur:
        cur.executemany(f"DELETE FROM {t} WHERE {key} = %s", [(pk,) for pk in ids])  # noqa: S608
    log_changes(kind, ids)


def clear(kind: str) -> None:
    """Empty the table of `kind` (SQLite: drop and create again, far faster than deleting
    every row of an FTS5 table)."""
    with connection.cursor() as cur:
        if _is_postgres():
            cur.execute(f"TRUNCATE {table(kind)}")
            return
        t = table(kind)
        cur.execute(f"DROP TABLE IF EXISTS {t}_vocab")
        cur.execute(f"DROP TABLE IF EXISTS {t}")
        for sql in _create_sqlite(kind):
            cur.execute(sql)


# --- reads ----------------------------------------------------------------------------------


def candidates(kind: str, expression: str, *, limit: int) -> list[tuple[int, str, int]]:
    """(id, stored terms, term count) of the best `limit` rows matching `expression`."""
    if not expression:
        return []
    t = table(kind)
    with connection.cursor() as cur:
        if _is_postgres():
            cur.execute(
                f"SELECT id, body, n FROM {t} WHERE doc @@ %s::tsquery "  # noqa: S608
                "ORDER BY ts_rank(doc, %s::tsquery) DESC, id DESC LIMIT %s",
                [expression, expression, limit],
            )
        else:
            cur.execute(
                f"SELECT rowid, body, n FROM {t} WHERE {t} MATCH %s "  # noqa: S608
                f"ORDER BY bm25({t}), rowid DESC LIMIT %s",
                [expression, limit],
            )
        return [(int(a), str(b), int(c)) for a, b, c in cur.fetchall()]


def body_of(kind: str) -> RawSQL:
    """The stored terms of a listing, as an annotation of a listing query."""
    key = "id" if _is_postgres() else "rowid"
    model = f"market_{kind}"
    return RawSQL(  # noqa: S611 - names from the fixed KINDS (table() refuses others), no input
        f"SELECT f.body FROM {table(kind)} f WHERE f.{key} = {model}.id",  # noqa: S608
        [],
        output_field=TextField(),
    )


def create_sql(vendor: str) -> list[str]:
    """DDL of the search tables for `vendor` (used by the migration)."""
    out: list[str] = []
    for kind in KINDS:
        t = table(kind)
        if vendor == "postgresql":
            out += [
                f"CREATE TABLE {t} (id integer PRIMARY KEY, body text NOT NULL, "
                "n integer NOT NULL, doc tsvector NOT NULL)",
                f"CREATE INDEX {t}_doc ON {t} USING gin (doc)",
            ]
        else:
            out += _create_sqlite(kind)
    return out


def _create_sqlite(kind: str) -> list[str]:
    t = table(kind)
    return [
        f"CREATE VIRTUAL TABLE {t} USING fts5(body, n UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 0')",
        f"CREATE VIRTUAL TABLE {t}_vocab USING fts5vocab({t}, 'row')",
    ]


def log_sql(vendor: str) -> list[str]:
    """DDL of the change log (ids from a sequence, never reused)."""
    if vendor == "postgresql":
        key = "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    else:
        key = "id integer PRIMARY KEY AUTOINCREMENT"
    return [
        f"CREATE TABLE {LOG} ({key}, kind varchar(12) NOT NULL, "
        "listing_id integer NOT NULL, stamp integer NOT NULL)"
    ]


def drop_sql(vendor: str) -> list[str]:
    out: list[str] = []
    for kind in KINDS:
        t = table(kind)
        if vendor != "postgresql":
            out.append(f"DROP TABLE IF EXISTS {t}_vocab")
        out.append(f"DROP TABLE IF EXISTS {t}")
    return out
