"""Writes for drafts, ledgers, milestones and progress reports; each in one transaction with its
audit row. Notices go out through `apps.notices.services.notice_send` in the same transaction.

The document → ledger flow (decision 0008): `draft_upload` stores the file and queues the
extraction job; the job fills the draft (`draft_extracted` / `draft_failed`); the uploader edits
it (`draft_item_edit`, `draft_item_move`, `draft_meta_update`); `draft_confirm` writes the plan,
its task tree and goals — and, where asked and allowed, the region's targets — all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from apps.accounts.choices import OFFICER_ROLES
from apps.accounts.permissions import AccessDenied, has_perm, require
from apps.audit.services import audit_record
from apps.core.text import too_long_for
from apps.core.uploads import UploadRejected, check_upload
from apps.ledger import drafts, policies
from apps.ledger.choices import DraftStatus, ReportStatus, TaskStatus
from apps.ledger.models import (
    LedgerTask,
    Milestone,
    Plan,
    PlanDraft,
    ProgressReport,
    ReportEvidence,
    TaskGoal,
)
from apps.notices.services import notice_send
from apps.regions.models import Region
from apps.supervision.models import Indicator, Target
from apps.supervision.services import target_save

if TYPE_CHECKING:
    from apps.accounts.models import User

DOCUMENT_SUFFIXES = {".txt", ".docx", ".pdf"}
EVIDENCE_KINDS = {"pdf", "docx", "xlsx", "png", "jpeg"}
MAX_EVIDENCE_FILES = 5
ESCALATE_AFTER_DAYS = 7


# --- drafts ---------------------------------------------------------------------------------


def _document_suffix(upload: UploadedFile) -> str:
    """The file type by content where it can be told (docx, pdf), else by name (.txt).

    An encrypted .docx is not a zip at all; it keeps its name so the reader can say
    "已加密" instead of "unknown format".
    """
    name = upload.name or ""
    suffix = Path(name).suffix.lower()
    if suffix == ".doc":
        raise UploadRejected("旧版 Word（.doc）文件无法读取，请在 Word 中另存为 .docx 后上传。")
    try:
        kind = check_upload(upload, kinds={"docx", "pdf", ""}, name=name)
    except UploadRejected:
        raise
    if kind:
        return f".{kind}"
    if suffix not in DOCUMENT_SUFFIXES:
        raise UploadRejected("只能上传 .txt、.docx 或 .pdf 格式的工作方案（简体或繁体均可）。")
    return suffix


def draft_upload(*, actor: User, upload: UploadedFile) -> PlanDraft:
    """Store an uploaded work plan as a draft of the actor's region and queue its extraction."""
    from apps.jobs.services import job_start

    require(actor, "ledger.manage")
    if actor.region is None:
        raise AccessDenied("ledger.manage", "您的账号未关联地区，不能建立台账。")
    try:
        suffix = _document_suffix(upload)
    except UploadRejected as exc:
        raise ValidationError({"file": str(exc)}) from exc
    original = Path(upload.name or "工作方案").name[:150]
    with transaction.atomic():
        draft = PlanDraft(region=actor.region, source_name=original, created_by=actor)
        draft.source_file.save(f"{Path(original).stem[:60]}{suffix}", upload, save=False)
        draft.full_clean()
        draft.save()
        audit_record(
            actor=actor,
            action="ledger.draft.upload",
            obj=draft,
            after={"file": original, "region": actor.region_id},
        )
        job = job_start(
            actor=actor,
            kind="ledger.extract",
            title=f"提取台账：{original[:100]}",
            params={"draft": draft.pk},
        )
        PlanDraft.objects.filter(pk=draft.pk).update(job=job)
        draft.job = job
    return draft


