"""What walking the lifecycle in the demo found wrong on the officers' and applicants' pages."""

from __future__ import annotations

import pytest

from apps.programmes import services
from conftest import client_for

from .conftest import make_call, ready_draft, refusals

pytestmark = pytest.mark.django_db


def test_the_timeline_names_each_move_in_chinese(enterprise_user, donghu_officer, submitted):
    services.application_transition(
        actor=donghu_officer, application=submitted, action="return", reason="补充盖章页"
    )
    services.application_submit(actor=enterprise_user, application=submitted)
    page = client_for(enterprise_user).get(f"/programmes/applications/{submitted.pk}/")
    timeline = page.content.decode().split('data-testid="timeline"')[1].split("</ul>")[0]
    assert "申报 → 县级推荐" in timeline and "已退回修改" in timeline
    assert "已退回修改 → 县级推荐" in timeline  # resubmitted into the same stage
    assert "draft" not in timeline and "active" not in timeline and "returned" not in timeline


def test_a_refused_transition_says_why_once(donghu_officer, submitted):
    answer = client_for(donghu_officer).post(
        f"/programmes/applications/{submitted.pk}/transition/",
        {"action": "return", "reason": "", "version": submitted.version},
        follow=True,
    )
    assert answer.content.decode().count("请填写理由。") == 1


def test_a_refusal_reads_as_one_sentence_per_reason():
    from apps.programmes.errors import Conflict, Invalid
    from apps.programmes.views.common import error_text

    same = Invalid("请填写理由。", {"reason": "请填写理由。"})
    finer = Invalid("请填写支持金额。", {"amount": "请填写支持金额（万元，数字）。"})
    other = Invalid("形式审查清单未全部核对。", {"checklist": "请逐项核对清单后再通过。"})
    assert error_text(same) == "请填写理由。"
    assert error_text(finer) == "请填写支持金额（万元，数字）。"
    assert error_text(other) == "形式审查清单未全部核对。 请逐项核对清单后再通过。"
    assert error_text(Conflict("已被他人修改。")) == "已被他人修改。"


def test_bulk_reports_what_it_could_not_do_by_receipt_number(
    enterprise_user, donghu_officer, submitted
):
    # One application has gone on to the city: the county may no longer act on it.
    services.application_transition(actor=donghu_officer, application=submitted, action="recommend")
    other = ready_draft(enterprise_user, make_call("np-2026b"))
    services.application_submit(actor=enterprise_user, application=other)
    other.refresh_from_db()
    before = refusals("application.recommend")
    answer = client_for(donghu_officer).post(
        "/programmes/applications/bulk/",
        {"ids": [submitted.pk, other.pk], "action": "recommend"},
        follow=True,
    )
    assert answer.status_code == 200  # not the 403 page for the whole batch
    text = answer.content.decode()
    assert "已办理 1 件。" in text
    assert f"未能办理：{submitted.receipt_number}：" in text
    other.refresh_from_db()
    submitted.refresh_from_db()
    assert other.stage == "city" and submitted.stage == "city"
    assert refusals("application.recommend") == before + 1


def test_a_refused_stage_form_keeps_what_was_typed(enterprise_user, submitted):
    from apps.programmes.models import Application

    Application.objects.filter(pk=submitted.pk).update(stage="acceptance")  # 验收申请
    submitted.refresh_from_db()
    answer = client_for(enterprise_user).post(
        f"/programmes/applications/{submitted.pk}/transition/",
        {
            "action": "submit_report",
            "version": submitted.version,
            "f_results": "在5个基地示范应用",
            "f_indicators_met": "基本完成",
            "f_spent_total": "一百",
            "reason": "请审核",
        },
    )
    assert answer.status_code == 200
    page = answer.content.decode()
    assert "“经费决算（万元）”须为数字。" in page
    assert ">在5个基地示范应用</textarea>" in page
    assert "<option selected>基本完成</option>" in page
    assert 'value="一百"' in page and ">请审核</textarea>" in page
    submitted.refresh_from_db()
    assert submitted.stage == "acceptance"
