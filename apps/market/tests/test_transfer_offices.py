"""Transfer ranking: universities and institutes ranked separately by contracts, value and
money received, with their technology-transfer offices (技术转移机构) and staff; page and PDF."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.market import contract_services, selectors, services
from conftest import _user, client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _registered(actor, officer, seller, buyer, no, total, tech, paid):
    c = contract_services.contract_submit(
        actor=actor,
        seller=seller,
        buyer=buyer,
        contract_no=no,
        title="技术转让合同",
        kind="transfer",
        signed_on=timezone.localdate() - dt.timedelta(days=1),
        total_amount=Decimal(total),
        tech_amount=Decimal(tech),
        paid_amount=Decimal(paid),
    )
    contract_services.contract_register(actor=officer, contract=c)


@pytest.fixture
def ranked(university_user, nanchang_university, nanchang_officer):
    buyer = OrganizationFactory.create(name="测试买方公司", region_id="360702")
    second = OrganizationFactory.create(name="测试第二大学", kind="university", region_id="360102")
    institute = OrganizationFactory.create(
        name="测试材料研究所", kind="institute", region_id="360102"
    )
    second_user = _user("second_user", "university", organization=second)
    institute_user = _user("institute_user", "university", organization=institute)
    # nanchang_university: 1 contract, large value, little received;
    # second: 2 contracts, smaller value, more received.
    _registered(
        university_user,
        nanchang_officer,
        nanchang_university,
        buyer,
        "A-1",
        5_000_000,
        4_000_000,
        100_000,
    )
    _registered(second_user, nanchang_officer, second, buyer, "B-1", 1_000_000, 900_000, 900_000)
    _registered(second_user, nanchang_officer, second, buyer, "B-2", 1_000_000, 900_000, 900_000)
    _registered(
        institute_user, nanchang_officer, institute, buyer, "C-1", 300_000, 300_000, 300_000
    )
    services.transfer_office_save(
        actor=university_user,
        name="南昌测试理工大学技术转移中心",
        established=dt.date(2016, 5, 1),
        staff=12,
        certified_brokers=5,
    )
    return {"first": nanchang_university, "second": second, "institute": institute}


def test_ranked_separately_and_by_each_measure(ranked):
    year = timezone.localdate().year
    unis = selectors.transfer_ranking(year=year, kind="university")
    assert [r["name"] for r in unis] == [ranked["first"].name, ranked["second"].name]
    assert ranked["institute"].name not in [r["name"] for r in unis]
    by_contracts = selectors.transfer_ranking(year=year, kind="university", by="contracts")
    assert [r["name"] for r in by_contracts] == [ranked["second"].name, ranked["first"].name]
    by_received = selectors.transfer_ranking(year=year, kind="university", by="received")
    assert by_received[0]["name"] == ranked["second"].name and by_received[0]["received"] == 180
    institutes = selectors.transfer_ranking(year=year, kind="institute")
    assert [r["name"] for r in institutes] == [ranked["institute"].name]
    office = unis[0]["office"]
    assert office.staff == 12 and office.certified_brokers == 5
    assert unis[1]["office"] is None
    assert selectors.ranking_offices(unis) == {
        "institutions": 2,
        "with_office": 1,
        "staff": 12,
        "brokers": 5,
    }


def test_page_and_pdf_show_offices_and_staff(ranked):
    html = Client().get("/market/ranking/?by=contracts").content.decode()
    assert "南昌测试理工大学技术转移中心" in html and "2016年成立" in html
    assert "的登记合同数排序" in html
    assert "未填报" in html and "专职人员合计 12 人" in html
    assert html.index(ranked["second"].name) < html.index(ranked["first"].name)
    pdf = Client().get("/market/ranking.pdf?by=received")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "%E5%88%B0%E8%B4%A6%E9%87%91%E9%A2%9D" in pdf["Content-Disposition"]  # 到账金额


def test_institution_keeps_its_own_office(university_user):
    client = client_for(university_user)
    assert client.get("/market/office/").status_code == 200
    response = client.post(
        "/market/office/",
        {
            "name": "成果转化办公室",
            "established": "2019-03-01",
            "staff": "3",
            "certified_brokers": "5",
        },
    )
    assert response.status_code == 200
    assert "持证技术经纪人数不能超过专职人员数" in response.content.decode()
    assert selectors.transfer_office_of(actor=university_user) is None
    response = client.post(
        "/market/office/",
        {
            "name": "成果转化办公室",
            "established": "2019-03-01",
            "staff": "6",
            "certified_brokers": "2",
        },
    )
    assert response.status_code == 302
    office = selectors.transfer_office_of(actor=university_user)
    assert office.staff == 6 and office.organization == university_user.organization
    assert AuditEvent.objects.filter(action="transfer_office.create").exists()
    with pytest.raises(ValidationError, match="成立时间不能晚于今天"):
        services.transfer_office_save(
            actor=university_user,
            name="x",
            established=timezone.localdate() + dt.timedelta(days=3),
            staff=1,
            certified_brokers=0,
        )
    assert selectors.transfer_office_of(actor=university_user).name == "成果转化办公室"


@pytest.mark.parametrize("persona", ["enterprise_user", "nanchang_officer"])
def test_others_cannot_keep_an_office(request, persona):
    user = request.getfixturevalue(persona)
    assert client_for(user).get("/market/office/").status_code == 403
    with pytest.raises(AccessDenied):
        services.transfer_office_save(
            actor=user, name="x", established=dt.date(2020, 1, 1), staff=1, certified_brokers=0
        )