def draft_extracted(*, draft: PlanDraft, source_text: str, extraction: dict[str, Any]) -> PlanDraft:
    """Fill the draft with the extractor's proposal (called by the job, in its transaction)."""
    title = str(extraction.get("title") or "")[:200] or Path(draft.source_name).stem[:200]
    year = drafts.year_of(title, source_text) or timezone.localdate().year
    items = drafts.flatten(extraction, year=year)
    drafts.locate(items, source_text)
    draft.title, draft.year, draft.source_text = title, year, source_text
    draft.items, draft.doc_targets = items, drafts.document_targets(extraction)
    draft.status, draft.error = DraftStatus.READY, ""
    draft.full_clean()
    draft.save()
    audit_record(
        actor=None,
        action="ledger.draft.extracted",
        obj=draft,
        after={"items": len(items), "title": title, "year": year},
    )
    return draft


@transaction.atomic
def draft_failed(*, draft: PlanDraft, message: str) -> PlanDraft:
    draft.status, draft.error = DraftStatus.FAILED, message[:500]
    draft.save(update_fields=["status", "error", "updated_at"])
    audit_record(actor=None, action="ledger.draft.failed", obj=draft, message=message)
    return draft


def _editable(actor: User, draft: PlanDraft) -> None:
    if draft.created_by_id != actor.pk:
        raise AccessDenied("ledger.manage", "只能修改本人上传的草稿。")
    require(actor, "ledger.manage")
    if draft.status != DraftStatus.READY:
        raise ValidationError(f"草稿当前状态为“{draft.get_status_display()}”，不能修改。")


@transaction.atomic
def draft_item_edit(
    *, actor: User, draft: PlanDraft, key: int, data: Mapping[str, Any]
) -> PlanDraft:
    """Save the corrections to one proposed item (number, title, units, deadline, targets)."""
    _editable(actor, draft)
    items = draft.items
    try:
        before = dict(drafts.find(items, key))
    except KeyError:
        raise ValidationError("条目不存在，请刷新页面。") from None
    # Kept as typed, even over a limit: the draft page lists the item under 以下问题需先修改
    # and confirming waits for it (drafts.blocking), so the officer's words are never cut.
    drafts.update_item(items, key, dict(data), year=draft.year)
    draft.items = items
    draft.save(update_fields=["items", "updated_at"])
    audit_record(
        actor=actor,
        action="ledger.draft.edit",
        obj=draft,
        before={"item": before},
        after={"item": drafts.find(items, key)},
    )
    return draft


MOVES = {
    "indent": drafts.indent,
    "outdent": drafts.outdent,
    "delete": drafts.delete,
    "merge": drafts.merge_up,
}


@transaction.atomic
def draft_item_move(*, actor: User, draft: PlanDraft, key: int, action: str) -> PlanDraft:
    """Indent, outdent, delete or merge-up one proposed item."""
    _editable(actor, draft)
    if action not in MOVES:
        raise ValidationError("未知的操作。")
    items = draft.items
    try:
        problem = MOVES[action](items, key)
    except KeyError:
        raise ValidationError("条目不存在，请刷新页面。") from None
    if problem:
        raise ValidationError(problem)
    draft.items = items
    draft.save(update_fields=["items", "updated_at"])
    audit_record(actor=actor, action=f"ledger.draft.{action}", obj=draft, after={"key": key})
    return draft


@transaction.atomic
def draft_meta_update(
    *,
    actor: User,
    draft: PlanDraft,
    title: str,
    year: int | None,
    doc_targets: Sequence[Mapping[str, Any]] | None = None,
) -> PlanDraft:
    """The ledger's name and year, and the plan's headline goals."""
    _editable(actor, draft)
    if errors := too_long_for(PlanDraft, {"title": title.strip()}):
        raise ValidationError(errors)
    draft.title, draft.year = title.strip(), year
    if doc_targets is not None:
        draft.doc_targets = [
            drafts._target(dict(t)) for t in doc_targets if any(str(v).strip() for v in t.values())
        ]
    draft.full_clean()
    draft.save()
    audit_record(
        actor=actor, action="ledger.draft.meta", obj=draft, after={"title": title, "year": year}
    )
    return draft


