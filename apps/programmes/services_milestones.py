"""Writes of milestone gates (里程碑) of funded 揭榜挂帅 projects and the payment tied to each.

The responsible officer is the actor of the application's stage flagged `milestones` (the
province, over the applicant's region): they plan the gates (the payments never exceed the
approved amount), approve or return the evidence the team reports, and record the payment,
once. No money moves here: it is the record of the decision. Also the reminders of bids and
gates falling due. Every write is one transaction with its audit row and a timeline note.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from apps.accounts.permissions import has_perm
from apps.audit.services import audit_record
from apps.core.text import too_long_for
from apps.programmes import policies
from apps.programmes.choices import ApplicationStatus, TimelineKind
from apps.programmes.errors import Conflict, Invalid, Refused
from apps.programmes.models import Application, Milestone
from apps.programmes.models_needs import ChallengeStatus, MilestoneStatus, PaymentStatus
from apps.programmes.services_challenges import _audited, _money, _notify

if TYPE_CHECKING:
    from apps.accounts.models import User

MAX_MILESTONES = 12


def _responsible(actor: User, app: Application) -> bool:
    """The officer of the application's milestone stage, over its region."""
    from apps.programmes.services import workflow_of

    stage = workflow_of(app).stage(app.stage)
    standing = policies.standing(actor, app)
    return (
        stage is not None
        and stage.milestones
        and app.status == ApplicationStatus.ACTIVE
        and standing.actor == stage.actor
        and standing.in_region
    )


def _event(
    app: Application, actor: User, label: str, detail: dict[str, Any], reason: str = ""
) -> None:
    from apps.programmes.models import TimelineEvent

    TimelineEvent.objects.create(
        application=app,
        kind=TimelineKind.NOTE,
        action="milestone",
        label=label,
        from_stage=app.stage,
        to_stage=app.stage,
        from_status=app.status,
        to_status=app.status,
        actor=actor,
        actor_name=actor.display_name or actor.username,
        actor_role=actor.role,
        reason=reason,
        detail=detail,
    )


def milestones_plan(
    *, actor: User, application: Application, milestones: list[dict[str, Any]]
) -> list[Milestone]:
    """Set the gates of a funded project: title, due date, payment. Gates already submitted or
    approved stay as they are; the payments together never exceed the approved amount."""
    return _audited(
        "milestone.plan", actor, application, lambda: _plan(actor, application, milestones)
    )


@transaction.atomic
def _plan(actor: User, app: Application, rows: list[dict[str, Any]]) -> list[Milestone]:
    fresh = Application.objects.select_related("config", "region").get(pk=app.pk)
    if not _responsible(actor, fresh):
        raise Refused("programmes.handle", "只有里程碑执行环节的责任处室可以设定里程碑。")
    if fresh.amount is None:
        raise Conflict("该项目尚无批准金额，不能设定拨付节点。")
    kept = list(Milestone.objects.filter(application=fresh).exclude(status=MilestoneStatus.PLANNED))
    errors: dict[str, str] = {}
    planned: list[Milestone] = []
    for i, row in enumerate(rows, start=1):
        title = str(row.get("title", "")).strip()
        if not title and not row.get("amount") and not row.get("due_on"):
            continue
        if not title:
            errors[f"m{i}_title"] = f"第 {i} 个里程碑：请填写名称。"
        due = row.get("due_on")
        if isinstance(due, str):
            try:
                due = dt.date.fromisoformat(due.strip())
            except ValueError:
                due = None
        if not isinstance(due, dt.date):
            errors[f"m{i}_due_on"] = f"第 {i} 个里程碑：计划完成日期须为 YYYY-MM-DD。"
        deliverable = str(row.get("deliverable", ""))
        for name, message in too_long_for(
            Milestone, {"title": title, "deliverable": deliverable}
        ).items():
            errors[f"m{i}_{name}"] = f"第 {i} 个里程碑：{message}"
        try:
            amount = _money(row.get("amount", ""), f"m{i}_amount", f"第 {i} 个里程碑的拨付金额")
        except Invalid as exc:
            errors.update(exc.errors)
            continue
        planned.append(
            Milestone(
                application=fresh,
                number=0,
                title=title,
                deliverable=deliverable,
                due_on=due if isinstance(due, dt.date) else dt.date.today(),
                amount=amount,
            )
        )
    if not planned and not kept:
        errors["milestones"] = "请至少设定一个里程碑。"
    if len(planned) + len(kept) > MAX_MILESTONES:
        errors["milestones"] = f"里程碑最多 {MAX_MILESTONES} 个。"
    total = sum((m.amount for m in planned), Decimal(0)) + sum((m.amount for m in kept), Decimal(0))
    if not errors and total > fresh.amount:
        errors["milestones"] = (
            f"各里程碑拨付金额合计 {total} 万元，超过批准金额 {fresh.amount} 万元。"
        )
    if errors:
        raise Invalid("里程碑有误：" + "；".join(errors.values()), errors)
    Milestone.objects.filter(application=fresh, status=MilestoneStatus.PLANNED).delete()
    start = max((m.number for m in kept), default=0)
    planned.sort(key=lambda m: m.due_on)
    for offset, m in enumerate(planned, start=1):
        m.number = start + offset
        m.full_clean()
        m.save()
    _event(
        fresh,
        actor,
        "设定里程碑",
        {"milestones": [f"{m.number}. {m.title}（{m.due_on}，{m.amount} 万元）" for m in planned]},
    )
    audit_record(
        actor=actor,
        action="milestone.plan",
        obj=fresh,
        after={
            "milestones": [
                {"n": m.number, "title": m.title, "due": m.due_on, "amount": str(m.amount)}
                for m in planned
            ],
            "total": str(total),
        },
    )
    return planned


