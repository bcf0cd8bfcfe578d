"""End to end in chromium: the Nanchang officer logs in, sees only Nanchang, exports the list,
and the file holds only Nanchang rows."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from conftest import PASSWORD
from tests.browser.conftest import shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def login(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state("networkidle")


def test_nanchang_officer_sees_and_exports_only_nanchang(
    live_server, page, nanchang_officer, orgs_everywhere
):
    base = live_server.url
    login(page, base, "nanchang_officer")
    expect(page.get_by_role("heading", name="南昌市 · 主体概览")).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("3")
    page.wait_for_selector("[data-chart] canvas")
    shot(page, "nanchang-home")

    page.get_by_role("link", name="主体库").first.click()
    table = page.get_by_test_id("org-table")
    expect(table).to_be_visible()
    regions = page.locator("[data-region]").evaluate_all("els => els.map(e => e.dataset.region)")
    assert regions and all(code.startswith("3601") for code in regions), regions
    for key in ("ganzhou", "jiujiang", "province"):
        expect(page.get_by_text(orgs_everywhere[key].name)).to_have_count(0)

    page.get_by_placeholder("名称（简繁体、拼音首字母）或统一社会信用代码").fill("東湖")
    page.get_by_role("button", name="查询").click()
    expect(page.locator("[data-region]")).to_have_count(1)
    shot(page, "nanchang-list-filtered")

    with page.expect_download() as info:
        page.get_by_test_id("export").click()
    content = Path(info.value.path()).read_bytes()
    rows = list(
        openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(min_row=2, values_only=True)
    )
    assert [r[1] for r in rows] == [orgs_everywhere["donghu"].name]

    page.goto(f"{base}/organizations/")
    with page.expect_download() as info:
        page.get_by_test_id("export").click()
    assert info.value.suggested_filename.startswith("机构名录-")
    content = Path(info.value.path()).read_bytes()
    rows = list(
        openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(min_row=2, values_only=True)
    )
    assert sorted(r[3] for r in rows) == ["360100", "360100Z01", "360102"]

    response = page.goto(f"{base}/organizations/{orgs_everywhere['ganzhou'].pk}/")
    assert response is not None and response.status == 404
    expect(page.get_by_text("它可能不存在，或不在您的管辖范围内。")).to_be_visible()
    page.console_errors.clear()  # type: ignore[attr-defined]  # the 404 above was the point


def totp_now(secret: str) -> str:
    from django_otp.oath import TOTP

    return f"{TOTP(base64.b32decode(secret + '=' * (-len(secret) % 8))).token():06d}"


def test_province_officer_map_drills_down_to_a_city(
    live_server, page, province_officer, orgs_everywhere
):
    login(page, live_server.url, "province_officer")
    # A provincial officer must enrol a second factor before any page opens.
    expect(page.get_by_role("heading", name="绑定动态口令（第二重身份验证）")).to_be_visible()
    shot(page, "province-otp-setup")
    secret = page.get_by_test_id("otp-secret").inner_text().strip()
    page.get_by_label("动态口令").fill(totp_now(secret))
    page.get_by_role("button", name="验证并绑定").click()
    expect(page.get_by_role("heading", name="江西省 · 主体概览")).to_be_visible()
    page.wait_for_selector("[data-chart='map'] canvas")
    page.wait_for_timeout(500)
    shot(page, "province-home")
    page.get_by_role("link", name="南昌市").first.click()
    expect(page.get_by_role("heading", name="南昌市 · 主体概览")).to_be_visible()
