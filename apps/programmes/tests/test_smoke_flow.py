"""The whole lifecycle through the services, as the province runs it."""

from __future__ import annotations

import datetime as dt

import pytest

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.notices.models import Notice
from apps.programmes import services
from apps.programmes.choices import ApplicationStatus
from apps.programmes.errors import Conflict
from apps.programmes.models import Application, TimelineEvent

from .conftest import PDF  # noqa: F401

pytestmark = pytest.mark.django_db


def test_from_submit_to_follow_up(
    submitted,
    enterprise_user,
    donghu_officer,
    nanchang_officer,
    province_officer,
    expert_user,
    django_capture_on_commit_callbacks,
):
    app = submitted
    assert app.stage == "county" and app.receipt_number
    t = services.application_transition
    t(actor=donghu_officer, application=app, action="recommend", reason="同意推荐")
    assert app.stage == "city"
    t(actor=nanchang_officer, application=app, action="recommend")
    assert app.stage == "formal" and app.quota_region == "360100"
    checklist = app.config.stages[2]["checklist"]
    t(actor=province_officer, application=app, action="pass", checklist=checklist)
    assert app.stage == "review"
    services.review_assign(actor=province_officer, application=app, reviewers=[expert_user])
    with pytest.raises(Conflict):
        t(actor=province_officer, application=app, action="finish_review")
    assignment = app.reviews.get()
    services.review_declare(actor=expert_user, assignment=assignment, conflict=False)
    services.review_submit(
        actor=expert_user,
        assignment=assignment,
        scores={"innovation": 25, "feasibility": 20, "benefit": 20, "capability": 15},
        comment="良好",
    )
    t(actor=province_officer, application=app, action="finish_review")
    assert app.score == 80
    t(actor=province_officer, application=app, action="approve", amount="50")
    assert app.stage == "publicity" and app.publicity_ends_on is not None
    with pytest.raises(Conflict, match="公示期"):
        t(actor=province_officer, application=app, action="finalize")
    Application.objects.filter(pk=app.pk).update(publicity_ends_on=dt.date(2020, 1, 1))
    app.refresh_from_db()
    t(actor=province_officer, application=app, action="finalize")
    assert app.stage == "trial"
    with pytest.raises(AccessDenied):
        t(actor=province_officer, application=app, action="submit_report")
    t(actor=enterprise_user, application=app, action="change_request", reason="延期三个月")
    t(
        actor=enterprise_user,
        application=app,
        action="submit_report",
        form_data={"progress": "完成样机", "spent": "120"},
    )
    assert app.stage == "trial_check" and app.stage_data["trial"]["spent"] == "120"
    with django_capture_on_commit_callbacks(execute=True):
        t(actor=province_officer, application=app, action="approve_change", reason="同意延期")
    assert Notice.objects.filter(
        recipient=enterprise_user, kind="programme.decision", title__contains="同意变更"
    ).exists()
    t(actor=province_officer, application=app, action="accept")
    t(
        actor=enterprise_user,
        application=app,
        action="submit_report",
        form_data={"results": "达标", "indicators_met": "全部完成", "spent_total": "480"},
    )
    t(actor=province_officer, application=app, action="accept")
    assert app.stage == "excellence"
    t(actor=province_officer, application=app, action="excellent", reason="技术领先")
    t(actor=province_officer, application=app, action="to_followup")
    t(
        actor=enterprise_user,
        application=app,
        action="submit_report",
        form_data={"sales_y1": "1200", "profit_y1": "150"},
    )
    assert app.status == ApplicationStatus.COMPLETED
    events = TimelineEvent.objects.filter(application=app)
    assert events.count() >= 15
    actions = set(AuditEvent.objects.filter(object_id=str(app.pk)).values_list("action", flat=True))
    assert {"application.recommend", "application.approve", "application.finalize"} <= actions


def test_a_change_asked_for_at_acceptance_can_be_answered_there():
    """Every type's 验收 stage answers a change requested in 验收申请 (the applicant stage
    before it offers 提出变更申请)."""
    from apps.programmes import presets
    from apps.programmes.workflows import Workflow

    checked = 0
    for code, _name, _about, build in presets.PROGRAMME_TYPES:
        stages = {s.code: s for s in Workflow.parse(build()["stages"]).stages}
        if "acceptance" in stages and "acceptance_check" in stages:
            checked += 1
            asked = {a.code for a in stages["acceptance"].actions}
            answered = {a.code for a in stages["acceptance_check"].actions}
            assert "change_request" in asked and "approve_change" in answered, code
    assert checked >= 3  # new product, technology challenge, key laboratory…