def milestone_submit(*, actor: User, milestone: Milestone, evidence: str) -> Milestone:
    """The team reports a gate reached, with its evidence, for the officer to check."""
    return _audited(
        "milestone.submit", actor, milestone, lambda: _submit(actor, milestone, evidence.strip())
    )


@transaction.atomic
def _submit(actor: User, milestone: Milestone, evidence: str) -> Milestone:
    app = Application.objects.select_related("config").get(pk=milestone.application_id)
    if not policies.is_applicant(actor, app) or not has_perm(actor, "programmes.apply"):
        raise Refused("programmes.apply", "只有承担单位可以提交里程碑完成情况。")
    from apps.programmes.services import workflow_of

    stage = workflow_of(app).stage(app.stage)
    if stage is None or not stage.milestones or app.status != ApplicationStatus.ACTIVE:
        raise Conflict("项目当前不在里程碑执行环节。")
    if not evidence:
        raise Invalid("请填写完成情况说明。", {"evidence": "请填写完成情况说明。"})
    if errors := too_long_for(Milestone, {"evidence": evidence}):
        raise Invalid(errors["evidence"], errors)
    won = Milestone.objects.filter(
        pk=milestone.pk, status__in=[MilestoneStatus.PLANNED, MilestoneStatus.RETURNED]
    ).update(status=MilestoneStatus.SUBMITTED, evidence=evidence, submitted_at=timezone.now())
    if not won:
        raise Conflict("该里程碑已提交或已考核通过。")
    milestone.refresh_from_db()
    _event(app, actor, f"提交里程碑：{milestone.title}", {"milestone": milestone.number})
    audit_record(
        actor=actor,
        action="milestone.submit",
        obj=milestone,
        after={"status": milestone.status, "evidence": evidence[:500]},
    )
    return milestone


def milestone_decide(
    *, actor: User, milestone: Milestone, approve: bool, note: str = ""
) -> Milestone:
    """The responsible officer approves a submitted gate (its payment becomes due) or returns it."""
    return _audited(
        "milestone.decide",
        actor,
        milestone,
        lambda: _decide(actor, milestone, approve, note.strip()),
    )


@transaction.atomic
def _decide(actor: User, milestone: Milestone, approve: bool, note: str) -> Milestone:
    app = Application.objects.select_related("config", "region").get(pk=milestone.application_id)
    if not _responsible(actor, app):
        raise Refused("programmes.handle", "只有里程碑执行环节的责任处室可以考核里程碑。")
    if not approve and not note:
        raise Invalid("请填写退回理由。", {"note": "请填写退回理由。"})
    if errors := too_long_for(Milestone, {"decision_note": note}):
        raise Invalid(errors["decision_note"], {"note": errors["decision_note"]})
    target = MilestoneStatus.APPROVED if approve else MilestoneStatus.RETURNED
    won = Milestone.objects.filter(pk=milestone.pk, status=MilestoneStatus.SUBMITTED).update(
        status=target,
        decided_by=actor,
        decided_at=timezone.now(),
        decision_note=note,
        payment=PaymentStatus.DUE if approve else PaymentStatus.NONE,
    )
    if not won:
        raise Conflict("该里程碑不在待考核状态。")
    milestone.refresh_from_db()
    label = "里程碑考核通过，经费待拨付" if approve else "里程碑退回补充"
    _event(app, actor, f"{label}：{milestone.title}", {"milestone": milestone.number}, note)
    audit_record(
        actor=actor,
        action="milestone.approve" if approve else "milestone.return",
        obj=milestone,
        before={"status": MilestoneStatus.SUBMITTED},
        after={"status": milestone.status, "payment": milestone.payment, "note": note},
        message=note[:500],
    )
    from apps.programmes.services import applicant_users

    _notify(
        applicant_users(app),
        f"里程碑“{milestone.title}”{'考核通过' if approve else '被退回补充'}",
        (f"拨付金额 {milestone.amount} 万元待拨付。" if approve else f"理由：{note}"),
        f"/programmes/applications/{app.pk}/",
        actor,
    )
    return milestone