@transaction.atomic
def draft_discard(*, actor: User, draft: PlanDraft) -> PlanDraft:
    if draft.created_by_id != actor.pk:
        raise AccessDenied("ledger.manage", "只能放弃本人上传的草稿。")
    if draft.status == DraftStatus.CONFIRMED:
        raise ValidationError("草稿已确认生成台账，不能放弃。")
    draft.status = DraftStatus.DISCARDED
    draft.save(update_fields=["status", "updated_at"])
    audit_record(actor=actor, action="ledger.draft.discard", obj=draft)
    return draft


def _goal(plan: Plan, task: LedgerTask | None, raw: Mapping[str, Any]) -> TaskGoal:
    value_max = raw.get("value_max") or None
    return TaskGoal(
        plan=plan,
        task=task,
        subject=raw["subject"],
        comparator=raw["comparator"],
        value=Decimal(raw["value"]),
        value_max=Decimal(value_max) if value_max else None,
        unit=raw["unit"],
        kind=raw["kind"],
        text=raw.get("text", ""),
    )


@transaction.atomic
def draft_confirm(
    *,
    actor: User,
    draft: PlanDraft,
    mapping: Mapping[str, Indicator] | None = None,
) -> Plan:
    """Create the plan, its task tree and its goals from the corrected draft, all or nothing.

    `mapping` maps goal references ("<item key>-<n>" or "doc-<n>") to indicators of the
    library: each such goal becomes (or is linked to) the region's target for the year, through
    `supervision.services.target_save`, so the same rules apply as on the targets page.
    """
    _editable(actor, draft)
    if draft.region_id != actor.region_id:
        raise AccessDenied("ledger.manage", "只能为本人所在地区建立台账。")
    mapping = dict(mapping or {})
    if mapping and not has_perm(actor, "targets.manage"):
        raise AccessDenied("targets.manage", "您没有设定指标目标的权限。")
    # One conditional UPDATE: of two confirmations racing, only one creates a plan.
    locked = PlanDraft.objects.filter(pk=draft.pk, status=DraftStatus.READY).update(
        status=DraftStatus.CONFIRMED
    )
    if not locked:
        raise ValidationError("草稿已被确认或放弃。")
    errors = drafts.blocking(draft.items, draft.doc_targets)
    if not draft.title.strip():
        errors.insert(0, "请填写台账名称。")
    if not draft.year:
        errors.insert(0, "请填写年度。")
    if errors or draft.year is None:
        raise ValidationError(errors)

    plan = Plan(
        title=draft.title,
        year=draft.year,
        region=draft.region,
        source_name=draft.source_name,
        source_text=draft.source_text,
        created_by=actor,
    )
    plan.source_file.name = draft.source_file.name
    plan.full_clean()
    plan.save()

    parents = drafts.tree_parents(draft.items)
    tasks: list[LedgerTask] = []
    goals: list[tuple[str, TaskGoal]] = []
    milestones = 0
    for position, (item, parent_index) in enumerate(zip(draft.items, parents, strict=True)):
        parent = tasks[parent_index] if parent_index is not None else None
        deadline = dt.date.fromisoformat(item["deadline"]) if item["deadline"] else None
        task = LedgerTask(
            plan=plan,
            parent=parent,
            region=draft.region,
            position=position,
            depth=(parent.depth + 1) if parent else 1,
            number=item["number"],
            title=item["title"],
            content=item["text"],
            lead_units=item["lead_units"],
            assisting_units=item["assisting_units"],
            deadline=deadline,
            deadline_text=item["deadline_text"],
        )
        task.full_clean()
        task.save()
        tasks.append(task)
        milestones += _milestones(task, item.get("milestones") or [])
        for n, raw in enumerate(item["targets"]):
            goals.append((f"{item['key']}-{n}", _goal(plan, task, raw)))
    for n, raw in enumerate(draft.doc_targets):
        goals.append((f"doc-{n}", _goal(plan, None, raw)))

    unit_errors = []
    for ref, goal in goals:
        indicator = mapping.get(ref)
        if indicator is not None and indicator.unit != goal.unit:
            unit_errors.append(
                f"目标“{goal.subject}”的单位“{goal.unit}”与指标“{indicator.name}”的单位"
                f"“{indicator.unit}”不一致，未关联。请先修改单位或不关联。"
            )
    if unit_errors:
        raise ValidationError(unit_errors)
    linked = 0
    for ref, goal in goals:
        goal.full_clean()
        indicator = mapping.get(ref)
        if indicator is not None:
            goal.target = _target_for(actor, plan, goal, indicator)
            if goal.task is not None:
                goal.task.targets.add(goal.target)
            linked += 1
        goal.save()

    draft.status, draft.plan = DraftStatus.CONFIRMED, plan
    draft.save(update_fields=["status", "plan", "updated_at"])
    audit_record(
        actor=actor,
        action="ledger.plan.create",
        obj=plan,
        after={
            "draft": draft.pk,
            "title": plan.title,
            "year": plan.year,
            "region": plan.region_id,
            "tasks": len(tasks),
            "milestones": milestones,
            "goals": len(goals),
            "targets_linked": linked,
        },
    )
    return plan


