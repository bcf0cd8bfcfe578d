"""Writes to the expert database and to draws: each in one transaction with its audit record.

Profiles come in three ways (self-registration, Excel import, an organisation's
recommendation) and wait in the province's approval queue; approval creates the expert's
account. A draw is started here, filled by the job in `jobs.py`, confirmed into review seats
through the programme engine's `review_seat`, and replayed from its stored instance.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.accounts.choices import Role
from apps.accounts.permissions import AccessDenied, require
from apps.audit.services import audit_record
from apps.core.crypto import mac
from apps.core.text import too_long_for
from apps.experts import disciplines as taxonomy
from apps.experts import policies, selectors
from apps.experts.choices import DrawStatus, ExpertSource, ExpertStatus
from apps.experts.models import Draw, Expert

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.jobs.models import Job
    from apps.programmes.models import Application, Call

PROFILE_FIELDS = (
    "name",
    "organization",
    "organization_name",
    "region",
    "title",
    "disciplines",
    "keywords",
    "tier",
    "unavailable",
    "conflict_people",
)


class ExpertError(ValidationError):
    """A profile or a draw that cannot be saved as given (Chinese message per field)."""


def _snapshot(expert: Expert) -> dict[str, Any]:
    return {
        "name": expert.name,
        "organization": expert.organization_name,
        "region": expert.region_id,
        "title": expert.title,
        "disciplines": list(expert.disciplines),
        "tier": expert.tier,
        "status": expert.status,
    }


def _fill(expert: Expert, data: dict[str, Any]) -> None:
    for key in PROFILE_FIELDS:
        if key in data:
            setattr(expert, key, data[key])
    if expert.organization is not None and not expert.organization_name:
        expert.organization_name = expert.organization.name
    codes, unknown = taxonomy.parse([str(c) for c in expert.disciplines])
    if unknown or not codes:
        raise ExpertError(
            {
                "disciplines": f"学科代码无效：{'、'.join(unknown)}"
                if unknown
                else "请至少选择一个学科"
            }
        )
    expert.disciplines = codes
    if "mobile" in data and data["mobile"] != "":
        expert.mobile = data["mobile"]
    if data.get("id_number"):
        expert.id_number = data["id_number"]
        expert.id_digest = mac(data["id_number"].upper().encode())


def _relations(expert: Expert, data: dict[str, Any]) -> None:
    for key in ("industries", "chains", "conflict_organizations"):
        if key in data:
            getattr(expert, key).set(data[key])


REGISTRATIONS_PER_HOUR = 5


def expert_register(
    *, data: dict[str, Any], username: str, password: str, actor: User | None = None
) -> Expert:
    """A person registers as an expert (no account yet); the entry waits for approval.

    The page is public, so one network address may register at most `REGISTRATIONS_PER_HOUR`
    entries an hour (counted from the audit rows, like the reveal limit); a refusal is audited.
    """
    from apps.audit.choices import AuditResult
    from apps.audit.context import current
    from apps.audit.models import AuditEvent
    from apps.audit.services import audit_refused

    ip = current().ip
    if ip:
        since = timezone.now() - dt.timedelta(hours=1)
        recent = AuditEvent.objects.filter(
            action="expert.register", result=AuditResult.SUCCESS, ip=ip, created_at__gte=since
        ).count()
        if recent >= REGISTRATIONS_PER_HOUR:
            audit_refused(
                actor=actor,
                action="expert.register",
                message=f"同一地址一小时内注册 {recent} 次，已达上限",
            )
            raise ExpertError(
                {
                    "__all__": (
                        f"同一网络地址一小时内最多提交 {REGISTRATIONS_PER_HOUR} 份专家注册，"
                        "请稍后再试。"
                    )
                }
            )
    return _register(data=data, username=username, password=password, actor=actor)


@transaction.atomic
def _register(*, data: dict[str, Any], username: str, password: str, actor: User | None) -> Expert:
    from apps.accounts.models import User

    if (
        User.objects.filter(username__iexact=username).exists()
        or Expert.objects.filter(username__iexact=username, status=ExpertStatus.PENDING).exists()
    ):
        raise ExpertError({"username": "该登录名已被使用。"})
    expert = Expert(source=ExpertSource.REGISTERED, username=username)
    expert.password_hash = make_password(password)
    _fill(expert, data)
    expert.full_clean()
    expert.save()
    _relations(expert, data)
    audit_record(actor=actor, action="expert.register", obj=expert, after=_snapshot(expert))
    return expert


@transaction.atomic
def expert_create(*, actor: User, data: dict[str, Any]) -> Expert:
    """An officer enters an expert, or an organisation recommends one of its people."""
    if actor.role in (Role.ENTERPRISE, Role.UNIVERSITY):
        require(actor, "experts.recommend")
        source = ExpertSource.RECOMMENDED
        # the organisation names its person; the province decides the tier
        data = {**data, "organization": actor.organization}
        data.pop("tier", None)
    else:
        require(actor, "experts.manage")
        source = ExpertSource.ENTERED
    expert = Expert(source=source, created_by=actor)
    if source == ExpertSource.RECOMMENDED:
        expert.recommended_by = actor.organization
    _fill(expert, data)
    _check_region(actor, expert)
    expert.full_clean()
    expert.save()
    _relations(expert, data)
    audit_record(actor=actor, action=f"expert.{source}", obj=expert, after=_snapshot(expert))
    return expert


def _check_region(actor: User, expert: Expert) -> None:
    officer = actor.role in (Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER)
    if officer and (actor.region is None or not expert.region.is_within(actor.region)):
        raise ExpertError({"region": "所在地区不在您的管辖范围内。"})


@transaction.atomic
def expert_update(*, actor: User, expert: Expert, data: dict[str, Any]) -> Expert:
    """The expert keeps their profile current; officers correct it within their region."""
    if not policies.may_edit(actor, expert):
        raise AccessDenied("experts.manage", "您不能修改该专家信息。")
    before = _snapshot(expert)
    if actor.role == Role.EXPERT:
        data = {k: v for k, v in data.items() if k not in ("tier", "region")}
    _fill(expert, data)
    if actor.role != Role.EXPERT:
        _check_region(actor, expert)
    expert.full_clean()
    expert.save()
    _relations(expert, data)
    audit_record(
        actor=actor, action="expert.update", obj=expert, before=before, after=_snapshot(expert)
    )
    return expert


@transaction.atomic
def expert_review(*, actor: User, expert: Expert, approve: bool, note: str = "") -> Expert:
    """The province approves an entry (creating the expert's account) or turns it down."""
    require(actor, "experts.approve")
    if expert.status != ExpertStatus.PENDING:
        raise ExpertError({"status": "该专家不在待审核状态。"})
    if not approve and not note.strip():
        raise ExpertError({"review_note": "不予入库须填写理由。"})
    _check_note(note)
    before = _snapshot(expert)
    if approve:
        expert.status = ExpertStatus.APPROVED
        if expert.user is None:
            expert.user = _account(actor, expert)
    else:
        expert.status = ExpertStatus.REJECTED
    expert.password_hash = ""
    expert.reviewed_by = actor
    expert.reviewed_at = timezone.now()
    expert.review_note = note.strip()
    expert.full_clean()
    expert.save()
    audit_record(
        actor=actor,
        action="expert.approve" if approve else "expert.reject",
        obj=expert,
        before=before,
        after=_snapshot(expert),
        message=note[:200],
    )
    return expert


def _check_note(note: str) -> None:
    """The province's 审核意见 is kept whole or refused, never cut."""
    if errors := too_long_for(Expert, {"review_note": note.strip()}):
        raise ExpertError(errors)


def _account(actor: User, expert: Expert) -> User:
    from apps.accounts.models import User
    from apps.accounts.services import user_create

    username = expert.username or f"expert{expert.pk:06d}"
    while User.objects.filter(username__iexact=username).exists():
        username = f"expert{expert.pk:06d}{secrets.randbelow(100):02d}"
    user = user_create(
        actor=actor,
        username=username,
        password=secrets.token_urlsafe(24),
        role=Role.EXPERT,
        display_name=expert.name,
        region=expert.region,
    )
    if expert.password_hash:
        user.password = expert.password_hash
    else:
        user.set_unusable_password()
    user.mobile = expert.mobile
    user.id_number = expert.id_number
    user.save(update_fields=["password", "mobile", "id_number"])
    return user


@transaction.atomic
def expert_set_status(*, actor: User, expert: Expert, suspended: bool, note: str) -> Expert:
    """Suspend an approved expert (they are left out of draws) or reinstate them."""
    require(actor, "experts.approve")
    wanted_from = ExpertStatus.APPROVED if suspended else ExpertStatus.SUSPENDED
    if expert.status != wanted_from or not note.strip():
        raise ExpertError({"status": "状态不符或未填写理由。"})
    _check_note(note)
    before = _snapshot(expert)
    expert.status = ExpertStatus.SUSPENDED if suspended else ExpertStatus.APPROVED
    expert.review_note = note.strip()
    expert.save(update_fields=["status", "review_note", "updated_at"])
    audit_record(
        actor=actor,
        action="expert.suspend" if suspended else "expert.reinstate",
        obj=expert,
        before=before,
        after=_snapshot(expert),
        message=note[:200],
    )
    return expert


def experts_bulk_create(*, actor: User, rows: Sequence[Any]) -> int:
    """Write validated import rows (see imports.py); the caller holds the transaction."""
    require(actor, "experts.manage")
    made = 0
    for row in rows:
        expert = Expert(source=ExpertSource.IMPORTED, created_by=actor)
        _fill(expert, row.data)
        expert.full_clean()
        expert.save()
        _relations(expert, row.data)
        made += 1
    audit_record(
        actor=actor,
        action="expert.import",
        object_type="experts.Expert",
        after={"created": made},
    )
    return made


# --- draws -----------------------------------------------------------------------------------


@transaction.atomic
def draw_start(
    *, actor: User, call: Call, applications: list[Application], rules: dict[str, Any]
) -> Draw:
    """Record a draw and queue its job (the batch is built and solved in the background)."""
    from apps.jobs.services import job_start

    require(actor, "experts.draw")
    if not applications or not all(policies.may_draw_for(actor, a) for a in applications):
        raise AccessDenied("experts.draw", "只有评审环节的办理人可以抽取专家。")
    assert actor.region is not None
    seed = int(rules.get("seed") or secrets.randbits(31))
    draw = Draw(
        call=call,
        stage=applications[0].stage,
        region=actor.region,
        rules={**rules, "seed": seed},
        input_hash="",
        seed=seed,
        engine_version="",
        created_by=actor,
    )
    draw.full_clean()
    draw.save()
    job = job_start(
        actor=actor,
        kind="experts.draw",
        title=f"专家抽取：{call.name}",
        params={"draw": draw.pk, "applications": [a.pk for a in applications]},
    )
    draw.job = job
    draw.save(update_fields=["job"])
    audit_record(actor=actor, action="draw.start", obj=draw, after={"rules": draw.rules})
    return draw


def draw_store(
    *,
    draw: Draw,
    stored: dict[str, Any],
    input_hash: str,
    engine_version: str,
    result: dict[str, Any],
    status: str,
    objective: float | None = None,
    bound: float | None = None,
    gap: float | None = None,
    result_hash: str = "",
) -> Draw:
    """The job's outcome, in the job's final transaction (the caller holds it)."""
    draw.instance = stored
    draw.input_hash = input_hash
    draw.engine_version = engine_version
    draw.result = result
    draw.status = status
    draw.objective, draw.bound, draw.gap = objective, bound, gap
    draw.result_hash = result_hash
    draw.save()
    audit_record(
        actor=draw.created_by,
        action="draw.solve",
        obj=draw,
        after={
            "status": status,
            "input_hash": input_hash,
            "result_hash": result_hash,
            "objective": objective,
            "bound": bound,
        },
    )
    return draw


@transaction.atomic
def draw_confirm(*, actor: User, draw: Draw) -> int:
    """Seat every panel and its backups through the programme engine's `review_seat`."""
    from apps.accounts.models import User
    from apps.programmes.models import Application
    from apps.programmes.services import review_seat

    require(actor, "experts.draw")
    draw = Draw.objects.select_for_update().get(pk=draw.pk)
    if draw.status != DrawStatus.DONE:
        raise ExpertError({"status": "只有已抽取且未确认的结果可以确认。"})
    rows = draw.result.get("applications", [])
    apps = {a.pk: a for a in Application.objects.filter(pk__in=[r["application"] for r in rows])}
    if len(apps) != len(rows) or not all(policies.may_draw_for(actor, a) for a in apps.values()):
        raise AccessDenied("experts.draw", "只有评审环节的办理人可以确认抽取结果。")
    taken = sorted(
        apps[pk].receipt_number or str(pk)
        for pk in selectors.with_panel()
        .filter(application_id__in=apps)
        .values_list("application_id", flat=True)
    )
    if taken:
        raise ExpertError(
            {
                "applications": (
                    f"以下申报在本次抽取之后已有评审专家落座（另一次抽取或人工指派），"
                    f"本次结果不能确认，请重新抽取：{'、'.join(dict.fromkeys(taken))}。"
                )
            }
        )
    user_ids = {p["user"] for r in rows for p in (*r["panel"], *r["backups"])}
    users = {u.pk: u for u in User.objects.filter(pk__in=user_ids)}
    for r in rows:
        review_seat(
            actor=actor,
            application=apps[r["application"]],
            panel=[users[p["user"]] for p in r["panel"]],
            backups=[users[p["user"]] for p in r["backups"]],
            source="draw",
            draw_ref=f"draw:{draw.pk}:{draw.result_hash[7:23]}",
            core={p["user"] for p in (*r["panel"], *r["backups"]) if p["core"]},
        )
    draw.status = DrawStatus.CONFIRMED
    draw.confirmed_by = actor
    draw.confirmed_at = timezone.now()
    draw.save(update_fields=["status", "confirmed_by", "confirmed_at"])
    audit_record(actor=actor, action="draw.confirm", obj=draw, after={"applications": len(rows)})
    return len(rows)


def draw_replay_start(*, actor: User, draw: Draw) -> Job:
    """Queue a replay: a large draw takes seconds to solve again, so it runs as a job with a
    progress bar instead of holding the request (the job calls `draw_replay`)."""
    from apps.jobs.services import job_start

    require(actor, "experts.replay")
    if not draw.instance:
        raise ExpertError({"status": "该抽取没有可重放的输入。"})
    return job_start(
        actor=actor,
        kind="experts.replay",
        title=f"重放验证：专家抽取 #{draw.pk}",
        params={"draw": draw.pk},
    )


@transaction.atomic
def draw_replay(*, actor: User, draw: Draw) -> dict[str, Any]:
    """Solve the stored instance again and compare: same input hash, same result hash."""
    from apps.experts import draws, engine

    require(actor, "experts.replay")
    if not draw.instance:
        raise ExpertError({"status": "该抽取没有可重放的输入。"})
    instance = draws.load(draw.instance)
    answer: dict[str, Any] = {"input_hash": instance.input_hash}
    try:
        result = engine.solve(instance)
    except engine.Infeasible as exc:
        answer["result_hash"] = ""
        answer["infeasible"] = draws.shortfalls_zh(exc.shortfalls)
        answer["identical"] = draw.status == DrawStatus.INFEASIBLE
    else:
        answer["result_hash"] = draws.result_hash(result)
        answer["identical"] = (
            answer["result_hash"] == draw.result_hash and instance.input_hash == draw.input_hash
        )
        answer["seconds"] = result.seconds
    answer["input_identical"] = instance.input_hash == draw.input_hash
    audit_record(actor=actor, action="draw.replay", obj=draw, after=answer)
    return answer


def review_window(rules: dict[str, Any]) -> tuple[dt.date, dt.date]:
    today = timezone.localdate()
    start = rules.get("review_start") or today.isoformat()
    end = rules.get("review_end") or (today + dt.timedelta(days=14)).isoformat()
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def job_draw(job: Job) -> Draw:
    return Draw.objects.select_related("call", "call__config", "created_by").get(
        pk=job.params["draw"]
    )
