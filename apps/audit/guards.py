"""Database-side guards on the audit tables, (re)installed after every migrate.

SQLite drops a table's triggers whenever a migration rebuilds the table, so the guards are not
left to a single migration: `ensure_guards` runs on post_migrate and is idempotent.

- UPDATE is refused on both databases (rows are append-only).
- DELETE of rows younger than 183 days is refused on PostgreSQL (the retention purge only
  removes older rows). SQLite has no DELETE guard: Django's test flush empties tables with
  DELETE there, and the embedded mode is a single-machine demo; the application refuses deletes
  on both.
"""

from __future__ import annotations

from typing import Any

TABLES = ("audit_auditevent", "audit_loginevent")

SQLITE = [
    f"""CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table}
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;"""
    for table in TABLES
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION kechuang_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit rows are append-only'; END; $$ LANGUAGE plpgsql;""",
    """CREATE OR REPLACE FUNCTION kechuang_audit_keep_183_days() RETURNS trigger AS $$
       BEGIN
         IF OLD.created_at > now() - interval '183 days' THEN
           RAISE EXCEPTION 'audit rows are kept at least 183 days';
         END IF;
         RETURN OLD;
       END; $$ LANGUAGE plpgsql;""",
]
for _table in TABLES:
    POSTGRES += [
        f"DROP TRIGGER IF EXISTS {_table}_no_update ON {_table};",
        f"""CREATE TRIGGER {_table}_no_update BEFORE UPDATE ON {_table}
            FOR EACH ROW EXECUTE FUNCTION kechuang_audit_append_only();""",
        f"DROP TRIGGER IF EXISTS {_table}_keep ON {_table};",
        f"""CREATE TRIGGER {_table}_keep BEFORE DELETE ON {_table}
            FOR EACH ROW EXECUTE FUNCTION kechuang_audit_keep_183_days();""",
    ]


def ensure_guards(connection: Any) -> None:
    tables = set(connection.introspection.table_names())
    if not set(TABLES) <= tables:
        return
    statements = POSTGRES if connection.vendor == "postgresql" else SQLITE
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def on_post_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from django.db import connections

    ensure_guards(connections[using])
