"""Writes to applications: create, save a draft, attach, submit, transition, review.

Each write runs in one transaction with its audit row and its timeline event. Concurrency:
every state change is a conditional UPDATE on (id, status, stage, version), so of two
concurrent writers based on the same read exactly one wins and the other is told someone else
was faster (409). `select_for_update` does nothing on SQLite; the conditional update is what
makes this safe on both databases. Refused attempts are audited outside the failed
transaction, so the refusal survives the rollback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection
from decimal import Decimal, InvalidOperation
from typing import IO, TYPE_CHECKING, Any, TypeVar

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from apps.accounts.permissions import has_perm, require
from apps.audit.services import audit_record, audit_refused
from apps.core.scoping import unique_or_none
from apps.core.text import too_long
from apps.core.uploads import UploadRejected, check_upload
from apps.programmes import policies, scoring
from apps.programmes.calendar import add_working_days
from apps.programmes.choices import (
    EDITABLE,
    REVIEW_SEATED,
    REVIEW_VACATED,
    ActionKind,
    ApplicationStatus,
    IdempotentOperation,
    ReviewSource,
    ReviewStatus,
    StageActor,
    TimelineKind,
)
from apps.programmes.errors import Conflict, Invalid, ProgrammeError, Refused
from apps.programmes.models import (
    Application,
    ApplicationVersion,
    Attachment,
    BidPartner,
    BlacklistEntry,
    Call,
    Challenge,
    GuideDirection,
    IdempotencyKey,
    ReviewAssignment,
    TimelineEvent,
)
from apps.programmes.selectors_seating import review_due_day, unavailable_names
from apps.programmes.validation import clean_data, clean_title, fields_of
from apps.programmes.workflows import WITHDRAW, Action, Stage, Workflow

if TYPE_CHECKING:
    from apps.accounts.models import User

T = TypeVar("T")


def _audited(action: str, actor: User, application: Application | None, run: Callable[[], T]) -> T:
    """Run a write; a refusal is recorded in the audit log after its transaction rolled back."""
    try:
        return run()
    except (ProgrammeError, Refused) as exc:
        if not isinstance(exc, Invalid):
            audit_refused(
                actor=actor,
                action=action,
                object_type="programmes.Application",
                object_id=str(application.pk) if application is not None else "",
                message=exc.message,
            )
        raise


def _state(app: Application) -> dict[str, Any]:
    return {
        "status": app.status,
        "stage": app.stage,
        "version": app.version,
        "receipt_number": app.receipt_number,
        "amount": str(app.amount) if app.amount is not None else None,
    }


def _event(
    app: Application,
    actor: User,
    *,
    kind: str,
    label: str,
    action: str = "",
    before: dict[str, Any] | None = None,
    reason: str = "",
    detail: dict[str, Any] | None = None,
) -> TimelineEvent:
    before = before or _state(app)
    return TimelineEvent.objects.create(
        application=app,
        kind=kind,
        action=action,
        label=label,
        from_stage=before["stage"],
        to_stage=app.stage,
        from_status=before["status"],
        to_status=app.status,
        actor=actor,
        actor_name=actor.display_name or actor.username,
        actor_role=actor.role,
        reason=reason,
        detail=detail or {},
    )


def _advance(app: Application, expected_version: int, **changes: Any) -> None:
    """The conditional UPDATE: applies `changes` only if nobody wrote since `expected_version`."""
    won = Application.objects.filter(
        pk=app.pk, version=expected_version, status=app.status, stage=app.stage
    ).update(version=F("version") + 1, updated_at=timezone.now(), **changes)
    if not won:
        raise Conflict("该申报已被他人修改或办理，请刷新后重试。")
    for key, value in changes.items():
        setattr(app, key, value)
    app.version = expected_version + 1


def workflow_of(app: Application) -> Workflow:
    return Workflow.parse(app.config.stages)


def applicant_users(app: Application) -> list[User]:
    from apps.accounts.models import User

    return list(
        User.objects.filter(
            organization_id=app.applicant_id, is_active=True, role__in=policies.APPLICANT_ROLES
        )
    )


# --- drafts ----------------------------------------------------------------------------------


def application_create(
    *,
    actor: User,
    call: Call,
    title: str = "",
    data: dict[str, Any] | None = None,
    direction: GuideDirection | None = None,
) -> Application:
    """Start a draft for the actor's organisation (one application per organisation and call).

    `direction`: the guide direction the application answers, for calls whose guide was built
    from the demand reserve. Bids on a challenge start through `challenge_bid`."""
    return _audited(
        "application.create",
        actor,
        None,
        lambda: _create(actor, call, title, data, direction=direction),
    )


RELATED_IN_HAND = ("call", "config", "applicant", "region", "challenge", "direction", "created_by")


@transaction.atomic
def _create(
    actor: User,
    call: Call,
    title: str,
    data: dict[str, Any] | None,
    *,
    challenge: Challenge | None = None,
    direction: GuideDirection | None = None,
) -> Application:
    if not has_perm(actor, "programmes.apply") or actor.organization_id is None:
        raise Refused("programmes.apply", "只有申报单位的用户可以申报。")
    if not call.is_open():
        raise Conflict("该批次当前不在申报时间内。")
    problems = policies.eligibility_problems(call, actor.organization_id)
    if problems:
        raise Conflict("不符合申报条件：" + "；".join(problems))
    if challenge is None and call.challenges.exists():
        raise Conflict("该批次为揭榜挂帅，请在榜单中选择榜单项目揭榜。")
    if direction is not None and (direction.call_id != call.pk or call.guide_published_at is None):
        raise Invalid("指南方向无效。", {"direction": "请选择本批次已发布指南中的方向。"})
    if Application.objects.filter(
        call=call, applicant_id=actor.organization_id, challenge=challenge
    ).exists():
        raise Conflict(
            "本单位已揭榜该榜单项目，请在“我的申报”中继续填写。"
            if challenge is not None
            else "本单位已在该批次中申报，请在“我的申报”中继续填写。"
        )
    cleaned, errors = clean_data(call.config.form, data or {}, required=False)
    title_error = clean_title(title, required=False)
    if title_error:
        errors["title"] = title_error
    if errors:
        raise Invalid("申报内容有误，请修改后再保存。", errors)
    org = actor.organization
    assert org is not None
    app = Application(
        call=call,
        config=call.config,
        applicant=org,
        region=org.region,
        title=title,
        data=cleaned,
        challenge=challenge,
        direction=direction,
        created_by=actor,
    )
    # The related rows are in hand (read above or with the actor): validating them would look
    # each up again, six statements on the busiest write of a deadline (the database's foreign
    # keys still hold). One application per organisation and call is checked above with its
    # own message, and by the IntegrityError below.
    app.full_clean(exclude=[*RELATED_IN_HAND])
    try:
        with transaction.atomic():
            app.save()
    except IntegrityError:
        raise Conflict("本单位已在该批次中申报，请在“我的申报”中继续填写。") from None
    _event(app, actor, kind=TimelineKind.CREATE, label="创建草稿")
    audit_record(actor=actor, action="application.create", obj=app, after=_state(app))
    return app


def application_save(
    *,
    actor: User,
    application: Application,
    title: str,
    data: dict[str, Any],
    expected_version: int,
    direction: GuideDirection | None = None,
) -> Application:
    """Save the draft. If someone else saved since `expected_version`, refuse (Conflict) so the
    caller can show both versions instead of overwriting silently. `direction` (a published
    guide direction of the call) changes the direction answered; None keeps it."""
    return _audited(
        "application.save",
        actor,
        application,
        lambda: _save(actor, application, title, data, expected_version, direction),
    )


@transaction.atomic
def _save(
    actor: User,
    app: Application,
    title: str,
    data: dict[str, Any],
    expected_version: int,
    direction: GuideDirection | None = None,
) -> Application:
    if not policies.may_edit(actor, app):
        raise Refused("programmes.apply", "只有申报单位可以在草稿或退回修改状态下编辑。")
    cleaned, errors = clean_data(app.config.form, data, required=False)
    title_error = clean_title(title, required=False)
    if title_error:
        errors["title"] = title_error
    if errors:
        raise Invalid("申报内容有误，请修改后再保存。", errors)
    changes: dict[str, Any] = {"title": title, "data": cleaned}
    if direction is not None:
        if direction.call_id != app.call_id or app.call.guide_published_at is None:
            raise Invalid("指南方向无效。", {"direction": "请选择本批次已发布指南中的方向。"})
        changes["direction"] = direction
    before = {"title": app.title, "version": app.version}
    _advance(app, expected_version, **changes)
    audit_record(
        actor=actor,
        action="application.save",
        obj=app,
        before=before,
        after={"title": title, "version": app.version},
    )
    return app


# --- idempotency keys (submit, upload) -------------------------------------------------------
# One mechanism for every retry-safe write: the request claims (actor, operation, key) first,
# in a savepoint of its own transaction, under a unique constraint. A concurrent duplicate
# blocks on PostgreSQL until the first commits, then hits the constraint and reads the stored
# answer; SQLite's IMMEDIATE transactions serialise writers anyway. A refused or invalid first
# request rolls its claim back with everything else, so the key stays free for the retry.


def _idempotency_key(raw: str) -> str:
    return raw.strip()[:100]


def _key_claim(
    actor: User, operation: str, key: str, application: Application
) -> tuple[IdempotencyKey, bool]:
    """(the new claim, True), or (the earlier request's row, False) when the key is taken."""
    try:
        with transaction.atomic():
            row = IdempotencyKey.objects.create(
                actor=actor, operation=operation, key=key, application=application
            )
        return row, True
    except IntegrityError:
        return IdempotencyKey.objects.get(actor=actor, operation=operation, key=key), False


def _key_answer(claim: IdempotencyKey, answer: dict[str, Any]) -> None:
    IdempotencyKey.objects.filter(pk=claim.pk).update(response=answer)


def _key_same_application(stored: IdempotencyKey, application: Application) -> None:
    if stored.application_id != application.pk:
        raise Conflict("该幂等键已用于另一份申报。")


def _upload_fingerprint(slot: str, name: str, sha256: str, attachment: int) -> dict[str, Any]:
    return {"attachment": attachment, "slot": slot, "name": name[:200], "sha256": sha256}


def _attachment_replay(
    stored: IdempotencyKey, app: Application, slot: str, upload: IO[bytes], name: str
) -> Attachment:
    """The attachment a retried upload made the first time, if the retry is the same file."""
    _key_same_application(stored, app)
    first = stored.response
    data = upload.read()
    upload.seek(0)
    sha256 = hashlib.sha256(data).hexdigest()
    if _upload_fingerprint(slot, name, sha256, first["attachment"]) != first:
        raise Conflict(
            f"该幂等键已用于上传“{first['name']}”（附件类别 {first['slot']}），与本次上传的"
            "文件、类别或文件名不同；上传另一个文件请使用新的幂等键。"
        )
    attachment = Attachment.objects.live().filter(pk=first["attachment"], application=app).first()
    if attachment is None:
        raise Conflict(f"该幂等键上传的“{first['name']}”已被删除；如需重新上传，请使用新的幂等键。")
    return attachment


def attachment_add(
    *,
    actor: User,
    application: Application,
    slot: str,
    upload: IO[bytes],
    name: str,
    idempotency_key: str = "",
) -> Attachment:
    """Attach a file under a configured slot: type by content, size and count are checked.

    With an idempotency key, a retry by the same actor (the first answer lost to a timeout) gets
    the attachment the first request made, and no second copy; the same key with another file,
    slot or name, or for another application, is a conflict.
    """
    return attachment_upload(
        actor=actor,
        application=application,
        slot=slot,
        upload=upload,
        name=name,
        idempotency_key=idempotency_key,
    )[0]


def attachment_upload(
    *,
    actor: User,
    application: Application,
    slot: str,
    upload: IO[bytes],
    name: str,
    idempotency_key: str = "",
) -> tuple[Attachment, bool]:
    """`attachment_add`, telling also whether the answer is a replay: True when the key was
    used before and the first request's attachment is returned (the API's
    `Idempotent-Replayed` header)."""
    key = _idempotency_key(idempotency_key)
    return _audited(
        "attachment.add",
        actor,
        application,
        lambda: _attach(actor, application, slot, upload, name, key),
    )


@transaction.atomic
def _attach(
    actor: User, app: Application, slot: str, upload: IO[bytes], name: str, key: str
) -> tuple[Attachment, bool]:
    claim = None
    if key:
        # Before any check: a retry of an upload that went through must not be refused for the
        # slot being full (by its own first copy), nor after the application has moved on.
        claim, claimed_now = _key_claim(actor, IdempotentOperation.ATTACHMENT_ADD, key, app)
        if not claimed_now:
            return _attachment_replay(claim, app, slot, upload, name), True
    if not policies.may_edit(actor, app):
        raise Refused("programmes.apply", "只有申报单位可以在草稿或退回修改状态下上传附件。")
    spec = next((s for s in app.config.attachments if s["code"] == slot), None)
    if spec is None:
        known = "、".join(f"{s['code']}（{s['label']}）" for s in app.config.attachments)
        message = f"附件类别“{slot}”无效，本批次的附件类别为：{known or '无'}。"
        raise Invalid(message, {"slot": message})
    kinds = set(spec.get("kinds") or ["pdf"])
    try:
        kind = check_upload(upload, kinds=kinds, name=name)
    except UploadRejected as exc:
        raise Invalid(str(exc), {"file": f"“{spec['label']}”中的“{name}”未被接收：{exc}"}) from None
    data = upload.read()
    upload.seek(0)
    max_mb = spec.get("max_mb")
    if max_mb and len(data) > max_mb * 1024 * 1024:
        message = f"“{name}”超过“{spec['label']}”的 {max_mb} MB 上限。"
        raise Invalid(message, {"file": message})
    count = Attachment.objects.live().filter(application=app, slot=slot).count()
    if count >= int(spec.get("max_count") or 1):
        message = f"“{spec['label']}”最多上传 {spec.get('max_count') or 1} 个文件，请先删除旧文件。"
        raise Invalid(message, {"file": message})
    from django.core.files.base import ContentFile

    attachment = Attachment(
        application=app,
        slot=slot,
        name=name[:200],
        kind=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=actor,
    )
    attachment.file.save("upload.bin", ContentFile(data), save=False)
    attachment.save()
    if claim is not None:
        _key_answer(claim, _upload_fingerprint(slot, name, attachment.sha256, attachment.pk))
    audit_record(
        actor=actor,
        action="attachment.add",
        obj=attachment,
        after={"application": app.pk, "slot": slot, "name": name, "size": len(data)},
    )
    return attachment, False


def attachment_remove(*, actor: User, attachment: Attachment) -> None:
    """Delete a file while the application can be edited (draft, or returned for changes)."""
    _audited(
        "attachment.remove",
        actor,
        attachment.application,
        lambda: _detach(actor, attachment),
    )


@transaction.atomic
def _detach(actor: User, attachment: Attachment) -> None:
    app = attachment.application
    if not policies.may_edit(actor, app):
        raise Refused("programmes.apply", "只有申报单位可以在草稿或退回修改状态下删除附件。")
    audit_record(
        actor=actor,
        action="attachment.remove",
        obj=attachment,
        before={"application": app.pk, "slot": attachment.slot, "name": attachment.name},
    )
    if app.submitted_at is not None and attachment.uploaded_at <= app.submitted_at:
        # Part of the version the officers are reading while it is back with the applicant:
        # gone from the application, kept for that version (decision 0006).
        attachment.removed_at = timezone.now()
        attachment.save(update_fields=["removed_at"])
        return
    attachment.file.delete(save=False)
    attachment.delete()


# --- submit ----------------------------------------------------------------------------------


def missing_attachments(app: Application, present: set[str] | None = None) -> list[str]:
    """Labels of the required attachment slots without a file (`present`: the slots that
    have one, when the caller has read them already)."""
    if present is None:
        present = set(
            Attachment.objects.live().filter(application=app).values_list("slot", flat=True)
        )
    return [
        s["label"] for s in app.config.attachments if s.get("required") and s["code"] not in present
    ]


def blacklist_hits(app: Application) -> list[str]:
    """Names of the applicant or team members with a blacklist entry in force today."""
    today = timezone.localdate()
    active = BlacklistEntry.objects.filter(starts_on__lte=today).exclude(ends_on__lt=today)
    active = active.filter(
        models_q_programme(app.call.programme_type_id)  # type: ignore[arg-type]
    )
    # One statement for the applicant and its bid partners together; the partners are named
    # only when one of the organisations is listed, which is rare (this runs on every submit).
    partner_codes = BidPartner.objects.filter(application=app).values("organization__credit_code")
    listed = set(
        active.filter(kind=BlacklistEntry.Kind.ORGANIZATION)
        .filter(Q(credit_code=app.applicant.credit_code) | Q(credit_code__in=partner_codes))
        .values_list("credit_code", flat=True)
    )
    hits: list[str] = []
    if app.applicant.credit_code in listed:
        hits.append(f"申报单位“{app.applicant.name}”")
    digests = {
        m.get("id_digest"): m.get("name")
        for f in _team_fields(app)
        for m in app.data.get(f, [])
        if m.get("id_digest")
    }
    if digests:
        for entry in active.filter(kind=BlacklistEntry.Kind.PERSON, id_digest__in=list(digests)):
            hits.append(f"项目成员“{digests.get(entry.id_digest) or entry.name}”")
    partners = (
        dict(
            BidPartner.objects.filter(application=app).values_list(
                "organization__credit_code", "organization__name"
            )
        )
        if listed
        else {}
    )
    if partners:
        for code in active.filter(
            kind=BlacklistEntry.Kind.ORGANIZATION, credit_code__in=list(partners)
        ).values_list("credit_code", flat=True):
            hits.append(f"联合单位“{partners[code]}”")
    return hits


def models_q_programme(programme_type_id: str) -> Any:
    return Q(programme_type__isnull=True) | Q(programme_type_id=programme_type_id)


def _team_fields(app: Application) -> list[str]:
    from apps.programmes.validation import fields_of

    return [f["name"] for f in fields_of(app.config.form) if f.get("type") == "team"]


def submission_problems(
    app: Application, title: str, data: dict[str, Any], *, slots: set[str] | None = None
) -> dict[str, str]:
    """Everything that stands between this content and a submission, field by field
    (`slots`: the attachment slots with a file, when the caller has read them already)."""
    _, errors = clean_data(app.config.form, data, required=True)
    title_error = clean_title(title, required=True)
    if title_error:
        errors["title"] = title_error
    missing = missing_attachments(app, slots)
    if missing:
        errors["attachments"] = "请上传：" + "、".join(missing) + "。"
    from apps.programmes.services_challenges import bid_problems
    from apps.programmes.services_reserve import direction_problems

    errors.update(bid_problems(app))
    errors.update(direction_problems(app))
    return errors


def application_submit(
    *, actor: User, application: Application, idempotency_key: str = ""
) -> dict[str, Any]:
    """Submit (or resubmit after a return). Answers {"receipt_number", "application", ...}.

    The same (actor, key) always gets the same answer and never a second application or
    receipt; a submit of an application already submitted in this round answers its receipt.
    """
    key = _idempotency_key(idempotency_key)
    if key:
        stored = unique_or_none(
            IdempotencyKey.objects.filter(
                actor=actor, operation=IdempotentOperation.SUBMIT, key=key
            )
        )
        if stored is not None:
            return _replay(stored, application)
    answer = _audited(
        "application.submit", actor, application, lambda: _submit(actor, application, key)
    )
    application.refresh_from_db()
    return answer


def _replay(stored: IdempotencyKey, application: Application) -> dict[str, Any]:
    _key_same_application(stored, application)
    return {**stored.response, "replayed": True}


@transaction.atomic
def _submit(actor: User, app: Application, key: str) -> dict[str, Any]:
    claim = None
    if key:
        claim, claimed_now = _key_claim(actor, IdempotentOperation.SUBMIT, key, app)
        if not claimed_now:
            return _replay(claim, app)
    # Lock the application row (PostgreSQL; SQLite's IMMEDIATE transaction holds the whole
    # database already): a concurrent submit of the same draft under another key waits here
    # and then reads it submitted, answering the same receipt instead of a 409. Only this row:
    # locking the joined call row would serialise every submission of the call from here on.
    fresh = (
        Application.objects.select_related("call", "config", "applicant", "region")
        .select_for_update(of=("self",))
        .get(pk=app.pk)
    )
    if not policies.is_applicant(actor, fresh) or not has_perm(actor, "programmes.apply"):
        raise Refused("programmes.apply", "只有申报单位可以提交申报。")
    if fresh.status not in EDITABLE:
        if fresh.receipt_number and fresh.status == ApplicationStatus.ACTIVE:
            answer = _answer(fresh)  # a retry without the key: same receipt, nothing new
            if claim is not None:
                _key_answer(claim, answer)
            return answer
        raise Conflict(f"当前状态为“{fresh.get_status_display()}”，不能提交。")
    if fresh.challenge is not None:
        from apps.programmes.services_challenges import bidding_problem

        problem = bidding_problem(fresh.challenge)
        if problem:
            raise Conflict(problem)
    # Read once: checked for the required slots here, recorded in the version below.
    attachments = list(
        Attachment.objects.live().filter(application=fresh).values("slot", "name", "size", "sha256")
    )
    slots = {a["slot"] for a in attachments}
    errors = submission_problems(fresh, fresh.title, fresh.data, slots=slots)
    if errors:
        raise Invalid("申报内容不完整或有误，请修改后再提交：" + "；".join(errors.values()), errors)
    hits = blacklist_hits(fresh)
    if hits:
        raise Conflict("、".join(hits) + "在失信黑名单期限内，不能申报。")
    if not fresh.call.is_open(timezone.now()):  # the server clock at commit decides
        raise Conflict("申报已截止（以服务器时间为准），不能提交。")
    flow = workflow_of(fresh)
    first = flow.first(has_county=policies.has_county(fresh.region))
    before = _state(fresh)
    changes: dict[str, Any] = {
        "status": ApplicationStatus.ACTIVE,
        "stage": first.code,
        "submitted_at": timezone.now(),
        "stage_entered_at": timezone.now(),
    }
    # Reads first: from the receipt on, the call row is locked until commit, and every other
    # submission of the call waits for it.
    number = ApplicationVersion.objects.filter(application=fresh).count() + 1
    if not fresh.receipt_number:
        changes["receipt_number"] = _next_receipt(fresh.call)
    _advance(fresh, fresh.version, **changes)
    ApplicationVersion.objects.create(
        application=fresh,
        number=number,
        title=fresh.title,
        data=fresh.data,
        attachments=attachments,
        receipt_number=fresh.receipt_number or "",
        created_by=actor,
    )
    label = "提交申报" if number == 1 else "修改后重新提交"
    _event(
        fresh,
        actor,
        kind=TimelineKind.SUBMIT,
        label=label,
        before=before,
        detail={"version": number},
    )
    answer = _answer(fresh)
    if claim is not None:
        _key_answer(claim, answer)
    audit_record(
        actor=actor, action="application.submit", obj=fresh, before=before, after=_state(fresh)
    )
    return answer


def _answer(app: Application) -> dict[str, Any]:
    return {
        "application": app.pk,
        "receipt_number": app.receipt_number,
        "status": app.status,
        "stage": app.stage,
    }


def _next_receipt(call: Call) -> str:
    """The next receipt number of the call; the UPDATE locks the call row until commit."""
    Call.objects.filter(pk=call.pk).update(receipt_counter=F("receipt_counter") + 1)
    counter = Call.objects.values_list("receipt_counter", flat=True).get(pk=call.pk)
    return f"{call.code.upper()}-{counter:05d}"


# --- transitions -----------------------------------------------------------------------------


def application_transition(
    *,
    actor: User,
    application: Application,
    action: str,
    reason: str = "",
    amount: Any = None,
    checklist: list[str] | None = None,
    form_data: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> Application:
    """Move an application by one configured action, if the actor may take it now.

    Checks role and region (the officer of the stage's level over the applicant), withdrawal,
    terminal states, the stage's deadline, quota, checklist, review scores, publicity period,
    amount and blacklist; writes the timeline event and the audit row in one transaction.
    """
    fresh = _audited(
        f"application.{action}"[:60],
        actor,
        application,
        lambda: _transition(
            actor,
            application,
            action,
            reason.strip(),
            amount,
            checklist,
            form_data,
            expected_version,
        ),
    )
    application.refresh_from_db()
    return fresh


@transaction.atomic
def _transition(
    actor: User,
    app: Application,
    code: str,
    reason: str,
    amount: Any,
    checklist: list[str] | None,
    form_data: dict[str, Any] | None,
    expected_version: int | None,
) -> Application:
    fresh = Application.objects.select_related("call", "config", "applicant", "region").get(
        pk=app.pk
    )
    if expected_version is not None and fresh.version != expected_version:
        raise Conflict("该申报已被他人修改或办理，请刷新后重试。")
    flow = workflow_of(fresh)
    standing = policies.standing(actor, fresh)
    stage = flow.stage(fresh.stage)
    allowed = flow.allowed(status=fresh.status, stage_code=fresh.stage, standing=standing)
    chosen = next((a for a in allowed if a.code == code), None)
    if chosen is None:
        _refuse_reason(fresh, flow, stage, code, standing.actor)
    assert chosen is not None and stage is not None
    if chosen.needs_reason and not reason:
        raise Invalid("请填写理由。", {"reason": "请填写理由。"})
    if message := too_long(reason, limit=2000, label="理由"):
        raise Invalid(message, {"reason": message})
    _check_due(fresh, stage)
    changes: dict[str, Any] = {}
    detail: dict[str, Any] = {}
    going_forward = chosen.kind in (ActionKind.FORWARD, ActionKind.COMPLETE)
    if going_forward and stage.checklist:
        if set(checklist or []) != set(stage.checklist):
            raise Invalid("形式审查清单未全部核对。", {"checklist": "请逐项核对清单后再通过。"})
        detail["checklist"] = list(stage.checklist)
    if going_forward and stage.review:
        reviews = [r for r in fresh.reviews.all() if r.status in REVIEW_SEATED]
        if not reviews or any(r.status != ReviewStatus.SUBMITTED for r in reviews):
            raise Conflict("尚有评审专家未提交评分，不能结束评审。")
        pairs = [(r.reviewer_id, float(r.total)) for r in reviews if r.total is not None]
        if pairs:
            final, _dropped = scoring.trimmed(
                pairs, scoring.Rules.from_scoring(fresh.config.scoring)
            )
            changes["score"] = Decimal(str(round(final, 2)))
        else:
            changes["score"] = None
    if chosen.after_publicity and (
        fresh.publicity_ends_on is None or timezone.localdate() <= fresh.publicity_ends_on
    ):
        raise Conflict(f"公示期至 {fresh.publicity_ends_on} 结束，公示期满后方可办理。")
    if chosen.needs_amount:
        value = _amount(amount)
        changes["amount"] = value
        detail["amount"] = str(value)
    if chosen.check_blacklist:
        hits = blacklist_hits(fresh)
        if hits:
            raise Conflict("、".join(hits) + "在失信黑名单期限内，不能立项。")
    if chosen.pick or chosen.race_only or (going_forward and stage.milestones):
        from apps.programmes.services_challenges import challenge_gate

        challenge_gate(fresh, chosen, stage, changes.get("amount"))
    if stage.form and standing.actor == StageActor.APPLICANT and going_forward:
        cleaned, errors = clean_data(stage.form, form_data or {}, required=True)
        if errors:
            raise Invalid("材料不完整或有误。", errors)
        stage_data = dict(fresh.stage_data)
        stage_data[stage.code] = cleaned
        changes["stage_data"] = stage_data
        detail["form"] = cleaned
        if stage.code in fresh.stage_drafts:  # sent: the kept draft has served
            changes["stage_drafts"] = _without_draft(fresh, stage.code)
    if chosen.kind == ActionKind.RECORD and form_data:
        detail["form"] = {k: str(v)[:2000] for k, v in form_data.items()}
        if stage.form and standing.actor == StageActor.APPLICANT:
            # A change request posted from the report's page keeps the report typed so far.
            changes["stage_drafts"] = _with_draft(fresh, stage, form_data)
    if going_forward and stage.quota:
        _take_quota(fresh, actor)
        changes["quota_region"] = policies.city_code(fresh.region)
    if chosen.kind in (ActionKind.RETURN,) or chosen.code == WITHDRAW.code:
        changes["quota_region"] = ""
    status, to_stage = flow.outcome(
        stage_code=stage.code, action=chosen, has_county=policies.has_county(fresh.region)
    )
    changes["status"] = status
    changes["stage"] = to_stage
    if to_stage != fresh.stage:
        changes["stage_entered_at"] = timezone.now()
        target = flow.stage(to_stage)
        if target is not None and target.publicity_days:
            changes["publicity_ends_on"] = add_working_days(
                timezone.localdate(), target.publicity_days
            )
    before = _state(fresh)
    _advance(fresh, fresh.version, **changes)
    if stage.review and to_stage != stage.code:  # backups not called up are let go
        fresh.reviews.filter(status=ReviewStatus.STANDBY).update(status=ReviewStatus.RELEASED)
    kind = TimelineKind.WITHDRAW if chosen.code == WITHDRAW.code else TimelineKind.ACTION
    _event(
        fresh,
        actor,
        kind=kind,
        label=chosen.label,
        action=chosen.code,
        before=before,
        reason=reason,
        detail=detail,
    )
    audit_record(
        actor=actor,
        action=f"application.{chosen.code}"[:60],
        obj=fresh,
        before=before,
        after={**_state(fresh), "reason": reason},
        message=reason[:500],
    )
    _notify(fresh, chosen, stage, reason, actor)
    return fresh


# --- stage drafts (暂存) -----------------------------------------------------------------------

STAGE_DRAFT_MAX_CHARS = 20000


def stage_draft_save(
    *,
    actor: User,
    application: Application,
    form_data: dict[str, Any],
    expected_version: int | None = None,
) -> Application:
    """Keep what the applicant typed into the current stage's report (中期报告, 验收申请…)
    without sending it: values are kept as typed, checked only when the report is sent, so a
    half-written figure is not lost either. Only the applicant, at its own stage, while the
    stage is open to it."""
    fresh = _audited(
        "application.stage_draft",
        actor,
        application,
        lambda: _stage_draft_save(actor, application, form_data, expected_version),
    )
    application.refresh_from_db()
    return fresh


@transaction.atomic
def _stage_draft_save(
    actor: User, app: Application, form_data: dict[str, Any], expected_version: int | None
) -> Application:
    fresh = Application.objects.select_related("config", "region").get(pk=app.pk)
    standing = policies.standing(actor, fresh)
    if not has_perm(actor, "programmes.apply") or standing.actor != StageActor.APPLICANT:
        raise Refused("programmes.apply", "只有申报单位可以暂存本环节的材料。")
    if expected_version is not None and fresh.version != expected_version:
        raise Conflict("该申报已被他人修改或办理，请刷新后重试。")
    flow = workflow_of(fresh)
    stage = flow.stage(fresh.stage)
    open_to_applicant = flow.allowed(status=fresh.status, stage_code=fresh.stage, standing=standing)
    if stage is None or not stage.form or not open_to_applicant:
        raise Conflict("当前环节没有需要您填写的材料，不能暂存。")
    _check_due(fresh, stage)
    before = _state(fresh)
    _advance(fresh, fresh.version, stage_drafts=_with_draft(fresh, stage, form_data))
    audit_record(
        actor=actor,
        action="application.stage_draft",
        obj=fresh,
        before=before,
        after={**_state(fresh), "stage_draft": stage.code},
    )
    return fresh


def _with_draft(app: Application, stage: Stage, form_data: dict[str, Any]) -> dict[str, Any]:
    """The application's drafts with this stage's replaced by the typed values of its fields."""
    typed = {}
    for f in fields_of(stage.form):
        value = form_data.get(f["name"])
        if value is None:
            continue
        text = str(value)
        if message := too_long(text, limit=STAGE_DRAFT_MAX_CHARS, label=f["label"]):
            raise Invalid(message, {f["name"]: message})
        typed[f["name"]] = text
    return {**_without_draft(app, stage.code), stage.code: typed}


def _without_draft(app: Application, stage_code: str) -> dict[str, Any]:
    return {k: v for k, v in (app.stage_drafts or {}).items() if k != stage_code}


def _refuse_reason(
    app: Application, flow: Workflow, stage: Stage | None, code: str, actor_kind: str
) -> None:
    """Raise the most telling refusal for an action the actor may not take now."""
    if app.status == ApplicationStatus.WITHDRAWN:
        raise Conflict("该申报已撤回，不能再办理。")
    if app.status in (ApplicationStatus.REJECTED, ApplicationStatus.COMPLETED):
        raise Conflict(f"该申报已{app.get_status_display()}，不能再办理。")
    if app.status in EDITABLE:
        raise Conflict("该申报尚未提交（或已退回修改），不能办理。")
    configured = (
        any(a.code == code for s in flow.stages for a in s.actions) or code == WITHDRAW.code
    )
    if (
        stage is not None
        and any(a.code == code for a in stage.actions)
        and actor_kind == stage.actor
    ):
        raise Refused("programmes.handle", "该申报不在您的管辖范围内，不能办理。")
    if not configured:
        raise Conflict(f"本计划没有“{code}”这一操作。")
    if stage is not None and actor_kind != stage.actor:
        raise Refused(
            "programmes.handle",
            f"当前环节“{stage.name}”由{_actor_label(stage.actor)}办理，您无权操作。",
        )
    raise Conflict("当前环节不能执行该操作（不能跳过环节）。")


def _actor_label(actor: str) -> str:
    return str(StageActor(actor).label) if actor in StageActor.values else actor


def _check_due(app: Application, stage: Stage) -> None:
    if stage.due_working_days is None:
        return
    due = add_working_days(
        timezone.localtime(app.call.closes_at).date(), int(stage.due_working_days)
    )
    if timezone.localdate() > due:
        raise Conflict(f"“{stage.name}”的办理期限为 {due}，已超期，请联系上级管理部门。")


def _amount(value: Any) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise Invalid("请填写支持金额。", {"amount": "请填写支持金额（万元，数字）。"}) from None
    if not amount.is_finite() or amount <= 0 or amount > Decimal("1000000"):
        raise Invalid("支持金额无效。", {"amount": "支持金额须大于 0 且不超过 1000000 万元。"})
    return amount.quantize(Decimal("0.01"))


def _take_quota(app: Application, actor: User) -> None:
    city = policies.city_code(app.region)
    quota = (app.config.quotas or {}).get(city)
    if quota is None:
        return
    # Serialise recommendations within the call (PostgreSQL row lock; SQLite's IMMEDIATE
    # transactions are serial already), then count.
    list(Call.objects.select_for_update().filter(pk=app.call_id))
    used = Application.objects.filter(call_id=app.call_id, quota_region=city).count()
    if used >= int(quota):
        raise Conflict(f"本市推荐名额（{quota} 项）已用完。")


def _notify(app: Application, action: Action, stage: Stage, reason: str, actor: User) -> None:

    link = f"/programmes/applications/{app.pk}/"
    if action.kind == ActionKind.RECORD and stage.actor == StageActor.APPLICANT:
        _notify_answering_officers(app, action, stage, reason, actor)
        return
    if action.kind == ActionKind.RETURN:
        title, kind = f"您的申报“{app.title}”被退回修改", "programme.returned"
    elif action.kind == ActionKind.REJECT:
        title, kind = f"您的申报“{app.title}”未获通过", "programme.decision"
    elif (
        app.status == ApplicationStatus.COMPLETED
        or action.needs_amount
        or action.after_publicity
        or action.code == "approve_change"  # the applicant asked and waits for the answer
    ):
        title, kind = f"您的申报“{app.title}”：{action.label}", "programme.decision"
    else:
        return
    body = f"{stage.name}：{action.label}。" + (f"理由：{reason}" if reason else "")
    notice_after_commit(
        applicant_users(app), kind=kind, title=title, body=body, link=link, actor=actor
    )


def notice_after_commit(
    recipients: list[User], *, kind: str, title: str, body: str, link: str, actor: User
) -> None:
    """Send notices (and mail, when configured) once the write they tell of has committed."""
    from apps.notices.services import notice_send

    transaction.on_commit(
        lambda: notice_send(
            recipients=recipients, kind=kind, title=title, body=body, link=link, actor=actor
        )
    )


def _notify_answering_officers(
    app: Application, action: Action, stage: Stage, reason: str, actor: User
) -> None:
    """Something the applicant raised on the way (提出变更申请) waits for the officers of the
    stage that answers it — its level, over the application's region — so they are told,
    in the application and by mail when configured, instead of finding it on the timeline."""
    flow = workflow_of(app)
    answering = flow.answered_at(stage, has_county=policies.has_county(app.region))
    if answering is None:
        return
    recipients = policies.stage_officers(app, answering.actor)
    title = f"{app.applicant.name}就“{app.title}”{action.label}"
    body = (
        f"{stage.name}：{action.label}。"
        + (f"理由：{reason.rstrip('。')}。" if reason else "")
        + f"请在“{answering.name}”环节答复。"
    )
    notice_after_commit(
        recipients,
        kind="programme.change_request",
        title=title,
        body=body,
        link=f"/programmes/applications/{app.pk}/",
        actor=actor,
    )


# --- review ----------------------------------------------------------------------------------


def _check_review_handler(actor: User, application: Application) -> None:
    """Only the handler of an application's review stage seats or releases its experts."""
    if not policies.may_seat(actor, application):
        raise Refused("programmes.handle", "只有评审环节的办理人可以指派评审专家。")


def _review_due(app: Application) -> Any:
    day = review_due_day(app)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59)))


