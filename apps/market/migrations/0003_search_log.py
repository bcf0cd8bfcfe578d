"""The change log of the search tables, read by the in-process index (memindex.py); see
decision 0007. Stored bodies now keep repeated terms: run the job 重建检索数据 after upgrading
so term frequencies count (until then every term counts once)."""

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    from apps.market.search.backends import log_sql

    for sql in log_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql)


def drop(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute("DROP TABLE IF EXISTS market_search_log")


class Migration(migrations.Migration):
    dependencies = [("market", "0002_search_tables")]
    operations = [migrations.RunPython(create, drop)]
