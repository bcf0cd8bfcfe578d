"""The organisations party to a broker's deal (the owners of its demand and its achievement) read
it on their listing's page, in their own market area and on the deal's page; they never move it,
never read what the broker kept internal, and nobody else's organisation reads it at all."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.audit.models import AuditEvent
from apps.market import services
from apps.market.models import BrokerProfile
from apps.market.tests.conftest import make_demand, publish
from conftest import _user, client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def deal(broker_user, published_demand, published_achievement):
    BrokerProfile.objects.create(user=broker_user, level="intermediate", certificate_no="JJ-0001")
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement, note="初访"
    )
    services.deal_advance(
        actor=broker_user,
        deal=deal,
        stage="negotiation",
        text="需求方心理价位二十万，可再压",
        document=SimpleUploadedFile("底价.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
    )
    services.deal_advance(
        actor=broker_user,
        deal=deal,
        stage="signed",
        text="双方签订技术许可合同",
        document=SimpleUploadedFile("合同.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
        shared=True,
    )
    return deal


@pytest.fixture
def other_enterprise_user(db):
    org = OrganizationFactory.create(name="赣州测试新材料有限公司", region_id="360702")
    return _user("other_enterprise", "enterprise", organization=org)


def test_both_parties_see_the_deal_with_its_broker_and_shared_steps(
    deal, enterprise_user, university_user
):
    internal, shared = deal.notes.get(stage="negotiation"), deal.notes.get(stage="signed")
    for party in (enterprise_user, university_user):
        client = client_for(party)
        page = client.get(f"/market/deals/{deal.pk}/").content.decode()
        assert "broker_user · 未关联机构 · 中级技术经纪人" in page
        assert "签约" in page and "双方签订技术许可合同" in page
        assert f"/market/deals/{deal.pk}/notes/{shared.pk}/" in page
        # The internal step shows as a step, without its text or document.
        assert "【洽谈】" in page and "经纪人内部记录" in page
        assert "心理价位" not in page and "初访" not in page
        assert f"/notes/{internal.pk}/" not in page
        assert client.get(f"/market/deals/{deal.pk}/notes/{shared.pk}/").status_code == 200
        assert client.get(f"/market/deals/{deal.pk}/notes/{internal.pk}/").status_code == 404


def test_the_broker_and_the_officer_over_it_read_the_internal_steps(
    deal, broker_user, donghu_officer
):
    internal = deal.notes.get(stage="negotiation")
    for user in (broker_user, donghu_officer):
        client = client_for(user)
        assert "心理价位" in client.get(f"/market/deals/{deal.pk}/").content.decode()
        assert client.get(f"/market/deals/{deal.pk}/notes/{internal.pk}/").status_code == 200


def test_the_deal_shows_on_the_owners_listing_page_and_in_their_market_area(
    deal, enterprise_user, university_user, published_demand, published_achievement
):
    for owner, url in (
        (enterprise_user, f"/market/demands/{published_demand.pk}/"),
        (university_user, f"/market/achievements/{published_achievement.pk}/"),
    ):
        client = client_for(owner)
        for page in (client.get(url), client.get("/market/mine/")):
            text = page.content.decode()
            assert 'data-testid="party-deals"' in text and f"/market/deals/{deal.pk}/" in text
            assert "中级技术经纪人" in text


def test_other_organisations_and_other_counties_get_404(
    deal, other_enterprise_user, outsider, county_clerk, published_demand, province_officer
):
    # The other enterprise is in the market too (a listing of its own), not in this deal.
    publish(make_demand(other_enterprise_user, title="稀土永磁电机温升过高"), province_officer)
    for user in (other_enterprise_user, outsider, county_clerk):
        client = client_for(user)
        assert client.get(f"/market/deals/{deal.pk}/").status_code == 404
        note = deal.notes.get(stage="signed")
        assert client.get(f"/market/deals/{deal.pk}/notes/{note.pk}/").status_code == 404
        page = client.get(f"/market/demands/{published_demand.pk}/").content.decode()
        assert f"/market/deals/{deal.pk}/" not in page
        assert AuditEvent.objects.filter(
            actor=user, action="deal.read", result="refused", object_id=str(deal.pk)
        ).exists()
    mine = client_for(other_enterprise_user).get("/market/mine/").content.decode()
    assert f"/market/deals/{deal.pk}/" not in mine and "暂无技术经纪人对接" in mine


def test_a_party_cannot_advance_the_deal_and_the_attempt_is_audited(
    broker_user, published_demand, published_achievement, enterprise_user
):
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    client = client_for(enterprise_user)
    page = client.get(f"/market/deals/{deal.pk}/").content.decode()
    assert "记录并推进" not in page and 'data-testid="party-note"' in page
    response = client.post(f"/market/deals/{deal.pk}/", {"stage": "negotiation", "text": "推进"})
    assert response.status_code == 403
    deal.refresh_from_db()
    assert deal.stage == "contact" and deal.notes.count() == 1
    assert AuditEvent.objects.filter(
        actor=enterprise_user, action="market.broker", result="refused"
    ).exists()


def test_the_broker_shares_a_step_from_the_page(
    broker_user, published_demand, published_achievement, enterprise_user
):
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    url = f"/market/deals/{deal.pk}/"
    client = client_for(broker_user)
    client.post(url, {"stage": "negotiation", "text": "已约双方下周面谈", "shared": "on"})
    client.post(url, {"stage": "signed", "text": "经纪人自留：佣金另议"})
    assert list(deal.notes.values_list("shared", flat=True)) == [False, True, False]
    page = client_for(enterprise_user).get(url).content.decode()
    assert "已约双方下周面谈" in page and "佣金另议" not in page


def test_the_parties_are_told_when_the_deal_moves_but_not_what_the_broker_kept_internal(
    broker_user, published_demand, published_achievement, enterprise_user, university_user
):
    from django.test import TestCase

    from apps.notices.models import Notice

    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        services.deal_advance(
            actor=broker_user, deal=deal, stage="negotiation", text="需求方心理价位二十万"
        )
    notices = Notice.objects.filter(kind="market.deal")
    owners = {published_demand.owner_id, published_achievement.owner_id}
    assert {n.recipient_id for n in notices} == owners
    assert all("洽谈" in n.title and "二十万" not in n.title + n.body for n in notices)
    assert notices.first().link == f"/market/deals/{deal.pk}/"
    assert broker_user.pk not in {n.recipient_id for n in notices} or (broker_user.pk in owners)