def review_seat(
    *,
    actor: User,
    application: Application,
    panel: list[User],
    backups: list[User],
    source: str = "manual",
    draw_ref: str = "",
    due_at: dt.datetime | None = None,
    core: Collection[int] = (),
) -> list[ReviewAssignment]:
    """Seat a panel and ordered backups (候补) on an application in its review stage.

    `panel` experts are invited at once (and notified); `backups` wait in the given order and
    are promoted one by one as seated experts decline or declare a conflict. An expert already
    on the application (in any state) is skipped, so seating twice adds only the new ones;
    new backups rank after the existing ones. `core` lists the user ids of core experts
    (核心专家), kept on the seat for the tie rules. Returns the rows created, panel first.
    """
    return _audited(
        "review.seat",
        actor,
        application,
        lambda: _review_seat(
            actor, application, panel, backups, source, draw_ref, due_at, frozenset(core)
        ),
    )


def _check_hand_seating_conflicts(application: Application, user_ids: set[int]) -> None:
    """Experts seated by hand pass the draw's conflict rules too (same organisation or group,
    team members, partners, collaborations, blacklist, the expert's own declarations); a
    draw has already applied them. Accounts without an expert profile have nothing to test."""
    from apps.experts.batch import conflicts_of
    from apps.experts.models import Expert

    profiles = list(
        Expert.objects.filter(user_id__in=user_ids)
        .select_related("organization", "region")
        .prefetch_related("conflict_organizations")
        .order_by("name_pinyin", "pk")
    )
    found = conflicts_of(application=application, experts=profiles)
    if found:
        detail = "；".join(f"“{e.name}”{'、'.join(found[e.pk])}" for e in profiles if e.pk in found)
        raise Invalid("所选专家与本项目须回避。", {"reviewers": detail})