def _milestones(task: LedgerTask, raw: Sequence[Mapping[str, Any]]) -> int:
    """The dated steps the document states for a task (drafts.milestone_fields), as rows."""
    created = 0
    for m in raw:
        if not m.get("due"):
            continue  # a step without a year cannot be dated; its text stays in the task
        milestone = Milestone(task=task, title=str(m["title"]), due=dt.date.fromisoformat(m["due"]))
        milestone.full_clean()
        milestone.save()
        created += 1
    return created


def _target_for(actor: User, plan: Plan, goal: TaskGoal, indicator: Indicator) -> Target:
    existing = Target.objects.filter(
        indicator=indicator, region=plan.region, year=plan.year
    ).first()
    if existing is not None:
        return existing
    target = Target(
        indicator=indicator,
        region=plan.region,
        year=plan.year,
        kind=goal.kind,
        comparator=goal.comparator,
        value=goal.value,
        value_max=goal.value_max,
        responsible_unit="、".join(goal.task.lead_units if goal.task else [])[:200],
        source_text=goal.text[:500],
    )
    return target_save(actor=actor, target=target)


# --- tasks and milestones ------------------------------------------------------------------


@transaction.atomic
def task_assign(*, actor: User, task: LedgerTask, region: Region) -> LedgerTask:
    """Hand a task to a region below the plan's (its officers then report on it)."""
    policies.require_manage(actor, task.plan)
    if not region.is_within(task.plan.region):
        raise ValidationError("只能分派给台账所属地区及其下级地区。")
    before = task.region_id
    task.region = region
    task.save(update_fields=["region", "updated_at"])
    audit_record(
        actor=actor,
        action="ledger.task.assign",
        obj=task,
        before={"region": before},
        after={"region": region.code},
    )
    return task


@transaction.atomic
def milestone_add(*, actor: User, task: LedgerTask, title: str, due: dt.date) -> Milestone:
    policies.require_manage(actor, task.plan)
    if errors := too_long_for(Milestone, {"title": title.strip()}):
        raise ValidationError(errors)
    milestone = Milestone(task=task, title=title.strip(), due=due)
    milestone.full_clean()
    milestone.save()
    audit_record(
        actor=actor,
        action="ledger.milestone.add",
        obj=milestone,
        after={"task": task.pk, "title": milestone.title, "due": due},
    )
    return milestone


@transaction.atomic
def milestone_done(*, actor: User, milestone: Milestone, done: bool = True) -> Milestone:
    """The responsible region ticks a milestone off (or back on)."""
    policies.require_report(actor, milestone.task)
    milestone.done = done
    milestone.done_at = timezone.now() if done else None
    milestone.save(update_fields=["done", "done_at"])
    audit_record(actor=actor, action="ledger.milestone.done", obj=milestone, after={"done": done})
    return milestone


