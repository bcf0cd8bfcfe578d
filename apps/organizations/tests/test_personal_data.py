"""Issue 3, items 7 and 8: personal data encrypted at rest, masked everywhere, revealed only
with permission, reason and audit; money and decisions sealed against silent edits."""

from __future__ import annotations

import io
from io import StringIO

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from apps.audit.models import AuditEvent
from apps.core import crypto
from apps.core.masking import find_unmasked, valid_id_number
from apps.organizations.models import Organization, Qualification
from apps.organizations.services import organization_create, qualification_grant
from apps.regions.models import Region
from conftest import client_for
from tests.factories import next_credit_code
from tests.scanner import leaks

pytestmark = pytest.mark.django_db
MOBILE = "13907910123"


@pytest.fixture
def org(nanchang_officer):
    return organization_create(
        actor=nanchang_officer,
        credit_code=next_credit_code("360102"),
        name="个人信息测试公司",
        kind="enterprise",
        region=Region.objects.get(code="360102"),
        contact_name="李雷",
        contact_phone=MOBILE,
        registered_capital="1200.00",
    )


def test_stored_encrypted_with_sm4(org):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT contact_phone FROM organizations_organization WHERE id = %s", [org.pk]
        )
        raw = cursor.fetchone()[0]
    assert raw.startswith(crypto.PREFIX) and MOBILE not in raw
    assert Organization.objects.get(pk=org.pk).contact_phone == MOBILE


def test_masked_in_page_api_and_export(nanchang_officer, org):
    client = client_for(nanchang_officer)
    page = client.get(f"/organizations/{org.pk}/").content.decode()
    assert "139****0123" in page
    api = client.get(f"/api/v1/organizations/{org.pk}/").json()
    assert api["contact_phone"] == "139****0123"
    wb = openpyxl.load_workbook(io.BytesIO(client.get("/organizations/export.xlsx").content))
    values = [c for row in wb.active.iter_rows(values_only=True) for c in row]
    assert "139****0123" in values and MOBILE not in values


def test_reveal_needs_reason_and_is_audited(nanchang_officer, org):
    client = client_for(nanchang_officer)
    assert client.post(f"/organizations/{org.pk}/reveal/", {"reason": ""}).status_code == 400
    response = client.post(f"/organizations/{org.pk}/reveal/", {"reason": "核实申报联系人"})
    assert response.content.decode() == MOBILE
    assert response["Cache-Control"] == "no-store"
    event = AuditEvent.objects.get(action="personal.reveal")
    assert event.actor == nanchang_officer and "核实申报联系人" in event.message


@pytest.mark.parametrize("persona", ["enterprise_user", "ganzhou_officer", "audit_admin"])
def test_others_cannot_reveal(request, persona, org):
    client = client_for(request.getfixturevalue(persona))
    response = client.post(f"/organizations/{org.pk}/reveal/", {"reason": "看看"})
    assert response.status_code in (403, 404)
    assert not AuditEvent.objects.filter(action="personal.reveal", result="success").exists()


def test_directory_readers_never_see_contacts(enterprise_user, org):
    client = client_for(enterprise_user)
    assert "李雷" not in client.get(f"/organizations/{org.pk}/").content.decode()
    assert "contact_phone" not in client.get(f"/api/v1/organizations/{org.pk}/").json()


def test_scanner_catches_leaks():
    class Fake(dict):
        streaming = False
        content = f"<p>{MOBILE}</p><p>110101199003074514</p>".encode()

    response = Fake({"Content-Type": "text/html"})
    assert valid_id_number("110101199003074514")
    assert leaks("/organizations/1/", response) == [MOBILE, "110101199003074514"]
    assert leaks("/organizations/1/reveal/", response) == []
    assert find_unmasked("91360102MA35ABCD43 139****0123 3601021990********") == []


def _integrity() -> tuple[bool, str]:
    out = StringIO()
    try:
        call_command("integrity_verify", stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


def test_amount_changed_behind_the_application_is_found(nanchang_officer, org):
    assert _integrity()[0]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE organizations_organization SET registered_capital = 99999 WHERE id = %s",
            [org.pk],
        )
    ok, text = _integrity()
    assert not ok and f"#{org.pk}" in text


def test_decision_changed_behind_the_application_is_found(province_officer, org):
    import datetime as dt

    from apps.organizations.models import QualificationType

    q = qualification_grant(
        actor=province_officer,
        organization=org,
        type=QualificationType.objects.get(code="high_tech"),
        valid_from=dt.date(2025, 1, 1),
        valid_until=dt.date(2027, 12, 31),
    )
    assert _integrity()[0]
    Qualification.objects.filter(pk=q.pk).update(valid_until=dt.date(2030, 12, 31))
    ok, text = _integrity()
    assert not ok and f"#{q.pk}" in text


def test_anonymous_client_sees_no_personal_data(org):
    assert MOBILE not in Client().get(f"/organizations/{org.pk}/").content.decode()
