"""Pages of 揭榜挂帅 and the reserve: public list, bidding, officers' pages, scoping."""

from __future__ import annotations

import pytest
from django.test import Client

from apps.programmes import services_challenges as ch
from apps.programmes.models import Application, Challenge
from conftest import client_for
from tests.factories import OrganizationFactory

from .conftest import bid, close_bidding, make_challenge, to_award, to_execution

pytestmark = pytest.mark.django_db


def test_public_board_lists_only_published_challenges_and_masks_contacts(province_officer, jb_call):
    published = make_challenge(province_officer, jb_call)
    draft = ch.challenge_create(
        actor=province_officer,
        call=jb_call,
        title="尚未发布的保密榜单",
        summary="草稿",
        budget="100",
        bid_closes_at=published.bid_closes_at,
        region=published.region,
    )
    page = Client().get("/programmes/challenges/")
    assert page.status_code == 200
    text = page.content.decode()
    assert published.title in text and draft.title not in text
    assert "13907971234" not in text and "139****1234" in text
    assert "张工" not in text
    detail = Client().get(f"/programmes/challenges/{published.pk}/").content.decode()
    assert "13907971234" not in detail and "139****1234" in detail
    assert Client().get(f"/programmes/challenges/{draft.pk}/").status_code == 404


def test_bidding_through_the_page(province_officer, enterprise_user, jb_call):
    challenge = make_challenge(province_officer, jb_call)
    uni = OrganizationFactory.create(name="页面测试大学", kind="university", region_id="360102")
    client = client_for(enterprise_user)
    answer = client.post(
        f"/programmes/challenges/{challenge.pk}/",
        {"title": "页面揭榜", "partner_code": [uni.credit_code, ""], "partner_role": ["表征", ""]},
    )
    app = Application.objects.get(challenge=challenge)
    assert answer.status_code == 302 and answer["Location"].endswith(f"/{app.pk}/edit/")
    assert list(app.partners.values_list("organization__name", flat=True)) == ["页面测试大学"]
    assert "页面测试大学" in client.get(f"/programmes/applications/{app.pk}/edit/").content.decode()


def test_officer_pages_are_scoped(province_officer, nanchang_officer, ganzhou_officer, jb_call):
    challenge = make_challenge(province_officer, jb_call)  # in 赣州
    assert (
        client_for(ganzhou_officer)
        .get(f"/programmes/challenges/manage/{challenge.pk}/")
        .status_code
        == 200
    )
    assert (
        client_for(nanchang_officer)
        .get(f"/programmes/challenges/manage/{challenge.pk}/")
        .status_code
        == 404
    )
    listing = client_for(nanchang_officer).get("/programmes/challenges/manage/").content.decode()
    assert challenge.title not in listing
    # A city officer sees the challenge but may not publish or close it.
    answer = client_for(ganzhou_officer).post(
        f"/programmes/challenges/manage/{challenge.pk}/", {"op": "close"}
    )
    assert answer.status_code == 403
    challenge.refresh_from_db()
    assert challenge.status == "published"


def test_milestone_approval_and_payment_through_the_pages(
    province_officer, enterprise_user, expert_user, jb_call
):
    challenge = make_challenge(province_officer, jb_call)
    uni = OrganizationFactory.create(name="里程碑大学", kind="university", region_id="360102")
    app = bid(enterprise_user, challenge, uni)
    to_award(province_officer, expert_user, app)
    close_bidding(challenge)
    to_execution(province_officer, app, amount="300")
    officer = client_for(province_officer)
    officer.post(
        f"/programmes/applications/{app.pk}/milestones/",
        {
            "m_title": ["小试", "中试"],
            "m_due_on": ["2027-03-31", "2027-09-30"],
            "m_amount": ["100", "500"],
            "m_deliverable": ["", ""],
        },
    )
    assert not app.milestones.exists()  # over the approved amount: nothing written
    officer.post(
        f"/programmes/applications/{app.pk}/milestones/",
        {
            "m_title": ["小试", "中试"],
            "m_due_on": ["2027-03-31", "2027-09-30"],
            "m_amount": ["100", "200"],
            "m_deliverable": ["", ""],
        },
    )
    first = app.milestones.get(number=1)
    company = client_for(enterprise_user)
    company.post(f"/programmes/milestones/{first.pk}/submit/", {"evidence": "检测报告"})
    assert company.post(f"/programmes/milestones/{first.pk}/approve/").status_code == 403
    officer.post(f"/programmes/milestones/{first.pk}/approve/", {"note": "合格"})
    officer.post(f"/programmes/milestones/{first.pk}/pay/", {"reference": "ZF-1"})
    officer.post(f"/programmes/milestones/{first.pk}/pay/", {"reference": "ZF-2"})
    first.refresh_from_db()
    assert first.payment == "paid" and first.payment_ref == "ZF-1"
    page = company.get(f"/programmes/applications/{app.pk}/").content.decode()
    assert "已拨付" in page and "考核通过" in page


def test_market_demand_promotion_button_and_once_only(province_officer, enterprise_user, jb_call):
    from apps.market.models import Demand

    demand = Demand.objects.create(
        title="耐高温隔膜",
        summary="200℃ 不收缩",
        field="new_energy",
        organization=enterprise_user.organization,
        owner=enterprise_user,
        region=enterprise_user.organization.region,
        status="published",
    )
    officer = client_for(province_officer)
    page = officer.get(f"/market/demands/{demand.pk}/").content.decode()
    assert 'data-testid="promote"' in page
    assert (
        'data-testid="promote"'
        not in client_for(enterprise_user).get(f"/market/demands/{demand.pk}/").content.decode()
    )
    officer.post(f"/programmes/challenges/from-demand/{demand.pk}/", {"budget": "200"})
    officer.post(f"/programmes/challenges/from-demand/{demand.pk}/", {"budget": "200"})
    assert Challenge.objects.filter(source_demand=demand).count() == 1
    assert "已转为榜单项目" in officer.get(f"/market/demands/{demand.pk}/").content.decode()
    assert (
        client_for(enterprise_user)
        .post(f"/programmes/challenges/from-demand/{demand.pk}/")
        .status_code
        == 403
    )


def test_a_draft_bid_changes_its_partners_on_the_edit_page(
    province_officer, enterprise_user, jb_call
):
    challenge = make_challenge(province_officer, jb_call)
    company = OrganizationFactory.create(name="合作公司", region_id="360102")
    uni = OrganizationFactory.create(name="合作大学", kind="university", region_id="360102")
    app = ch.challenge_bid(
        actor=enterprise_user,
        challenge=challenge,
        title="方案",
        partners=[{"credit_code": company.credit_code}],
    )
    client = client_for(enterprise_user)
    client.post(
        f"/programmes/applications/{app.pk}/partners/",
        {
            "version": app.version,
            "title": "方案（改）",
            "partner_code": [uni.credit_code, "9136UNKNOWN0000000"],
            "partner_role": ["表征", ""],
        },
    )
    app.refresh_from_db()
    assert app.title == "方案（改）"  # the typed title was saved with it
    assert list(app.partners.values_list("organization__name", flat=True)) == ["合作公司"]
    client.post(
        f"/programmes/applications/{app.pk}/partners/",
        {"partner_code": [uni.credit_code, ""], "partner_role": ["表征", ""]},
    )
    assert list(app.partners.values_list("organization__name", flat=True)) == ["合作大学"]
