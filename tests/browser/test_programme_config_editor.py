"""In chromium: the province edits a programme type's configuration in tables (no JSON), adds a
field and a scoring item, sees a wrong value named in Chinese with nothing typed lost, and
saves a new version that a new call would use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.programmes.models import ProgrammeType
from apps.programmes.tests.conftest import make_call
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_edits_the_form_and_scoring_sheet_in_tables(
    live_server, page: Page, province_officer
):
    base = live_server.url
    call = make_call("editor-2026")
    ptype = ProgrammeType.objects.get(pk=call.programme_type_id)
    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/types/{ptype.code}/")
    expect(page.locator("[data-config-tab=form]")).to_be_visible()
    expect(page.locator("#config-json")).to_be_hidden()  # the JSON is one tab among others

    section = page.locator("[data-config-pane=form] [data-config-card]").first
    section.get_by_role("button", name="添加字段").click()
    row = section.locator("[data-config-row]").last
    row.get_by_label("字段名称").fill("有效发明专利数（件）")
    row.get_by_label("编码").fill("patents")
    row.get_by_label("类型").select_option("number")
    row.get_by_label("最小值").fill("10")
    row.get_by_label("最大值").fill("5")

    page.locator("[data-config-tab=scoring]").click()
    scoring = page.locator("[data-config-pane=scoring]")
    before = scoring.locator("[data-config-row]").count()
    scoring.get_by_role("button", name="添加评分项").click()
    item = scoring.locator("[data-config-row]").last
    item.get_by_label("评分项").fill("知识产权")
    item.get_by_label("编码").fill("ip")
    item.get_by_label("满分").fill("10")
    expect(scoring).to_contain_text("合计满分 110")

    page.get_by_label("修改说明").fill("增加专利字段和知识产权评分")
    page.get_by_test_id("config-save").click()
    expect(page.get_by_test_id("config-error")).to_contain_text(
        "申报表字段“有效发明专利数（件）”的最小值大于最大值。"
    )
    shot(page, "programme-config-editor-error")
    assert ptype.configs.count() == 1  # nothing saved

    # What was typed is still there after the refusal; correct the one wrong value.
    section = page.locator("[data-config-pane=form] [data-config-card]").first
    row = section.locator("[data-config-row]").last
    expect(row.get_by_label("字段名称")).to_have_value("有效发明专利数（件）")
    expect(row.get_by_label("最大值")).to_have_value("5")
    expect(page.get_by_label("修改说明")).to_have_value("增加专利字段和知识产权评分")
    row.get_by_label("最小值").fill("0")
    page.locator("[data-config-tab=scoring]").click()
    expect(page.locator("[data-config-pane=scoring] [data-config-row]")).to_have_count(before + 1)
    page.get_by_test_id("config-save").click()
    expect(page.get_by_text("已保存为第 2 版")).to_be_visible()
    shot(page, "programme-config-editor-saved")

    latest = ptype.current_config()
    assert latest is not None
    fields = [f for s in latest.form["sections"] for f in s["fields"]]
    assert {
        "name": "patents",
        "label": "有效发明专利数（件）",
        "type": "number",
        "min": 0,
        "max": 5,
    } in fields
    assert {"code": "ip", "label": "知识产权", "max": 10} in latest.scoring["items"]
    # Everything the tables did not touch is as it was.
    first = ptype.configs.get(version=1)
    assert latest.stages == first.stages and latest.quotas == first.quotas
    call.refresh_from_db()
    assert call.config.version == 1  # the running call keeps its version
