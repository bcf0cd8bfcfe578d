"""After approval: the mid-term report (中期报告 → 中期检查 → 验收申请) on the pages, and a change
request (提出变更申请) telling the officers who answer it (decision 0006)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import TestCase

from apps.accounts.services import user_create
from apps.notices.models import Notice
from apps.programmes import policies, presets, services
from apps.programmes.models import Application, TimelineEvent
from apps.programmes.workflows import Workflow
from apps.regions.models import Region
from conftest import client_for

from .conftest import funded_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def funded(enterprise_user: Any) -> Application:
    """The enterprise's (东湖区, 南昌市) funded project, due at 中期报告."""
    return funded_project(enterprise_user)


def test_the_enterprise_reports_at_mid_term_and_the_province_checks_it(
    enterprise_user, province_officer, funded
):
    own = client_for(enterprise_user)
    page = own.get(f"/programmes/applications/{funded.pk}/").content.decode()
    assert 'data-testid="stage">中期报告<' in page
    assert "项目进展" in page and "已使用经费（万元）" in page  # the stage's form
    assert 'data-testid="action-submit_report"' in page
    answer = own.post(
        f"/programmes/applications/{funded.pk}/transition/",
        {
            "action": "submit_report",
            "version": funded.version,
            "f_progress": "完成算法原型与样机",
            "f_spent": "35",
        },
        follow=True,
    )
    assert "已办理：提交中期报告。" in answer.content.decode()
    funded.refresh_from_db()
    assert funded.stage == "midterm_check"
    assert funded.stage_data["midterm"] == {"progress": "完成算法原型与样机", "spent": "35"}

    officer = client_for(province_officer)
    queue = officer.get("/programmes/applications/?stage=midterm_check").content.decode()
    assert "工业视觉缺陷检测" in queue
    page = officer.get(f"/programmes/applications/{funded.pk}/").content.decode()
    # The report, as submitted, above the application it reports on (what is handled now).
    assert 'data-testid="stage-report"' in page
    assert page.index("完成算法原型与样机") < page.index("基本情况")
    assert 'data-testid="action-accept"' in page and 'data-testid="action-ask_again"' in page
    officer.post(
        f"/programmes/applications/{funded.pk}/transition/",
        {"action": "ask_again", "version": funded.version, "reason": "请补充经费明细"},
    )
    funded.refresh_from_db()
    assert funded.stage == "midterm" and funded.status == "active"
    own.post(
        f"/programmes/applications/{funded.pk}/transition/",
        {
            "action": "submit_report",
            "version": funded.version,
            "f_progress": "完成算法原型与样机，附经费明细",
            "f_spent": "36",
        },
    )
    funded.refresh_from_db()
    officer.post(
        f"/programmes/applications/{funded.pk}/transition/",
        {"action": "accept", "version": funded.version},
    )
    funded.refresh_from_db()
    assert funded.stage == "acceptance"
    labels = list(
        TimelineEvent.objects.filter(application=funded, kind="action").values_list(
            "label", flat=True
        )
    )
    assert labels[-4:] == ["提交中期报告", "要求补充材料", "提交中期报告", "审核通过"]


def test_a_change_request_is_answered_at_the_check_stage_after_it():
    flow = Workflow.parse(presets.research_project()["stages"])
    for asked, answered in (("midterm", "midterm_check"), ("acceptance", "acceptance_check")):
        found = flow.answered_at(flow.by_code[asked], has_county=True)
        assert found is not None and found.code == answered
    # Nothing answers after the last stage; an applicant stage is skipped over.
    assert flow.answered_at(flow.stages[-1], has_county=True) is None
    stages = presets.research_project()["stages"][:2]  # county, city
    stages.insert(0, {**stages[0], "code": "first"})
    stages.insert(1, presets.applicant_stage("note", "说明", presets.MIDTERM))
    flow = Workflow.parse(stages)
    assert flow.answered_at(flow.by_code["note"], has_county=True).code == "county"  # type: ignore[union-attr]
    assert flow.answered_at(flow.by_code["note"], has_county=False).code == "city"  # type: ignore[union-attr]


