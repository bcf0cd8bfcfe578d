"""End to end in chromium, after approval: the enterprise keeps a half-written mid-term
report (暂存), asks for a change and reports (中期报告, first with gaps); the province is told
of the change request, finds the report in its queue at 中期检查 and passes it on to 验收申请."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.notices.models import Notice
from apps.programmes.tests.conftest import funded_project
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_mid_term_report_from_the_enterprise_to_the_province(
    live_server, page: Page, enterprise_user, province_officer
):
    base = live_server.url
    app = funded_project(enterprise_user, "kjjh-browser")
    as_user(page, base, enterprise_user)
    page.goto(f"{base}/programmes/applications/")
    page.get_by_role("link", name="工业视觉缺陷检测").click()
    expect(page.get_by_test_id("stage")).to_have_text("中期报告")
    actions = page.get_by_test_id("actions")
    expect(actions).to_contain_text("办理（中期报告）")

    # Half a report, kept (暂存) and found again on the next visit.
    page.get_by_label("项目进展").fill("算法原型调试中")
    page.get_by_test_id("stage-draft").click()
    expect(page.get_by_text("已暂存，提交前可继续修改。")).to_be_visible()
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    expect(page.get_by_label("项目进展")).to_have_value("算法原型调试中")

    page.get_by_label("理由 / 意见").fill("关键设备到货延迟，申请延期三个月。")
    page.get_by_test_id("action-change_request").click()
    expect(
        page.get_by_text("已提出变更申请（延期/预算/团队），将在“中期检查”环节答复")
    ).to_be_visible()
    expect(page.get_by_test_id("stage")).to_have_text("中期报告")
    expect(page.get_by_label("项目进展")).to_have_value("算法原型调试中")  # not lost
    expect(page.get_by_test_id("timeline")).to_contain_text("中期报告环节")
    shot(page, "programme-midterm-kept")
    assert Notice.objects.filter(recipient=province_officer, kind="programme.change_request")

    page.get_by_label("项目进展").fill("完成算法原型")
    page.get_by_test_id("action-submit_report").click()
    # One sentence per reason, and what was typed is still there.
    expect(page.get_by_text("请填写“已使用经费（万元）”。", exact=True).first).to_be_visible()
    expect(page.get_by_label("项目进展")).to_have_value("完成算法原型")
    shot(page, "programme-midterm-gaps")
    page.get_by_label("已使用经费（万元）").fill("42.5")
    page.get_by_test_id("action-submit_report").click()
    expect(page.get_by_text("已办理：提交中期报告。")).to_be_visible()
    expect(page.get_by_test_id("stage")).to_have_text("中期检查")
    expect(page.get_by_test_id("actions")).to_have_count(0)  # now the province's turn

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/applications/?stage=midterm_check")
    page.get_by_role("link", name="工业视觉缺陷检测").click()
    expect(page.get_by_text("完成算法原型")).to_be_visible()  # the report as submitted
    timeline = page.get_by_test_id("timeline")
    expect(timeline).to_contain_text("提出变更申请")
    expect(timeline).to_contain_text("关键设备到货延迟")
    shot(page, "programme-midterm-check")
    page.get_by_label("理由 / 意见").fill("同意延期三个月。")
    page.get_by_test_id("action-approve_change").click()
    expect(page.get_by_text("已办理：同意变更。")).to_be_visible()
    page.get_by_test_id("action-accept").click()
    expect(page.get_by_test_id("stage")).to_have_text("验收申请")
    app.refresh_from_db()
    assert app.stage_data["midterm"] == {"progress": "完成算法原型", "spent": "42.5"}

    as_user(page, base, enterprise_user)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    expect(page.get_by_test_id("actions")).to_contain_text("办理（验收申请）")
    expect(page.get_by_label("经费决算（万元）")).to_be_visible()
    shot(page, "programme-acceptance-form")
