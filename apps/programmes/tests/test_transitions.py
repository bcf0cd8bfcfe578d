"""Rules that must hold for moving applications: role, region, stage order, withdrawal,
deadlines, quotas, blacklist; every transition and refusal audited and on the timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.programmes import configuration, services
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Application, Call, ProgrammeConfig, TimelineEvent
from tests.factories import OrganizationFactory

from .conftest import id_number, ready_draft

pytestmark = pytest.mark.django_db
t = services.application_transition


def refused_rows(app, action):
    return AuditEvent.objects.filter(
        object_id=str(app.pk), action=f"application.{action}", result="refused"
    )


def test_an_enterprise_posting_a_recommendation_is_refused_and_audited(enterprise_user, submitted):
    with pytest.raises(AccessDenied, match="县级管理员"):
        t(actor=enterprise_user, application=submitted, action="recommend")
    submitted.refresh_from_db()
    assert submitted.stage == "county" and submitted.version == 2
    assert refused_rows(submitted, "recommend").count() == 1


def test_skipping_a_stage_is_refused(province_officer, submitted):
    with pytest.raises((Conflict, AccessDenied)):
        t(actor=province_officer, application=submitted, action="approve", amount="10")
    with pytest.raises(Conflict, match="没有"):
        t(actor=province_officer, application=submitted, action="publish_everything")
    assert refused_rows(submitted, "approve").count() == 1
    submitted.refresh_from_db()
    assert submitted.stage == "county"


def test_the_city_may_not_act_for_the_county(nanchang_officer, submitted):
    with pytest.raises(AccessDenied):
        t(actor=nanchang_officer, application=submitted, action="recommend")


def test_a_county_officer_of_another_county_is_refused(county_clerk, submitted):
    with pytest.raises(AccessDenied, match="管辖范围"):
        t(actor=county_clerk, application=submitted, action="recommend")
    assert refused_rows(submitted, "recommend").exists()


def test_nothing_moves_after_withdrawal(enterprise_user, donghu_officer, submitted):
    t(actor=enterprise_user, application=submitted, action="withdraw", reason="调整计划")
    assert submitted.status == "withdrawn"
    with pytest.raises(Conflict, match="已撤回"):
        t(actor=donghu_officer, application=submitted, action="recommend")
    with pytest.raises(Conflict):
        services.application_submit(
            actor=enterprise_user, application=submitted, idempotency_key="z"
        )
    assert refused_rows(submitted, "recommend").count() == 1


def test_acting_after_the_stage_deadline_is_refused(donghu_officer, submitted):
    Call.objects.filter(pk=submitted.call_id).update(
        opens_at=timezone.now() - dt.timedelta(days=90),
        closes_at=timezone.now() - dt.timedelta(days=60),
    )
    with pytest.raises(Conflict, match="已超期"):
        t(actor=donghu_officer, application=submitted, action="recommend")
    assert refused_rows(submitted, "recommend").count() == 1


def test_returns_need_a_reason_and_notify_the_applicant(enterprise_user, donghu_officer, submitted):
    from django.test import TestCase

    with pytest.raises(Invalid):
        t(actor=donghu_officer, application=submitted, action="return")
    with TestCase.captureOnCommitCallbacks(execute=True):
        t(actor=donghu_officer, application=submitted, action="return", reason="缺少盖章页")
    from apps.notices.models import Notice

    notice = Notice.objects.get(recipient=enterprise_user, kind="programme.returned")
    assert "退回" in notice.title and "缺少盖章页" in notice.body


def test_every_transition_is_on_the_timeline_and_in_the_audit_log(donghu_officer, submitted):
    t(actor=donghu_officer, application=submitted, action="recommend", reason="同意")
    event = TimelineEvent.objects.filter(application=submitted, kind="action").get()
    assert (event.actor, event.from_stage, event.to_stage, event.reason) == (
        donghu_officer,
        "county",
        "city",
        "同意",
    )
    audit = AuditEvent.objects.get(object_id=str(submitted.pk), action="application.recommend")
    assert audit.actor == donghu_officer and audit.before["stage"] == "county"
    assert audit.after["stage"] == "city" and audit.message == "同意"


def test_a_stale_version_cannot_win(donghu_officer, submitted):
    seen = submitted.version
    t(actor=donghu_officer, application=submitted, action="recommend", expected_version=seen)
    with pytest.raises(Conflict, match="他人"):
        t(actor=donghu_officer, application=submitted, action="recommend", expected_version=seen)


def test_the_city_quota_is_enforced(nanchang_officer, donghu_officer, enterprise_user, call):
    config = call.config
    ProgrammeConfig.objects.filter(pk=config.pk).update(quotas={"360100": 1})
    apps = [ready_draft(enterprise_user, call)]
    from apps.accounts.services import user_create

    org = OrganizationFactory.create(name="东湖第二公司", region_id="360102")
    second = user_create(
        actor=None,
        username="second_ent",
        password="Test@2026pass",
        role="enterprise",
        organization=org,
    )
    apps.append(ready_draft(second, call))
    for user, app in zip([enterprise_user, second], apps, strict=True):
        services.application_submit(actor=user, application=app)
        t(actor=donghu_officer, application=app, action="recommend")
    t(actor=nanchang_officer, application=apps[0], action="recommend")
    with pytest.raises(Conflict, match="名额"):
        t(actor=nanchang_officer, application=apps[1], action="recommend")


def test_formal_check_needs_the_whole_checklist(
    submitted, donghu_officer, nanchang_officer, province_officer
):
    t(actor=donghu_officer, application=submitted, action="recommend")
    t(actor=nanchang_officer, application=submitted, action="recommend")
    with pytest.raises(Invalid):
        t(
            actor=province_officer,
            application=submitted,
            action="pass",
            checklist=["申报单位符合申报条件"],
        )


def test_a_blacklisted_organisation_cannot_submit(enterprise_user, draft, province_officer):
    configuration.blacklist_add(
        actor=province_officer,
        kind="organization",
        name=enterprise_user.organization.name,
        credit_code=enterprise_user.organization.credit_code,
        reason="骗取财政资金",
        starts_on=dt.date(2025, 1, 1),
    )
    with pytest.raises(Conflict, match="黑名单"):
        services.application_submit(actor=enterprise_user, application=draft)


def test_a_blacklisted_team_member_cannot_submit_and_an_expired_entry_does_not_count(
    enterprise_user, draft, province_officer
):
    configuration.blacklist_add(
        actor=province_officer,
        kind="person",
        name="李明",
        id_number=id_number(),
        reason="学术不端",
        starts_on=dt.date(2020, 1, 1),
        ends_on=dt.date(2021, 1, 1),
    )
    services.application_submit(actor=enterprise_user, application=draft, idempotency_key="a")
    assert draft.status == "active"


def test_blacklist_is_checked_again_at_approval(
    submitted, donghu_officer, nanchang_officer, province_officer, expert_user
):
    t(actor=donghu_officer, application=submitted, action="recommend")
    t(actor=nanchang_officer, application=submitted, action="recommend")
    t(
        actor=province_officer,
        application=submitted,
        action="pass",
        checklist=submitted.config.stages[2]["checklist"],
    )
    services.review_assign(actor=province_officer, application=submitted, reviewers=[expert_user])
    a = submitted.reviews.get()
    services.review_declare(actor=expert_user, assignment=a, conflict=False)
    services.review_submit(
        actor=expert_user,
        assignment=a,
        scores={"innovation": 20, "feasibility": 20, "benefit": 20, "capability": 10},
        comment="同意立项",
    )
    t(actor=province_officer, application=submitted, action="finish_review")
    configuration.blacklist_add(
        actor=province_officer,
        kind="person",
        name="李明",
        id_number=id_number(),
        reason="学术不端",
        starts_on=dt.date(2025, 1, 1),
    )
    with pytest.raises(Conflict, match="项目成员“李明”"):
        t(actor=province_officer, application=submitted, action="approve", amount="30")
    submitted.refresh_from_db()
    assert submitted.stage == "approval" and submitted.amount is None
    assert refused_rows(submitted, "approve").count() == 1


def test_a_running_call_keeps_its_configuration_version(call, province_officer):
    from apps.programmes import presets

    edited = presets.new_product()
    edited["stages"] = edited["stages"][1:]
    newer = configuration.config_publish(
        actor=province_officer, programme_type=call.programme_type, config=edited
    )
    assert newer.version == 2
    call.refresh_from_db()
    assert call.config.version == 1


def test_only_the_province_configures(nanchang_officer, call):
    from apps.programmes import presets

    with pytest.raises(AccessDenied):
        configuration.config_publish(
            actor=nanchang_officer, programme_type=call.programme_type, config=presets.new_product()
        )


def test_deadline_reminders_go_out_once(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="草稿")
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() + dt.timedelta(hours=30))
    assert services.deadline_reminders_send() == 1
    assert services.deadline_reminders_send() == 0
    assert Application.objects.get(pk=app.pk).status == "draft"
