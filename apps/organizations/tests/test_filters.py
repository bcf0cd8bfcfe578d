"""Filtering by region, chain, qualification (valid on a date), size and kind; paging; export."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.organizations.models import IndustrialChain
from conftest import client_for
from tests.factories import OrganizationFactory, QualificationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    a = OrganizationFactory.create(name="甲稀土公司", region_id="360102", size="medium")
    b = OrganizationFactory.create(name="乙电子公司", region_id="360111", size="small")
    c = OrganizationFactory.create(name="丙大学", region_id="360102", kind="university", size="")
    a.chains.set([IndustrialChain.objects.get(code="rare_earth")])
    b.chains.set([IndustrialChain.objects.get(code="electronics")])
    QualificationFactory.create(
        organization=a,
        type_id="high_tech",
        valid_from=dt.date(2020, 1, 1),
        valid_until=dt.date(2022, 12, 31),
    )
    QualificationFactory.create(
        organization=b, type_id="high_tech", valid_from=dt.date(2023, 1, 1), valid_until=None
    )
    return {"a": a, "b": b, "c": c}


def names(client, **params):
    data = client.get("/api/v1/organizations/", params).json()
    return sorted(r["name"] for r in data["results"])


def test_filters(nanchang_officer, registry):
    client = client_for(nanchang_officer)
    assert names(client, region="360102") == ["丙大学", "甲稀土公司"]
    assert names(client, chain="rare_earth") == ["甲稀土公司"]
    assert names(client, qualification="high_tech") == ["乙电子公司"]
    assert names(client, qualification="high_tech", on="2021-06-30") == ["甲稀土公司"]
    assert names(client, size="small") == ["乙电子公司"]
    assert names(client, kind="university") == ["丙大学"]
    assert names(client, region="360102", kind="enterprise") == ["甲稀土公司"]


def test_bad_filter_values_answer_400_not_500(nanchang_officer, registry):
    client = client_for(nanchang_officer)
    assert client.get("/api/v1/organizations/", {"size": "huge"}).status_code == 400
    assert client.get("/api/v1/organizations/", {"on": "yesterday"}).status_code == 400
    page = client.get("/organizations/", {"size": "huge"})
    assert page.status_code == 200
    assert "筛选条件有误" in page.content.decode()


def test_paging(nanchang_officer):
    for i in range(25):
        OrganizationFactory.create(name=f"分页测试{i:02d}", region_id="360102")
    client = client_for(nanchang_officer)
    first = client.get("/api/v1/organizations/", {"page_size": 10}).json()
    assert first["count"] == 25 and len(first["results"]) == 10
    third = client.get("/api/v1/organizations/", {"page_size": 10, "page": 3}).json()
    assert len(third["results"]) == 5
    page = client.get("/organizations/?page=2&page_size=20").content.decode()
    assert "共 25 条，第 2 / 2 页" in page


def test_export_is_exactly_the_filtered_list(nanchang_officer, registry):
    client = client_for(nanchang_officer)
    content = client.get("/organizations/export.xlsx", {"region": "360102", "kind": "enterprise"})
    assert content["Content-Disposition"].startswith("attachment;")
    wb = openpyxl.load_workbook(io.BytesIO(content.content))
    rows = list(wb.active.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["甲稀土公司"]


def test_htmx_request_gets_the_table_only(nanchang_officer, registry):
    client = client_for(nanchang_officer)
    response = client.get("/organizations/", {"q": "稀土"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "甲稀土公司" in body and "<html" not in body


def test_detail_shows_timeline(nanchang_officer, registry):
    body = client_for(nanchang_officer).get(f"/organizations/{registry['a'].pk}/").content.decode()
    assert "资质与培育库历程" in body and "2020-01-01 至 2022-12-31" in body


def test_system_administrator_keeps_the_dictionaries(sys_admin, nanchang_officer):
    from apps.audit.models import AuditEvent

    client = client_for(sys_admin)
    assert client.get("/organizations/dictionaries/").status_code == 200
    response = client.post(
        "/organizations/dictionaries/",
        {"kind": "chain", "code": "hydrogen", "name": "氢能", "is_active": "on"},
    )
    assert response.status_code == 302
    assert IndustrialChain.objects.get(code="hydrogen").name == "氢能"
    client.post(
        "/organizations/dictionaries/", {"kind": "chain", "code": "hydrogen", "name": "氢能"}
    )
    assert not IndustrialChain.objects.get(code="hydrogen").is_active
    assert AuditEvent.objects.filter(action="dictionary.chain.save").count() == 2
    assert client_for(nanchang_officer).get("/organizations/dictionaries/").status_code == 403


@pytest.mark.parametrize(
    ("persona", "url"),
    [
        ("nanchang_officer", "/jobs/"),
        ("sec_admin", "/accounts/users/"),
        ("sec_admin", "/accounts/online/"),
        ("sec_admin", "/audit/alerts/"),
        ("audit_admin", "/audit/events/"),
        ("audit_admin", "/audit/logins/"),
    ],
)
def test_every_list_exports_to_excel(request, persona, url):
    client = client_for(request.getfixturevalue(persona))
    response = client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    openpyxl.load_workbook(io.BytesIO(response.content))


def test_english_switch(nanchang_officer):
    client = client_for(nanchang_officer)
    client.post("/i18n/setlang/", {"language": "en", "next": "/organizations/"})
    page = client.get("/organizations/").content.decode()
    assert "Registry" in page and "Sign out" in page


def test_overview_figures_are_cached_and_refreshed_on_write(nanchang_officer, registry):
    from django.test import TestCase

    from apps.organizations.selectors import registry_stats
    from apps.organizations.services import organization_create
    from apps.regions.models import Region
    from tests.factories import next_credit_code

    nanchang = Region.objects.get(code="360100")
    day = dt.date(2026, 6, 30)
    first = registry_stats(actor=nanchang_officer, region=nanchang, day=day)
    assert first["total"] == 3
    OrganizationFactory.create(region_id="360102")  # bypasses the services: still cached
    assert registry_stats(actor=nanchang_officer, region=nanchang, day=day)["total"] == 3
    with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
        organization_create(
            actor=nanchang_officer,
            credit_code=next_credit_code("360102"),
            name="缓存测试公司",
            kind="enterprise",
            region=Region.objects.get(code="360102"),
        )
    assert len(callbacks) == 1  # the write bumps the registry version on commit
    assert registry_stats(actor=nanchang_officer, region=nanchang, day=day)["total"] == 5


def test_list_counts_are_remembered_until_the_registry_changes(nanchang_officer, registry):
    from django.test import TestCase

    from apps.organizations.services import organization_create
    from apps.regions.models import Region
    from tests.factories import next_credit_code

    client = client_for(nanchang_officer)
    assert client.get("/api/v1/organizations/").json()["count"] == 3
    OrganizationFactory.create(region_id="360102")  # behind the services' back: not seen yet
    assert client.get("/api/v1/organizations/").json()["count"] == 3
    with TestCase.captureOnCommitCallbacks(execute=True):
        organization_create(
            actor=nanchang_officer,
            credit_code=next_credit_code("360102"),
            name="计数测试公司",
            kind="enterprise",
            region=Region.objects.get(code="360102"),
        )
    assert client.get("/api/v1/organizations/").json()["count"] == 5
    assert "共 5 条" in client.get("/organizations/").content.decode()