@transaction.atomic
def _review_seat(
    actor: User,
    application: Application,
    panel: list[User],
    backups: list[User],
    source: str,
    draw_ref: str,
    due_at: dt.datetime | None,
    core: frozenset[int],
) -> list[ReviewAssignment]:
    from apps.accounts.choices import Role

    _check_review_handler(actor, application)
    if source not in ReviewSource.values:
        raise Invalid("来源无效。", {"source": f"来源须为 {'/'.join(ReviewSource.values)}。"})
    seen: set[int] = set()
    for person in [*panel, *backups]:
        if person.role != Role.EXPERT or not person.is_active:
            raise Invalid("评审人须为专家用户。", {"reviewers": f"“{person}”不是专家用户。"})
        if person.pk in seen:
            raise Invalid("同一专家不能重复指派。", {"reviewers": f"“{person}”重复出现。"})
        seen.add(person.pk)
    unavailable: list[str] = []
    if source == ReviewSource.MANUAL:
        _check_hand_seating_conflicts(application, seen)
        # declared unavailable over the review period: the officer's call by hand (0011),
        # kept on the record so that the choice can be read back
        unavailable = unavailable_names(application, [*panel, *backups])
    Application.objects.select_for_update().filter(pk=application.pk).first()
    existing = {r.reviewer_id: r for r in ReviewAssignment.objects.filter(application=application)}
    rank = max((r.backup_rank or 0 for r in existing.values()), default=0)
    now = timezone.now()
    due = due_at or _review_due(application)
    made: list[ReviewAssignment] = []
    for person, is_backup in [(p, False) for p in panel] + [(b, True) for b in backups]:
        if person.pk in existing:
            continue
        if is_backup:
            rank += 1
        row = ReviewAssignment(
            application=application,
            reviewer=person,
            status=ReviewStatus.STANDBY if is_backup else ReviewStatus.INVITED,
            is_backup=is_backup,
            is_core=person.pk in core,
            backup_rank=rank if is_backup else None,
            source=source,
            draw_ref=draw_ref[:64],
            due_at=due,
            invited_at=None if is_backup else now,
            assigned_by=actor,
        )
        row.full_clean(exclude=["application", "reviewer", "assigned_by"])
        made.append(row)
    ReviewAssignment.objects.bulk_create(made)
    if not made:
        return made
    seated = [r for r in made if not r.is_backup]
    standby = [r for r in made if r.is_backup]
    _event(
        application,
        actor,
        kind=TimelineKind.REVIEW,
        label="指派评审专家",
        detail={
            "reviewers": _names(r.reviewer for r in seated),
            "backups": _names(r.reviewer for r in standby),
            "source": source,
            "draw_ref": draw_ref[:64],
        },
    )
    audit_record(
        actor=actor,
        action="review.seat",
        obj=application,
        after={
            "panel": [r.reviewer_id for r in seated],
            "backups": [r.reviewer_id for r in standby],
            "source": source,
            "draw_ref": draw_ref[:64],
            "due_at": due.isoformat(),
            **({"unavailable": unavailable} if unavailable else {}),
        },
    )
    _invite(application, [r.reviewer for r in seated], actor)
    return made


