"""The search tables, created for the database vendor in use (SQLite FTS5 or PostgreSQL
tsvector + GIN); see apps/market/search/backends.py and decision 0007."""

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    from apps.market.search.backends import create_sql

    for sql in create_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql)


def drop(apps: Any, schema_editor: Any) -> None:
    from apps.market.search.backends import drop_sql

    for sql in drop_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("market", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
