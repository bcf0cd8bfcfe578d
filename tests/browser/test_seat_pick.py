"""End to end in chromium: an officer searches the expert database on the application page,
chooses a panel expert and a backup (a conflicted expert cannot be chosen), and seats them;
the same picker works as a plain form with scripts off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from apps.experts.tests.conftest import expert_make
from apps.programmes import services
from apps.programmes.models import Application
from apps.programmes.tests.conftest import make_call, ready_draft
from conftest import client_for
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user

# each step is a round trip that runs the conflict rules; the machine may be busy
WAIT = 15_000

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def swapped(page: Page, act: Callable[[], None]) -> None:
    """Do `act` and wait until htmx has swapped the picker and settled it (the new elements
    listen only after settling; typing straight into a fresh input would go unheard)."""
    page.evaluate(
        "() => { if (window.__settled === undefined) { window.__settled = 0;"
        " document.body.addEventListener('htmx:afterSettle', () => window.__settled++); } }"
    )
    before = page.evaluate("() => window.__settled")
    act()
    page.wait_for_function(f"() => window.__settled > {before}", timeout=WAIT)


def reserve(officer) -> None:
    """Twelve more experts (储备专家00–11), of a discipline no search here looks for."""
    for n in range(12):
        expert_make(
            officer, f"储备专家{n:02d}", organization_name=f"储备单位{n}", disciplines=["46020"]
        )


def in_review(enterprise_user, code: str) -> Application:
    app = ready_draft(enterprise_user, make_call(code))
    services.application_submit(actor=enterprise_user, application=app, idempotency_key=code)
    Application.objects.filter(pk=app.pk).update(stage="review")
    app.refresh_from_db()
    return app


def test_officer_searches_and_seats_reviewers(
    live_server, page: Page, enterprise_user, province_officer
):
    base = live_server.url
    app = in_review(enterprise_user, "pick-2026")
    today = timezone.localdate()
    expert_make(
        province_officer,
        "王建国",
        organization_name="南昌大学",
        disciplines=["52020"],
        keywords="机器视觉、图像识别",
        tier="core",
    )
    expert_make(
        province_officer,
        "李秀英",
        organization_name="江西理工大学",
        disciplines=["43040"],
        keywords="稀土永磁",
        unavailable=[{"start": today.isoformat(), "end": (today + dt.timedelta(2)).isoformat()}],
    )
    expert_make(province_officer, "张本单位", org=app.applicant, disciplines=["52020"])
    reserve(province_officer)

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    picker = page.get_by_test_id("picker")
    expect(picker).to_contain_text("共 15 位")
    # search by discipline name: htmx swaps the list in place, the page does not reload
    search = page.get_by_label("指派评审专家：搜索专家库")
    swapped(page, lambda: search.fill("人工智能"))
    rows = picker.get_by_test_id("candidate")
    expect(rows).to_have_count(2, timeout=WAIT)
    conflicted = rows.filter(has_text="张本单位")
    expect(conflicted).to_contain_text("须回避：与申报单位同单位")
    expect(conflicted.get_by_test_id("pick-panel")).to_be_disabled()
    expect(page).to_have_url(f"{base}/programmes/applications/{app.pk}/")
    shot(page, "seat-picker-conflict")
    swapped(page, lambda: rows.filter(has_text="王建国").get_by_test_id("pick-panel").click())
    expect(picker.get_by_test_id("chosen-panel")).to_contain_text(
        "王建国（南昌大学）", timeout=WAIT
    )
    # then by keyword: the unavailable expert is marked but may be chosen as a backup
    swapped(page, lambda: search.fill("稀土"))
    expect(rows).to_have_count(1, timeout=WAIT)
    expect(rows.first).to_contain_text("不可参评")
    swapped(page, lambda: rows.first.get_by_test_id("pick-backup").click())
    expect(picker.get_by_test_id("chosen-backups")).to_contain_text(
        "李秀英（江西理工大学）", timeout=WAIT
    )
    expect(picker.get_by_test_id("chosen-panel")).to_contain_text("王建国")
    shot(page, "seat-picker")
    page.get_by_test_id("assign").click()
    expect(page.locator(".alert-success")).to_contain_text("已指派 2 位专家")
    expect(page.locator(".alert-warning")).to_contain_text("李秀英在评审期间登记为不可参评")
    panel = page.get_by_test_id("panel")
    expect(page.get_by_test_id("seats").locator("tbody tr")).to_have_count(2)
    expect(panel).to_contain_text("王建国")
    expect(panel).to_contain_text("候补第1位")
    shot(page, "seat-picker-seated")
    # the seated expert is now shown as already on the panel, not offered again
    swapped(page, lambda: search.fill("王建国"))
    expect(rows).to_have_count(1, timeout=WAIT)
    expect(rows.first).to_contain_text("已在本项目评审名单中")
    expect(rows.first.get_by_test_id("pick-panel")).to_be_disabled()


def test_the_picker_works_without_scripts(
    live_server, browser: Browser, enterprise_user, province_officer
):
    base = live_server.url
    app = in_review(enterprise_user, "pick-plain")
    reserve(province_officer)
    context = browser.new_context(locale="zh-CN", java_script_enabled=False)
    cookie = client_for(province_officer).cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": base}])
    page = context.new_page()
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    page.get_by_label("指派评审专家：搜索专家库").fill("储备")
    page.get_by_role("button", name="搜索").click()
    assert f"/programmes/applications/{app.pk}/reviewers/pick/?" in page.url  # a page of its own
    page.get_by_test_id("next-page").click()
    rows = page.get_by_test_id("candidate")
    expect(rows).to_have_count(2)
    rows.filter(has_text="储备专家11").get_by_test_id("pick-panel").click()
    expect(page.get_by_test_id("chosen-panel")).to_contain_text("储备专家11")
    page.get_by_test_id("assign").click()
    expect(page.get_by_test_id("seats").locator("tbody tr")).to_have_count(1)
    context.close()
