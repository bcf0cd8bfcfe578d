"""On PostgreSQL, a trigram index makes `search_text LIKE '%…%'` fast at 200,000 rows.

pg_trgm ships with PostgreSQL's contrib package; creating the extension needs a privileged role,
so where that is refused the index is skipped and searches fall back to a scan (documented in
docs/deployment.md).
"""

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SAVEPOINT trgm")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS organizations_search_trgm "
                "ON organizations_organization USING gin (search_text gin_trgm_ops)"
            )
            cursor.execute("RELEASE SAVEPOINT trgm")
        except Exception:
            cursor.execute("ROLLBACK TO SAVEPOINT trgm")


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS organizations_search_trgm")


class Migration(migrations.Migration):
    dependencies = [("organizations", "0002_seed_dictionaries")]
    operations = [migrations.RunPython(create, drop)]
