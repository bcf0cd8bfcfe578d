from typing import Any

from django.db import migrations


def seed(apps: Any, schema_editor: Any) -> None:
    from apps.organizations.dictionaries import seed as do_seed

    do_seed(apps)


class Migration(migrations.Migration):
    dependencies = [("organizations", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
