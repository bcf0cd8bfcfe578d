"""Demo ledgers: the four work plans in `data/` read by the extractor at demo time, confirmed by
the demo officers, then worked on — reports accepted, pending, returned and late; some tasks
handed down to cities; the overdue sweep run so some tasks are overdue and escalated.

The 2022 Nanchang plan becomes 南昌市's ledger; the three provincial plans become the province's.
The files are copies kept in this app (the app reads nothing outside itself at run time).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from apps.accounts.models import User
from apps.demo.extensions import DemoContext
from apps.ledger import services
from apps.ledger.choices import TaskStatus
from apps.ledger.models import LedgerTask, Plan, PlanDraft, ProgressReport
from apps.regions.models import Region
from apps.supervision.extraction import extract, read_document
from apps.supervision.models import Indicator

DATA = Path(__file__).resolve().parent / "data"
# file, region, account that keeps the ledger, title where the document prints none
PLANS = [
    ("2022-nanchang-sci-tech-foundation-work-points.txt", "360100", "nanchang_officer", ""),
    ("2024-jiangxi-six-actions-work-points-traditional.txt", "360000", "province_admin", ""),
    (
        "2022-jiangxi-industry-sci-tech-work-points.txt",
        "360000",
        "province_admin",
        "2022年全省工信系统科技工作要点",
    ),
    ("2020-2022-jiangxi-enterprise-innovation-action-plan.txt", "360000", "province_admin", ""),
]
QUARTER_ENDS = ((6, 30), (9, 30), (12, 31))
PROGRESS_TEXTS = [
    "已制定工作方案，明确责任分工和时间节点，正在推进。",
    "已召开专题调度会，完成阶段性目标，相关材料见附件。",
    "已完成年度任务，形成总结报告。",
    "正在对接相关单位，部分事项受项目审批进度影响。",
]


def _draft(path: Path, region: Region, actor: User) -> PlanDraft:
    text = read_document(path)
    draft = PlanDraft(region=region, source_name=path.name, created_by=actor)
    draft.source_file.save(path.name, ContentFile(path.read_bytes()), save=False)
    draft.save()
    draft = services.draft_extracted(draft=draft, source_text=text, extraction=extract(text))
    # A person would fill in or drop the few targets printed without a value; the demo drops them.
    # A target printed without a subject is named by its own text, as a person would.
    for targets in [item["targets"] for item in draft.items] + [draft.doc_targets]:
        for t in targets:
            t["subject"] = t["subject"] or t["text"][:200]
        targets[:] = [t for t in targets if t["value"] and t["subject"]]
    draft.save(update_fields=["items", "doc_targets"])
    return draft


def _mapping(draft: PlanDraft) -> dict[str, Indicator]:
    """Goals whose subject names a library indicator in the same unit."""
    indicators = list(Indicator.objects.filter(is_active=True))
    found: dict[str, Indicator] = {}
    goals = [(f"{i['key']}-{n}", t) for i in draft.items for n, t in enumerate(i["targets"])]
    goals += [(f"doc-{n}", t) for n, t in enumerate(draft.doc_targets)]
    used: set[int] = set()
    for ref, t in goals:
        for ind in indicators:
            if ind.pk in used or ind.unit != t["unit"]:
                continue
            if ind.name in t["subject"] or (len(t["subject"]) >= 6 and t["subject"] in ind.name):
                found[ref] = ind
                used.add(ind.pk)
                break
    return found


def _leaf_tasks(plan: Plan) -> list[LedgerTask]:
    tasks = list(plan.tasks.order_by("position"))
    parents = {t.parent_id for t in tasks}
    return [t for t in tasks if t.pk not in parents]


def _report(
    task: LedgerTask, actor: User, rng: random.Random, *, percent: int, on: dt.date
) -> ProgressReport:
    report = services.report_submit(
        actor=actor,
        task=task,
        text=PROGRESS_TEXTS[2]
        if percent >= 100
        else rng.choice(PROGRESS_TEXTS[:2] + PROGRESS_TEXTS[3:]),
        percent=percent,
        confirm_late=True,
        today=on,
    )
    when = timezone.make_aware(dt.datetime.combine(on, dt.time(10, rng.randint(0, 59))))
    ProgressReport.objects.filter(pk=report.pk).update(submitted_at=when)
    return report


def _review(reviewer: User, report: ProgressReport, *, accept: bool, note: str = "") -> None:
    """Review as the demo's supervising office, dated two days after the report."""
    services.report_review(actor=reviewer, report=report, accept=accept, note=note)
    report.refresh_from_db()
    when = report.submitted_at + dt.timedelta(days=2)
    ProgressReport.objects.filter(pk=report.pk).update(reviewed_at=when)


