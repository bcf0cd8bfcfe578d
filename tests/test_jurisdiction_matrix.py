"""Every scoped page, export and API endpoint × personas at own, child, sibling and parent nodes.

The Nanchang city officer is the subject: 南昌 (own), 东湖区 and 南昌高新区 (children), 赣州 and
九江's 武宁县 (siblings' subtrees), the province (parent). Out of scope must answer 404 — the
same answer as for an id that does not exist — never 403, never data.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

from conftest import client_for

pytestmark = pytest.mark.django_db

OWN = ["nanchang", "donghu", "nanchang_zone"]
OUTSIDE = ["ganzhou", "jiujiang", "province"]


def test_city_officer_sees_own_subtree_only_by_id(nanchang_officer, orgs_everywhere):
    client = client_for(nanchang_officer)
    for key in OWN:
        org = orgs_everywhere[key]
        assert client.get(f"/organizations/{org.pk}/").status_code == 200, key
        assert client.get(f"/api/v1/organizations/{org.pk}/").status_code == 200, key
    for key in OUTSIDE:
        org = orgs_everywhere[key]
        assert client.get(f"/organizations/{org.pk}/").status_code == 404, key
        assert client.get(f"/api/v1/organizations/{org.pk}/").status_code == 404, key
    missing = max(o.pk for o in orgs_everywhere.values()) + 1000
    assert client.get(f"/organizations/{missing}/").status_code == 404
    assert client.get(f"/api/v1/organizations/{missing}/").status_code == 404


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("360100", 200),
        ("360102", 200),
        ("360100Z01", 200),
        ("360700", 404),
        ("360000", 404),
        ("360423", 404),
        ("999999", 404),
    ],
)
def test_city_officer_region_by_page_filter_export_and_api(
    nanchang_officer, orgs_everywhere, code, expected
):
    client = client_for(nanchang_officer)
    assert client.get(f"/regions/{code}/").status_code == expected
    assert client.get(f"/organizations/?region={code}").status_code == expected
    assert client.get(f"/organizations/export.xlsx?region={code}").status_code == expected
    assert client.get(f"/api/v1/organizations/?region={code}").status_code == expected
    assert client.get(f"/api/v1/regions/?parent={code}").status_code == expected
    assert client.get(f"/api/v1/regions/{code}/").status_code == expected


def test_lists_and_exports_hold_only_own_subtree(nanchang_officer, orgs_everywhere):
    client = client_for(nanchang_officer)
    own = {orgs_everywhere[k].credit_code for k in OWN}
    page = client.get("/organizations/?page_size=100").content.decode()
    api = client.get("/api/v1/organizations/?page_size=500").json()
    assert {r["credit_code"] for r in api["results"]} == own
    assert api["count"] == len(own)
    export = openpyxl.load_workbook(io.BytesIO(client.get("/organizations/export.xlsx").content))
    codes = {row[0] for row in export.active.iter_rows(min_row=2, values_only=True)}
    assert codes == own
    for key in OUTSIDE:
        assert orgs_everywhere[key].name not in page


def test_search_cannot_reach_outside(nanchang_officer, orgs_everywhere):
    client = client_for(nanchang_officer)
    ganzhou = orgs_everywhere["ganzhou"]
    for q in (ganzhou.name, ganzhou.credit_code, "赣州"):
        assert client.get("/api/v1/organizations/", {"q": q}).json()["count"] == 0


def test_county_clerk_sees_only_own_county(county_clerk, orgs_everywhere):
    client = client_for(county_clerk)
    api = client.get("/api/v1/organizations/").json()
    assert [r["credit_code"] for r in api["results"]] == [orgs_everywhere["jiujiang"].credit_code]
    assert client.get("/regions/360400/").status_code == 404  # parent city
    assert client.get("/regions/360423/").status_code == 200


def test_child_officer_cannot_see_parent_city(donghu_officer, orgs_everywhere):
    client = client_for(donghu_officer)
    assert client.get(f"/organizations/{orgs_everywhere['nanchang'].pk}/").status_code == 404
    assert client.get(f"/organizations/{orgs_everywhere['donghu'].pk}/").status_code == 200
    assert client.get("/regions/360100/").status_code == 404


def test_province_officer_sees_everything(province_officer, orgs_everywhere):
    client = client_for(province_officer)
    for org in orgs_everywhere.values():
        assert client.get(f"/organizations/{org.pk}/").status_code == 200
    for code in ("360000", "360100", "360700", "360423"):
        assert client.get(f"/regions/{code}/").status_code == 200


def test_directory_readers_see_public_fields_only(enterprise_user, orgs_everywhere):
    client = client_for(enterprise_user)
    other = orgs_everywhere["ganzhou"]
    other.address = "赣州市某路1号-内部地址"
    other.save()
    detail = client.get(f"/api/v1/organizations/{other.pk}/").json()
    assert "address" not in detail
    page = client.get(f"/organizations/{other.pk}/").content.decode()
    assert "内部地址" not in page
    assert client.get("/regions/360700/").status_code == 403  # no overview pages at all
    export = openpyxl.load_workbook(io.BytesIO(client.get("/organizations/export.xlsx").content))
    headers = [c.value for c in next(export.active.iter_rows(max_row=1))]
    assert "地址" not in headers


@pytest.mark.parametrize("persona", ["sys_admin", "sec_admin", "audit_admin"])
def test_administrators_see_no_business_data(request, persona, orgs_everywhere):
    client = client_for(request.getfixturevalue(persona))
    assert client.get("/api/v1/organizations/").status_code == 403
    assert client.get(f"/organizations/{orgs_everywhere['nanchang'].pk}/").status_code == 403


def test_anonymous_gets_nothing(client, orgs_everywhere):
    assert client.get("/organizations/").status_code == 302
    assert client.get("/api/v1/organizations/").status_code in (401, 403)
    assert client.get(f"/api/v1/organizations/{orgs_everywhere['nanchang'].pk}/").status_code in (
        401,
        403,
    )


def test_out_of_scope_probe_is_audited_as_refused(nanchang_officer, orgs_everywhere):
    from apps.audit.models import AuditEvent

    client = client_for(nanchang_officer)
    client.get(f"/organizations/{orgs_everywhere['ganzhou'].pk}/")
    client.get("/organizations/99999999/")  # missing: nothing to record
    refused = AuditEvent.objects.filter(actor=nanchang_officer, result="refused")
    assert refused.count() == 1
    assert refused.get().object_id == str(orgs_everywhere["ganzhou"].pk)
