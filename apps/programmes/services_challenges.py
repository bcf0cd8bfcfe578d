"""Writes of 揭榜挂帅: the challenge list, bids, the pick (择优 / 赛马) and milestone gates.

A bid is an `Application` of the challenge's call and runs through the workflow engine like
any application; the engine asks `challenge_gate` at the three points where a challenge has a
say (a pick, ending a losing race team, leaving the milestone stage). Everything else here is
the challenge's own life and the milestone gates with their payment record. Every write is
one transaction with its audit row; refusals are audited after the rollback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.accounts.permissions import require
from apps.audit.services import audit_record, audit_refused
from apps.core.text import too_long, too_long_for
from apps.organizations.choices import OrganizationKind
from apps.programmes import policies
from apps.programmes.choices import ActionKind, ApplicationStatus
from apps.programmes.errors import Conflict, Invalid, ProgrammeError, Refused
from apps.programmes.models import (
    Application,
    BidPartner,
    Call,
    Challenge,
    Milestone,
)
from apps.programmes.models_needs import (
    ChallengeMode,
    ChallengeStatus,
    MilestoneStatus,
)
from apps.programmes.workflows import Action, Stage

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.market.models import Demand
    from apps.organizations.models import Organization
    from apps.regions.models import Region

T = TypeVar("T")
ACADEMIC = frozenset({OrganizationKind.UNIVERSITY, OrganizationKind.INSTITUTE})


def _audited(action: str, actor: User, obj: Any, run: Callable[[], T]) -> T:
    try:
        return run()
    except (ProgrammeError, Refused) as exc:
        if not isinstance(exc, Invalid):
            audit_refused(
                actor=actor,
                action=action,
                object_type=obj._meta.label if obj is not None else "",
                object_id=str(obj.pk) if obj is not None else "",
                message=exc.message if isinstance(exc, ProgrammeError) else str(exc),
            )
        raise


def _money(value: Any, field: str, label: str) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise Invalid(f"{label}须为数字。", {field: f"{label}须为数字（万元）。"}) from None
    if not amount.is_finite() or amount < 0 or amount > Decimal("1000000"):
        raise Invalid(f"{label}无效。", {field: f"{label}须在 0 至 1000000 万元之间。"})
    return amount.quantize(Decimal("0.01"))


def _notify(recipients: list[User], title: str, body: str, link: str, actor: User) -> None:
    from apps.programmes.services import notice_after_commit

    notice_after_commit(
        recipients, kind="programme.decision", title=title, body=body, link=link, actor=actor
    )


def _org_users(organization_id: int | None) -> list[User]:
    from apps.accounts.models import User

    if organization_id is None:
        return []
    return list(
        User.objects.filter(
            organization_id=organization_id, is_active=True, role__in=policies.APPLICANT_ROLES
        )
    )


def _require_over(actor: User, challenge: Challenge) -> None:
    require(actor, "programmes.challenge")
    if actor.region is None or not challenge.region.is_within(actor.region):
        raise Refused("programmes.challenge", "该榜单项目不在您的管辖范围内。")


# --- the engine's questions ---------------------------------------------------------------


def bidding_problem(challenge: Challenge, now: dt.datetime | None = None) -> str:
    """Why a bid cannot be made or submitted now ('' when it can). Server clock decides."""
    now = now or timezone.now()
    if challenge.status == ChallengeStatus.DRAFT:
        return "该榜单项目尚未发布，不能揭榜。"
    if challenge.status != ChallengeStatus.PUBLISHED or now >= challenge.bid_closes_at:
        return "该榜单项目揭榜已截止（以服务器时间为准）。"
    return ""


def bid_problems(app: Application) -> dict[str, str]:
    """What a bid needs beyond the form: a team of an enterprise and a university/institute."""
    if app.challenge_id is None:
        return {}
    kinds = {app.applicant.kind} | set(
        BidPartner.objects.filter(application=app).values_list("organization__kind", flat=True)
    )
    if OrganizationKind.ENTERPRISE not in kinds or not kinds & ACADEMIC:
        return {"partners": "揭榜团队须由企业与高校或科研院所联合组成，请添加联合单位。"}
    return {}


def challenge_gate(app: Application, action: Action, stage: Stage, amount: Any) -> None:
    """The challenge's rules at a transition (inside the engine's transaction)."""
    if action.pick or action.race_only:
        if app.challenge_id is None:
            raise Conflict("该申报不是揭榜申报，不能执行此操作。")
        # Serialise picks of one challenge (PostgreSQL row lock; SQLite writers are serial).
        challenge = Challenge.objects.select_for_update().get(pk=app.challenge_id)
    if action.pick:
        if challenge.status == ChallengeStatus.DECIDED:
            raise Conflict("该榜单项目已择优完成，不能再选定揭榜方。")
        if not bidding_problem(challenge) and challenge.status == ChallengeStatus.PUBLISHED:
            closes = timezone.localtime(challenge.bid_closes_at)
            raise Conflict(f"揭榜截止（{closes:%Y-%m-%d %H:%M}）后方可选定揭榜方。")
        if amount is not None and amount > challenge.budget:
            raise Invalid(
                "支持金额超过榜单经费上限。",
                {"amount": f"支持金额不得超过榜单经费上限 {challenge.budget} 万元。"},
            )
        limit = challenge.max_winners if challenge.mode == ChallengeMode.RACE else 1
        picked = (
            Application.objects.filter(challenge=challenge, amount__isnull=False)
            .exclude(pk=app.pk)
            .exclude(status__in=[ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN])
            .count()
        )
        if picked >= limit:
            raise Conflict(
                f"该榜单项目已选定 {picked} 个揭榜方（上限 {limit} 个），"
                + ("如需多个团队并行攻关，请设为赛马。" if limit == 1 else "不能再选。")
            )
    if action.race_only:
        if challenge.mode != ChallengeMode.RACE:
            raise Conflict("只有赛马榜单项目才有择优淘汰。")
        if challenge.final_winner_id is None or challenge.final_winner_id == app.pk:
            raise Conflict("赛马择优尚未决定，或该团队为胜出团队，不能终止。")
    if stage.milestones and action.kind in (ActionKind.FORWARD, ActionKind.COMPLETE):
        states = list(Milestone.objects.filter(application=app).values_list("status", flat=True))
        if not states:
            raise Conflict("尚未设定里程碑节点，不能进入验收。")
        if any(s != MilestoneStatus.APPROVED for s in states):
            raise Conflict("尚有里程碑未考核通过，不能进入验收。")


# --- the challenge list ---------------------------------------------------------------------


def challenge_create(
    *,
    actor: User,
    call: Call,
    title: str,
    summary: str,
    budget: Any,
    bid_closes_at: dt.datetime,
    region: Region,
    targets: str = "",
    field: str = "",
    mode: str = ChallengeMode.SINGLE,
    max_winners: int = 1,
    owner: Organization | None = None,
    contact_name: str = "",
    contact_phone: str = "",
    source_need: Application | None = None,
    source_demand: Demand | None = None,
) -> Challenge:
    """Put a vetted need on the (unpublished) challenge list of a 揭榜挂帅 call."""
    return _audited(
        "challenge.create",
        actor,
        source_need or source_demand,
        lambda: _challenge_create(
            actor,
            call=call,
            title=title.strip(),
            summary=summary.strip(),
            budget=budget,
            bid_closes_at=bid_closes_at,
            region=region,
            targets=targets.strip(),
            field=field,
            mode=mode,
            max_winners=max_winners,
            owner=owner,
            contact_name=contact_name.strip(),
            contact_phone=contact_phone.strip(),
            source_need=source_need,
            source_demand=source_demand,
        ),
    )


def _clean_terms(values: dict[str, Any], call: Call) -> None:
    """Check (and normalise in place) a challenge's wording and terms; every problem at once."""
    errors: dict[str, str] = {}
    if not values["title"]:
        errors["title"] = "请填写“榜单名称”。"
    if not values["summary"]:
        errors["summary"] = "请填写“需求描述”。"
    try:
        values["budget"] = _money(values["budget"], "budget", "支持经费上限")
        if values["budget"] <= 0:
            errors["budget"] = "支持经费上限须大于 0。"
    except Invalid as exc:
        errors.update(exc.errors)
    typed = ("title", "summary", "targets", "field", "contact_name", "contact_phone")
    errors.update(too_long_for(Challenge, {k: values[k] for k in typed if k in values}))
    if values["mode"] not in ChallengeMode.values:
        errors["mode"] = "评定方式无效。"
    elif values["mode"] == ChallengeMode.SINGLE:
        values["max_winners"] = 1
    else:
        raw = str(values["max_winners"] or "").strip()
        values["max_winners"] = int(raw) if raw.isdigit() else 0
        if not 2 <= values["max_winners"] <= 5:
            errors["max_winners"] = "赛马须有 2 至 5 个入选团队。"
    if values["bid_closes_at"] > call.closes_at:
        errors["bid_closes_at"] = "揭榜截止不能晚于批次的申报截止时间。"
    if errors:
        raise Invalid("榜单项目有误：" + "；".join(errors.values()), errors)


