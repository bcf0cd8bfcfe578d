"""The 成交额流向 page: filter, rows per region with totals, order, paging, the workbook that
follows the filter, charts, and each officer's scope."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone

from apps.market import contract_services
from apps.market.choices import ContractStatus
from apps.market.contract_selectors import contract_flow_report
from apps.regions.models import Region
from conftest import client_for

pytestmark = pytest.mark.django_db
YEAR = timezone.localdate().year
URL = "/market/contracts/flows/"


def _registered(seller, buyer, amount, month, no):
    """A registered contract (built as the service builds it) registered mid-`month`."""
    c = contract_services._build(
        actor=None,
        seller=seller,
        buyer=buyer,
        contract_no=no,
        title=f"测试合同{no}",
        kind="development",
        signed_on=dt.date(YEAR, 1, 1),
        total_amount=Decimal(amount),
        tech_amount=Decimal(amount),
    )
    c.status = ContractStatus.REGISTERED
    c.registered_at = dt.datetime(YEAR, month, 15, 10, tzinfo=timezone.get_current_timezone())
    c.registration_no = f"R{no}"
    c.save()
    return c


@pytest.fixture
def flows(orgs_everywhere):
    o = orgs_everywhere
    _registered(o["donghu"], o["ganzhou"], "700000", 3, "F-1")
    _registered(o["donghu"], o["nanchang_zone"], "100000", 5, "F-2")
    _registered(o["ganzhou"], o["jiujiang"], "300000", 6, "F-3")
    return o


def _rows(report):
    return {r.code: (r.out_wan, r.in_wan) for r in report.rows if r.out_amount or r.in_amount}


def test_rows_per_child_with_totals_and_months(flows, province_officer):
    province = Region.objects.get(code="360000")
    report = contract_flow_report(actor=province_officer, region=province, year=YEAR)
    assert _rows(report) == {"360100": (80.0, 10.0), "360700": (30.0, 70.0), "360400": (0, 30.0)}
    assert [r.code for r in report.rows[:3]] == ["360100", "360700", "360400"]  # by 输出额
    assert (report.total.out_wan, report.total.out_count) == (110.0, 3)
    assert (report.total.in_wan, report.within_wan) == (110.0, 110.0)
    assert report.out_by_month[2] == Decimal("700000") and report.months == list(range(1, 13))
    spring = contract_flow_report(
        actor=province_officer, region=province, year=YEAR, month_from=3, month_to=5, sort="net"
    )
    assert spring.months == [3, 4, 5] and spring.total.out_wan == 80.0
    assert spring.rows[0].code == "360700"  # 净流入 +70 first


def test_county_level_folds_zones_and_names_the_city_itself(flows, nanchang_officer):
    nanchang = Region.objects.get(code="360100")
    report = contract_flow_report(
        actor=nanchang_officer, region=nanchang, year=YEAR, level="county"
    )
    assert _rows(report) == {"360102": (80.0, 0), "360100": (0, 10.0)}
    own = next(r for r in report.rows if r.code == "360100")
    assert own.own and len(report.rows) > 5  # every county shown, empty ones too


def test_page_filters_sorts_pages_and_draws_charts(flows, province_officer):
    page = client_for(province_officer).get(
        URL, {"level": "county", "direction": "out", "month_from": 3, "month_to": 5}
    )
    html = page.content.decode()
    assert f"{YEAR}年3–5月" in html and "吸纳额（万元）" not in html
    assert "合计（" in html and "chart-months" in html and "chart-regions" in html
    assert page.context["page"].paginator.count > 20 and len(page.context["page"]) == 20
    assert page.context["page"][0].code == "360102"  # the only seller this spring, first
    bad = client_for(province_officer).get(URL, {"month_from": 5, "month_to": 2})
    assert "截止月份（2月）不能早于起始月份（5月）" in bad.content.decode()
    assert bad.context["report"] is None


def test_workbook_follows_the_filter(flows, province_officer):
    response = client_for(province_officer).get(
        URL, {"direction": "in", "month_from": 5, "month_to": 6, "export": "xlsx"}
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = openpyxl.load_workbook(io.BytesIO(response.content))
    by_region = list(wb["按地区"].values)
    assert by_region[0] == ("地区", "代码", "吸纳额（万元）", "吸纳合同数")
    assert by_region[1][:3] == ("九江市", "360400", 30) and by_region[2][:3] == (
        "南昌市",
        "360100",
        10,
    )
    assert by_region[-1] == ("合计", None, 40, 2)
    assert len(by_region) == 2 + Region.objects.filter(parent_id="360000").count()
    assert list(wb["按月"].values) == [("月份", "吸纳额（万元）"), ("5月", 10), ("6月", 30)]


def test_officers_see_only_their_region(flows, nanchang_officer, county_clerk, ganzhou_officer):
    refused = client_for(nanchang_officer).get(URL, {"region": "360700"})
    assert refused.status_code == 200 and refused.context["report"] is None
    assert "360700 不在您的管辖范围内" in refused.content.decode()
    options = refused.context["form"].fields["region"].choices
    assert {c for c, _ in options} >= {"360100", "360102"} and "360700" not in dict(options)
    mine = client_for(nanchang_officer).get(URL).context["report"]
    assert (mine.total.out_wan, mine.total.in_wan) == (80.0, 10.0)
    clerk = client_for(county_clerk).get(URL).context["report"]
    assert (clerk.region.code, clerk.total.out_wan, clerk.total.in_wan) == ("360423", 0, 30.0)
    assert client_for(county_clerk).get(URL, {"region": "360000"}).context["report"] is None
    export = client_for(county_clerk).get(URL, {"region": "360100", "export": "xlsx"})
    assert "xlsx" not in export.get("Content-Disposition", "")
