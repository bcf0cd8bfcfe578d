"""Listing contacts: masked to officers and deal counterparts, revealed for a reason through the
one reveal mechanism (apps/audit/reveal.py): audited, limited per user per day."""

from __future__ import annotations

import pytest
from django.test import Client

from apps.audit import reveal
from apps.audit.models import AuditEvent
from apps.market import services
from apps.market.choices import DealStage
from conftest import client_for

pytestmark = pytest.mark.django_db
FULL = "13907911234"  # the achievement's number (conftest.make_achievement)


def _url(listing):
    return f"/market/achievements/{listing.pk}/reveal/"


def test_officer_sees_masked_and_reveals_with_a_reason(nanchang_officer, published_achievement):
    client = client_for(nanchang_officer)
    page = client.get(f"/market/achievements/{published_achievement.pk}/").content.decode()
    assert "139****1234" in page and FULL not in page and "查看完整号码" in page
    assert client.post(_url(published_achievement), {"reason": " "}).status_code == 400
    # a reason longer than the audit keeps is refused, not recorded cut to 200 characters
    long = client.post(_url(published_achievement), {"reason": "核" * 201})
    assert long.status_code == 400 and long.content.decode() == "「查看理由」最多200字，现为201字。"
    assert not AuditEvent.objects.filter(action="personal.reveal").exists()
    response = client.post(_url(published_achievement), {"reason": "核实成果权属"})
    assert response.status_code == 200 and response.content.decode() == FULL
    assert response["Cache-Control"] == "no-store"
    event = AuditEvent.objects.get(action="personal.reveal", result="success")
    assert event.actor == nanchang_officer and "核实成果权属" in event.message
    assert event.object_id == str(published_achievement.pk) and event.after == {
        "field": "contact_phone"
    }


@pytest.mark.parametrize("persona", ["ganzhou_officer", "enterprise_user", "broker_user"])
def test_others_cannot_reveal(request, persona, published_achievement):
    client = client_for(request.getfixturevalue(persona))
    page = client.get(f"/market/achievements/{published_achievement.pk}/").content.decode()
    assert "查看完整号码" not in page
    response = client.post(_url(published_achievement), {"reason": "看看"})
    assert response.status_code in (403, 404)
    assert not AuditEvent.objects.filter(action="personal.reveal", result="success").exists()


def test_public_never_sees_the_contact(published_achievement):
    page = Client().get(f"/market/achievements/{published_achievement.pk}/").content.decode()
    assert "139****1234" not in page and "对公众隐藏" in page
    response = Client().post(_url(published_achievement), {"reason": "看看"})
    assert response.status_code == 302  # to the login page


def test_deal_counterpart_may_reveal_while_the_deal_is_open(
    broker_user, enterprise_user, published_demand, published_achievement
):
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    client = client_for(enterprise_user)  # the demand's enterprise: the achievement's counterpart
    page = client.get(f"/market/achievements/{published_achievement.pk}/").content.decode()
    assert "139****1234" in page and "查看完整号码" in page
    response = client.post(_url(published_achievement), {"reason": "洽谈合作"})
    assert response.content.decode() == FULL
    services.deal_advance(actor=broker_user, deal=deal, stage=DealStage.CLOSED, text="未谈成")
    assert client.post(_url(published_achievement), {"reason": "再看"}).status_code == 403


def test_reveals_are_limited_per_user_per_day(
    monkeypatch, nanchang_officer, province_officer, published_achievement
):
    monkeypatch.setattr(reveal, "REVEALS_PER_DAY", 2)
    client = client_for(nanchang_officer)
    for _ in range(2):
        assert client.post(_url(published_achievement), {"reason": "核实"}).status_code == 200
    refused = client.post(_url(published_achievement), {"reason": "核实"})
    assert refused.status_code == 429 and "每日上限" in refused.content.decode()
    assert FULL not in refused.content.decode()
    assert AuditEvent.objects.filter(action="personal.reveal", result="refused").count() == 1
    # the limit is per user: another officer still may
    other = client_for(province_officer)
    assert other.post(_url(published_achievement), {"reason": "核实"}).status_code == 200


def test_organisations_use_the_same_limit(monkeypatch, nanchang_officer, nanchang_enterprise):
    monkeypatch.setattr(reveal, "REVEALS_PER_DAY", 0)
    client = client_for(nanchang_officer)
    response = client.post(f"/organizations/{nanchang_enterprise.pk}/reveal/", {"reason": "核实"})
    assert response.status_code == 429
