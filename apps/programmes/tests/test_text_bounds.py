"""What a person typed is refused when too long, never cut: the message names the field, the
limit and the length typed; nothing is written; the form comes back as typed (web) or the API
answers 400 with the message."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.programmes import services, services_reserve
from apps.programmes import services_challenges as ch
from apps.programmes.errors import Invalid
from apps.programmes.models import Challenge, GuideDirection, Milestone, ReserveEntry
from apps.programmes.validation import clean_team
from conftest import client_for

from .conftest import executing_bid, make_challenge, token_client
from .test_reserve import accepted_need

pytestmark = pytest.mark.django_db


def test_an_over_long_challenge_description_is_refused_and_the_form_keeps_it(
    province_officer, jb_call
):
    """It used to be stored cut to 5000 characters; now the page comes back with every field
    as typed and the reason, and no challenge is made."""
    summary = "突破晶界扩散工艺" * 700  # 5600 characters
    page = client_for(province_officer).post(
        "/programmes/challenges/manage/",
        {
            "call": jb_call.pk,
            "bid_closes_at": (timezone.localtime() + dt.timedelta(days=5)).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "budget": "300",
            "title": "稀土永磁材料",
            "summary": summary,
            "targets": "矫顽力≥25kOe",
            "region": "360702",
            "mode": "single",
            "contact_name": "张工",
        },
    )
    text = page.content.decode()
    assert page.status_code == 200
    assert "「需求描述」最多5000字，现为5600字。" in text
    assert summary in text and 'value="稀土永磁材料"' in text and 'value="300"' in text
    assert not Challenge.objects.exists()


def test_the_challenge_service_refuses_an_over_long_title(province_officer, jb_call):
    """The same rule for every caller (a need promoted, a market demand, the API)."""
    with pytest.raises(Invalid) as caught:
        ch.challenge_create(
            actor=province_officer,
            call=jb_call,
            title="题" * 201,
            summary="述" * 10,
            budget="100",
            bid_closes_at=timezone.now() + dt.timedelta(days=3),
            region=province_officer.region,
        )
    assert caught.value.errors["title"] == "「榜单名称」最多200字，现为201字。"
    assert not Challenge.objects.exists()


def test_over_long_milestone_evidence_is_refused_on_the_page_and_through_the_api(
    province_officer, enterprise_user, expert_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    app = executing_bid(province_officer, expert_user, enterprise_user, challenge, uni)
    gate = Milestone.objects.get(application=app, number=1)
    evidence = "检测报告" * 1300  # 5200 characters
    page = client_for(enterprise_user).post(
        f"/programmes/milestones/{gate.pk}/submit/", {"evidence": evidence}
    )
    text = page.content.decode()
    assert page.status_code == 200
    assert "「完成情况说明」最多5000字，现为5200字。" in text and evidence in text
    api = token_client(enterprise_user).post(
        f"/api/v1/applications/{app.pk}/milestones/{gate.pk}/submit",
        {"evidence": evidence},
        content_type="application/json",
    )
    assert api.status_code == 400
    assert api.json()["errors"]["evidence"] == "「完成情况说明」最多5000字，现为5200字。"
    gate.refresh_from_db()
    assert gate.status == "planned" and gate.evidence == ""


def test_an_over_long_milestone_plan_row_is_named_and_the_rows_come_back(
    province_officer, enterprise_user, expert_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    app = executing_bid(province_officer, expert_user, enterprise_user, challenge, uni)
    before = list(app.milestones.values_list("title", flat=True))
    long_title = "中试线建成并通过验收" * 21  # 210 characters
    page = client_for(province_officer).post(
        f"/programmes/applications/{app.pk}/milestones/",
        {
            "m_title": ["小试", long_title],
            "m_due_on": ["2027-03-31", "2027-09-30"],
            "m_amount": ["100", "150"],
            "m_deliverable": ["", "样机"],
        },
    )
    text = page.content.decode()
    assert "第 2 个里程碑：「里程碑」最多200字，现为210字。" in text
    assert long_title in text and 'value="样机"' in text
    assert list(app.milestones.values_list("title", flat=True)) == before


def test_reserve_and_guide_refuse_over_long_text_and_keep_it(
    enterprise_user, nanchang_officer, province_officer, jb_call
):
    """The guide's 研究内容与考核指标 was cut to 8000 characters, a reserve entry's field to 30
    and each tag to 20, without a word."""
    text = "研究内容" * 2100  # 8400 characters
    page = client_for(province_officer).post(
        f"/programmes/calls/{jb_call.pk}/guide/", {"title": "方向一", "text": text}
    )
    body = page.content.decode()
    assert "「研究内容与考核指标」最多8000字，现为8400字。" in body and text in body
    assert not GuideDirection.objects.exists()

    need = accepted_need(enterprise_user, nanchang_officer, province_officer)
    field = "新能源汽车功率半导体" * 4  # 40 characters
    page = client_for(nanchang_officer).post(
        "/programmes/reserve/",
        {"need": need.pk, "title": "车规级功率模块", "field": field, "tags": "封装"},
    )
    body = page.content.decode()
    assert "「技术领域」最多30字，现为40字。" in body and f'value="{field}"' in body
    with pytest.raises(Invalid, match="最多20字，现为21字"):
        services_reserve.reserve_add(
            actor=nanchang_officer, need=need, title="名称", field="新能源", tags=["签" * 21]
        )
    assert not ReserveEntry.objects.exists()


def test_a_team_member_with_an_over_long_role_is_refused_not_cut() -> None:
    _, message = clean_team([{"name": "张三", "role": "负" * 51}], "项目团队")
    assert message == "「项目团队第1行职务」最多50字，现为51字。"


def test_an_over_long_withdrawal_reason_says_the_limit(submitted, enterprise_user):
    with pytest.raises(Invalid) as caught:
        services.application_transition(
            actor=enterprise_user, application=submitted, action="withdraw", reason="理" * 2001
        )
    assert caught.value.errors["reason"] == "「理由」最多2000字，现为2001字。"
    submitted.refresh_from_db()
    assert submitted.status != "withdrawn"