def test_a_change_request_tells_the_officers_who_answer_it(
    settings,
    enterprise_user,
    province_officer,
    nanchang_officer,
    donghu_officer,
    ganzhou_officer,
    funded,
):
    settings.KECHUANG_NOTICE_MAIL = True
    province_officer.email = "sheng@example.com"
    province_officer.save(update_fields=["email"])
    retired = user_create(
        actor=None,
        username="retired_province",
        password="Test@2026pass",
        role="province_officer",
        region=Region.objects.get(code="360000"),
    )
    retired.is_active = False
    retired.save(update_fields=["is_active"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        services.application_transition(
            actor=enterprise_user,
            application=funded,
            action="change_request",
            reason="关键设备到货延迟，申请延期三个月。",
        )
    notices = Notice.objects.filter(kind="programme.change_request")
    # 中期检查 is the province's: its officers are told, no other level, no inactive account.
    assert [n.recipient for n in notices] == [province_officer]
    notice = notices.get()
    assert "工业视觉缺陷检测" in notice.title and "提出变更申请" in notice.title
    assert "理由：关键设备到货延迟，申请延期三个月。请在“中期检查”环节答复。" in notice.body
    assert notice.link == f"/programmes/applications/{funded.pk}/"
    assert notice.kind_label == "变更申请"
    assert [m.to for m in mail.outbox] == [["sheng@example.com"]]
    assert mail.outbox[0].subject.startswith("【科创平台】")
    funded.refresh_from_db()
    assert funded.stage == "midterm"  # a record: the application stays where it is
    # The inbox of the officer shows it; the applicant is not told of their own request.
    inbox = client_for(province_officer).get("/notices/").content.decode()
    assert "工业视觉缺陷检测" in inbox and "变更申请" in inbox
    assert not Notice.objects.filter(recipient=enterprise_user).exists()


def test_the_officers_of_a_stage_are_those_of_its_level_over_the_region(
    province_officer, nanchang_officer, ganzhou_officer, donghu_officer, county_clerk, funded
):
    assert policies.stage_officers(funded, "province") == [province_officer]
    assert policies.stage_officers(funded, "city") == [nanchang_officer]
    assert policies.stage_officers(funded, "county") == [donghu_officer]
    assert policies.stage_officers(funded, "applicant") == []


def test_the_mid_term_report_is_kept_by_save_and_by_a_change_request_until_it_is_sent(
    enterprise_user, province_officer, funded
):
    own = client_for(enterprise_user)
    url = f"/programmes/applications/{funded.pk}/"
    assert 'data-testid="stage-draft"' in own.get(url).content.decode()
    # 暂存 keeps what is typed — a figure not yet a number included — and checks nothing.
    answer = own.post(
        f"{url}stage-draft/",
        {"version": funded.version, "f_progress": "样机调试中", "f_spent": "约三十"},
        follow=True,
    )
    assert "已暂存" in answer.content.decode()
    funded.refresh_from_db()
    assert funded.stage_drafts == {"midterm": {"progress": "样机调试中", "spent": "约三十"}}
    assert funded.stage == "midterm" and "midterm" not in funded.stage_data
    page = own.get(url).content.decode()
    assert "样机调试中" in page and 'value="约三十"' in page
    # A change request posted from the same page keeps the report typed with it.
    own.post(
        f"{url}transition/",
        {
            "action": "change_request",
            "version": funded.version,
            "reason": "关键设备到货延迟，申请延期三个月。",
            "f_progress": "样机调试中，设备延期到货",
            "f_spent": "30",
        },
    )
    funded.refresh_from_db()
    assert funded.stage_drafts["midterm"]["progress"] == "样机调试中，设备延期到货"
    assert "样机调试中，设备延期到货" in own.get(url).content.decode()
    # The timeline says at which stage the request was made.
    assert "中期报告环节" in client_for(province_officer).get(url).content.decode()
    # The officer never sees the applicant's unsent draft in the form.
    assert (
        "样机调试中，设备延期到货</textarea>"
        not in client_for(province_officer).get(url).content.decode()
    )
    # Sending the report stores it and lets the draft go.
    own.post(
        f"{url}transition/",
        {
            "action": "submit_report",
            "version": funded.version,
            "f_progress": "样机调试完成",
            "f_spent": "31",
        },
    )
    funded.refresh_from_db()
    assert funded.stage == "midterm_check"
    assert funded.stage_data["midterm"] == {"progress": "样机调试完成", "spent": "31"}
    assert funded.stage_drafts == {}


def test_only_the_applicant_keeps_a_draft_and_only_at_its_own_stage(
    enterprise_user, province_officer, funded
):
    from apps.audit.models import AuditEvent
    from apps.programmes.errors import Conflict, Refused

    with pytest.raises(Refused):
        services.stage_draft_save(
            actor=province_officer, application=funded, form_data={"progress": "x"}
        )
    services.application_transition(
        actor=enterprise_user,
        application=funded,
        action="submit_report",
        form_data={"progress": "完成", "spent": "1"},
    )
    funded.refresh_from_db()
    with pytest.raises(Conflict, match="不能暂存"):
        services.stage_draft_save(
            actor=enterprise_user, application=funded, form_data={"progress": "再改"}
        )
    funded.refresh_from_db()
    assert funded.stage_drafts == {}
    refused = AuditEvent.objects.filter(action="application.stage_draft", result="refused")
    assert refused.count() == 2
    # A stale page does not overwrite a newer draft.
    fresh = funded_project(enterprise_user, "kjjh-t2")
    services.stage_draft_save(
        actor=enterprise_user, application=fresh, form_data={"progress": "甲"}
    )
    with pytest.raises(Conflict):
        services.stage_draft_save(
            actor=enterprise_user,
            application=fresh,
            form_data={"progress": "乙"},
            expected_version=fresh.version - 1,
        )