@transaction.atomic
def _challenge_create(actor: User, **values: Any) -> Challenge:
    require(actor, "programmes.challenge")
    _clean_terms(values, values["call"])
    if values["source_need"] is not None:
        need = values["source_need"]
        if need.status != ApplicationStatus.COMPLETED:
            raise Conflict("只有审核通过（已入库）的需求可以列入榜单。")
        if Challenge.objects.filter(source_need=need).exists():
            raise Conflict("该需求已列入榜单，不能重复列入。")
    if (
        values["source_demand"] is not None
        and Challenge.objects.filter(source_demand=values["source_demand"]).exists()
    ):
        raise Conflict("该技术需求已转为榜单项目，不能重复转入。")
    if actor.region is None or not values["region"].is_within(actor.region):
        raise Refused("programmes.challenge", "需求所在地区不在您的管辖范围内。")
    challenge = Challenge(created_by=actor, **values)
    challenge.full_clean()
    try:
        with transaction.atomic():
            challenge.save()
    except IntegrityError:  # a concurrent promotion of the same source won
        raise Conflict("该需求已列入榜单，不能重复列入。") from None
    audit_record(
        actor=actor,
        action="challenge.create",
        obj=challenge,
        after={
            "title": challenge.title,
            "call": challenge.call_id,
            "budget": str(challenge.budget),
            "mode": challenge.mode,
            "need": values["source_need"].pk if values["source_need"] else None,
            "demand": values["source_demand"].pk if values["source_demand"] else None,
        },
    )
    return challenge