def _names(people: Any) -> str:
    return "、".join(p.display_name or p.username for p in people)


def _invite(app: Application, people: list[User], actor: User | None) -> None:
    """Tell invited experts (the title only; never the applicant: reviews may be blind)."""
    if not people:
        return
    from apps.notices.services import notice_send

    notice_send(
        recipients=people,
        kind="programme.review_invite",
        title=f"评审邀请：{app.title}",
        body="请在“我的评审”中接受或谢绝，接受后声明有无利益冲突再查看申报材料。",
        link="/programmes/reviews/",
        actor=actor,
    )


def review_assign(
    *, actor: User, application: Application, reviewers: list[User]
) -> list[ReviewAssignment]:
    """An officer invites reviewers by hand, without backups (a draw seats them with backups)."""
    return review_seat(actor=actor, application=application, panel=reviewers, backups=[])


def review_submit(
    *, actor: User, assignment: ReviewAssignment, scores: dict[str, Any], comment: str
) -> ReviewAssignment:
    """A reviewer scores the application on the programme's sheet (each item 0..max) with
    their written opinion (评审意见, required, at least the sheet's `comment_min_length`),
    once seated, accepted and declared free of conflicts; again until the review stage ends."""
    return _seat_write(
        "review.submit",
        actor,
        assignment,
        lambda: _review_submit(actor, assignment, scores, comment),
    )


