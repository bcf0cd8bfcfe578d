"""Bring rows written before encryption and sealing up to date: encrypt plaintext contact
numbers with SM4 and seal amounts and decisions that have no seal yet."""

from typing import Any

from django.db import migrations

ORG_FIELDS = ("credit_code", "registered_capital")
QUAL_FIELDS = ("organization", "type", "valid_from", "valid_until", "certificate_no")


def forwards(apps: Any, schema_editor: Any) -> None:
    from apps.core import crypto
    from apps.core.integrity import seal_values

    Organization = apps.get_model("organizations", "Organization")
    Qualification = apps.get_model("organizations", "Qualification")
    table = Organization._meta.db_table
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, contact_phone FROM {table} WHERE contact_phone <> ''")  # noqa: S608
        plain = [(pk, v) for pk, v in cursor.fetchall() if not v.startswith(crypto.PREFIX)]
        for pk, value in plain:
            update = f"UPDATE {table} SET contact_phone = %s WHERE id = %s"  # noqa: S608
            cursor.execute(update, [crypto.encrypt(value), pk])
    for model, label, fields in (
        (Organization, "organizations.Organization", ORG_FIELDS),
        (Qualification, "organizations.Qualification", QUAL_FIELDS),
    ):
        batch = []
        for obj in model.objects.filter(seal="").only("id", *fields).iterator(chunk_size=2000):
            obj.seal = seal_values(label, obj, fields)
            batch.append(obj)
            if len(batch) >= 2000:
                model.objects.bulk_update(batch, ["seal"])
                batch = []
        model.objects.bulk_update(batch, ["seal"])


class Migration(migrations.Migration):
    dependencies = [("organizations", "0005_qualification_period_index")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
