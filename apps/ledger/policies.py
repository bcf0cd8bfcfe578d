"""Who may do what with a ledger, on top of the role table and the scope (decision 0008).

- **Keeping a ledger** (upload a plan, confirm the draft, edit tasks, milestones): officers of
  the plan's own region. A city keeps the city's ledger; the province does not edit it.
- **Reporting progress**: officers of the region responsible for the task — the plan's region,
  or the region the task is assigned to when that is a region below.
- **Reviewing a report** (督办: accept or return): an officer with `ledger.review` standing at
  the plan's region or above it — the supervising office of the same government or the level
  above — and never the person who submitted the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.permissions import AccessDenied, has_perm, require

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.ledger.models import LedgerTask, Plan, ProgressReport


def may_manage(actor: User, plan: Plan) -> bool:
    return has_perm(actor, "ledger.manage") and actor.region_id == plan.region_id


def require_manage(actor: User, plan: Plan) -> None:
    require(actor, "ledger.manage")
    if actor.region_id != plan.region_id:
        raise AccessDenied("ledger.manage", "只有台账所属地区的管理人员可以修改台账。")


def may_report(actor: User, task: LedgerTask) -> bool:
    return has_perm(actor, "ledger.report") and actor.region_id in (
        task.region_id,
        task.plan.region_id,
    )


def require_report(actor: User, task: LedgerTask) -> None:
    require(actor, "ledger.report")
    if not may_report(actor, task):
        raise AccessDenied("ledger.report", "只有该任务的责任地区可以报送进展。")


def _supervises(actor: User, task: LedgerTask) -> bool:
    region = task.plan.region
    return actor.region is not None and region.is_within(actor.region)


def may_review(actor: User, report: ProgressReport) -> bool:
    return (
        has_perm(actor, "ledger.review")
        and _supervises(actor, report.task)
        and report.submitted_by_id != actor.pk
    )


def require_review(actor: User, report: ProgressReport) -> None:
    require(actor, "ledger.review")
    if not _supervises(actor, report.task):
        raise AccessDenied("ledger.review", "只有台账所属地区或上级的督办人员可以审核。")
    if report.submitted_by_id == actor.pk:
        raise AccessDenied("ledger.review", "不能审核本人报送的进展。")


def may_review_task(actor: User, task: LedgerTask) -> bool:
    """Whether the actor is a reviewer for the task at all (shows the review buttons)."""
    return has_perm(actor, "ledger.review") and _supervises(actor, task)


def may_see_plan(actor: User, plan: Plan) -> bool:
    """Whether the plan page itself is in the actor's scope (a task may be handed down to a
    region whose officers see the task but not the rest of the higher level's ledger)."""
    return actor.region is not None and plan.region.is_within(actor.region)
