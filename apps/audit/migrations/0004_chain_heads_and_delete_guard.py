"""Chain heads for the audit and login chains; the guards are re-applied (see guards.py)."""

from typing import Any

from django.db import migrations


def forwards(apps: Any, schema_editor: Any) -> None:
    from apps.audit.guards import ensure_guards

    ChainHead = apps.get_model("audit", "ChainHead")
    for name in ("audit", "login"):
        ChainHead.objects.get_or_create(name=name)
    ensure_guards(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_chainhead_purgerecord_auditevent_hash_and_more")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