@transaction.atomic
def _review_submit(
    actor: User, assignment: ReviewAssignment, scores: dict[str, Any], comment: str
) -> ReviewAssignment:
    assignment = _my_scoring_seat(actor, assignment)
    app = assignment.application
    cleaned, comment = _sheet(app, scores, comment, complete=True)
    assignment.scores = cleaned
    assignment.total = sum((Decimal(v) for v in cleaned.values()), Decimal(0))
    assignment.comment = comment
    assignment.submitted_at = timezone.now()
    assignment.responded_at = assignment.responded_at or assignment.submitted_at
    assignment.status = ReviewStatus.SUBMITTED
    assignment.full_clean()
    assignment.save()
    _event(
        app,
        actor,
        kind=TimelineKind.REVIEW,
        label="专家提交评分",
        detail={"total": str(assignment.total)},
    )
    audit_record(
        actor=actor, action="review.submit", obj=assignment, after={"total": str(assignment.total)}
    )
    return assignment


def review_draft_save(
    *, actor: User, assignment: ReviewAssignment, scores: dict[str, Any], comment: str
) -> ReviewAssignment:
    """暂存: keep what the reviewer has typed so far (blank items and opinion allowed, a score
    given must still be in range) without submitting; only before the first submission, since
    a submitted sheet counts and is changed by submitting again."""
    return _seat_write(
        "review.draft",
        actor,
        assignment,
        lambda: _review_draft_save(actor, assignment, scores, comment),
    )