def _work(
    plan: Plan, keeper: User, reviewer: User | None, rng: random.Random, today: dt.date
) -> dict[str, int]:
    """Deadlines for tasks the document left open, then reports in every state."""
    counts = {"reports": 0, "milestones": 0}
    leaves = _leaf_tasks(plan)
    for n, task in enumerate(leaves):
        if task.deadline is None and not task.deadline_text:
            month, day = QUARTER_ENDS[n % len(QUARTER_ENDS)]
            task.deadline = dt.date(plan.year, month, day)
            task.save(update_fields=["deadline"])
    # the province gives tasks to 南昌 and 赣州, and a few straight to 武宁县 (a county it
    # designates, as for 创新型县 pilots), so each level's officer has tasks to report on
    below = {c.code: c for c in Region.objects.filter(code__in=["360100", "360700", "360423"])}
    officers = {
        u.region_id: u
        for u in User.objects.filter(
            username__in=["nanchang_officer", "ganzhou_officer", "county_clerk"]
        )
    }
    for n, task in enumerate(leaves):
        reporter = keeper
        if plan.region_id == "360000" and (n % 3 != 2 or n % 9 == 2):
            code = "360423" if n % 9 == 2 else "360100" if n % 2 == 0 else "360700"
            if code in below and code in officers:
                services.task_assign(actor=keeper, task=task, region=below[code])
                reporter = officers[code]
        if n < 3 and task.deadline:
            for k, (title, offset) in enumerate((("制定方案", -60), ("阶段推进", -20))):
                m = services.milestone_add(
                    actor=keeper,
                    task=task,
                    title=title,
                    due=task.deadline + dt.timedelta(days=offset),
                )
                if k == 0:
                    services.milestone_done(actor=reporter, milestone=m)
                counts["milestones"] += 1
        due = task.deadline or dt.date(plan.year, 12, 31)
        roll = n % 10
        if reviewer is None or reviewer.pk == reporter.pk:
            continue  # nobody else to review: the task stays open (and becomes overdue)
        if roll < 6:  # done on time
            first = _report(task, reporter, rng, percent=50, on=due - dt.timedelta(days=70))
            _review(reviewer, first, accept=True)
            last = _report(task, reporter, rng, percent=100, on=due - dt.timedelta(days=5))
            _review(reviewer, last, accept=True)
            counts["reports"] += 2
        elif roll == 6:  # returned, waiting for a better report
            r = _report(task, reporter, rng, percent=80, on=due - dt.timedelta(days=10))
            _review(reviewer, r, accept=False, note="佐证材料不足，请补充相关文件后重新报送。")
            counts["reports"] += 1
        elif roll == 7:  # reported late, waiting for review
            _report(task, reporter, rng, percent=90, on=due + dt.timedelta(days=12))
            counts["reports"] += 1
        elif roll == 8 and task.deadline:  # extended to the end of this year, under way
            task.deadline = dt.date(today.year, 12, 31)
            task.deadline_text = "经督办同意延期至年底"
            task.save(update_fields=["deadline", "deadline_text"])
            r = _report(task, reporter, rng, percent=60, on=today - dt.timedelta(days=20))
            _review(reviewer, r, accept=True)
            counts["reports"] += 1
        # 9: nothing reported — these become overdue
    return counts


def load(context: DemoContext) -> dict[str, int]:
    rng = random.Random(context.seed)
    people = {
        u.username: u
        for u in User.objects.filter(username__in=["nanchang_officer", "province_admin"])
    }
    counts = {"plans": 0, "tasks": 0, "reports": 0, "milestones": 0}
    for name, code, username, title in PLANS:
        keeper = people.get(username)
        region = Region.objects.filter(code=code).first()
        if keeper is None or region is None or keeper.region_id != code:
            continue  # another province's demo: no ledger from Jiangxi's documents
        draft = _draft(DATA / name, region, keeper)
        if title:
            draft.title = title
            draft.save(update_fields=["title"])
        plan = services.draft_confirm(actor=keeper, draft=draft, mapping=_mapping(draft))
        reviewer = people.get("province_admin") if code != "360000" else keeper
        worked: dict[str, Any] = _work(plan, keeper, reviewer, rng, context.as_of)
        counts["plans"] += 1
        counts["tasks"] += plan.tasks.count()
        counts["reports"] += worked["reports"]
        counts["milestones"] += worked["milestones"]
    # The sweep, as if it had run ten days ago and today: overdue tasks notified, and those
    # overdue for more than a week escalated to the level above.
    services.tasks_flag_overdue(today=context.as_of - dt.timedelta(days=10))
    services.tasks_flag_overdue(today=context.as_of)
    counts["overdue"] = LedgerTask.objects.filter(status=TaskStatus.OVERDUE).count()
    return counts
