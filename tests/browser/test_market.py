"""End to end in chromium: the public searches the market without logging in (Traditional
characters find Simplified text); an enterprise posts a demand, and once it is published sees
the matching achievements with their reasons."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.market import services
from apps.market.models import Demand
from apps.market.tests.conftest import make_achievement, publish
from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_search_and_an_enterprise_posting_a_demand(
    live_server, page: Page, university_user, enterprise_user, province_officer
):
    base = live_server.url
    achievement = publish(make_achievement(university_user), province_officer)
    publish(
        make_achievement(
            university_user,
            title="中药有效成分超临界萃取技术",
            summary="提高中药提取收率。",
            field="tcm",
            keywords="中药、提取",
        ),
        province_officer,
    )

    page.goto(f"{base}/market/")
    expect(page.get_by_test_id("market-title")).to_have_text("江西网上常设技术市场")
    page.get_by_label("搜索科技成果").fill("鋰電")
    page.get_by_role("button", name="搜索成果").click()
    rows = page.locator("[data-listing]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(achievement.title)
    shot(page, "market-public-search")
    page.get_by_role("link", name=achievement.title).click()
    expect(page.get_by_test_id("contact")).to_contain_text("对公众隐藏")

    login(page, base, "enterprise_user")
    page.goto(f"{base}/market/demands/new/")
    page.get_by_label("名称").fill("动力电池正极材料烧结能耗高")
    page.get_by_label("简介").fill("我公司生产锂电池正极材料，烧结能耗高、一致性差，寻求高校合作。")
    page.get_by_label("技术领域").select_option("new_energy")
    page.get_by_label("关键词").fill("锂电、正极材料")
    page.get_by_label("预算（元）").fill("300000")
    page.get_by_label("联系电话").fill("13907915678")
    page.get_by_role("button", name="保存并提交审核").click()
    expect(page.get_by_test_id("status")).to_have_text("待审核")
    expect(page.get_by_test_id("contact")).to_contain_text("139****5678")

    demand = Demand.objects.get(title="动力电池正极材料烧结能耗高")
    services.listing_review(actor=province_officer, listing=demand, approve=True)
    page.reload()
    expect(page.get_by_test_id("status")).to_have_text("已发布")
    matches = page.get_by_test_id("matches")
    expect(matches).to_contain_text(achievement.title)
    expect(matches).to_contain_text("技术领域相同：新能源")
    expect(matches).not_to_contain_text("中药有效成分")
    matches.get_by_role("button", name="有用").first.click()
    expect(page.get_by_text("已记录，谢谢！")).to_be_visible()
    shot(page, "market-demand-matches")


def test_the_owner_follows_a_brokers_deal_and_is_told_to_renew(
    live_server, page: Page, university_user, enterprise_user, province_officer, broker_user
):
    """The university sees, on its achievement's page, the broker's deal over it and the days
    left before the listing expires; on the deal's page the broker's internal note shows as a
    step only, the shared one in full, and there is nothing to move the deal with."""
    import datetime as dt

    from django.utils import timezone

    from apps.market.models import BrokerProfile
    from apps.market.tests.conftest import make_demand

    base = live_server.url
    achievement = publish(make_achievement(university_user), province_officer)
    achievement.expires_on = timezone.localdate() + dt.timedelta(days=6)
    achievement.save()
    demand = publish(make_demand(enterprise_user), province_officer)
    BrokerProfile.objects.create(user=broker_user, level="senior")
    deal = services.deal_take_up(actor=broker_user, demand=demand, achievement=achievement)
    services.deal_advance(
        actor=broker_user, deal=deal, stage="negotiation", text="成果方可接受许可费分期"
    )
    services.deal_advance(
        actor=broker_user, deal=deal, stage="signed", text="双方签订许可合同", shared=True
    )

    login(page, base, "university_user")
    page.goto(f"{base}/market/achievements/{achievement.pk}/")
    expect(page.get_by_test_id("days-left")).to_have_text("还剩 6 天")
    expect(page.get_by_test_id("expiry-warning")).to_contain_text("续期一年")
    deals = page.get_by_test_id("party-deals")
    expect(deals).to_contain_text(demand.title)
    expect(deals).to_contain_text("高级技术经纪人")
    expect(deals).to_contain_text("签约")
    shot(page, "market-owner-listing-deals")

    deals.get_by_role("link", name=demand.title).click()
    steps = page.get_by_test_id("deal-steps")
    expect(steps).to_contain_text("双方签订许可合同")
    expect(steps).to_contain_text("经纪人内部记录")
    expect(steps).not_to_contain_text("许可费分期")
    expect(page.get_by_role("button", name="记录并推进")).to_have_count(0)
    shot(page, "market-party-deal")

    page.goto(f"{base}/market/mine/")
    expect(page.get_by_test_id("party-deals")).to_contain_text(demand.title)
    shot(page, "market-mine-deals")
