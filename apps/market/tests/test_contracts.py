"""Technical contract registration: checks, registration numbers, API, import, turnover."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.utils import timezone

from apps.accounts.permissions import AccessDenied
from apps.accounts.services import api_token_issue
from apps.audit.models import AuditEvent
from apps.market import contract_services, imports
from apps.market.models import TechContract
from apps.market.selectors import contract_turnover
from conftest import client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


@pytest.fixture
def buyer(db):
    return OrganizationFactory.create(name="赣州测试稀土材料有限公司", region_id="360702")


def submit(actor, seller, buyer, **fields):
    data = {
        "contract_no": "JS2026-001",
        "title": "稀土永磁材料技术开发合同",
        "kind": "development",
        "signed_on": TODAY - dt.timedelta(days=10),
        "total_amount": Decimal("800000"),
        "tech_amount": Decimal("700000"),
        "paid_amount": Decimal("200000"),
    }
    data.update(fields)
    return contract_services.contract_submit(actor=actor, seller=seller, buyer=buyer, **data)


def test_submit_and_register_issues_a_number(
    university_user, nanchang_university, buyer, nanchang_officer
):
    c = submit(university_user, nanchang_university, buyer)
    assert c.status == "submitted" and c.flags == [] and c.seller_region_id == "360102"
    done = contract_services.contract_register(actor=nanchang_officer, contract=c)
    year = timezone.localtime().year
    assert done.registration_no == f"{year}360102000001"
    second = submit(university_user, nanchang_university, buyer, contract_no="JS2026-002")
    assert contract_services.contract_register(
        actor=nanchang_officer, contract=second
    ).registration_no.endswith("000002")
    actions = set(
        AuditEvent.objects.filter(object_type="market.TechContract").values_list(
            "action", flat=True
        )
    )
    assert actions == {"contract.submit", "contract.register"}


def test_only_the_office_over_the_seller_registers(
    university_user, nanchang_university, buyer, ganzhou_officer
):
    c = submit(university_user, nanchang_university, buyer)
    with pytest.raises(AccessDenied):
        contract_services.contract_register(actor=ganzhou_officer, contract=c)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"tech_amount": Decimal("900000")}, "tech_amount", "大于合同总金额"),
        ({"paid_amount": Decimal("900000")}, "paid_amount", "大于合同总金额"),
        ({"total_amount": Decimal("0")}, "total_amount", "应大于零"),
        (
            {"total_amount": Decimal("20000000000"), "tech_amount": Decimal("1")},
            "total_amount",
            "100亿",
        ),
        ({"signed_on": TODAY + dt.timedelta(days=3)}, "signed_on", "不能晚于今天"),
    ],
)
def test_amounts_that_do_not_add_up_are_refused(
    university_user, nanchang_university, buyer, fields, field, words
):
    with pytest.raises(ValidationError) as exc:
        submit(university_user, nanchang_university, buyer, **fields)
    assert words in " ".join(exc.value.message_dict[field])
    assert TechContract.objects.count() == 0


def test_buyer_and_seller_must_differ(university_user, nanchang_university):
    with pytest.raises(ValidationError) as exc:
        submit(university_user, nanchang_university, nanchang_university)
    assert "同一机构" in exc.value.message_dict["buyer"][0]


def test_markup_in_a_contract_is_refused_on_the_form_and_in_an_import(
    university_user, nanchang_university, buyer
):
    with pytest.raises(ValidationError) as exc:
        submit(university_user, nanchang_university, buyer, title="<b>稀土</b>技术开发合同")
    assert "HTML" in exc.value.message_dict["title"][0]
    row = [
        "X-9",
        "<script>alert(1)</script>技术开发合同",
        "技术开发",
        nanchang_university.credit_code,
        buyer.credit_code,
        "",
        "",
        (TODAY - dt.timedelta(days=5)).isoformat(),
        100000,
        90000,
        0,
    ]
    job = _import(university_user, [row])
    assert job.status == "failed"
    assert {(e["row"], e["column"]) for e in job.result["errors"]} == {(2, "合同名称")}
    assert TechContract.objects.count() == 0


def test_the_same_contract_cannot_be_registered_twice(university_user, nanchang_university, buyer):
    submit(university_user, nanchang_university, buyer)
    with pytest.raises(ValidationError) as exc:
        submit(university_user, nanchang_university, buyer)
    assert "不能重复登记" in exc.value.message_dict["contract_no"][0]
    assert TechContract.objects.count() == 1


def test_only_a_party_may_submit(enterprise_user, nanchang_university, buyer):
    with pytest.raises(AccessDenied):
        submit(enterprise_user, nanchang_university, buyer)


def test_split_large_and_foreign_contracts_are_flagged(university_user, nanchang_university, buyer):
    submit(
        university_user,
        nanchang_university,
        buyer,
        total_amount=Decimal("600000"),
        tech_amount=Decimal("600000"),
    )
    split = submit(
        university_user,
        nanchang_university,
        buyer,
        contract_no="JS2026-009",
        total_amount=Decimal("500000"),
        tech_amount=Decimal("500000"),
        paid_amount=Decimal(0),
    )
    assert any(f.startswith("疑似拆分合同") for f in split.flags)
    large = submit(
        university_user,
        nanchang_university,
        buyer,
        contract_no="JS2026-100",
        total_amount=Decimal("12000000"),
        tech_amount=Decimal("10000000"),
    )
    assert any(f.startswith("大额合同") for f in large.flags)
    foreign = submit(
        university_user,
        nanchang_university,
        None,
        contract_no="JS2026-200",
        buyer_name="Muster GmbH",
        buyer_country="德国",
    )
    assert any(f.startswith("涉外合同") for f in foreign.flags)


def test_api_registers_for_its_parties_with_token(university_user, nanchang_university, buyer):
    _, key = api_token_issue(user=university_user)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    payload = {
        "contract_no": "API-1",
        "title": "锂电池回收技术服务合同",
        "kind": "service",
        "seller": nanchang_university.credit_code,
        "buyer": buyer.credit_code,
        "signed_on": (TODAY - dt.timedelta(days=2)).isoformat(),
        "total_amount": "100000.00",
        "tech_amount": "90000.00",
        "paid_amount": "0",
    }
    created = api.post("/api/v1/market/contracts/", payload, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "submitted" and body["seller_region"] == "360102"
    again = api.post("/api/v1/market/contracts/", payload, content_type="application/json")
    assert again.status_code == 400 and "contract_no" in again.json()["errors"]
    bad = api.post(
        "/api/v1/market/contracts/",
        {**payload, "contract_no": "API-2", "tech_amount": "200000"},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "金额不符" in bad.json()["errors"]["tech_amount"][0]
    assert Client().post(
        "/api/v1/market/contracts/", payload, content_type="application/json"
    ).status_code in (401, 403)
    listed = api.get("/api/v1/market/contracts/").json()
    assert listed["count"] == 1


def test_buyer_sees_the_contract_and_others_do_not(
    university_user, nanchang_university, outsider, nanchang_officer
):
    buyer_org = outsider.organization
    c = submit(university_user, nanchang_university, buyer_org)
    assert client_for(outsider).get(f"/market/contracts/{c.pk}/").status_code == 200
    other = OrganizationFactory.create(name="其他测试公司", region_id="360702")
    from apps.accounts.services import user_create

    stranger = user_create(
        actor=None,
        username="stranger",
        password="Test@2026pass",
        role="enterprise",
        organization=other,
    )
    assert client_for(stranger).get(f"/market/contracts/{c.pk}/").status_code == 404
    assert client_for(nanchang_officer).get(f"/market/contracts/{c.pk}/").status_code == 200


def test_contract_turnover_by_county_and_side(
    university_user, nanchang_university, buyer, nanchang_officer, province_officer
):
    c1 = submit(university_user, nanchang_university, buyer)
    contract_services.contract_register(actor=nanchang_officer, contract=c1)
    submit(university_user, nanchang_university, buyer, contract_no="not-registered")
    year = timezone.localtime().year
    today = timezone.localdate()
    assert contract_turnover(year=year, until=today) == {"360102": Decimal("700000.00")}
    assert contract_turnover(year=year, until=today, side="buyer") == {
        "360702": Decimal("700000.00")
    }
    assert contract_turnover(year=year, until=today, region_codes=["360700"]) == {}
    assert contract_turnover(year=year, until=today, region_codes=["360100"]) == {
        "360102": Decimal("700000.00")
    }
    assert contract_turnover(year=year - 1, until=today) == {}
    assert contract_turnover(year=year, until=dt.date(year, 1, 1) - dt.timedelta(days=1)) == {}
    page = client_for(nanchang_officer).get("/market/contracts/flows/").content.decode()
    assert "70.00 万元" in page


def _workbook(rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = imports.SHEET
    ws.append(imports.HEADERS)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return SimpleUploadedFile("合同.xlsx", buf.getvalue())


def _import(user, rows):
    from apps.jobs.models import Job

    with TestCase.captureOnCommitCallbacks(execute=True):
        client_for(user).post("/market/contracts/import/", {"file": _workbook(rows)})
    return Job.objects.filter(kind="market.contracts_import").latest("created_at")


def test_import_is_all_or_nothing_with_row_and_column_errors(
    university_user, nanchang_university, buyer
):
    signed = (TODAY - dt.timedelta(days=5)).isoformat()
    good = [
        "X-1",
        "技术开发合同",
        "技术开发",
        nanchang_university.credit_code,
        buyer.credit_code,
        "",
        "",
        signed,
        100000,
        90000,
        0,
    ]
    bad_sum = [
        "X-2",
        "技术服务合同",
        "技术服务",
        nanchang_university.credit_code,
        buyer.credit_code,
        "",
        "",
        signed,
        100000,
        190000,
        0,
    ]
    repeated = list(good)
    job = _import(university_user, [good, bad_sum, repeated])
    assert job.status == "failed"
    errors = {(e["row"], e["column"]) for e in job.result["errors"]}
    assert (3, "技术交易额（元）") in errors and (4, "合同编号") in errors
    # the repeat is named as a repeat of row 2, not as a contract already submitted
    repeat = next(e["message"] for e in job.result["errors"] if e["row"] == 4)
    assert "与本文件第 2 行重复" in repeat and "已提交登记" not in repeat
    assert TechContract.objects.count() == 0
    job = _import(university_user, [good])
    assert job.status == "succeeded", job.log
    assert TechContract.objects.count() == 1
    # The job page speaks of contracts, not of the organisation registry's import.
    page = client_for(university_user).get(f"/jobs/{job.pk}/").content.decode()
    assert "导入成功：提交 1 份合同" in page and "/market/contracts/?status=submitted" in page
    assert "个机构" not in page


def test_import_template_downloads(university_user):
    response = client_for(university_user).get("/market/contracts/import/template.xlsx")
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")


def _turnover_indicator():
    from apps.supervision.models import Indicator
    from apps.supervision.services import indicator_save

    return indicator_save(
        actor=None,
        indicator=Indicator(
            code="turnover",
            name="技术合同成交额",
            unit="亿元",
            source="computed",
            computation="contract_turnover",
        ),
    )


def test_registered_contracts_feed_the_turnover_indicator(
    university_user, nanchang_university, buyer, nanchang_officer
):
    """技术合同成交额 in the targets module follows registrations at once, in 亿元, rolled up."""
    from django.test import TestCase as DjangoTestCase

    from apps.supervision.selectors import actual_values

    indicator = _turnover_indicator()
    year, today = timezone.localtime().year, timezone.localdate()
    assert actual_values(indicator, year=year, as_of=today) == {}
    with DjangoTestCase.captureOnCommitCallbacks(execute=True):
        contract_services.contract_register(
            actor=nanchang_officer, contract=submit(university_user, nanchang_university, buyer)
        )
    values = actual_values(indicator, year=year, as_of=today)
    assert values["360102"] == values["360100"] == values["360000"] == Decimal("0.007")
    drill = client_for(nanchang_officer).get("/market/contracts/?status=registered&region=360102")
    assert "稀土永磁材料技术开发合同" in drill.content.decode()


def test_the_export_names_the_regions(university_user, nanchang_university, buyer):
    submit(university_user, nanchang_university, buyer)
    book = client_for(university_user).get("/market/contracts/?export=xlsx")
    rows = list(openpyxl.load_workbook(io.BytesIO(book.content)).active.iter_rows(values_only=True))
    header = rows[0]
    line = dict(zip(header, rows[1], strict=True))
    assert line["卖方地区"] == "东湖区（360102）" and line["买方地区"] == "章贡区（360702）"
    assert line["技术交易额（元）"] == 700000
    page = client_for(university_user).get("/market/contracts/").content.decode()
    assert "700,000.00" in page  # grouped like the contract page, not 700000.00


def test_a_zone_seller_counts_in_the_zone_for_the_turnover_indicator(
    university_user, nanchang_university, buyer, nanchang_officer
):
    """A seller in 南昌高新区 (a zone under the city) counts in the zone's own target and in
    the city's, as every other computed source does; the market's own county statistics still
    fold the zone into the city. Before, the zone's 技术合同成交额 read 0 all year (预警)
    while its contracts were counted in the city only."""
    from django.test import TestCase as DjangoTestCase

    from apps.supervision.selectors import actual_values

    nanchang_university.region_id = "360100Z01"  # 南昌高新技术产业开发区
    nanchang_university.save(update_fields=["region"])
    indicator = _turnover_indicator()
    year, today = timezone.localtime().year, timezone.localdate()
    with DjangoTestCase.captureOnCommitCallbacks(execute=True):
        contract_services.contract_register(
            actor=nanchang_officer, contract=submit(university_user, nanchang_university, buyer)
        )
    values = actual_values(indicator, year=year, as_of=today)
    assert values["360100Z01"] == values["360100"] == values["360000"] == Decimal("0.007")
    assert "360102" not in values
    assert contract_turnover(year=year, until=today) == {"360100": Decimal("700000.00")}
    drill = client_for(nanchang_officer).get(
        "/market/contracts/?status=registered&region=360100Z01"
    )
    assert "稀土永磁材料技术开发合同" in drill.content.decode()


def test_an_over_long_contract_title_in_an_import_is_refused_by_row_and_column(
    university_user, nanchang_university, buyer
):
    """合同名称 was cut to 200 characters on import."""
    signed = (TODAY - dt.timedelta(days=5)).isoformat()
    title = "稀土永磁材料技术开发合同" * 17  # 204 characters
    row = ["X-9", title, "技术开发", nanchang_university.credit_code, buyer.credit_code]
    job = _import(university_user, [[*row, "", "", signed, 100000, 90000, 0]])
    assert job.status == "failed" and TechContract.objects.count() == 0
    assert {"row": 2, "column": "合同名称", "message": "「合同名称」最多200字，现为204字。"} in (
        job.result["errors"]
    )


def test_an_over_long_registration_note_is_refused_not_cut(
    university_user, nanchang_university, buyer, nanchang_officer
):
    c = submit(university_user, nanchang_university, buyer)
    with pytest.raises(ValidationError) as caught:
        contract_services.contract_reject(actor=nanchang_officer, contract=c, note="缺" * 501)
    assert caught.value.message_dict["review_note"] == ["「审查意见」最多500字，现为501字。"]
    c.refresh_from_db()
    assert c.status == "submitted" and c.review_note == ""
