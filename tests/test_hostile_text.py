"""HTML, SQL, full-width and emoji payloads in every Chinese text field that pages and Excel
render: escaped on pages, stored and exported as plain text (never markup, never formulas)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from apps.organizations.models import IndustrialChain
from conftest import client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE organizations_organization; --",
    "＜ｓｃｒｉｐｔ＞全角",
    "🚀🔥科技",
    "=cmd|' /C calc'!A0",
    "长" * 300,
]
FIELDS = ["name", "address", "contact_name"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_organisation_fields(nanchang_officer, payload):
    org = OrganizationFactory.create(
        region_id="360102", name=payload[:200], address=payload[:300], contact_name=payload[:50]
    )
    chain = IndustrialChain.objects.create(code="evil", name=payload[:40])
    org.chains.add(chain)
    client = client_for(nanchang_officer)
    for url in (f"/organizations/{org.pk}/", "/organizations/?page_size=100"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
    api = client.get(f"/api/v1/organizations/{org.pk}/").json()
    assert api["name"] == payload[:200] and api["address"] == payload[:300]
    export = client.get("/organizations/export.xlsx").content
    with zipfile.ZipFile(io.BytesIO(export)) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")
    rows = list(openpyxl.load_workbook(io.BytesIO(export)).active.iter_rows(values_only=True))
    assert any(r[1] == payload[:200] for r in rows)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_payloads_in_user_display_names(sec_admin, nanchang_officer, payload):
    nanchang_officer.display_name = payload[:50]
    nanchang_officer.save()
    html = client_for(nanchang_officer).get("/organizations/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    listing = client_for(sec_admin).get("/accounts/users/").content.decode()
    assert "<script>alert" not in listing
