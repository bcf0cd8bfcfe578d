"""End to end in chromium: an enterprise fills and submits an application (with attachments and
a first attempt that lacks fields), the county recommends it, the city recommends it, the
province runs the formal check; the timeline shows every step."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.programmes.models import Application
from apps.programmes.tests.conftest import PDF, id_number, make_call
from conftest import client_for
from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def as_user(page: Page, base: str, user) -> None:
    """Sign in by session cookie (the province needs a TOTP device; the login page is tested
    elsewhere)."""
    cookie = client_for(user).cookies["sessionid"]
    page.context.clear_cookies()
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": base}])


def test_enterprise_submits_and_officers_move_it(
    live_server, page, tmp_path, enterprise_user, donghu_officer, nanchang_officer, province_officer
):
    base = live_server.url
    call = make_call("browser-2026")
    page.on("dialog", lambda d: d.accept())
    login(page, base, "enterprise_user")
    page.goto(f"{base}/programmes/calls/")
    page.get_by_role("link", name="可申报 · 查看指南").click()
    page.get_by_label("项目名称").fill("高精度光学镜头开发")
    page.get_by_test_id("start").click()
    expect(page.get_by_test_id("application-form")).to_be_visible()

    page.get_by_label("新产品名称").fill("高精度光学镜头")
    page.get_by_label("总投资（万元）").fill("5")
    page.get_by_test_id("submit").click()
    errors = page.get_by_test_id("errors")
    expect(errors).to_contain_text("请填写“技术领域”。")
    expect(errors).to_contain_text("“总投资（万元）”不能小于 10。")
    expect(page.get_by_label("新产品名称")).to_have_value("高精度光学镜头")
    shot(page, "programme-submit-errors")

    page.get_by_label("技术领域").select_option("电子信息")
    page.get_by_label("计划开始日期").fill("2026-01-01")
    page.get_by_label("计划完成日期").fill("2027-06-30")
    page.get_by_label("总投资（万元）").fill("500")
    page.get_by_label("研发投入占营业收入比例（%）").fill("6.5")
    page.get_by_label("技术内容与创新点").fill("非球面模压工艺。")
    page.get_by_label("项目团队（姓名 身份证号 职务，每行一人）").fill(
        f"李明 {id_number()} 项目负责人"
    )
    page.get_by_test_id("save").click()
    expect(page.get_by_text("草稿已保存。")).to_be_visible()

    pdf = tmp_path / "报告.pdf"
    pdf.write_bytes(PDF)
    html = tmp_path / "伪装.pdf"
    html.write_bytes(b"<html><body>x</body></html>")
    page.get_by_test_id("file-plan").set_input_files(str(html))
    page.get_by_test_id("upload-plan").click()
    expect(page.get_by_text("网页（HTML）", exact=False)).to_be_visible()
    for slot in ("plan", "license"):
        page.get_by_test_id(f"file-{slot}").set_input_files(str(pdf))
        page.get_by_test_id(f"upload-{slot}").click()
        expect(page.get_by_text("已上传“报告.pdf”。")).to_be_visible()
    page.get_by_test_id("submit").click()
    receipt = page.get_by_test_id("receipt")
    expect(receipt).to_have_text("BROWSER-2026-00001")
    shot(page, "programme-submitted")
    app = Application.objects.get(call=call)
    assert app.data["team"][0]["id_masked"].endswith(id_number()[-4:])

    as_user(page, base, donghu_officer)
    page.goto(f"{base}/programmes/applications/")
    page.get_by_role("link", name="高精度光学镜头开发").click()
    page.get_by_label("理由 / 意见").fill("材料齐全，同意推荐")
    page.get_by_test_id("action-recommend").click()
    expect(page.get_by_test_id("stage")).to_have_text("市级推荐")

    as_user(page, base, nanchang_officer)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    page.get_by_test_id("action-recommend").click()
    expect(page.get_by_test_id("stage")).to_have_text("形式审查")

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    page.get_by_test_id("action-pass").click()
    expect(page.get_by_text("形式审查清单未全部核对")).to_be_visible()
    for box in page.locator("input[name=checklist]").all():
        box.check()
    page.get_by_test_id("action-pass").click()
    expect(page.get_by_test_id("stage")).to_have_text("专家评审")
    timeline = page.get_by_test_id("timeline")
    for step in ("创建草稿", "提交申报", "推荐", "形式审查通过"):
        expect(timeline).to_contain_text(step)
    shot(page, "programme-province-after-formal-check")
