"""Audit rows cannot be changed, even by SQL that bypasses the application's models.

UPDATE is refused by a trigger on SQLite and PostgreSQL. DELETE stays possible only for the
retention purge run by the operator (issue: security baseline adds the chain and purge rules).
"""

from django.db import migrations

SQLITE = [
    f"""CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table}
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;"""
    for table in ("audit_auditevent", "audit_loginevent")
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION kechuang_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit rows are append-only'; END; $$ LANGUAGE plpgsql;""",
    *[
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            FOR EACH ROW EXECUTE FUNCTION kechuang_audit_append_only();"""
        for table in ("audit_auditevent", "audit_loginevent")
    ],
]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    statements = POSTGRES if schema_editor.connection.vendor == "postgresql" else SQLITE
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
