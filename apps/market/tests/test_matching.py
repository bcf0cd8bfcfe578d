"""Matching: demand → achievements and institutions, achievement → enterprises; feedback;
opt-in notices; the matches API."""

from __future__ import annotations

import pytest
from django.test import Client, TestCase

from apps.audit.models import AuditEvent
from apps.market import matching, services
from apps.market.models import MatchFeedback
from apps.market.tests.conftest import make_achievement, make_demand, publish
from conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def market(university_user, enterprise_user, province_officer):
    lithium = publish(make_achievement(university_user), province_officer)
    tcm = publish(
        make_achievement(
            university_user,
            title="中药有效成分超临界萃取技术",
            summary="提高中药提取收率。",
            field="tcm",
            keywords="中药、提取",
        ),
        province_officer,
    )
    paraphrase = publish(
        make_achievement(
            university_user,
            title="锂离子电池三元材料烧结工艺",
            summary="降低烧结能耗。",
            keywords="三元材料",
        ),
        province_officer,
    )
    demand = publish(make_demand(enterprise_user), province_officer)
    return {"lithium": lithium, "tcm": tcm, "paraphrase": paraphrase, "demand": demand}


def test_demand_gets_ranked_achievements_with_reasons(market):
    found = matching.best_for(market["demand"], target="achievement")
    ids = [s.obj.pk for s in found]
    assert ids[0] == market["lithium"].pk
    assert market["paraphrase"].pk in ids and market["tcm"].pk not in ids
    top = found[0]
    assert any(r.startswith("共同技术词") for r in top.reasons)
    assert "技术领域相同：新能源" in top.reasons
    assert any("关键词一致" in r for r in top.reasons)


def test_institutions_and_enterprises_are_suggested(
    market, nanchang_university, nanchang_enterprise
):
    (inst,) = matching.institutions_for(market["demand"])
    assert inst.obj == nanchang_university and "项相关成果" in inst.reasons[0]
    (ent,) = matching.enterprises_for(market["lithium"])
    assert ent.obj == nanchang_enterprise and ent.reasons[0].startswith("曾发布相关需求")


def test_matches_api_shape(market, enterprise_user):
    response = client_for(enterprise_user).get(
        f"/api/v1/market/demands/{market['demand'].pk}/matches/"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(body["results"]) >= 2
    first = body["results"][0]
    assert {"id", "title", "score", "reasons", "region"} <= set(first)
    assert 0 < first["score"] <= 1 and first["reasons"]
    assert body["institutions"][0]["kind"] == "organization"


def test_matches_api_needs_login_and_scope(market, university_user, enterprise_user, county_clerk):
    url = f"/api/v1/market/demands/{market['demand'].pk}/matches/"
    assert Client().get(url).status_code in (401, 403)
    draft = make_demand(enterprise_user, title="未发布需求")
    assert (
        client_for(county_clerk).get(f"/api/v1/market/demands/{draft.pk}/matches/").status_code
        == 404
    )
    assert (
        client_for(enterprise_user).get(f"/api/v1/market/demands/{draft.pk}/matches/").status_code
        == 200
    )


def test_feedback_is_kept_audited_and_used(market, enterprise_user):
    demand, lithium, other = market["demand"], market["lithium"], market["paraphrase"]
    before = {s.obj.pk: s.score for s in matching.best_for(demand, target="achievement")}
    client = client_for(enterprise_user)
    response = client.post(
        "/market/feedback/",
        {
            "source_kind": "demand",
            "source_id": demand.pk,
            "target_kind": "achievement",
            "target_id": other.pk,
            "useful": "1",
        },
    )
    assert response.status_code == 200 and "已记录" in response.content.decode()
    assert MatchFeedback.objects.get().useful is True
    assert AuditEvent.objects.filter(action="match.feedback").count() == 1
    after = {s.obj.pk: s for s in matching.best_for(demand, target="achievement")}
    assert after[other.pk].score > before[other.pk]
    assert any("用户反馈有用" in r for r in after[other.pk].reasons)
    assert after[lithium.pk].score == before[lithium.pk]


def test_new_listing_notifies_opted_in_owners_of_the_best_matches(
    university_user, enterprise_user, province_officer
):
    from apps.notices.models import Notice

    demand = publish(make_demand(enterprise_user, notify_matches=True), province_officer)
    quiet = publish(
        make_demand(enterprise_user, title="锂电池正极材料烧结一致性差"), province_officer
    )
    assert quiet.notify_matches is False
    a = make_achievement(university_user)
    services.listing_submit(actor=university_user, listing=a)
    with TestCase.captureOnCommitCallbacks(execute=True):
        services.listing_review(actor=province_officer, listing=a, approve=True)
    notices = Notice.objects.filter(kind="market.match")
    assert notices.count() == 1
    notice = notices.get()
    assert notice.recipient == enterprise_user and demand.title[:10] in notice.title


def test_detail_page_shows_matches_with_feedback_buttons(market, enterprise_user):
    html = (
        client_for(enterprise_user).get(f"/market/demands/{market['demand'].pk}/").content.decode()
    )
    assert "推荐成果" in html and market["lithium"].title in html and "有用" in html
    anonymous = Client().get(f"/market/demands/{market['demand'].pk}/").content.decode()
    assert "推荐成果" not in anonymous


def test_the_users_own_judgement_shows_again_on_the_page(market, enterprise_user, broker_user):
    """After a reload the user sees which suggestions they marked (and may change it); another
    user's judgement is not shown as theirs."""
    client = client_for(enterprise_user)
    url = f"/market/demands/{market['demand'].pk}/"
    assert 'data-testid="judged"' not in client.get(url).content.decode()
    target = market["lithium"].pk
    client.post(
        "/market/feedback/",
        {
            "source_kind": "demand",
            "source_id": market["demand"].pk,
            "target_kind": "achievement",
            "target_id": target,
            "useful": "0",
        },
    )
    html = client.get(url).content.decode()
    assert html.count('data-testid="judged"') == 1 and "您已标记为无用" in html
    assert 'data-testid="judged"' not in client_for(broker_user).get(url).content.decode()


def test_feedback_on_a_listing_the_user_cannot_read_is_refused(market, enterprise_user, outsider):
    draft = make_demand(enterprise_user, title="未发布需求")
    response = client_for(outsider).post(
        "/market/feedback/",
        {
            "source_kind": "demand",
            "source_id": draft.pk,
            "target_kind": "achievement",
            "target_id": market["lithium"].pk,
            "useful": "1",
        },
    )
    assert response.status_code == 404
    assert not MatchFeedback.objects.exists()
