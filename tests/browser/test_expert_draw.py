"""End to end in chromium: the province officer sets a draw's rules, previews the counts,
runs the draw (a background job), reads the panels with their reasons, replays it bit for
bit and confirms it into review seats."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.experts.models import Draw
from apps.experts.tests.conftest import review_call, seeded  # noqa: F401  (fixtures)
from apps.programmes.models import ReviewAssignment
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_previews_runs_replays_and_confirms_a_draw(
    live_server,
    page: Page,
    province_officer,
    review_call,  # noqa: F811
    seeded,  # noqa: F811
):
    base = live_server.url
    page.on("dialog", lambda d: d.accept())
    as_user(page, base, province_officer)
    page.goto(f"{base}/experts/draws/")
    expect(page.get_by_test_id("draw-calls")).to_contain_text(review_call.name)
    page.get_by_role("link", name="设置规则并抽取").click()

    page.get_by_label("每项申报专家数").fill("3")
    page.get_by_label("其中至少核心专家").fill("1")
    page.get_by_label("每名专家最多评审").fill("3")
    page.get_by_label("每组同一设区市最多").fill("2")
    page.get_by_label("回避申报单位所在设区市").check()
    page.get_by_label("每项候补专家数").fill("2")
    page.get_by_label("随机种子（留空自动生成）").fill("20261202")
    page.get_by_test_id("preview").click()
    preview = page.get_by_test_id("preview-result")
    expect(preview).to_contain_text("可选专家 48 名")
    expect(preview).to_contain_text("XD-0011")
    shot(page, "expert-draw-preview")

    page.get_by_test_id("run").click()
    body = page.get_by_test_id("draw")
    expect(body).to_have_attribute("data-status", "done", timeout=60_000)
    expect(page.get_by_test_id("panel")).to_have_count(12)
    expect(page.get_by_test_id("optimality")).to_contain_text("最优上界")
    expect(page.get_by_test_id("panel").first).to_contain_text("候补1")
    shot(page, "expert-draw-result")

    page.get_by_test_id("replay").click()
    expect(page.get_by_test_id("replay-result")).to_have_attribute("data-identical", "1")
    expect(page.get_by_test_id("replay-result")).to_contain_text("逐位一致")

    page.get_by_test_id("confirm").click()
    expect(page.get_by_text("已确认：12 项申报")).to_be_visible()
    draw = Draw.objects.get()
    assert draw.status == "confirmed"
    assert ReviewAssignment.objects.filter(source="draw", is_backup=False).count() == 36
    assert ReviewAssignment.objects.filter(source="draw", is_backup=True).count() == 24
    shot(page, "expert-draw-confirmed")