# --- progress reports ----------------------------------------------------------------------


def _officers(region_codes: Iterable[str]) -> list[User]:
    from apps.accounts.models import User

    return list(
        User.objects.filter(
            region_id__in=list(region_codes), role__in=list(OFFICER_ROLES), is_active=True
        )
    )


def _reviewers(task: LedgerTask, *, exclude: User) -> list[User]:
    """The supervising office: officers of the plan's region, else of the region above."""
    people = [u for u in _officers([task.plan.region_id]) if u.pk != exclude.pk]
    if not people and task.plan.region.parent_id:
        people = _officers([task.plan.region.parent_id])
    return [u for u in people if has_perm(u, "ledger.review")]


def _task_link(task: LedgerTask) -> str:
    return reverse("ledger:task", args=[task.pk])


@transaction.atomic
def report_submit(
    *,
    actor: User,
    task: LedgerTask,
    text: str,
    percent: int,
    evidence: Sequence[UploadedFile] = (),
    confirm_late: bool = False,
    today: dt.date | None = None,
) -> ProgressReport:
    """A responsible region reports progress on a task, with evidence files.

    After the deadline the report needs `confirm_late` (the person says they know it is late)
    and is flagged late; nothing is stored without that confirmation.
    """
    policies.require_report(actor, task)
    today = today or timezone.localdate()
    if task.status == TaskStatus.DONE:
        raise ValidationError("该任务已完成（进展已采纳为100%），无需再报送。")
    if not text.strip():
        raise ValidationError({"text": "请填写进展情况。"})
    if not 0 <= percent <= 100:
        raise ValidationError({"percent": "完成进度应在 0 到 100 之间。"})
    late = task.deadline is not None and today > task.deadline
    if task.deadline is not None and late and not confirm_late:
        raise ValidationError(
            {
                "confirm_late": f"该任务的完成时限为 {task.deadline:%Y年%m月%d日}，已逾期 "
                f"{(today - task.deadline).days} 天。逾期报送将被标记为“逾期报送”，"
                "请勾选确认后再提交。"
            }
        )
    if len(evidence) > MAX_EVIDENCE_FILES:
        raise ValidationError({"evidence": f"佐证材料最多 {MAX_EVIDENCE_FILES} 个文件。"})
    for f in evidence:
        try:
            check_upload(f, kinds=EVIDENCE_KINDS, name=f.name or "")
        except UploadRejected as exc:
            raise ValidationError({"evidence": f"“{f.name}”：{exc}"}) from exc
    report = ProgressReport(
        task=task, text=text.strip(), percent=percent, late=late, submitted_by=actor
    )
    report.full_clean()
    report.save()
    for f in evidence:
        name = Path(f.name or "佐证材料").name[:200]
        item = ReportEvidence(report=report, name=name)
        item.file.save(name, f, save=False)
        item.save()
    if task.status == TaskStatus.NOT_STARTED:
        task.status = TaskStatus.IN_PROGRESS
        task.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action="ledger.report.submit",
        obj=report,
        after={
            "task": task.pk,
            "percent": percent,
            "late": late,
            "evidence": [e.name for e in report.evidence.all()],
        },
    )
    notice_send(
        recipients=_reviewers(task, exclude=actor),
        kind="ledger.report",
        title=f"台账任务“{task.title[:60]}”有新的进展报送待审核" + ("（逾期报送）" if late else ""),
        link=_task_link(task),
        actor=actor,
    )
    return report


