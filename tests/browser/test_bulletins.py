"""End to end in chromium: the Nanchang officer compiles a bulletin over the counties, the job
generates it, they review it and publish it; the Donghu officer then reads it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Dialog, Page, expect

from apps.bulletins.tests.conftest import targets  # noqa: F401  (fixture)
from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_city_officer_compiles_reviews_and_publishes(
    live_server,
    page: Page,
    browser,
    nanchang_officer,
    donghu_officer,
    targets,  # noqa: F811
):
    base = live_server.url
    login(page, base, "nanchang_officer")
    page.get_by_role("link", name="调度通报").first.click()
    page.get_by_test_id("bulletin-new").click()
    page.get_by_label("数据截至").fill("2026-06-30")
    page.get_by_label("按语").fill("请各县区对照目标加快推进。")
    page.get_by_role("button", name="生成通报").click()
    status = page.get_by_test_id("bulletin-status")
    expect(status).to_have_attribute("data-status", "generated", timeout=60_000)
    expect(page.get_by_test_id("bulletin-summary")).to_contain_text("全市2项指标中")
    expect(page.get_by_role("cell", name="东湖区").first).to_be_visible()
    shot(page, "bulletin-nanchang-generated")
    dialogs: list[str] = []

    def cancel(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", cancel)
    page.get_by_test_id("publish").click()  # asked first; cancelling publishes nothing
    expect(page.get_by_test_id("bulletin-status")).to_have_attribute("data-status", "generated")
    assert dialogs and "确认发布" in dialogs[0]

    def accept(dialog: Dialog) -> None:
        dialog.accept()

    page.once("dialog", accept)
    page.get_by_test_id("publish").click()
    expect(page.get_by_test_id("bulletin-status")).to_have_attribute("data-status", "published")
    url = page.url

    context = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
    reader = context.new_page()
    login(reader, base, "donghu_officer")
    reader.goto(url)
    expect(reader.get_by_test_id("bulletin-status")).to_have_attribute("data-status", "published")
    expect(reader.get_by_test_id("publish")).to_have_count(0)
    with reader.expect_download() as download:
        reader.get_by_role("link", name="下载 Word").click()
    assert download.value.suggested_filename.endswith(".docx")
    shot(reader, "bulletin-donghu-reads")
    context.close()
