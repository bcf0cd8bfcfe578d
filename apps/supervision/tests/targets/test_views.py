"""Supervision pages: each level sees its own node and below, never a sibling's; exports,
cascade errors on the page, and early warnings."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

import openpyxl
import pytest

from apps.notices.models import Notice
from apps.regions.models import Region
from apps.supervision.models import Indicator, Target
from apps.supervision.services import target_warnings_send, targets_cascade
from conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def cascaded(province_target: Target, province_officer: Any, registry: Any) -> list[Target]:
    return targets_cascade(
        actor=province_officer,
        parent=province_target,
        values={"360100": Decimal(6), "360700": Decimal(4)},
    )


def test_province_cockpit_ranks_cities(province_officer: Any, cascaded: list[Target]) -> None:
    page = client_for(province_officer).get("/supervision/cockpit/?year=2026")
    assert page.status_code == 200
    html = page.content.decode()
    assert "有效期内高新技术企业数" in html and 'data-testid="ranking"' in html
    assert "南昌市" in html and "赣州市" in html


def test_city_sees_own_cockpit_not_a_sibling(
    nanchang_officer: Any, ganzhou_officer: Any, cascaded: list[Target]
) -> None:
    client = client_for(nanchang_officer)
    assert client.get("/supervision/cockpit/?year=2026").status_code == 200
    assert client.get("/supervision/cockpit/360700/").status_code == 404
    assert client.get("/supervision/cockpit/360000/").status_code == 404
    ganzhou_target = next(t for t in cascaded if t.region_id == "360700")
    assert client.get(f"/supervision/targets/{ganzhou_target.pk}/").status_code == 404
    listing = client.get("/supervision/targets/?year=2026").content.decode()
    assert "南昌市" in listing and "赣州市" not in listing
    assert (
        client_for(ganzhou_officer).get(f"/supervision/targets/{ganzhou_target.pk}/").status_code
        == 200
    )


@pytest.mark.parametrize("who", ["enterprise_user", "expert_user", "sys_admin", "outsider"])
def test_non_officers_are_refused(who: str, request: pytest.FixtureRequest) -> None:
    user = request.getfixturevalue(who)
    assert client_for(user).get("/supervision/cockpit/").status_code == 403
    assert client_for(user).get("/supervision/targets/").status_code == 403


def test_export_is_the_filtered_list(province_officer: Any, cascaded: list[Target]) -> None:
    response = client_for(province_officer).get("/supervision/targets/?year=2026&export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("年度", "地区", "指标")
    assert {r[1] for r in rows[1:]} == {"江西省", "南昌市", "赣州市"}


def test_cascade_page_shows_the_shortfall_and_keeps_nothing(
    province_officer: Any, province_target: Target
) -> None:
    response = client_for(province_officer).post(
        f"/supervision/targets/{province_target.pk}/",
        {"mode": "values", "r_360100": "3", "r_360700": "2"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "还差 5家" in html
    assert not Target.objects.filter(parent=province_target).exists()


def test_target_form_lists_missing_fields(nanchang_officer: Any, high_tech: Indicator) -> None:
    response = client_for(nanchang_officer).post("/supervision/targets/new/", {"year": "2026"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("该字段是必填项") >= 2  # indicator and value, at once


def test_warnings_go_once_to_the_lagging_region(
    cascaded: list[Target], nanchang_officer: Any, ganzhou_officer: Any
) -> None:
    # 南昌: 3 of 6 on 30 June (50 %) is on track; 赣州: 1 of 4 (25 %) is at risk.
    day = dt.date(2026, 6, 30)
    assert target_warnings_send(as_of=day) == 1
    assert target_warnings_send(as_of=day) == 0
    notice = Notice.objects.get()
    assert notice.recipient == ganzhou_officer and "进度预警" in notice.title


def test_indicator_library_is_kept_by_the_province(
    province_officer: Any, nanchang_officer: Any
) -> None:
    data = {
        "code": "platforms",
        "name": "新增国家级平台载体",
        "unit": "个",
        "direction": "higher",
        "frequency": "yearly",
        "source": "reported",
        "aggregation": "sum",
        "sort_order": "1",
        "is_active": "on",
    }
    assert (
        client_for(nanchang_officer).post("/supervision/indicators/new/", data).status_code == 403
    )
    bad = client_for(province_officer).post("/supervision/indicators/new/", {**data, "unit": "坨"})
    assert "无法识别的单位“坨”" in bad.content.decode()
    ok = client_for(province_officer).post("/supervision/indicators/new/", data)
    assert ok.status_code == 302 and Indicator.objects.filter(code="platforms").exists()


def test_region_tree_is_the_cascade_scope() -> None:
    assert Region.objects.filter(parent_id="360000", level="city").count() == 11


def test_cockpit_shows_the_ledger_status(
    nanchang_officer: Any, cascaded: list[Target], ganzhou_officer: Any
) -> None:
    from apps.ledger.models import LedgerTask, Plan

    plan = Plan.objects.create(
        title="2026年工作要点", year=2026, region_id="360100", created_by=nanchang_officer
    )
    LedgerTask.objects.create(plan=plan, region_id="360100", title="任务一", status="overdue")
    LedgerTask.objects.create(plan=plan, region_id="360100", title="任务二", status="done")
    html = client_for(nanchang_officer).get("/supervision/cockpit/?year=2026").content.decode()
    assert 'data-testid="ledger-status"' in html and "逾期" in html
    other = client_for(ganzhou_officer).get("/supervision/cockpit/?year=2026").content.decode()
    assert 'data-testid="ledger-status"' not in other


def test_list_pages_in_sql_and_agrees_with_the_status_filter(
    province_officer: Any, cascaded: list[Target], django_assert_max_num_queries: Any
) -> None:
    """Unfiltered, the list assesses only its page; filtered by status, every target. Both
    show the same rows in the same order, and the export stays the whole list."""
    client = client_for(province_officer)
    with django_assert_max_num_queries(30):
        plain = client.get("/supervision/targets/?year=2026")
    assert plain.status_code == 200
    page = plain.context["page"]
    names = [row.region.name for row in page.object_list]
    assert names == ["江西省", "南昌市", "赣州市"] and page.paginator.count == 3
    status = page.object_list[0].status.value
    filtered = client.get(f"/supervision/targets/?year=2026&status={status}").context["page"]
    assert [r.region.name for r in filtered.object_list] == [
        r.region.name for r in page.object_list if r.status.value == status
    ]
    cockpit = client.get("/supervision/cockpit/?year=2026&export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(cockpit.content)).active
    assert sheet is not None
    regions = [r[1] for r in list(sheet.iter_rows(values_only=True))[1:]]
    assert regions == ["江西省", "南昌市", "赣州市"]  # own row first, then those below


def test_export_rounds_figures_as_the_pages_print_them(contracts: Indicator) -> None:
    """技术合同成交额 is yuan divided into 亿元: the page printed 1.1961 and the Excel
    1.1961171413."""
    from types import SimpleNamespace

    from apps.supervision.choices import ProgressStatus
    from apps.supervision.views.common import export_row

    target = Target(
        indicator=contracts, region_id="360100", year=2026, value=Decimal("0.84"), kind="increment"
    )
    row = SimpleNamespace(
        target=target,
        actual=Decimal("1.1961171413"),
        completion_pct=142.4,
        assessment=SimpleNamespace(expected=0.921),
        status=ProgressStatus.DONE,
        children_total=Decimal("0.83999999"),
    )
    cells = export_row(row)  # type: ignore[arg-type]
    assert cells[5:7] == [0.84, 1.1961] and cells[10] == 0.84


def test_the_review_buttons_show_exactly_where_the_service_allows_a_review(
    contracts: Indicator, nanchang_officer: Any, province_officer: Any, ganzhou_officer: Any
) -> None:
    """The reports page asks the same rule as `reported_value_review` (policies.may_review):
    the level above sees the buttons; the reporter and a sibling city do not."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from apps.supervision.services import reported_value_submit

    reported_value_submit(
        actor=nanchang_officer,
        indicator=contracts,
        region=Region.objects.get(code="360100"),
        year=2026,
        as_of=dt.date(2026, 6, 30),
        value=Decimal("55.5"),
        evidence=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%test\n"),
    )
    for officer, shown in ((province_officer, True), (nanchang_officer, False)):
        page = client_for(officer).get("/supervision/reports/").content.decode()
        assert "55.5" in page
        assert ('value="accept"' in page) is shown
    assert "55.5" not in client_for(ganzhou_officer).get("/supervision/reports/").content.decode()
