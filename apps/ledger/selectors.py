"""Reads of ledgers, always starting from `visible_to`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet
from django.urls import NoReverseMatch

from apps.core.scoping import get_visible_or_404, visible_to
from apps.ledger import policies
from apps.ledger.choices import ReportStatus, TaskStatus
from apps.ledger.models import (
    LedgerTask,
    Milestone,
    Plan,
    PlanDraft,
    ProgressReport,
    ReportEvidence,
    TaskGoal,
)
from apps.regions.models import Region
from apps.supervision.models import Indicator, Target

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.supervision.selectors import TargetProgress


def plans_visible(*, actor: User) -> QuerySet[Plan]:
    """The ledgers of the actor's region and the regions below, with task counts by status."""
    counts = {
        f"n_{s}": Count("tasks", filter=Q(tasks__status=s), distinct=True) for s in TaskStatus
    }
    return (
        visible_to(actor, Plan)
        .select_related("region")
        .annotate(n_tasks=Count("tasks", distinct=True), **counts)
        .order_by("-year", "region_id", "-created_at")
    )


def plan_get(*, actor: User, pk: int) -> Plan:
    return get_visible_or_404(actor, Plan, pk=pk)


def plan_tasks(*, actor: User, plan: Plan) -> QuerySet[LedgerTask]:
    return (
        visible_to(actor, LedgerTask)
        .filter(plan=plan)
        .select_related("region")
        .order_by("position")
    )


def plan_goals(*, actor: User, plan: Plan) -> QuerySet[TaskGoal]:
    return visible_to(actor, TaskGoal).filter(plan=plan, task__isnull=True)


def tasks_visible(*, actor: User) -> QuerySet[LedgerTask]:
    """Every task in the actor's scope (the API's list), in plan order."""
    return (
        visible_to(actor, LedgerTask)
        .select_related("plan", "region")
        .order_by("-plan__year", "plan_id", "position")
    )


def tasks_assigned(*, actor: User) -> QuerySet[LedgerTask]:
    """Tasks of a higher level's ledger handed to the actor's region."""
    return (
        visible_to(actor, LedgerTask)
        .filter(region_id=actor.region_id)
        .exclude(plan__region_id=actor.region_id)
        .select_related("plan", "region")
        .order_by("deadline", "pk")
    )


def task_get(*, actor: User, pk: int) -> LedgerTask:
    return get_visible_or_404(actor, LedgerTask, pk=pk)


def task_path(task: LedgerTask) -> list[LedgerTask]:
    """The task's ancestors, top first (for the breadcrumb)."""
    chain: list[LedgerTask] = []
    node = task.parent
    while node is not None:
        chain.insert(0, node)
        node = node.parent
    return chain


def task_reports(*, actor: User, task: LedgerTask) -> QuerySet[ProgressReport]:
    return (
        visible_to(actor, ProgressReport)
        .filter(task=task)
        .select_related("submitted_by", "reviewed_by")
        .prefetch_related("evidence")
    )


def task_milestones(*, actor: User, task: LedgerTask) -> QuerySet[Milestone]:
    return visible_to(actor, Milestone).filter(task=task)


def task_goals(*, actor: User, task: LedgerTask) -> list[TaskGoal]:
    return list(task.goals.select_related("target", "target__indicator"))


def milestone_get(*, actor: User, pk: int) -> Milestone:
    return get_visible_or_404(actor, Milestone, pk=pk)


def report_get(*, actor: User, pk: int) -> ProgressReport:
    return get_visible_or_404(actor, ProgressReport, pk=pk)


def evidence_get(*, actor: User, pk: int) -> ReportEvidence:
    return get_visible_or_404(actor, ReportEvidence, pk=pk)


def reports_to_review(*, actor: User) -> list[ProgressReport]:
    """Reports waiting for this actor's decision (never their own)."""
    pending = (
        visible_to(actor, ProgressReport)
        .filter(status=ReportStatus.SUBMITTED)
        .exclude(submitted_by=actor)
        .select_related("task", "task__plan", "task__plan__region", "submitted_by")
        .order_by("submitted_at")[:200]
    )
    return [r for r in pending if policies.may_review(actor, r)]


def drafts_mine(*, actor: User) -> QuerySet[PlanDraft]:
    return visible_to(actor, PlanDraft).select_related("region")


def draft_get(*, actor: User, pk: int) -> PlanDraft:
    return get_visible_or_404(actor, PlanDraft, pk=pk)


def indicators_for_mapping() -> list[Indicator]:
    return list(Indicator.objects.filter(is_active=True).order_by("sort_order", "code"))


def linked_progress(
    *, actor: User, task: LedgerTask, as_of: dt.date
) -> tuple[list[Target], list[TargetProgress]]:
    """The task's linked targets the actor may see, with their progress where it can be told."""
    from apps.supervision.selectors import progress_of

    targets = list(
        visible_to(actor, Target)
        .filter(pk__in=task.targets.values("pk"))
        .select_related("indicator", "region")
    )
    try:
        return targets, progress_of(targets, as_of=as_of)
    except NoReverseMatch:  # the supervision pages are not mounted in this build
        return targets, []


def regions_for_assignment(*, actor: User, task: LedgerTask) -> list[Region]:
    """The plan's region and the regions directly below it, for handing a task down."""
    return list(
        visible_to(actor, Region)
        .filter(Q(code=task.plan.region_id) | Q(parent_id=task.plan.region_id))
        .order_by("path")
    )


def region_below_or_404(*, actor: User, code: str) -> Region:
    return get_visible_or_404(actor, Region, code=code.strip()[:12])


def status_counts(tasks: QuerySet[LedgerTask]) -> dict[str, Any]:
    rows = dict(tasks.order_by().values_list("status").annotate(n=Count("id")))
    return {s.value: rows.get(s.value, 0) for s in TaskStatus}


def task_status_counts(*, actor: User, region: Region, year: int) -> list[tuple[str, str, int]]:
    """(status, label, count) of the tasks a region is responsible for in `year`'s ledgers —
    the ledger panel of the target cockpit."""
    rows = dict(
        visible_to(actor, LedgerTask)
        .filter(region=region, plan__year=year)
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    return [(s.value, str(s.label), rows.get(s.value, 0)) for s in TaskStatus]