def challenge_from_need(
    *,
    actor: User,
    need: Application,
    call: Call,
    budget: Any,
    bid_closes_at: dt.datetime,
    mode: str = ChallengeMode.SINGLE,
    max_winners: int = 1,
) -> Challenge:
    """List an accepted need (an application of a 需求征集 call) as a challenge of `call`."""
    data = need.data or {}
    return challenge_create(
        actor=actor,
        call=call,
        # Taken whole: a need written longer than a challenge allows is refused by name
        # (「需求描述」最多5000字…) and listed by hand, shortened by the officer, not cut here.
        title=str(data.get("need") or need.title),
        summary=str(data.get("problem") or need.title),
        budget=budget,
        bid_closes_at=bid_closes_at,
        region=need.region,
        mode=mode,
        max_winners=max_winners,
        owner=need.applicant,
        contact_name=need.applicant.contact_name,
        contact_phone=need.applicant.contact_phone or "",
        source_need=need,
    )


def challenge_from_demand(
    *, actor: User, demand: Demand, call: Call, budget: Any, bid_closes_at: dt.datetime
) -> Challenge:
    """Promote a technology-market demand (issue 7) to a draft challenge of `call`, once."""
    return challenge_create(
        actor=actor,
        call=call,
        title=demand.title,
        summary=demand.summary,
        budget=budget,
        bid_closes_at=bid_closes_at,
        region=demand.region,
        field=demand.get_field_display(),
        owner=demand.organization,
        contact_name=demand.contact_name,
        contact_phone=demand.contact_phone or "",
        source_demand=demand,
    )


EDITABLE_TERMS = ("title", "summary", "targets", "field", "budget", "mode", "max_winners")


