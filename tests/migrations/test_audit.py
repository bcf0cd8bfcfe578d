"""audit 0002–0004 on a database already holding audit and login rows: the rows are kept as
they were, the chain heads exist, new rows are chained from the first link, and the
append-only guards are in place (SQLite drops a table's triggers when 0003 rebuilds it;
0004 puts them back)."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from tests.migrations.conftest import user

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [
    ("audit", "0002_append_only_triggers"),
    ("audit", "0003_chainhead_purgerecord_auditevent_hash_and_more"),
    ("audit", "0004_chain_heads_and_delete_guard"),
]


def test_old_rows_are_kept_and_new_rows_chained(upgrade):
    old = upgrade.before(("audit", "0001_initial"))
    officer = user(old, "old_province_officer", "province_officer", region_id="360000")
    event = old.get_model("audit", "AuditEvent")
    written = [
        event.objects.create(
            actor=officer,
            actor_username=officer.username,
            actor_role="province_officer",
            region_id="360000",
            action=action,
            object_type="organizations.organization",
            object_id=str(n),
            object_repr=f"测试单位{n}",
            after={"name": f"测试单位{n}"},
            result="success",
            ip="10.0.0.8",
        )
        for n, action in enumerate(["organization.create", "organization.update"], start=1)
    ]
    old.get_model("audit", "LoginEvent").objects.create(
        user=officer, username=officer.username, region_id="360000", outcome="success"
    )

    upgrade.to_latest()

    from apps.accounts.models import User
    from apps.audit.chain import legacy_rows, verify
    from apps.audit.choices import LoginOutcome
    from apps.audit.models import AuditEvent, ChainHead, LoginEvent
    from apps.audit.services import audit_record, login_record

    legacy = list(AuditEvent.objects.order_by("id"))
    assert [(e.pk, e.action, e.after, e.seq, e.hash) for e in legacy] == [
        (w.pk, w.action, w.after, None, "") for w in written
    ]
    assert {h.name: h.last_seq for h in ChainHead.objects.all()} == {"audit": 0, "login": 0}

    actor = User.objects.get(pk=officer.pk)
    new = audit_record(actor=actor, action="organization.update", object_type="x", object_id="1")
    login_record(user=actor, username=actor.username, outcome=LoginOutcome.SUCCESS)
    assert new.seq == 1 and new.prev_hash == ""
    for model in (AuditEvent, LoginEvent):
        checked, breaks = verify(model)
        assert checked == 1
        # Rows from before the chain stay outside it: counted apart, not a break; every
        # chained row verifies.
        assert breaks == []
        assert legacy_rows(model) == model.objects.filter(seq__isnull=True).count() >= 1

    for table in ("audit_auditevent", "audit_loginevent"):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(f"UPDATE {table} SET ip = '10.6.6.6'")  # noqa: S608
    if connection.vendor == "postgresql":
        with (
            pytest.raises(DatabaseError, match="183 days"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [written[0].pk])
    assert AuditEvent.objects.count() == 3
