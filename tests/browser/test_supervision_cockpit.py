"""End to end in chromium: the Nanchang officer opens the cockpit, sees the card and the
trend chart drawn, cascades the city's target to its districts, and a short split is refused
on the page with the shortfall while nothing is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from apps.regions.models import Region
from apps.supervision.models import Indicator, Target
from apps.supervision.services import indicator_save, target_save
from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login
from tests.factories import OrganizationFactory, QualificationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_city_officer_cascades_a_target(live_server, page, nanchang_officer):
    year = dt.date.today().year
    indicator = indicator_save(
        actor=None,
        indicator=Indicator(
            code="high_tech",
            name="有效期内高新技术企业数",
            unit="家",
            source="computed",
            computation="qualification_valid:high_tech",
        ),
    )
    for _ in range(2):
        QualificationFactory.create(
            organization=OrganizationFactory.create(region_id="360102"),
            valid_from=dt.date(year, 1, 2),
            valid_until=None,
        )
    target = target_save(
        actor=None,
        target=Target(
            indicator=indicator,
            region=Region.objects.get(code="360100"),
            year=year,
            value=Decimal(10),
        ),
    )
    base = live_server.url
    login(page, base, "nanchang_officer")
    page.get_by_role("link", name="目标督查").click()
    card = page.get_by_test_id("card")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("有效期内高新技术企业数")
    expect(card).to_contain_text("2")
    page.wait_for_selector("[data-chart] canvas")
    shot(page, "supervision-cockpit-nanchang")

    page.get_by_role("link", name="目标详情").click()
    # By weights: weight fields (equal to start), the values they give beside them, live.
    expect(page.get_by_test_id("cascade-weights")).to_be_hidden()
    page.get_by_label("按权重分解").check()
    expect(page.get_by_test_id("cascade-values")).to_be_hidden()
    expect(page.get_by_label("东湖区权重")).to_have_value("1")
    page.get_by_label("东湖区权重").fill("90")
    expect(page.locator("#share-360102")).to_have_text("9")  # ceil(10 × 90 / (90 + 11))
    expect(page.get_by_test_id("cascade-sum")).to_contain_text("本级目标 10家")
    shot(page, "supervision-cascade-weights")
    assert not Target.objects.filter(parent=target).exists()
    page.get_by_label("按目标值直接分解").check()
    page.get_by_label("东湖区", exact=True).fill("3")
    page.get_by_label("西湖区", exact=True).fill("4")
    page.get_by_role("button", name="保存分解").click()
    expect(page.get_by_test_id("cascade-errors")).to_contain_text("还差 3家")
    assert not Target.objects.filter(parent=target).exists()

    page.get_by_label("西湖区", exact=True).fill("7")
    page.get_by_role("button", name="保存分解").click()
    expect(page.get_by_test_id("children")).to_contain_text("东湖区")
    shot(page, "supervision-target-cascaded")
    assert sorted(Target.objects.filter(parent=target).values_list("value", flat=True)) == [3, 7]