def challenge_update(
    *, actor: User, challenge: Challenge, bid_closes_at: dt.datetime, **terms: Any
) -> Challenge:
    """Vet the wording and terms of a challenge before it is published (frozen afterwards)."""

    def run() -> Challenge:
        with transaction.atomic():
            _require_over(actor, challenge)
            fresh = Challenge.objects.select_for_update().get(pk=challenge.pk)
            if fresh.status != ChallengeStatus.DRAFT:
                raise Conflict("榜单项目已发布，不能再修改。")
            values = {name: terms.get(name, getattr(fresh, name)) for name in EDITABLE_TERMS}
            for name in ("title", "summary", "targets", "field"):
                values[name] = str(values[name] or "").strip()
            values["bid_closes_at"] = bid_closes_at
            _clean_terms(values, fresh.call)
            before = {name: str(getattr(fresh, name)) for name in values}
            for name, value in values.items():
                setattr(fresh, name, value)
            fresh.full_clean()
            fresh.save()
            audit_record(
                actor=actor,
                action="challenge.update",
                obj=fresh,
                before=before,
                after={name: str(value) for name, value in values.items()},
            )
            return fresh

    return _audited("challenge.update", actor, challenge, run)


def challenge_publish(*, actor: User, challenge: Challenge) -> Challenge:
    """Publish a challenge on the public list (榜单); bids may come until `bid_closes_at`."""
    return _audited("challenge.publish", actor, challenge, lambda: _publish(actor, challenge))


@transaction.atomic
def _publish(actor: User, challenge: Challenge) -> Challenge:
    _require_over(actor, challenge)
    won = Challenge.objects.filter(pk=challenge.pk, status=ChallengeStatus.DRAFT).update(
        status=ChallengeStatus.PUBLISHED, published_at=timezone.now()
    )
    if not won:
        raise Conflict("该榜单项目已发布，不能重复发布。")
    if challenge.bid_closes_at <= timezone.now():
        raise Conflict("揭榜截止时间已过，请修改后再发布。")
    challenge.refresh_from_db()
    audit_record(
        actor=actor,
        action="challenge.publish",
        obj=challenge,
        before={"status": ChallengeStatus.DRAFT},
        after={"status": challenge.status, "published_at": challenge.published_at},
    )
    _notify(
        _org_users(challenge.owner_id),
        f"您提出的需求“{challenge.title}”已列入榜单公开发布",
        f"揭榜截止：{timezone.localtime(challenge.bid_closes_at):%Y-%m-%d %H:%M}。",
        f"/programmes/challenges/{challenge.pk}/",
        actor,
    )
    return challenge


def challenge_close(*, actor: User, challenge: Challenge) -> Challenge:
    """Close bidding (at or before `bid_closes_at`); then the award stage may pick."""
    return _audited("challenge.close", actor, challenge, lambda: _close(actor, challenge))


@transaction.atomic
def _close(actor: User, challenge: Challenge) -> Challenge:
    _require_over(actor, challenge)
    won = Challenge.objects.filter(pk=challenge.pk, status=ChallengeStatus.PUBLISHED).update(
        status=ChallengeStatus.CLOSED
    )
    if not won:
        raise Conflict("只有揭榜中的榜单项目可以截止。")
    challenge.refresh_from_db()
    audit_record(
        actor=actor,
        action="challenge.close",
        obj=challenge,
        before={"status": ChallengeStatus.PUBLISHED},
        after={"status": challenge.status},
    )
    return challenge


# --- bids -----------------------------------------------------------------------------------


def challenge_bid(
    *,
    actor: User,
    challenge: Challenge,
    title: str,
    partners: list[dict[str, str]],
    data: dict[str, Any] | None = None,
) -> Application:
    """Start a bid (揭榜): a draft application of the challenge's call for the actor's
    organisation as lead, with its partner organisations (by credit code)."""
    from apps.programmes.services import _create

    def run() -> Application:
        with transaction.atomic():
            fresh = Challenge.objects.select_related("call", "call__config").get(pk=challenge.pk)
            problem = bidding_problem(fresh)
            if problem:
                raise Conflict(problem)
            app = _create(actor, fresh.call, title, data, challenge=fresh)
            _set_partners(actor, app, partners)
            return app

    return _audited("challenge.bid", actor, challenge, run)


