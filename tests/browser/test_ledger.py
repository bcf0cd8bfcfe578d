"""End to end in chromium: the Nanchang officer uploads a work plan, clicks an item to see its
source line highlighted, corrects the item beside the source text, confirms, and sees the
ledger; the Ganzhou officer cannot open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PLAN = Path(__file__).resolve().parents[2] / "apps/ledger/data"
NANCHANG = PLAN / "2022-nanchang-sci-tech-foundation-work-points.txt"


def test_officer_uploads_corrects_and_confirms_a_plan(
    live_server, page: Page, nanchang_officer, ganzhou_officer, tmp_path
):
    base = live_server.url
    login(page, base, "nanchang_officer")
    page.get_by_role("link", name="工作台账").first.click()
    page.get_by_test_id("upload-link").click()
    page.set_input_files("#id_file", str(NANCHANG))
    page.get_by_role("button", name="上传并识别").click()
    items = page.get_by_test_id("draft-item")
    expect(items).to_have_count(30, timeout=30_000)
    expect(
        page.get_by_role("heading", name="核对台账草稿：2022年南昌市科技创新基础大提升工作要点")
    ).to_be_visible()

    # Click an item: its source line is highlighted and scrolled into view.
    item = page.locator("#item-3")  # 2 推进鄱阳湖国家自主创新示范区核心区建设
    item.get_by_test_id("item-title").click()
    highlighted = page.locator(".src-line.highlight")
    expect(highlighted).to_have_count(1)
    expect(highlighted).to_contain_text("推进鄱阳湖国家自主创新示范区核心区建设")
    expect(highlighted).to_be_in_viewport()
    shot(page, "ledger-draft-highlight")

    # Correct it beside the source: a clearer title, one more assisting unit, a deadline.
    item.locator("summary").click()
    form = item.get_by_test_id("item-form")
    form.get_by_label("任务名称").fill("推进鄱阳湖国家自主创新示范区核心区建设（督办）")
    assisting = form.get_by_label("配合单位")
    assisting.fill(assisting.input_value() + "、市财政局")
    form.get_by_label("完成时限（如 2022-06-30、6月底前、长期坚持）").fill("2022年9月底前")
    shot(page, "ledger-draft-edit")
    form.get_by_role("button", name="保存本条").click()
    expect(page.get_by_text("已保存第 2 项的修改。")).to_be_visible()
    expect(page.locator("#item-3")).to_contain_text("时限：2022-09-30")

    page.get_by_test_id("confirm").click()
    expect(page.get_by_test_id("plan-title")).to_have_text("2022年南昌市科技创新基础大提升工作要点")
    rows = page.get_by_test_id("task-row")
    expect(rows).to_have_count(20)  # first page of 30
    expect(page.get_by_text("推进鄱阳湖国家自主创新示范区核心区建设（督办）")).to_be_visible()
    shot(page, "ledger-plan")

    page.get_by_text("推进鄱阳湖国家自主创新示范区核心区建设（督办）").click()
    expect(page.get_by_text("2022年9月30日")).to_be_visible()
    expect(page.get_by_text("市财政局")).to_be_visible()
    shot(page, "ledger-task")
    task_url = page.url

    page.context.clear_cookies()
    login(page, base, "ganzhou_officer")
    response = page.goto(task_url)
    assert response is not None and response.status == 404
    page.console_errors.clear()  # type: ignore[attr-defined]  # the 404 above was the point