@transaction.atomic
def _review_draft_save(
    actor: User, assignment: ReviewAssignment, scores: dict[str, Any], comment: str
) -> ReviewAssignment:
    assignment = _my_scoring_seat(actor, assignment)
    if assignment.status == ReviewStatus.SUBMITTED:
        raise Conflict("评分已提交，修改后请直接提交，不能再暂存。")
    assignment.scores, assignment.comment = _sheet(
        assignment.application, scores, comment, complete=False
    )
    assignment.full_clean()
    assignment.save(update_fields=["scores", "comment"])
    audit_record(actor=actor, action="review.draft", obj=assignment)
    return assignment


def _my_scoring_seat(actor: User, assignment: ReviewAssignment) -> ReviewAssignment:
    """The actor's seat, locked, when it may be scored: accepted (or scored) and declared."""
    assignment = _my_seat(actor, assignment)
    if assignment.status not in (ReviewStatus.ACCEPTED, ReviewStatus.SUBMITTED):
        raise Conflict(f"该评审任务{assignment.get_status_display()}，不能评分。")
    if assignment.no_conflict_at is None:
        raise Conflict("请先声明与该申报有无利益冲突。")
    return assignment


REVIEW_COMMENT_MAX = 5000


def _sheet(
    app: Application, scores: dict[str, Any], comment: str, *, complete: bool
) -> tuple[dict[str, str], str]:
    """(scores by item code, opinion) checked against the sheet, or `Invalid` naming each
    item. `complete` is a submission: every item scored and the opinion written; a draft
    may leave either blank."""
    sheet = app.config.scoring or {}
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for item in sheet.get("items", []):
        raw = scores.get(item["code"])
        if not complete and str(raw if raw is not None else "").strip() == "":
            continue
        try:
            value = Decimal(str(raw))
        except (InvalidOperation, ValueError):
            errors[item["code"]] = f"请为“{item['label']}”打分。"
            continue
        if not value.is_finite() or value < 0 or value > Decimal(str(item["max"])):
            errors[item["code"]] = f"“{item['label']}”的分数须在 0 至 {item['max']} 之间。"
            continue
        cleaned[item["code"]] = str(value)
    comment = (comment or "").strip()
    least = int(sheet.get("comment_min_length") or 0)
    if message := too_long(comment, limit=REVIEW_COMMENT_MAX, label="评审意见"):
        errors["comment"] = message
    elif complete and not comment:
        errors["comment"] = "请填写评审意见。"
    elif complete and len(comment) < least:
        errors["comment"] = f"「评审意见」至少{least}字，现为{len(comment)}字。"
    if errors:
        raise Invalid("评分有误。" if set(errors) - {"comment"} else errors["comment"], errors)
    return cleaned, comment