def bid_partners_set(
    *, actor: User, application: Application, partners: list[dict[str, str]]
) -> list[BidPartner]:
    """Replace the partner organisations of a bid while it can still be edited."""

    def run() -> list[BidPartner]:
        with transaction.atomic():
            if application.challenge_id is None:
                raise Conflict("只有揭榜申报有联合单位。")
            if not policies.may_edit(actor, application):
                raise Refused("programmes.apply", "只有揭榜单位可以在草稿或退回修改时修改团队。")
            return _set_partners(actor, application, partners)

    return _audited("challenge.partners", actor, application, run)


def _set_partners(
    actor: User, app: Application, partners: list[dict[str, str]]
) -> list[BidPartner]:
    from apps.organizations.models import Organization

    errors: dict[str, str] = {}
    rows: list[tuple[Organization, str]] = []
    for i, item in enumerate(partners, start=1):
        code = str(item.get("credit_code", "")).strip().upper()
        if not code:
            continue
        org = Organization.objects.filter(credit_code=code).first()
        if org is None:
            errors[f"partners_{i}"] = f"第 {i} 个联合单位：统一社会信用代码“{code}”未登记。"
        elif org.pk == app.applicant_id:
            errors[f"partners_{i}"] = f"第 {i} 个联合单位：不能是揭榜单位本身。"
        elif any(o.pk == org.pk for o, _ in rows):
            errors[f"partners_{i}"] = f"第 {i} 个联合单位：“{org.name}”重复。"
        elif message := too_long(str(item.get("role", "")).strip(), limit=100, label="分工"):
            errors[f"partners_{i}"] = f"第 {i} 个联合单位：{message}"
        else:
            rows.append((org, str(item.get("role", "")).strip()))
    if len(rows) > 10:
        errors["partners"] = "联合单位最多 10 个。"
    if errors:
        raise Invalid("联合单位有误：" + "；".join(errors.values()), errors)
    BidPartner.objects.filter(application=app).delete()
    made = [BidPartner(application=app, organization=o, role=r) for o, r in rows]
    BidPartner.objects.bulk_create(made)
    audit_record(
        actor=actor,
        action="challenge.partners",
        obj=app,
        after={"partners": [o.credit_code for o, _ in rows]},
    )
    return made


# --- 赛马 ---------------------------------------------------------------------------------


def challenge_race_decide(
    *, actor: User, challenge: Challenge, winner: Application, reason: str
) -> Challenge:
    """The later 择优 of a race: one team goes on; the others end through the engine's
    `race_out` action (timeline, audit and notice like any decision)."""
    from apps.programmes.services import application_transition

    reason = reason.strip()

    def run() -> Challenge:
        with transaction.atomic():
            _require_over(actor, challenge)
            fresh = Challenge.objects.select_for_update().get(pk=challenge.pk)
            if fresh.mode != ChallengeMode.RACE:
                raise Conflict("只有赛马榜单项目需要择优。")
            if fresh.status == ChallengeStatus.DECIDED:
                raise Conflict("该榜单项目已择优完成。")
            if not reason:
                raise Invalid("请填写择优理由。", {"reason": "请填写择优理由。"})
            if message := too_long(reason, limit=2000, label="择优理由"):
                raise Invalid(message, {"reason": message})
            teams = list(
                Application.objects.filter(
                    challenge=fresh, status=ApplicationStatus.ACTIVE, amount__isnull=False
                )
            )
            if winner.pk not in {t.pk for t in teams} or len(teams) < 2:
                raise Conflict("胜出团队须为正在攻关的赛马团队之一（至少两个团队）。")
            Challenge.objects.filter(pk=fresh.pk).update(
                final_winner=winner, status=ChallengeStatus.DECIDED
            )
            fresh.refresh_from_db()
            audit_record(
                actor=actor,
                action="challenge.race_decide",
                obj=fresh,
                after={"winner": winner.pk, "teams": [t.pk for t in teams], "reason": reason},
                message=reason[:500],
            )
            for team in teams:
                if team.pk != winner.pk:
                    application_transition(
                        actor=actor, application=team, action="race_out", reason=reason
                    )
            _notify(
                _org_users(winner.applicant_id),
                f"赛马择优：您的团队在“{fresh.title}”中胜出",
                f"择优理由：{reason}",
                f"/programmes/applications/{winner.pk}/",
                actor,
            )
            return fresh

    return _audited("challenge.race_decide", actor, challenge, run)
