"""The work ledger (工作台账) and the drafts it is made from.

- `PlanDraft` is one uploaded work-plan document and the ledger the extractor proposes for it.
  It belongs to the person who uploaded it; they correct it beside the source text and confirm.
  Nothing below is written until they do.
- `Plan` is a region's yearly ledger, made from a confirmed draft (or by hand in the demo).
- `LedgerTask` is one numbered item of the plan, in a tree (`parent`); `region` is the region
  responsible for it (the plan's region unless the task is assigned to a region below).
- `Milestone` is a dated step of a task; `TaskGoal` is a quantitative goal the document states
  (a subject, comparator, value and unit), optionally mapped to a `supervision.Target`.
- `ProgressReport` is a responsible unit's report on a task, with evidence files
  (`ReportEvidence`); the supervising office accepts or returns it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.scoping import scoped
from apps.ledger.choices import DraftStatus, ReportStatus, TaskStatus
from apps.supervision.choices import Comparator, TargetKind


@scoped(owner="created_by_id")
class PlanDraft(models.Model):
    """An uploaded work plan and its proposed ledger, private to the uploader until confirmed.

    `items` is the proposed tree as a flat list in document order, each entry with its `level`
    (the tree is the order plus the levels), so indenting, merging and deleting are list edits.
    """

    title = models.CharField(_("台账名称"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("年度"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所属地区"), on_delete=models.PROTECT, related_name="+"
    )
    source_file = models.FileField(_("源文件"), upload_to="ledger/sources/%Y/")
    source_name = models.CharField(_("文件名"), max_length=200)
    source_text = models.TextField(_("文件文字"), blank=True)
    items = models.JSONField(_("条目"), default=list, blank=True)
    doc_targets = models.JSONField(_("总体目标"), default=list, blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=DraftStatus.choices, default=DraftStatus.EXTRACTING
    )
    error = models.CharField(_("问题"), max_length=500, blank=True)
    job = models.ForeignKey(
        "jobs.Job", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    plan = models.ForeignKey(
        "ledger.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("台账草稿")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or self.source_name


@scoped(region="region")
class Plan(models.Model):
    """A region's yearly work plan as a ledger (e.g. 2022年南昌市科技创新基础大提升工作要点)."""

    title = models.CharField(_("台账名称"), max_length=200)
    year = models.PositiveSmallIntegerField(
        _("年度"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所属地区"), on_delete=models.PROTECT, related_name="+"
    )
    source_file = models.FileField(_("源文件"), upload_to="ledger/sources/%Y/", blank=True)
    source_name = models.CharField(_("文件名"), max_length=200, blank=True)
    source_text = models.TextField(_("文件文字"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("建立时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("工作台账")
        ordering = ["-year", "region_id", "-created_at"]

    def __str__(self) -> str:
        return self.title


@scoped(region="region")
class LedgerTask(models.Model):
    """One numbered item of a plan: a section heading or a task with units and a deadline."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("责任地区"), on_delete=models.PROTECT, related_name="+"
    )
    position = models.PositiveIntegerField(_("顺序"), default=0)
    depth = models.PositiveSmallIntegerField(_("层级"), default=1)
    number = models.CharField(_("编号"), max_length=40, blank=True)
    title = models.CharField(_("重点工作任务"), max_length=300)
    content = models.TextField(_("具体内容"), blank=True)
    lead_units = models.JSONField(_("牵头单位"), default=list, blank=True)
    assisting_units = models.JSONField(_("配合单位"), default=list, blank=True)
    deadline = models.DateField(_("完成时限"), null=True, blank=True)
    deadline_text = models.CharField(_("时限说明"), max_length=100, blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED
    )
    percent = models.PositiveSmallIntegerField(
        _("完成进度"), default=0, validators=[MaxValueValidator(100)]
    )
    progress_note = models.TextField(_("进展情况"), blank=True)
    overdue_since = models.DateField(_("逾期日期"), null=True, blank=True)
    done_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    targets = models.ManyToManyField(
        "supervision.Target", verbose_name=_("关联指标目标"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("台账任务")
        ordering = ["plan_id", "position"]
        indexes = [
            models.Index(fields=["plan", "position"]),
            models.Index(fields=["status", "deadline"]),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    @property
    def is_section(self) -> bool:
        """A heading that only groups tasks (no units, no deadline of its own)."""
        return not self.lead_units and not self.assisting_units and self.deadline is None


@scoped(region="task__region")
class Milestone(models.Model):
    """A dated step of a task (e.g. 6月底前完成选址)."""

    task = models.ForeignKey(LedgerTask, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("节点"), max_length=200)
    due = models.DateField(_("计划完成"))
    done = models.BooleanField(_("已完成"), default=False)
    done_at = models.DateTimeField(_("完成时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("节点")
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.title


@scoped(region="plan__region")
class TaskGoal(models.Model):
    """A quantitative goal written in the plan (园区R&D投入占GDP比重达4.6%以上).

    `task` is empty for the plan's headline goals written before the first item.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    task = models.ForeignKey(
        LedgerTask, on_delete=models.CASCADE, null=True, blank=True, related_name="goals"
    )
    subject = models.CharField(_("指标"), max_length=200)
    comparator = models.CharField(
        _("比较"), max_length=2, choices=Comparator.choices, default=Comparator.GE
    )
    value = models.DecimalField(_("目标值"), max_digits=20, decimal_places=4)
    value_max = models.DecimalField(
        _("目标上限"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    kind = models.CharField(
        _("类型"), max_length=10, choices=TargetKind.choices, default=TargetKind.LEVEL
    )
    text = models.CharField(_("原文"), max_length=500, blank=True)
    target = models.ForeignKey(
        "supervision.Target",
        verbose_name=_("对应指标目标"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("量化目标")
        ordering = ["plan_id", "task_id", "id"]

    def __str__(self) -> str:
        return f"{self.subject}{self.comparator}{self.value}{self.unit}"


@scoped(region="task__region")
class ProgressReport(models.Model):
    """A responsible unit's report on a task; the supervising office accepts or returns it."""

    task = models.ForeignKey(LedgerTask, on_delete=models.CASCADE, related_name="reports")
    text = models.TextField(_("进展情况"))
    percent = models.PositiveSmallIntegerField(_("完成进度"), validators=[MaxValueValidator(100)])
    late = models.BooleanField(_("逾期报送"), default=False)
    status = models.CharField(
        _("状态"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.SUBMITTED
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(_("报送时间"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    review_note = models.CharField(_("审核意见"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("进展报送")
        ordering = ["-submitted_at", "-id"]
        indexes = [models.Index(fields=["task", "status"])]

    def __str__(self) -> str:
        return f"{self.task_id} {self.percent}%"


@scoped(region="report__task__region")
class ReportEvidence(models.Model):
    """One evidence file of a progress report (served only through a scoped download view)."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("佐证材料"), upload_to="ledger/evidence/%Y/")
    name = models.CharField(_("文件名"), max_length=200)

    class Meta:
        verbose_name = _("佐证材料")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name