def milestone_pay(*, actor: User, milestone: Milestone, reference: str) -> Milestone:
    """Record the payment of an approved gate (once; a second payment is refused)."""
    return _audited(
        "milestone.pay", actor, milestone, lambda: _pay(actor, milestone, reference.strip())
    )


@transaction.atomic
def _pay(actor: User, milestone: Milestone, reference: str) -> Milestone:
    app = Application.objects.select_related("config", "region").get(pk=milestone.application_id)
    standing = policies.standing(actor, app)
    if standing.actor != "province" or not standing.in_region:
        raise Refused("programmes.handle", "只有省级责任处室可以登记拨付。")
    if not reference:
        raise Invalid("请填写拨付凭证号。", {"reference": "请填写拨付凭证号。"})
    if errors := too_long_for(Milestone, {"payment_ref": reference}):
        raise Invalid(errors["payment_ref"], {"reference": errors["payment_ref"]})
    won = Milestone.objects.filter(
        pk=milestone.pk, status=MilestoneStatus.APPROVED, payment=PaymentStatus.DUE
    ).update(
        payment=PaymentStatus.PAID,
        paid_at=timezone.now(),
        paid_by=actor,
        payment_ref=reference,
    )
    if not won:
        current = Milestone.objects.get(pk=milestone.pk)
        if current.payment == PaymentStatus.PAID:
            raise Conflict("该里程碑经费已拨付，不能重复拨付。")
        raise Conflict("该里程碑尚未考核通过，不能拨付。")
    milestone.refresh_from_db()
    paid = Milestone.objects.filter(application=app, payment=PaymentStatus.PAID).aggregate(
        s=Sum("amount")
    )["s"] or Decimal(0)
    if app.amount is not None and paid > app.amount:  # guarded by the plan; never silently
        raise Conflict("累计拨付将超过批准金额，已拒绝。")
    _event(
        app,
        actor,
        f"登记拨付：{milestone.title} {milestone.amount} 万元",
        {"milestone": milestone.number, "reference": reference},
    )
    audit_record(
        actor=actor,
        action="milestone.pay",
        obj=milestone,
        before={"payment": PaymentStatus.DUE},
        after={"payment": milestone.payment, "reference": reference, "paid_total": str(paid)},
    )
    return milestone


# --- reminders ------------------------------------------------------------------------------


def challenge_reminders_send(*, today: dt.date, horizon: dt.date) -> int:
    """Deadlines within the reminder horizon (three working days): unsubmitted bids on a
    challenge that closes, and milestone gates due but not yet reported. Once per deadline."""
    from apps.notices.services import notice_send
    from apps.programmes.services import applicant_users

    sent = 0
    drafts = Application.objects.filter(
        challenge__status=ChallengeStatus.PUBLISHED,
        challenge__bid_closes_at__date__gte=today,
        challenge__bid_closes_at__date__lte=horizon,
        status__in=[ApplicationStatus.DRAFT, ApplicationStatus.RETURNED],
    ).select_related("challenge")
    for app in drafts:
        challenge = app.challenge
        assert challenge is not None
        closes = timezone.localtime(challenge.bid_closes_at)
        sent += len(
            notice_send(
                recipients=applicant_users(app),
                kind="programme.deadline",
                title=f"榜单项目“{challenge.title}”将于 {closes:%Y-%m-%d %H:%M} 截止揭榜",
                body=f"您的揭榜申报“{app.title}”尚未提交。",
                link=f"/programmes/applications/{app.pk}/edit/",
                dedupe_key=f"programme.bid_deadline.{challenge.pk}",
            )
        )
    gates = Milestone.objects.filter(
        due_on__gte=today,
        due_on__lte=horizon,
        status__in=[MilestoneStatus.PLANNED, MilestoneStatus.RETURNED],
        application__status=ApplicationStatus.ACTIVE,
    ).select_related("application")
    for gate in gates:
        sent += len(
            notice_send(
                recipients=applicant_users(gate.application),
                kind="programme.deadline",
                title=f"里程碑“{gate.title}”将于 {gate.due_on:%Y-%m-%d} 到期",
                body=f"请在到期前提交“{gate.application.title}”该里程碑的完成情况。",
                link=f"/programmes/applications/{gate.application_id}/",
                dedupe_key=f"programme.milestone_due.{gate.pk}",
            )
        )
    return sent
