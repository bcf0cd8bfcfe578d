"""Brokers' deals and pipeline, roadshows, ranking page and PDF, public pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from apps.accounts.permissions import AccessDenied
from apps.market import contract_services, services
from conftest import client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_broker_takes_up_a_match_and_moves_it_to_signed(
    broker_user,
    published_demand,
    published_achievement,
    nanchang_officer,
    ganzhou_officer,
    outsider,
):
    client = client_for(broker_user)
    response = client.post(
        "/market/deals/new/",
        {"demand": published_demand.pk, "achievement": published_achievement.pk},
    )
    assert response.status_code == 302
    url = response["Location"]
    assert client.post(url, {"stage": "negotiation", "text": "双方见面洽谈"}).status_code == 302
    assert client.post(url, {"stage": "contact", "text": "倒退"}).status_code == 200  # refused
    client.post(url, {"stage": "signed", "text": "签订许可合同"})
    assert "签约" in client.get(url).content.decode()
    pipeline = client_for(nanchang_officer).get("/market/deals/").content.decode()
    assert "100.0%" in pipeline
    assert client_for(ganzhou_officer).get(url).status_code == 404
    assert client_for(outsider).get("/market/deals/").status_code == 403


def test_deal_rules(broker_user, published_demand, published_achievement, enterprise_user):
    with pytest.raises(AccessDenied):
        services.deal_take_up(
            actor=enterprise_user, demand=published_demand, achievement=published_achievement
        )
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    with pytest.raises(ValidationError):
        services.deal_take_up(
            actor=broker_user, demand=published_demand, achievement=published_achievement
        )
    with pytest.raises(ValidationError):
        services.deal_advance(actor=broker_user, deal=deal, stage="negotiation", text=" ")
    # a note longer than the record holds is refused whole, not cut to 2000 characters
    with pytest.raises(ValidationError) as caught:
        services.deal_advance(actor=broker_user, deal=deal, stage="negotiation", text="谈" * 2001)
    assert caught.value.message_dict["text"] == ["「记录」最多2000字，现为2001字。"]
    deal.refresh_from_db()
    assert deal.stage == "contact" and deal.notes.count() == 1
    broker_user.role = "enterprise"  # no longer a broker: the deal stays where it is
    with pytest.raises(AccessDenied):
        services.deal_advance(actor=broker_user, deal=deal, stage="negotiation", text="洽谈")


def test_deal_page_offers_only_the_next_stages_and_serves_its_documents(
    broker_user, published_demand, published_achievement, nanchang_officer, ganzhou_officer
):
    deal = services.deal_take_up(
        actor=broker_user, demand=published_demand, achievement=published_achievement
    )
    client = client_for(broker_user)
    url = f"/market/deals/{deal.pk}/"
    page = client.get(url).content.decode()
    assert '<option value="contact"' not in page and '<option value="negotiation"' in page
    pdf = SimpleUploadedFile("纪要.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    client.post(url, {"stage": "negotiation", "text": "洽谈纪要", "document": pdf})
    note = deal.notes.exclude(document="").get()
    page = client.get(url).content.decode()
    assert f"/market/deals/{deal.pk}/notes/{note.pk}/" in page
    assert '<option value="negotiation"' not in page and '<option value="signed"' in page
    for user in (broker_user, nanchang_officer):
        got = client_for(user).get(f"/market/deals/{deal.pk}/notes/{note.pk}/")
        assert got.status_code == 200 and b"".join(got.streaming_content).startswith(b"%PDF")
        assert "attachment" in got["Content-Disposition"]
    assert (
        client_for(ganzhou_officer).get(f"/market/deals/{deal.pk}/notes/{note.pk}/").status_code
        == 404
    )
    first = deal.notes.filter(document="").first()
    assert client.get(f"/market/deals/{deal.pk}/notes/{first.pk}/").status_code == 404


def test_roadshow_register_and_outcome(province_officer, university_user, published_achievement):
    show = services.roadshow_create(
        actor=province_officer,
        region=province_officer.region,
        title="锂电成果路演",
        kind="roadshow",
        held_on=timezone.localdate() + dt.timedelta(days=5),
        venue="南昌",
        achievements=[published_achievement],
    )
    before = Client().get(f"/market/roadshows/{show.pk}/").content.decode()
    # A coming event has no figures yet: not "现场签约 0 项" under "尚未记录".
    assert "活动尚未举办" in before and "现场签约" not in before
    client = client_for(university_user)
    assert client.post(f"/market/roadshows/{show.pk}/register/").status_code == 302
    with pytest.raises(ValidationError):
        services.roadshow_register(actor=university_user, roadshow=show)
    officer = client_for(province_officer)
    with pytest.raises(ValidationError):  # the outcome is recorded afterwards
        services.roadshow_record_outcome(
            actor=province_officer, roadshow=show, outcome="x", deals_signed=1, amount_signed=1
        )
    type(show).objects.filter(pk=show.pk).update(held_on=timezone.localdate())
    officer.post(
        f"/market/roadshows/{show.pk}/outcome/",
        {"outcome": "签约3项", "deals_signed": 3, "amount_signed": "1200000"},
    )
    page = Client().get(f"/market/roadshows/{show.pk}/").content.decode()
    assert "签约3项" in page and published_achievement.title in page
    assert "现场签约 3 项，意向金额 120万元" in page and "活动尚未举办" not in page
    listing = Client().get("/market/roadshows/").content.decode()
    assert "锂电成果路演" in listing


def test_roadshow_pages_for_organiser_registrant_and_others(
    nanchang_officer, ganzhou_officer, university_user, published_achievement
):
    """The organiser picks achievements from a list (not by typing ids), sees who registered;
    a registered unit is told so instead of a second button; an officer of another city
    neither sees the list nor may record the outcome."""
    officer = client_for(nanchang_officer)
    form = officer.get("/market/roadshows/new/").content.decode()
    assert published_achievement.title in form and 'name="achievements"' in form
    response = officer.post(
        "/market/roadshows/new/",
        {
            "title": "锂电成果路演",
            "kind": "roadshow",
            "held_on": (timezone.localdate() + dt.timedelta(days=3)).isoformat(),
            "venue": "南昌",
            "achievements": [published_achievement.pk],
        },
    )
    assert response.status_code == 302
    url = response["Location"]
    client = client_for(university_user)
    assert "本单位报名" in client.get(url).content.decode()
    client.post(url + "register/")
    page = client.get(url).content.decode()
    assert "本单位报名" not in page and "贵单位已报名" in page
    assert "报名单位（仅主办方可见）" not in page
    organiser = officer.get(url).content.decode()
    assert (
        "报名单位（仅主办方可见）" in organiser and university_user.organization.name in organiser
    )
    assert "记录成效" not in organiser  # not held yet
    other = client_for(ganzhou_officer).get(url).content.decode()
    assert published_achievement.title in other and "报名单位（仅主办方可见）" not in other
    show = services.Roadshow.objects.get(title="锂电成果路演")
    services.Roadshow.objects.filter(pk=show.pk).update(held_on=timezone.localdate())
    show.refresh_from_db()
    with pytest.raises(AccessDenied):
        services.roadshow_record_outcome(
            actor=ganzhou_officer, roadshow=show, outcome="x", deals_signed=1, amount_signed=1
        )
    assert "记录成效" in officer.get(url).content.decode()


def test_transfer_ranking_separates_universities_and_institutes(
    university_user, nanchang_university, nanchang_officer
):
    buyer = OrganizationFactory.create(name="测试买方公司", region_id="360702")
    c = contract_services.contract_submit(
        actor=university_user,
        seller=nanchang_university,
        buyer=buyer,
        contract_no="R-1",
        title="转让合同",
        kind="transfer",
        signed_on=timezone.localdate() - dt.timedelta(days=1),
        total_amount=Decimal("2000000"),
        tech_amount=Decimal("1800000"),
        paid_amount=Decimal("500000"),
    )
    contract_services.contract_register(actor=nanchang_officer, contract=c)
    html = Client().get("/market/ranking/").content.decode()
    assert nanchang_university.name in html and "180.00" in html and "科研院所" in html
    pdf = Client().get("/market/ranking.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_public_pages_open_without_login(published_achievement, published_demand):
    client = Client()
    for url in (
        "/market/",
        "/market/r/360100/",
        "/market/achievements/",
        "/market/demands/",
        "/market/roadshows/",
        "/market/ranking/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert published_achievement.title in client.get("/market/r/360100/").content.decode()
    assert published_achievement.title not in client.get("/market/r/360700/").content.decode()
    assert client.get("/market/r/999999/").status_code == 404
    assert client.get("/market/mine/").status_code == 302
    assert client.get("/market/contracts/").status_code == 302


def test_signed_in_pages_for_each_persona(
    province_officer,
    nanchang_officer,
    county_clerk,
    enterprise_user,
    university_user,
    expert_user,
    outsider,
    sys_admin,
    published_achievement,
):
    for user, url, code in [
        (nanchang_officer, "/market/mine/", 200),
        (county_clerk, "/market/mine/", 200),
        (enterprise_user, "/market/mine/?kind=demand", 200),
        (university_user, "/market/mine/", 200),
        (nanchang_officer, "/market/contracts/", 200),
        (nanchang_officer, "/market/contracts/?export=xlsx", 200),
        (enterprise_user, "/market/contracts/new/", 200),
        (enterprise_user, "/market/contracts/import/", 200),
        (province_officer, "/market/contracts/flows/", 200),
        (province_officer, "/market/roadshows/new/", 200),
        (expert_user, "/market/contracts/", 403),
        (outsider, "/market/moderation/", 403),
        (sys_admin, "/market/mine/", 403),
        (sys_admin, "/market/contracts/", 403),
    ]:
        assert client_for(user).get(url).status_code == code, (user.username, url)
    mine = client_for(county_clerk).get("/market/mine/").content.decode()
    assert published_achievement.title not in mine  # a 武宁县 clerk sees no 东湖区 listing