@transaction.atomic
def report_review(
    *, actor: User, report: ProgressReport, accept: bool, note: str = ""
) -> ProgressReport:
    """The supervising office accepts a report (the task takes its progress) or returns it."""
    policies.require_review(actor, report)
    if not accept and not note.strip():
        raise ValidationError({"review_note": "退回时请填写原因。"})
    if errors := too_long_for(ProgressReport, {"review_note": note.strip()}):
        raise ValidationError(errors)
    updated = ProgressReport.objects.filter(pk=report.pk, status=ReportStatus.SUBMITTED).update(
        status=ReportStatus.ACCEPTED if accept else ReportStatus.RETURNED,
        reviewed_by=actor,
        reviewed_at=timezone.now(),
        review_note=note.strip(),
    )
    if not updated:
        raise ValidationError("该报送已审核，不能重复审核。")
    report.refresh_from_db()
    task = report.task
    before = {"status": task.status, "percent": task.percent}
    if accept:
        task.percent, task.progress_note = report.percent, report.text
        if report.percent >= 100:
            task.status, task.done_at = TaskStatus.DONE, timezone.now()
        elif task.status != TaskStatus.OVERDUE:
            task.status = TaskStatus.IN_PROGRESS
        task.save(update_fields=["percent", "progress_note", "status", "done_at", "updated_at"])
    audit_record(
        actor=actor,
        action="ledger.report.accept" if accept else "ledger.report.return",
        obj=report,
        before={"task": before},
        after={
            "status": report.status,
            "note": report.review_note,
            "task": {"status": task.status, "percent": task.percent},
        },
    )
    notice_send(
        recipients=[report.submitted_by],
        kind="ledger.review",
        title=(
            f"您报送的“{task.title[:60]}”进展已采纳"
            if accept
            else f"您报送的“{task.title[:60]}”进展被退回：{report.review_note[:80]}"
        ),
        link=_task_link(task),
        actor=actor,
    )
    return report


# --- overdue escalation ---------------------------------------------------------------------


@transaction.atomic
def tasks_flag_overdue(*, today: dt.date | None = None) -> dict[str, int]:
    """The daily sweep: open tasks past their deadline become 逾期 and their region's officers
    are told once; tasks still overdue 7 days later are escalated once to the level above."""
    today = today or timezone.localdate()
    newly = list(
        LedgerTask.objects.filter(
            deadline__lt=today, status__in=[TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS]
        ).select_related("region")
    )
    if newly:
        LedgerTask.objects.filter(pk__in=[t.pk for t in newly]).update(
            status=TaskStatus.OVERDUE, overdue_since=today, updated_at=timezone.now()
        )
        audit_record(
            actor=None,
            action="ledger.task.overdue",
            object_type="ledger.LedgerTask",
            object_id=f"{newly[0].pk}-{newly[-1].pk}" if len(newly) > 1 else str(newly[0].pk),
            after={"tasks": [t.pk for t in newly], "date": today},
            message=f"{len(newly)} 项台账任务逾期",
        )
    notified = 0
    for task in LedgerTask.objects.filter(status=TaskStatus.OVERDUE).select_related("region"):
        notified += len(
            notice_send(
                recipients=_officers([task.region_id]),
                kind="ledger.overdue",
                title=f"台账任务“{task.title[:60]}”已逾期（完成时限 {task.deadline}），"
                "请尽快报送进展",
                link=_task_link(task),
                dedupe_key=f"ledger.overdue.{task.pk}",
            )
        )
    escalated = 0
    since = today - dt.timedelta(days=ESCALATE_AFTER_DAYS)
    stale = LedgerTask.objects.filter(
        status=TaskStatus.OVERDUE, overdue_since__lte=since
    ).select_related("region")
    for task in stale:
        if not task.region.parent_id:
            continue
        sent = notice_send(
            recipients=_officers([task.region.parent_id]),
            kind="ledger.escalate",
            title=f"督办提醒：{task.region.name}的台账任务“{task.title[:60]}”逾期已超过"
            f"{ESCALATE_AFTER_DAYS}天",
            link=_task_link(task),
            dedupe_key=f"ledger.escalate.{task.pk}",
        )
        escalated += 1 if sent else 0
    return {"overdue": len(newly), "notified": notified, "escalated": escalated}
