"""End to end in chromium: the province publishes a challenge, it shows on the public list
(contact masked), an enterprise–university team bids on it, the province picks the team after
review, sets the milestone gates, and approves the first milestone: its payment becomes due."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.programmes import presets
from apps.programmes.models import Application
from apps.programmes.tests.conftest import (
    PDF,
    close_bidding,
    id_number,
    make_challenge,
    make_typed_call,
    to_award,
)
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user
from tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_challenge_published_bid_picked_and_milestone_approved(
    live_server, page: Page, tmp_path, enterprise_user, province_officer, expert_user
):
    base = live_server.url
    page.on("dialog", lambda d: d.accept())
    call = make_typed_call("challenge", "jbgs-browser", presets.challenge)
    challenge = make_challenge(province_officer, call, publish=False)
    uni = OrganizationFactory.create(name="浏览器测试大学", kind="university", region_id="360102")

    # Not public while a draft.
    page.goto(f"{base}/programmes/challenges/")
    expect(page.get_by_test_id("board")).not_to_contain_text(challenge.title)

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/challenges/manage/{challenge.pk}/")
    page.get_by_test_id("publish").click()
    expect(page.get_by_test_id("challenge-status")).to_have_text("揭榜中")

    page.context.clear_cookies()
    page.goto(f"{base}/programmes/challenges/")
    board = page.get_by_test_id("board")
    expect(board).to_contain_text(challenge.title)
    expect(board).to_contain_text("139****1234")
    expect(board).not_to_contain_text("13907971234")
    shot(page, "challenge-public-board")

    as_user(page, base, enterprise_user)
    page.goto(f"{base}/programmes/challenges/{challenge.pk}/")
    page.get_by_label("揭榜项目名称").fill("稀土永磁晶界扩散揭榜方案")
    page.get_by_test_id("partner-1").fill(uni.credit_code)
    page.get_by_test_id("bid").click()
    expect(page.get_by_test_id("bid-info")).to_contain_text("浏览器测试大学")
    page.get_by_label("技术路线与攻关方案").fill("晶界扩散 + 热压成形")
    page.get_by_label("总预算（万元）").fill("400")
    page.get_by_label("拟定里程碑节点（考核内容、时间、拨款比例）").fill("小试 30%；中试 40%")
    page.get_by_label("项目团队（姓名 身份证号 职务，每行一人）").fill(
        f"李明 {id_number()} 项目负责人"
    )
    # Upload without saving first: what was typed is saved with the upload, not lost.
    pdf = tmp_path / "方案书.pdf"
    pdf.write_bytes(PDF)
    page.get_by_test_id("file-proposal").set_input_files(str(pdf))
    page.get_by_test_id("upload-proposal").click()
    expect(page.get_by_text("已上传“方案书.pdf”。")).to_be_visible()
    expect(page.get_by_label("总预算（万元）")).to_have_value("400")
    expect(page.get_by_label("技术路线与攻关方案")).to_have_value("晶界扩散 + 热压成形")
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("receipt")).to_have_text("JBGS-BROWSER-00001")
    app = Application.objects.get(challenge=challenge)

    # Formal check and expert review (covered by the other browser test), then bids close.
    to_award(province_officer, expert_user, app)
    close_bidding(challenge)

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    expect(page.get_by_test_id("stage")).to_have_text("揭榜评定")
    page.get_by_label("支持金额（万元）").fill("300")
    page.get_by_test_id("action-pick").click()
    expect(page.get_by_test_id("stage")).to_have_text("公示")
    Application.objects.filter(pk=app.pk).update(publicity_ends_on="2020-01-01")
    page.reload()
    page.get_by_test_id("action-finalize").click()
    expect(page.get_by_test_id("stage")).to_have_text("里程碑执行（考核拨款）")

    plan = page.get_by_test_id("milestone-plan")
    for i, (title, due, amount) in enumerate(
        [("小试验证", "2027-03-31", "100"), ("中试线建成", "2027-09-30", "200")]
    ):
        plan.get_by_test_id("m-title").nth(i).fill(title)
        plan.get_by_test_id("m-due").nth(i).fill(due)
        plan.get_by_test_id("m-amount").nth(i).fill(amount)
    page.get_by_test_id("milestone-save").click()
    expect(page.get_by_test_id("milestone-1")).to_contain_text("小试验证")

    as_user(page, base, enterprise_user)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    expect(page.get_by_test_id("milestone-approve-1")).to_have_count(0)
    page.get_by_test_id("milestone-1").get_by_label("完成情况说明").fill("小试样品检测报告")
    page.get_by_test_id("milestone-submit-1").click()
    expect(page.get_by_test_id("milestone-1").get_by_test_id("milestone-status")).to_have_text(
        "待考核"
    )

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    page.get_by_test_id("milestone-1").get_by_label("考核意见").fill("指标达标")
    page.get_by_test_id("milestone-approve-1").click()
    row = page.get_by_test_id("milestone-1")
    expect(row.get_by_test_id("milestone-status")).to_have_text("考核通过")
    expect(row.get_by_test_id("payment-status")).to_have_text("待拨付")
    expect(page.get_by_test_id("timeline")).to_contain_text("里程碑考核通过")
    shot(page, "challenge-milestone-approved")
