"""Audit rows cannot be changed, even by SQL that bypasses the application's models.

The guards themselves live in apps/audit/guards.py and are re-applied after every migrate
(SQLite drops triggers when it rebuilds a table).
"""

from typing import Any

from django.db import migrations


def forwards(apps: Any, schema_editor: Any) -> None:
    from apps.audit.guards import ensure_guards

    ensure_guards(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
