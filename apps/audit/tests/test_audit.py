from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError

from apps.audit.models import AppendOnlyError, AuditEvent
from apps.organizations.services import organization_create, organization_update
from apps.regions.models import Region
from conftest import client_for
from tests.factories import next_credit_code

pytestmark = pytest.mark.django_db


def create(actor, **over):
    fields = {
        "credit_code": next_credit_code("360102"),
        "name": "审计测试公司",
        "kind": "enterprise",
        "region": Region.objects.get(code="360102"),
    }
    fields.update(over)
    return organization_create(actor=actor, **fields)


def test_write_records_actor_before_after(nanchang_officer):
    org = create(nanchang_officer)
    organization_update(actor=nanchang_officer, organization=org, name="审计测试公司（更名）")
    events = list(
        AuditEvent.objects.filter(
            object_type="organizations.Organization", object_id=str(org.pk)
        ).order_by("id")
    )
    assert [e.action for e in events] == ["organization.create", "organization.update"]
    update = events[1]
    assert update.actor_username == "nanchang_officer" and update.actor_role == "city_officer"
    assert (
        update.before["name"] == "审计测试公司" and update.after["name"] == "审计测试公司（更名）"
    )
    assert update.region_id == "360100" and update.result == "success"


def test_refused_write_is_recorded(nanchang_officer):
    from apps.accounts.permissions import AccessDenied

    with pytest.raises(AccessDenied):
        create(nanchang_officer, region=Region.objects.get(code="360702"))


def test_mass_assignment_of_identity_is_refused(nanchang_officer):
    from apps.accounts.permissions import AccessDenied

    org = create(nanchang_officer)
    with pytest.raises(AccessDenied):
        organization_update(actor=nanchang_officer, organization=org, credit_code="X")


def test_business_change_rolls_back_when_audit_fails(nanchang_officer, monkeypatch):
    from apps.organizations.models import Organization

    def boom(*args, **kwargs):
        raise DatabaseError("audit table unavailable")

    monkeypatch.setattr("apps.organizations.services.audit_record", boom)
    with pytest.raises(DatabaseError):
        create(nanchang_officer, name="不应留下的公司")
    assert not Organization.objects.filter(name="不应留下的公司").exists()


def test_audit_rows_are_append_only_in_the_application(nanchang_officer):
    org = create(nanchang_officer)
    event = AuditEvent.objects.get(object_type="organizations.Organization", object_id=str(org.pk))
    event.message = "篡改"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(message="篡改")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def test_audit_rows_cannot_be_updated_even_by_raw_sql(nanchang_officer):
    org = create(nanchang_officer)
    event = AuditEvent.objects.get(object_type="organizations.Organization", object_id=str(org.pk))
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET message = 'x' WHERE id = %s", [event.pk])


def test_operation_log_page_filter_and_export(audit_admin, nanchang_officer, province_officer):
    create(nanchang_officer)
    client = client_for(audit_admin)
    page = client.get("/audit/events/", {"actor": "nanchang"}).content.decode()
    assert "organization.create" in page
    export = client.get("/audit/events/", {"export": "xlsx"})
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
    assert client_for(nanchang_officer).get("/audit/events/").status_code == 403
    assert client_for(province_officer).get("/audit/events/").status_code == 200


def test_login_log_is_for_audit_and_security_administrators(audit_admin, sec_admin, sys_admin):
    assert client_for(audit_admin).get("/audit/logins/").status_code == 200
    assert client_for(sec_admin).get("/audit/logins/").status_code == 200
    assert client_for(sys_admin).get("/audit/logins/").status_code == 403
    assert client_for(sys_admin).get("/audit/events/").status_code == 403
