"""揭榜挂帅: the challenge list, bids, the pick (择优 / 赛马), milestone gates and payments,
and the promotion of a technology-market demand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.utils import timezone

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.core.scoping import visible_to
from apps.programmes import configuration, services
from apps.programmes import services_challenges as ch
from apps.programmes import services_milestones as ms
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Application, Challenge, Milestone
from tests.factories import OrganizationFactory

from .conftest import bid, close_bidding, make_challenge, refusals, to_award, to_execution

pytestmark = pytest.mark.django_db


def test_bidding_on_an_unpublished_challenge_is_refused_and_audited(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call, publish=False)
    with pytest.raises(Conflict, match="尚未发布"):
        bid(enterprise_user, challenge, uni)
    assert not Application.objects.filter(challenge=challenge).exists()
    assert refusals("challenge.bid") == 1


def test_bidding_after_the_challenge_closed_is_refused(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    close_bidding(challenge)
    with pytest.raises(Conflict, match="截止"):
        bid(enterprise_user, challenge, uni)
    assert not Application.objects.filter(challenge=challenge).exists()


def test_a_bid_with_a_blacklisted_partner_cannot_be_submitted_and_names_the_partner(
    province_officer, enterprise_user, jb_call, uni
):
    configuration.blacklist_add(
        actor=province_officer,
        kind="organization",
        name=uni.name,
        credit_code=uni.credit_code,
        reason="骗取财政资金",
        starts_on=dt.date(2025, 1, 1),
    )
    challenge = make_challenge(province_officer, jb_call)
    with pytest.raises(Conflict, match=f"联合单位“{uni.name}”在失信黑名单") as refused:
        bid(enterprise_user, challenge, uni)
    assert "申报单位" not in str(refused.value)
    app = Application.objects.get(challenge=challenge)
    assert app.status == "draft" and app.receipt_number is None


def test_a_draft_bid_cannot_be_submitted_once_bidding_closed(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    app = ch.challenge_bid(
        actor=enterprise_user,
        challenge=challenge,
        title="方案",
        partners=[{"credit_code": uni.credit_code}],
    )
    ch.challenge_close(actor=province_officer, challenge=challenge)
    with pytest.raises(Conflict):
        services.application_submit(actor=enterprise_user, application=app)
    app.refresh_from_db()
    assert app.status == "draft" and app.receipt_number is None


def test_a_bid_needs_an_enterprise_and_a_university_team(
    province_officer, enterprise_user, jb_call
):
    challenge = make_challenge(province_officer, jb_call)
    other_company = OrganizationFactory.create(name="另一家公司", region_id="360102")
    app = ch.challenge_bid(
        actor=enterprise_user,
        challenge=challenge,
        title="方案",
        partners=[{"credit_code": other_company.credit_code}],
    )
    problems = services.submission_problems(app, app.title, app.data)
    assert "partners" in problems
    with pytest.raises(Invalid, match="联合单位"):
        ch.bid_partners_set(
            actor=enterprise_user, application=app, partners=[{"credit_code": "9136XXXXXXXXXXXXXX"}]
        )


def test_a_plain_application_to_a_challenge_call_is_refused(
    province_officer, enterprise_user, jb_call
):
    make_challenge(province_officer, jb_call)
    with pytest.raises(Conflict, match="揭榜"):
        services.application_create(actor=enterprise_user, call=jb_call, title="x")


def test_pick_single_winner_then_milestones_and_payments(
    province_officer, enterprise_user, university_user, expert_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    first = bid(enterprise_user, challenge, uni)
    company = OrganizationFactory.create(name="揭榜二号公司", region_id="360702")
    second = bid(university_user, challenge, company, title="大学牵头方案")
    for app in (first, second):
        to_award(province_officer, expert_user, app)
    # No pick while bidding is still open.
    with pytest.raises(Conflict, match="截止"):
        services.application_transition(
            actor=province_officer, application=first, action="pick", amount="300"
        )
    close_bidding(challenge)
    # The enterprise never moves its own bid forward.
    with pytest.raises(AccessDenied):
        services.application_transition(
            actor=enterprise_user, application=first, action="pick", amount="300"
        )
    with pytest.raises(Invalid, match="上限"):
        services.application_transition(
            actor=province_officer, application=first, action="pick", amount="900"
        )
    to_execution(province_officer, first)
    with pytest.raises(Conflict, match="已选定 1 个"):
        services.application_transition(
            actor=province_officer, application=second, action="pick", amount="100"
        )
    # Milestones: the plan never exceeds the approved amount.
    with pytest.raises(Invalid, match="超过批准金额"):
        ms.milestones_plan(
            actor=province_officer,
            application=first,
            milestones=[
                {"title": "小试", "due_on": "2027-03-31", "amount": "200"},
                {"title": "中试", "due_on": "2027-09-30", "amount": "150"},
            ],
        )
    with pytest.raises(AccessDenied):
        ms.milestones_plan(
            actor=enterprise_user,
            application=first,
            milestones=[{"title": "小试", "due_on": "2027-03-31", "amount": "100"}],
        )
    planned = ms.milestones_plan(
        actor=province_officer,
        application=first,
        milestones=[
            {"title": "中试", "due_on": "2027-09-30", "amount": "150"},
            {"title": "小试", "due_on": "2027-03-31", "amount": "100"},
        ],
    )
    assert [m.title for m in planned] == ["小试", "中试"]
    gate = Milestone.objects.get(application=first, number=1)
    # Cannot leave execution before every gate passed.
    with pytest.raises(Conflict, match="里程碑"):
        services.application_transition(
            actor=province_officer, application=first, action="to_acceptance"
        )
    ms.milestone_submit(actor=enterprise_user, milestone=gate, evidence="小试样品检测报告")
    # The enterprise cannot approve its own milestone; the refusal is audited.
    with pytest.raises(AccessDenied):
        ms.milestone_decide(actor=enterprise_user, milestone=gate, approve=True)
    assert refusals("milestone.decide") == 1
    gate.refresh_from_db()
    assert gate.status == "submitted" and gate.payment == "none"
    ms.milestone_decide(actor=province_officer, milestone=gate, approve=True, note="合格")
    gate.refresh_from_db()
    assert gate.status == "approved" and gate.payment == "due"
    ms.milestone_pay(actor=province_officer, milestone=gate, reference="ZF-2027-001")
    with pytest.raises(Conflict, match="重复拨付"):
        ms.milestone_pay(actor=province_officer, milestone=gate, reference="ZF-2027-002")
    gate.refresh_from_db()
    assert gate.payment_ref == "ZF-2027-001"
    assert AuditEvent.objects.filter(action="milestone.pay", result="success").count() == 1
    last = Milestone.objects.get(application=first, number=2)
    ms.milestone_submit(actor=enterprise_user, milestone=last, evidence="中试线")
    ms.milestone_decide(actor=province_officer, milestone=last, approve=False, note="缺检测报告")
    last.refresh_from_db()
    assert last.status == "returned" and last.payment == "none"
    with pytest.raises(Conflict):
        ms.milestone_pay(actor=province_officer, milestone=last, reference="X")
    ms.milestone_submit(actor=enterprise_user, milestone=last, evidence="补充检测报告")
    ms.milestone_decide(actor=province_officer, milestone=last, approve=True)
    services.application_transition(
        actor=province_officer, application=first, action="to_acceptance"
    )
    first.refresh_from_db()
    assert first.stage == "acceptance"
    paid = Milestone.objects.filter(application=first).aggregate(s=Sum("amount"))["s"]
    assert paid <= first.amount


def test_race_picks_two_teams_and_the_later_decision_ends_the_other(
    province_officer, enterprise_user, university_user, expert_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call, mode="race")
    company = OrganizationFactory.create(name="赛马二号公司", region_id="360702")
    teams = [
        bid(enterprise_user, challenge, uni),
        bid(university_user, challenge, company, title="大学牵头方案"),
    ]
    for app in teams:
        to_award(province_officer, expert_user, app)
    close_bidding(challenge)
    for app in teams:
        to_execution(province_officer, app, amount="200")
    # race_out is refused before the 择优 decision.
    with pytest.raises(Conflict, match="择优"):
        services.application_transition(
            actor=province_officer, application=teams[1], action="race_out", reason="x"
        )
    with pytest.raises(AccessDenied):
        ch.challenge_race_decide(
            actor=enterprise_user, challenge=challenge, winner=teams[0], reason="自评"
        )
    ch.challenge_race_decide(
        actor=province_officer, challenge=challenge, winner=teams[0], reason="中试指标领先"
    )
    challenge.refresh_from_db()
    assert challenge.status == "decided" and challenge.final_winner_id == teams[0].pk
    teams[1].refresh_from_db()
    teams[0].refresh_from_db()
    assert teams[1].status == "rejected" and teams[0].status == "active"
    assert teams[1].timeline.filter(action="race_out").exists()


def test_a_challenge_only_officers_over_its_region_publish(
    province_officer, ganzhou_officer, enterprise_user, jb_call
):
    challenge = make_challenge(province_officer, jb_call, publish=False)
    for actor in (ganzhou_officer, enterprise_user):
        with pytest.raises(AccessDenied):
            ch.challenge_publish(actor=actor, challenge=challenge)
    challenge.refresh_from_db()
    assert challenge.status == "draft"
    ch.challenge_publish(actor=province_officer, challenge=challenge)
    with pytest.raises(Conflict, match="重复发布"):
        ch.challenge_publish(actor=province_officer, challenge=challenge)


def test_scoping_city_officers_see_challenges_of_their_city_only(
    province_officer, ganzhou_officer, nanchang_officer, jb_call
):
    challenge = make_challenge(province_officer, jb_call)  # in 赣州
    assert visible_to(ganzhou_officer, Challenge).filter(pk=challenge.pk).exists()
    assert not visible_to(nanchang_officer, Challenge).filter(pk=challenge.pk).exists()
    assert visible_to(province_officer, Challenge).filter(pk=challenge.pk).exists()


def test_promoting_a_market_demand_twice_is_refused(province_officer, enterprise_user, jb_call):
    from apps.market.models import Demand

    demand = Demand.objects.create(
        title="耐高温锂电隔膜",
        summary="需要 200℃ 不收缩的隔膜",
        field="new_energy",
        organization=enterprise_user.organization,
        owner=enterprise_user,
        region=enterprise_user.organization.region,
        status="published",
        contact_name="王经理",
        contact_phone="13800001111",
    )
    closes = timezone.now() + dt.timedelta(days=7)
    made = ch.challenge_from_demand(
        actor=province_officer, demand=demand, call=jb_call, budget="300", bid_closes_at=closes
    )
    assert made.source_demand_id == demand.pk and made.status == "draft"
    assert made.budget == Decimal("300.00")
    with pytest.raises(Conflict, match="不能重复"):
        ch.challenge_from_demand(
            actor=province_officer, demand=demand, call=jb_call, budget="300", bid_closes_at=closes
        )
    assert Challenge.objects.filter(source_demand=demand).count() == 1
    with pytest.raises(AccessDenied):
        ch.challenge_from_demand(
            actor=enterprise_user, demand=demand, call=jb_call, budget="1", bid_closes_at=closes
        )


def test_reminders_for_closing_challenges_and_due_milestones_go_out_once(
    province_officer, enterprise_user, university_user, expert_user, jb_call, uni
):
    from apps.notices.models import Notice

    challenge = make_challenge(province_officer, jb_call)
    draft = ch.challenge_bid(
        actor=enterprise_user,
        challenge=challenge,
        title="未提交的揭榜",
        partners=[{"credit_code": uni.credit_code}],
    )
    Challenge.objects.filter(pk=challenge.pk).update(
        bid_closes_at=timezone.now() + dt.timedelta(hours=30)
    )
    company = OrganizationFactory.create(name="里程碑公司", region_id="360702")
    other = make_challenge(province_officer, jb_call)
    team = bid(university_user, other, company)
    to_award(province_officer, expert_user, team)
    close_bidding(other)
    to_execution(province_officer, team)
    today = timezone.localdate()
    ms.milestones_plan(
        actor=province_officer,
        application=team,
        milestones=[
            {
                "title": "即将到期",
                "due_on": (today + dt.timedelta(days=1)).isoformat(),
                "amount": "50",
            },
            {
                "title": "远期",
                "due_on": (today + dt.timedelta(days=200)).isoformat(),
                "amount": "50",
            },
        ],
    )
    assert services.deadline_reminders_send() == 2
    assert services.deadline_reminders_send() == 0
    titles = set(Notice.objects.values_list("title", flat=True))
    assert any("截止揭榜" in t for t in titles) and any("即将到期" in t for t in titles)
    assert not any("远期" in t for t in titles)
    assert Application.objects.get(pk=draft.pk).status == "draft"


def test_officers_vet_the_wording_before_publishing_and_it_freezes_after(
    province_officer, ganzhou_officer, jb_call
):
    challenge = make_challenge(province_officer, jb_call, publish=False)
    closes = challenge.bid_closes_at
    with pytest.raises(Invalid) as caught:
        ch.challenge_update(
            actor=province_officer,
            challenge=challenge,
            bid_closes_at=closes,
            title="",
            budget="-1",
            mode="race",
            max_winners="9",
        )
    assert set(caught.value.errors) == {"title", "budget", "max_winners"}
    with pytest.raises(AccessDenied):
        ch.challenge_update(
            actor=ganzhou_officer, challenge=challenge, bid_closes_at=closes, title="改"
        )
    ch.challenge_update(
        actor=province_officer,
        challenge=challenge,
        bid_closes_at=closes,
        title="稀土永磁晶界扩散（修订）",
        mode="race",
        max_winners="3",
    )
    challenge.refresh_from_db()
    assert challenge.title == "稀土永磁晶界扩散（修订）" and challenge.max_winners == 3
    assert AuditEvent.objects.filter(action="challenge.update", result="success").exists()
    ch.challenge_publish(actor=province_officer, challenge=challenge)
    with pytest.raises(Conflict, match="已发布"):
        ch.challenge_update(
            actor=province_officer, challenge=challenge, bid_closes_at=closes, title="再改"
        )
