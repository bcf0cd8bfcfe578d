"""Issue 3, items 6 and 11: the SM3 chain detects edits and deletions made behind the
application's back; the purge keeps 183 days; probing raises an alert."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.utils import timezone

from apps.audit.chain import legacy_rows, link, verify
from apps.audit.guards import TABLES, ensure_guards
from apps.audit.models import AuditEvent, PurgeRecord, SecurityAlert
from apps.audit.retention import audit_purge
from apps.audit.services import audit_record
from conftest import client_for

pytestmark = pytest.mark.django_db


def _tamper(sql: str, params: list[Any]) -> None:
    """What an intruder with database access would do: lift the guards, change, restore."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")  # triggers off
        else:
            for table in TABLES:
                cursor.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = origin")
    ensure_guards(connection)


def _events(n: int) -> list[AuditEvent]:
    return [
        audit_record(
            actor=None,
            action="test.write",
            object_type="t",
            object_id=str(i),
            after={"amount": i * 100},
        )
        for i in range(n)
    ]


def _verify_output() -> tuple[bool, str]:
    out = StringIO()
    try:
        call_command("audit_verify", stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


def test_intact_chain_verifies():
    _events(5)
    ok, text = _verify_output()
    assert ok and "哈希链完整" in text


def test_edited_row_is_detected():
    events = _events(5)
    _tamper("UPDATE audit_auditevent SET after = %s WHERE id = %s", ['{"amount": 1}', events[2].pk])
    ok, text = _verify_output()
    assert not ok and "记录内容与其摘要不符" in text


def test_deleted_row_in_the_middle_is_detected():
    events = _events(5)
    _tamper("DELETE FROM audit_auditevent WHERE id = %s", [events[2].pk])
    ok, text = _verify_output()
    assert not ok and "记录被删除" in text


def test_deleted_newest_row_is_detected():
    events = _events(3)
    _tamper("DELETE FROM audit_auditevent WHERE id = %s", [events[-1].pk])
    _, breaks = verify(AuditEvent)
    assert any("链尾缺失" in b.message for b in breaks)


def test_purge_keeps_183_days_and_the_chain_still_verifies(settings):
    settings.KECHUANG_AUDIT_RETENTION_DAYS = 30  # below the floor: 183 still applies
    _tamper("DELETE FROM audit_auditevent", [])  # start from an empty chain
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_chainhead")
    old = timezone.now() - timedelta(days=200)
    recent = timezone.now() - timedelta(days=100)
    with transaction.atomic():
        rows = [AuditEvent(action="old.write", result="success", created_at=old) for _ in range(3)]
        rows += [AuditEvent(action="recent.write", result="success", created_at=recent)]
        link(rows)
        AuditEvent.objects.bulk_create(rows)
    removed = audit_purge(actor=None)
    assert removed["audit"] == 3
    assert not AuditEvent.objects.filter(action="old.write").exists()
    assert AuditEvent.objects.filter(action="recent.write").exists()
    assert PurgeRecord.objects.get(chain="audit").count == 3
    assert verify(AuditEvent)[1] == []


def test_postgresql_refuses_deleting_young_rows():
    if connection.vendor != "postgresql":
        assert connection.vendor == "sqlite"  # SQLite: the application-level refusal only
        return
    event = _events(1)[0]
    with pytest.raises(Exception, match="183 days"), transaction.atomic(), connection.cursor() as c:
        c.execute("DELETE FROM audit_auditevent WHERE id = %s", [event.pk])


def test_twenty_out_of_scope_requests_raise_an_alert(nanchang_officer, sec_admin, orgs_everywhere):
    client = client_for(nanchang_officer)
    target = orgs_everywhere["ganzhou"].pk
    for _ in range(19):
        client.get(f"/organizations/{target}/")
    assert not SecurityAlert.objects.exists()
    client.get(f"/api/v1/organizations/{target}/")
    alert = SecurityAlert.objects.get()
    assert alert.username == "nanchang_officer" and alert.count == 20
    for _ in range(5):
        client.get(f"/organizations/{target}/")
    assert SecurityAlert.objects.count() == 1  # one alert per window
    page = client_for(sec_admin).get("/audit/alerts/").content.decode()
    assert "疑似探测" in page
    assert client_for(nanchang_officer).get("/audit/alerts/").status_code == 403


def test_rows_from_before_the_chain_are_noted_and_a_row_slipped_in_later_is_a_break():
    # an upgraded database: rows written before audit 0003 have no place in the chain
    _tamper("DELETE FROM audit_auditevent", [])
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_chainhead")
    AuditEvent.objects.bulk_create(
        [AuditEvent(action="legacy.write", result="success") for _ in range(2)]
    )
    _events(3)  # the first writes after the upgrade start the chain at 1
    checked, breaks = verify(AuditEvent)
    assert (checked, breaks) == (3, []) and legacy_rows(AuditEvent) == 2
    ok, text = _verify_output()
    assert ok and "另有 2 条记录写于哈希链启用之前" in text
    # a row written bypassing the application after the chain started: a break
    forged = AuditEvent.objects.filter(action="legacy.write").first()
    assert forged is not None
    _tamper(
        "INSERT INTO audit_auditevent (action, object_type, object_id, object_repr, before, "
        "after, result, message, ip, user_agent, request_id, actor_username, actor_role, "
        "actor_organization, created_at, prev_hash, hash) SELECT 'forged.write', object_type, "
        "object_id, object_repr, before, after, result, message, ip, user_agent, request_id, "
        "actor_username, actor_role, actor_organization, created_at, prev_hash, hash "
        "FROM audit_auditevent WHERE id = %s",
        [forged.pk],
    )
    ok, text = _verify_output()
    assert not ok and "绕过应用直接插入" in text
    assert legacy_rows(AuditEvent) == 2