def _seat_write(
    action: str, actor: User, assignment: ReviewAssignment, run: Callable[[], ReviewAssignment]
) -> ReviewAssignment:
    """Run a write on a seat (refusals audited) and bring the caller's object up to date."""
    seat = _audited(action, actor, assignment.application, run)
    assignment.refresh_from_db()
    return seat


def _my_seat(actor: User, assignment: ReviewAssignment) -> ReviewAssignment:
    """The seat, locked and re-read; refused unless it is the actor's own."""
    if assignment.reviewer_id != actor.pk:
        raise Refused("programmes.review", "这不是您的评审任务。")
    Application.objects.select_for_update().filter(pk=assignment.application_id).first()
    fresh = ReviewAssignment.objects.select_related("application", "application__config").get(
        pk=assignment.pk
    )
    app = fresh.application
    stage = workflow_of(app).stage(app.stage)
    if stage is None or not stage.review or app.status != ApplicationStatus.ACTIVE:
        raise Conflict("该申报已不在评审环节。")
    return fresh


def _vacate(
    seat: ReviewAssignment, actor: User, *, status: str, reason: str, label: str
) -> ReviewAssignment | None:
    """Give up a seat and promote the next backup at once; returns the promoted seat."""
    now = timezone.now()
    changed = ReviewAssignment.objects.filter(pk=seat.pk, status=seat.status).update(
        status=status, decline_reason=reason, responded_at=now
    )
    if not changed:
        raise Conflict("评审任务已被他人更新，请刷新后重试。")
    before = seat.status
    seat.status, seat.decline_reason, seat.responded_at = status, reason, now
    app = seat.application
    promoted = None
    for backup in ReviewAssignment.objects.filter(
        application=app, status=ReviewStatus.STANDBY
    ).order_by("backup_rank", "id"):
        if ReviewAssignment.objects.filter(pk=backup.pk, status=ReviewStatus.STANDBY).update(
            status=ReviewStatus.INVITED, invited_at=now, due_at=_review_due(app)
        ):
            backup.refresh_from_db()
            promoted = backup
            break
    _event(
        app,
        actor,
        kind=TimelineKind.REVIEW,
        label=label,
        reason=reason,
        detail={"promoted": _names([promoted.reviewer]) if promoted else ""},
    )
    audit_record(
        actor=actor,
        action=f"review.{status}",
        obj=seat,
        before={"status": before},
        after={
            "status": status,
            "reason": reason,
            "promoted": promoted.reviewer_id if promoted else None,
        },
    )
    if promoted is not None:
        _invite(app, [promoted.reviewer], actor)
        audit_record(
            actor=actor,
            action="review.promote",
            obj=promoted,
            before={"status": ReviewStatus.STANDBY},
            after={"status": ReviewStatus.INVITED, "replaces": seat.reviewer_id},
        )
    else:
        _short_of_experts(app, seat, actor)
    return promoted


def _short_of_experts(app: Application, seat: ReviewAssignment, actor: User) -> None:
    """No backup left: the officer who seated the panel must add an expert."""
    from apps.notices.services import notice_send

    seated = app.reviews.filter(status__in=list(REVIEW_SEATED)).count()
    notice_send(
        recipients=[seat.assigned_by],
        kind="programme.review_short",
        title=f"评审专家不足：{app.title}",
        body=(
            f"{seat.reviewer.display_name or seat.reviewer.username}"
            f"{seat.get_status_display()}，已无候补专家；当前在席 {seated} 位，请补充指派。"
        ),
        link=f"/programmes/applications/{app.pk}/",
        actor=actor,
    )


