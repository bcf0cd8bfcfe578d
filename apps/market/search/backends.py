"""The search tables on each database: SQLite FTS5 and PostgreSQL tsvector.

Both hold, per published listing, the analysed terms as one space-separated string. Neither
database analyses Chinese: SQLite's unicode61 tokenizer splits the stored string at spaces,
and PostgreSQL builds the tsvector with `array_to_tsvector` and the query with a `::tsquery`
cast, so no text-search parser or dictionary touches a term. The tables are created by the
migration `0002_search_tables` for the vendor in use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection

from apps.market.search.analysis import is_cjk

KINDS = ("achievement", "demand")


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


def upsert(kind: str, rows: Iterable[tuple[int, list[str]]]) -> int:
    """Store the terms of listings (replacing what was there)."""
    t = table(kind)
    data = [(pk, [x for x in dict.fromkeys(terms) if _safe(x)], len(terms)) for pk, terms in rows]
    if not data:
        return 0
    with connection.cursor() as cur:
        if _is_postgres():
            cur.executemany(
                f"INSERT INTO {t} (id, body, n, doc) "  # noqa: S608
                "VALUES (%s, %s, %s, array_to_tsvector(%s::text[])) ON CONFLICT (id) DO UPDATE "
                "SET body = EXCLUDED.body, n = EXCLUDED.n, doc = EXCLUDED.doc",
                [(pk, " ".join(terms), n, terms or ["_"]) for pk, terms, n in data],
            )
        else:
            cur.executemany(f"DELETE FROM {t} WHERE rowid = %s", [(pk,) for pk, _, _ in data])  # noqa: S608
            cur.executemany(
                f"INSERT INTO {t} (rowid, body, n) VALUES (%s, %s, %s)",  # noqa: S608
                [(pk, " ".join(terms), n) for pk, terms, n in data],
            )
    return len(data)


def delete(kind: str, ids: Sequence[int]) -> None:
    t = table(kind)
    key = "id" if _is_postgres() else "rowid"
    with connection.cursor() as cur:
        cur.executemany(f"DELETE FROM {t} WHERE {key} = %s", [(pk,) for pk in ids])  # noqa: S608


def clear(kind: str) -> None:
    with connection.cursor() as cur:
        cur.execute(f"DELETE FROM {table(kind)}")  # noqa: S608


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


def stats(kind: str) -> tuple[int, float]:
    """(documents, average term count)."""
    with connection.cursor() as cur:
        cur.execute(f"SELECT count(*), avg(n) FROM {table(kind)}")  # noqa: S608
        n, avg = cur.fetchone()
    return int(n or 0), float(avg or 0.0)


def doc_freq(kind: str, terms: Sequence[str]) -> dict[str, int]:
    """How many stored listings hold each term."""
    terms = [t for t in dict.fromkeys(terms) if _safe(t)]
    if not terms:
        return {}
    t = table(kind)
    out: dict[str, int] = {}
    with connection.cursor() as cur:
        if _is_postgres():
            for term in terms:
                cur.execute(
                    f"SELECT count(*) FROM {t} WHERE doc @@ %s::tsquery",  # noqa: S608
                    [f"'{term}'"],
                )
                out[term] = int(cur.fetchone()[0])
        else:
            marks = ", ".join(["%s"] * len(terms))
            cur.execute(
                f"SELECT term, doc FROM {t}_vocab WHERE term IN ({marks})",  # noqa: S608
                terms,
            )
            out = {str(a): int(b) for a, b in cur.fetchall()}
    return out


def bodies(kind: str, ids: Sequence[int]) -> dict[int, str]:
    """Stored terms of the given listings."""
    if not ids:
        return {}
    key = "id" if _is_postgres() else "rowid"
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT {key}, body FROM {table(kind)} WHERE {key} IN ({marks})",  # noqa: S608
            list(ids),
        )
        return {int(a): str(b) for a, b in cur.fetchall()}


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
            out += [
                f"CREATE VIRTUAL TABLE {t} USING fts5(body, n UNINDEXED, "
                "tokenize='unicode61 remove_diacritics 0')",
                f"CREATE VIRTUAL TABLE {t}_vocab USING fts5vocab({t}, 'row')",
            ]
    return out


def drop_sql(vendor: str) -> list[str]:
    out: list[str] = []
    for kind in KINDS:
        t = table(kind)
        if vendor != "postgresql":
            out.append(f"DROP TABLE IF EXISTS {t}_vocab")
        out.append(f"DROP TABLE IF EXISTS {t}")
    return out


Row = tuple[Any, ...]
