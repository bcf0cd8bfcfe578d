"""End to end in chromium: an expert accepts an invitation, declares no conflict, reads the
blind application and scores it; the officer sees the aggregated result and the panel."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.accounts.services import user_create
from apps.programmes import services
from apps.programmes.models import Application
from apps.programmes.tests.conftest import make_call, ready_draft
from tests.browser.conftest import shot
from tests.browser.test_programme_flow import as_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_expert_reviews_and_officer_sees_the_result(
    live_server, page: Page, enterprise_user, expert_user, province_officer
):
    base = live_server.url
    call = make_call("review-2026")
    config = call.config
    config.scoring = {**config.scoring, "blind": True}
    config.save(update_fields=["scoring"])
    app = ready_draft(enterprise_user, call)
    services.application_submit(actor=enterprise_user, application=app, idempotency_key="b")
    Application.objects.filter(pk=app.pk).update(stage="review")
    app.refresh_from_db()
    others = [
        user_create(
            actor=None,
            username=f"colleague{i}",
            password="Test@2026pass",
            role="expert",
            display_name=f"同行专家{i}",
        )
        for i in range(2)
    ]
    services.review_seat(
        actor=province_officer, application=app, panel=[expert_user, *others], backups=[]
    )
    for person, innovation in zip(others, [20, 26], strict=True):
        seat = app.reviews.get(reviewer=person)
        services.review_declare(actor=person, assignment=seat, conflict=False)
        services.review_submit(
            actor=person,
            assignment=seat,
            scores={"innovation": innovation, "feasibility": 20, "benefit": 20, "capability": 15},
            comment="同意立项",
        )

    as_user(page, base, expert_user)
    page.goto(f"{base}/programmes/reviews/")
    expect(page.get_by_test_id("review-todo")).to_contain_text(app.title)
    page.get_by_role("link", name="查看邀请").click()
    expect(page.get_by_test_id("invitation")).to_be_visible()
    shot(page, "review-invitation")
    page.get_by_test_id("accept").click()
    expect(page.get_by_test_id("declaration")).to_be_visible()
    expect(page.get_by_test_id("score-form")).to_have_count(0)  # nothing before declaring
    shot(page, "review-declaration")
    page.get_by_test_id("no-conflict").click()
    expect(page.get_by_test_id("blind")).to_be_visible()
    expect(page.get_by_test_id("seat-files")).to_contain_text("附件1.pdf")
    expect(page.locator("body")).not_to_contain_text(enterprise_user.organization.name)
    page.get_by_label("技术创新性（0–30）").fill("24")
    page.get_by_label("技术可行性（0–25）").fill("20")
    page.get_by_label("经济社会效益（0–25）").fill("20")
    page.get_by_label("承担单位能力（0–20）").fill("16")
    page.get_by_label("评审意见").fill("创新点明确，产业化路径清楚。")
    page.get_by_test_id("submit-scores").click()
    expect(page.get_by_test_id("my-total")).to_have_text("80.00")
    shot(page, "review-expert-scored")

    as_user(page, base, province_officer)
    page.goto(f"{base}/programmes/calls/{call.pk}/results/")
    results = page.get_by_test_id("results")
    # 75, 81, 80: fewer than five scores, plain mean 78.67
    expect(results).to_contain_text("78.67")
    expect(results).to_contain_text("expert_user")
    expect(results).to_contain_text(enterprise_user.organization.name)
    shot(page, "review-officer-results")
    page.goto(f"{base}/programmes/applications/{app.pk}/")
    expect(page.get_by_test_id("panel")).to_contain_text("已评分")
    shot(page, "review-officer-panel")