def _reason(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise Invalid(f"请填写{what}。", {"reason": f"请填写{what}。"})
    if message := too_long(reason, limit=500, label=what):
        raise Invalid(message, {"reason": message})
    return reason


def review_respond(
    *, actor: User, assignment: ReviewAssignment, accept: bool, reason: str = ""
) -> ReviewAssignment:
    """The invited expert accepts, or declines with a reason (the next backup is invited at
    once, in the same transaction; with none left the officer is told)."""
    return _seat_write(
        "review.respond",
        actor,
        assignment,
        lambda: _review_respond(actor, assignment, accept, reason),
    )


@transaction.atomic
def _review_respond(
    actor: User, assignment: ReviewAssignment, accept: bool, reason: str
) -> ReviewAssignment:
    seat = _my_seat(actor, assignment)
    if accept:
        if seat.status != ReviewStatus.INVITED:
            raise Conflict(f"该评审任务{seat.get_status_display()}，无需接受。")
        now = timezone.now()
        ReviewAssignment.objects.filter(pk=seat.pk, status=ReviewStatus.INVITED).update(
            status=ReviewStatus.ACCEPTED, responded_at=now
        )
        seat.status, seat.responded_at = ReviewStatus.ACCEPTED, now
        _event(seat.application, actor, kind=TimelineKind.REVIEW, label="专家接受评审邀请")
        audit_record(
            actor=actor,
            action="review.accept",
            obj=seat,
            before={"status": ReviewStatus.INVITED},
            after={"status": ReviewStatus.ACCEPTED},
        )
        return seat
    if seat.status not in (ReviewStatus.INVITED, ReviewStatus.ACCEPTED):
        raise Conflict(f"该评审任务{seat.get_status_display()}，不能谢绝。")
    text = _reason(reason, "谢绝理由")
    _vacate(seat, actor, status=ReviewStatus.DECLINED, reason=text, label="专家谢绝评审")
    return seat


def review_declare(
    *, actor: User, assignment: ReviewAssignment, conflict: bool, reason: str = ""
) -> ReviewAssignment:
    """Before seeing the application the expert declares no conflict of interest, or one
    (with a reason): a declared conflict releases the seat and promotes the next backup."""
    return _seat_write(
        "review.declare",
        actor,
        assignment,
        lambda: _review_declare(actor, assignment, conflict, reason),
    )


@transaction.atomic
def _review_declare(
    actor: User, assignment: ReviewAssignment, conflict: bool, reason: str
) -> ReviewAssignment:
    seat = _my_seat(actor, assignment)
    if seat.status not in (ReviewStatus.INVITED, ReviewStatus.ACCEPTED):
        raise Conflict(f"该评审任务{seat.get_status_display()}，不能再声明。")
    if seat.no_conflict_at is not None and not conflict:
        return seat
    if conflict:
        text = _reason(reason, "回避理由")
        _vacate(seat, actor, status=ReviewStatus.CONFLICTED, reason=text, label="专家申请回避")
        return seat
    now = timezone.now()
    was = seat.status
    # declaring opens the application: an invited expert doing so has accepted
    ReviewAssignment.objects.filter(pk=seat.pk, status=was).update(
        status=ReviewStatus.ACCEPTED, no_conflict_at=now, responded_at=seat.responded_at or now
    )
    seat.refresh_from_db()
    audit_record(
        actor=actor,
        action="review.no_conflict",
        obj=seat,
        before={"status": was},
        after={"status": seat.status, "no_conflict_at": now.isoformat()},
    )
    return seat


def review_release(*, actor: User, assignment: ReviewAssignment, reason: str) -> ReviewAssignment:
    """The officer lets a seat go (an expert cannot be reached, a conflict found later); the
    next backup is invited. A submitted score cannot be released."""
    return _seat_write(
        "review.release", actor, assignment, lambda: _review_release(actor, assignment, reason)
    )


@transaction.atomic
def _review_release(actor: User, assignment: ReviewAssignment, reason: str) -> ReviewAssignment:
    app = assignment.application
    _check_review_handler(actor, app)
    Application.objects.select_for_update().filter(pk=app.pk).first()
    seat = ReviewAssignment.objects.select_related("application", "reviewer", "assigned_by").get(
        pk=assignment.pk
    )
    if seat.status in (ReviewStatus.SUBMITTED, ReviewStatus.RELEASED, *REVIEW_VACATED):
        raise Conflict(f"该评审任务{seat.get_status_display()}，不能释放。")
    text = _reason(reason, "释放理由")
    if seat.status == ReviewStatus.STANDBY:
        ReviewAssignment.objects.filter(pk=seat.pk, status=ReviewStatus.STANDBY).update(
            status=ReviewStatus.RELEASED, decline_reason=text
        )
        audit_record(
            actor=actor,
            action="review.released",
            obj=seat,
            before={"status": ReviewStatus.STANDBY},
            after={"status": ReviewStatus.RELEASED, "reason": text},
        )
        seat.refresh_from_db()
        return seat
    _vacate(seat, actor, status=ReviewStatus.RELEASED, reason=text, label="释放评审专家")
    return seat


def review_rate(
    *,
    actor: User,
    call: Call,
    expert: User,
    parts: dict[str, Any],
    comment: str = "",
) -> Any:
    """An officer rates an expert's work in a call's review (four parts of 25 points)."""
    from apps.core.scoping import visible_to
    from apps.programmes.models import ExpertRating

    require(actor, "programmes.review_rate")
    if not (
        visible_to(actor, ReviewAssignment)
        .filter(application__call=call, reviewer=expert, status__in=list(REVIEW_SEATED))
        .exists()
    ):
        raise Refused("programmes.review_rate", "该专家未在您辖区内评审本批次，不能评价。")
    values: dict[str, int] = {}
    errors: dict[str, str] = {}
    for code, label in ExpertRating.PARTS:
        raw = str(parts.get(code, "")).strip()
        if not raw.isdigit() or int(raw) > ExpertRating.PART_MAX:
            errors[code] = f"“{label}”须为 0 至 {ExpertRating.PART_MAX} 的整数。"
        else:
            values[code] = int(raw)
    comment = (comment or "").strip()
    if message := too_long(comment, limit=500, label="评价意见"):
        errors["comment"] = message
    if errors:
        raise Invalid("评价有误。", errors)
    with transaction.atomic():
        existing = ExpertRating.objects.filter(call=call, expert=expert).first()
        before = (
            {code: getattr(existing, code) for code, _ in ExpertRating.PARTS} if existing else None
        )
        rating = existing or ExpertRating(call=call, expert=expert)
        for code, value in values.items():
            setattr(rating, code, value)
        rating.comment = comment
        rating.rated_by = actor
        rating.region = actor.region
        rating.full_clean()
        rating.save()
        audit_record(
            actor=actor,
            action="review.rate",
            obj=rating,
            before=before,
            after={**values, "total": rating.total, "comment": rating.comment},
        )
    return rating


# --- reminders -------------------------------------------------------------------------------

REMIND_WORKING_DAYS = 3


def deadline_reminders_send(*, today: Any = None) -> int:
    """Tell applicants with an unsubmitted draft that their call closes within three working
    days (and, for 揭榜挂帅, bids whose challenge closes and milestone gates that fall due).
    Runs daily; the dedupe key makes every reminder go out once per deadline and recipient."""
    from apps.notices.services import notice_send
    from apps.programmes.calendar import working_days_between

    today = today or timezone.localdate()
    sent = 0
    horizon = add_working_days(today, REMIND_WORKING_DAYS)
    calls = Call.objects.filter(
        closes_at__date__gte=today, closes_at__date__lte=horizon, opens_at__lte=timezone.now()
    )
    for call in calls:
        closes = timezone.localtime(call.closes_at)
        left = working_days_between(today, closes.date())
        drafts = Application.objects.filter(call=call, status__in=list(EDITABLE)).select_related(
            "applicant"
        )
        for app in drafts:
            sent += len(
                notice_send(
                    recipients=applicant_users(app),
                    kind="programme.deadline",
                    title=f"“{call.name}”将于 {closes:%Y-%m-%d %H:%M} 截止申报",
                    body=f"距截止还有 {left} 个工作日，您的申报“{app.title}”尚未提交。",
                    link=f"/programmes/applications/{app.pk}/edit/",
                    dedupe_key=f"programme.deadline.{call.pk}",
                )
            )
    from apps.programmes.services_milestones import challenge_reminders_send

    return sent + challenge_reminders_send(today=today, horizon=horizon)
