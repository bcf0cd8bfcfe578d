"""Programmes: types, versioned configurations, calls, applications and their history.

A programme type's form, attachments, stages, eligibility rules, quotas and scoring sheet are
data (`ProgrammeConfig`), versioned: editing makes a new version and a call keeps the version
it opened with. `workflows.py` reads the stages; `services.py` is the only writer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.core.scoping import scoped
from apps.programmes.choices import (
    REVIEW_SEATED,
    ApplicationStatus,
    IdempotentOperation,
    ReviewSource,
    ReviewStatus,
    TimelineKind,
)


def unsubmitted(prefix: str = "") -> models.Q:
    """The rows of applications the enterprise has not submitted: officers never read a draft
    — not its title, form, files, PDF or timeline, in pages or the API (decision 0006, "Drafts
    are the applicant's"). `prefix` leads from a related model to its application."""
    return models.Q(**{f"{prefix}status": ApplicationStatus.DRAFT})


def unsubmitted_files() -> models.Q:
    """Files officers do not read: a draft's, those added while the application is back with
    the applicant (uploaded after its last submission) — until it is submitted again the
    officers read the frozen version, the files it was submitted with, including any the
    applicant has removed since — and those removed before the last submission."""
    return (
        unsubmitted("application__")
        | models.Q(
            application__status=ApplicationStatus.RETURNED,
            uploaded_at__gt=models.F("application__submitted_at"),
        )
        # Removed before the last submission: not part of the version being read.
        | models.Q(removed_at__lte=models.F("application__submitted_at"))
    )


class Holiday(models.Model):
    """A day off (or a make-up working day, 调休上班) of the working-day calendar."""

    day = models.DateField(_("日期"), primary_key=True)
    name = models.CharField(_("名称"), max_length=40)
    is_workday = models.BooleanField(_("调休上班"), default=False)

    class Meta:
        verbose_name = _("节假日")
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day} {self.name}"


class ProgrammeType(models.Model):
    """A kind of programme the province runs (省新产品开发计划, 企业技术中心认定…)."""

    code = models.SlugField(_("编码"), max_length=40, primary_key=True)
    name = models.CharField(_("名称"), max_length=80, unique=True)
    description = models.TextField(_("说明"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("计划类型")
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name

    def current_config(self) -> ProgrammeConfig | None:
        return self.configs.order_by("-version").first()


class ProgrammeConfig(models.Model):
    """One version of a programme type's configuration; never edited once a call uses it."""

    programme_type = models.ForeignKey(
        ProgrammeType, on_delete=models.PROTECT, related_name="configs"
    )
    version = models.PositiveIntegerField(_("版本"))
    form = models.JSONField(_("申报表"), default=dict, blank=True)
    attachments = models.JSONField(_("附件要求"), default=list, blank=True)
    stages = models.JSONField(_("办理环节"), default=list, blank=True)
    eligibility = models.JSONField(_("申报条件"), default=dict, blank=True)
    quotas = models.JSONField(_("推荐名额"), default=dict, blank=True)
    scoring = models.JSONField(_("评分表"), default=dict, blank=True)
    note = models.CharField(_("修改说明"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("计划配置版本")
        ordering = ["programme_type", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme_type", "version"], name="programmes_config_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.programme_type} v{self.version}"

    def slot_labels(self) -> dict[str, str]:
        """Attachment slot code → its label as the call shows it (营业执照, not license)."""
        return {a["code"]: a["label"] for a in self.attachments or []}

    def as_dict(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "attachments": self.attachments,
            "stages": self.stages,
            "eligibility": self.eligibility,
            "quotas": self.quotas,
            "scoring": self.scoring,
        }


class Call(models.Model):
    """A call for applications (批次) under one configuration version."""

    programme_type = models.ForeignKey(
        ProgrammeType, on_delete=models.PROTECT, related_name="calls"
    )
    config = models.ForeignKey(ProgrammeConfig, on_delete=models.PROTECT, related_name="calls")
    code = models.SlugField(_("批次编号"), max_length=40, unique=True)
    name = models.CharField(_("批次名称"), max_length=120)
    year = models.PositiveSmallIntegerField(_("年度"))
    guide = models.TextField(_("申报指南"), blank=True)
    guide_published_at = models.DateTimeField(_("指南发布时间"), null=True, blank=True)
    opens_at = models.DateTimeField(_("开始申报"))
    closes_at = models.DateTimeField(_("截止申报"))
    receipt_counter = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("申报批次")
        ordering = ["-opens_at", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="programmes_call_closes_after_opening",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def is_open(self, now: dt.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at


@scoped(region="region", organization="applicant_id", region_hides=unsubmitted())
class Application(models.Model):
    """One organisation's application to one call, from draft to follow-up.

    `stage` is a stage code of `config.stages`; `version` counts every write, so a save or a
    transition based on a stale read is refused instead of overwriting someone else's work.
    """

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="applications")
    config = models.ForeignKey(ProgrammeConfig, on_delete=models.PROTECT, related_name="+")
    applicant = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("申报单位"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所在地区"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("项目名称"), max_length=200, blank=True)
    # A bid answers one challenge of the list; a research application one guide direction.
    challenge = models.ForeignKey(
        "programmes.Challenge",
        verbose_name=_("揭榜榜单项目"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bids",
    )
    direction = models.ForeignKey(
        "programmes.GuideDirection",
        verbose_name=_("指南方向"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="applications",
    )
    data = models.JSONField(_("申报内容"), default=dict, blank=True)
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
        db_index=True,
    )
    stage = models.CharField(_("当前环节"), max_length=40, blank=True, db_index=True)
    version = models.PositiveIntegerField(default=1)
    receipt_number = models.CharField(
        _("受理编号"), max_length=60, null=True, blank=True, unique=True
    )
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)
    stage_entered_at = models.DateTimeField(null=True, blank=True)
    amount = models.DecimalField(
        _("支持金额（万元）"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    score = models.DecimalField(
        _("评审得分"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    publicity_ends_on = models.DateField(_("公示截止"), null=True, blank=True)
    stage_data = models.JSONField(_("环节材料"), default=dict, blank=True)
    # What the applicant typed into a stage's report and kept without submitting (暂存, or
    # typed before a change request), by stage code; cleared when that stage's report is sent.
    stage_drafts = models.JSONField(_("环节材料草稿"), default=dict, blank=True)
    # The city whose recommendation quota this application uses ('' when none).
    quota_region = models.CharField(max_length=12, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("申报")
        verbose_name_plural = _("申报")
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["call", "status", "stage", "region"])]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "applicant"],
                condition=models.Q(challenge__isnull=True),
                name="programmes_one_application_per_call",
            ),
            # In a challenge call an organisation bids once per challenge, on several if it likes.
            models.UniqueConstraint(
                fields=["call", "applicant", "challenge"],
                condition=models.Q(challenge__isnull=False),
                name="programmes_one_bid_per_challenge",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"申报 #{self.pk}"


@scoped(
    region="application__region",
    organization="application__applicant_id",
    region_hides=unsubmitted("application__"),
)
class ApplicationVersion(models.Model):
    """The frozen content of one submission (申报书); the PDF is printed from it."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    data = models.JSONField(default=dict)
    attachments = models.JSONField(default=list)
    receipt_number = models.CharField(max_length=60)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("申报书版本")
        ordering = ["application", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"], name="programmes_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.receipt_number} v{self.number}"


def _attachment_path(instance: Attachment, filename: str) -> str:
    return f"programmes/{instance.application_id}/{timezone.now():%Y%m%d%H%M%S%f}.bin"


class AttachmentQuerySet(models.QuerySet["Attachment"]):
    def live(self) -> AttachmentQuerySet:
        """The files the application has now (not those the applicant removed)."""
        return self.filter(removed_at__isnull=True)


@scoped(
    region="application__region",
    organization="application__applicant_id",
    region_hides=unsubmitted_files(),
)
class Attachment(models.Model):
    """A file attached to an application under one of the configured slots."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachment_files"
    )
    slot = models.CharField(_("附件类别"), max_length=40)
    file = models.FileField(upload_to=_attachment_path)
    name = models.CharField(_("文件名"), max_length=200)
    kind = models.CharField(_("文件类型"), max_length=10)
    size = models.PositiveBigIntegerField(_("大小"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    # Removed by the applicant while revising a returned application: the file stays, because
    # the version the officers are reading was submitted with it (decision 0006).
    removed_at = models.DateTimeField(_("删除时间"), null=True, blank=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("申报附件")
        ordering = ["slot", "uploaded_at"]

    def __str__(self) -> str:
        return self.name


@scoped(
    region="application__region",
    organization="application__applicant_id",
    region_hides=unsubmitted("application__"),
)
class TimelineEvent(models.Model):
    """One step in an application's life: who did what, when, from which stage to which, why."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(max_length=12, choices=TimelineKind.choices)
    action = models.CharField(max_length=40, blank=True)
    label = models.CharField(max_length=60)
    from_stage = models.CharField(max_length=40, blank=True)
    to_stage = models.CharField(max_length=40, blank=True)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True)
    actor_role = models.CharField(max_length=20, blank=True)
    reason = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("办理记录")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.label} {self.created_at:%Y-%m-%d %H:%M}"


class IdempotencyKey(models.Model):
    """The answer given to one (caller, operation, key) request — a submission or a file upload
    — replayed for every retry."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    operation = models.CharField(
        max_length=40, choices=IdempotentOperation.choices, default=IdempotentOperation.SUBMIT
    )
    key = models.CharField(max_length=100)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    response = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "operation", "key"], name="programmes_idempotency_op_unique"
            )
        ]

    def __str__(self) -> str:
        return self.key


class BlacklistEntry(models.Model):
    """An integrity record (失信/黑名单) barring an organisation or a person for a period.

    A simple table until the integrity module lands. Persons are matched by an HMAC of the ID
    number, so the number itself is never stored here.
    """

    class Kind(models.TextChoices):
        ORGANIZATION = "organization", _("单位")
        PERSON = "person", _("个人")

    kind = models.CharField(_("对象"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("名称/姓名"), max_length=200)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, blank=True, db_index=True)
    id_digest = models.CharField(max_length=64, blank=True, db_index=True)
    id_masked = models.CharField(_("身份证号（脱敏）"), max_length=20, blank=True)
    programme_type = models.ForeignKey(
        ProgrammeType,
        verbose_name=_("适用计划（空为全部）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    reason = models.CharField(_("原因"), max_length=300)
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("黑名单")
        ordering = ["-starts_on", "id"]

    def __str__(self) -> str:
        return self.name


@scoped(region="application__region", owner="reviewer_id")
class ReviewAssignment(models.Model):
    """One expert's seat (or backup place) on one application's panel, and their scores.

    The boundary the experts module plugs into: `services.review_seat` takes a panel and
    ordered backups (from a draw or picked by hand) and gives back scores. Officers see the
    rows of their region (本级及以下), an expert only their own (仅本人).

    Lifecycle: a panel seat starts `invited`, a backup `standby` with its `backup_rank`; the
    expert accepts (`accepted`) or declines (`declined`, with a reason), declares a conflict
    on opening the application (`conflicted`) or scores it (`submitted`). A declined or
    conflicted seat promotes the lowest-ranked standby backup to `invited` in the same
    transaction. `released` is a seat or backup the officer (or the end of the stage) let go.
    """

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="programme_reviews"
    )
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=ReviewStatus.choices,
        default=ReviewStatus.INVITED,
        db_index=True,
    )
    is_backup = models.BooleanField(_("候补"), default=False)
    # The expert's tier when seated (核心专家), for the core-mean tie rule and minimum quotas.
    is_core = models.BooleanField(_("核心专家"), default=False)
    backup_rank = models.PositiveSmallIntegerField(_("候补顺位"), null=True, blank=True)
    source = models.CharField(
        _("来源"), max_length=10, choices=ReviewSource.choices, default=ReviewSource.MANUAL
    )
    draw_ref = models.CharField(_("抽取记录"), max_length=64, blank=True)
    due_at = models.DateTimeField(_("评审截止"), null=True, blank=True)
    invited_at = models.DateTimeField(_("邀请时间"), null=True, blank=True)
    responded_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    decline_reason = models.CharField(_("谢绝/回避理由"), max_length=500, blank=True)
    # When the expert declared having no conflict with this application (before seeing it).
    no_conflict_at = models.DateTimeField(_("无利益冲突声明时间"), null=True, blank=True)
    scores = models.JSONField(default=dict, blank=True)
    total = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    comment = models.TextField(blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("评审任务")
        ordering = ["application", "is_backup", "backup_rank", "id"]
        indexes = [models.Index(fields=["reviewer", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="programmes_review_unique"
            ),
            models.UniqueConstraint(
                fields=["application", "backup_rank"],
                condition=models.Q(backup_rank__isnull=False),
                name="programmes_review_backup_rank_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application_id}/{self.reviewer_id}"

    @property
    def is_seated(self) -> bool:
        return self.status in REVIEW_SEATED


@scoped(region="region", owner="expert_id")
class ExpertRating(models.Model):
    """An officer's rating of one expert's work in one call's review (the 100-point form).

    Four parts of 25 points each: 职业道德, 专业能力, 工作纪律, 廉洁自律. One rating per call and
    expert; a second rating replaces the first (audited with before and after). Feeds
    `apps.programmes.credit.expert_credit`.
    """

    PARTS = (
        ("ethics", _("职业道德")),
        ("competence", _("专业能力")),
        ("discipline", _("工作纪律")),
        ("integrity", _("廉洁自律")),
    )
    PART_MAX = 25

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="+")
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="programme_ratings"
    )
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, related_name="+", null=True
    )
    ethics = models.PositiveSmallIntegerField(_("职业道德"))
    competence = models.PositiveSmallIntegerField(_("专业能力"))
    discipline = models.PositiveSmallIntegerField(_("工作纪律"))
    integrity = models.PositiveSmallIntegerField(_("廉洁自律"))
    comment = models.CharField(_("评价意见"), max_length=500, blank=True)
    rated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    rated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("专家评价")
        ordering = ["-rated_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["call", "expert"], name="programmes_rating_unique"),
            models.CheckConstraint(
                condition=models.Q(ethics__lte=25)
                & models.Q(competence__lte=25)
                & models.Q(discipline__lte=25)
                & models.Q(integrity__lte=25),
                name="programmes_rating_parts_max",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.call_id}/{self.expert_id}"

    @property
    def total(self) -> int:
        return self.ethics + self.competence + self.discipline + self.integrity


from apps.programmes.models_needs import (  # noqa: E402  (the models of needs and challenges)
    BidPartner,
    Challenge,
    GuideDirection,
    Milestone,
    ReserveEntry,
)

__all__ = [
    "Application",
    "ApplicationVersion",
    "Attachment",
    "BidPartner",
    "BlacklistEntry",
    "Call",
    "Challenge",
    "ExpertRating",
    "GuideDirection",
    "Holiday",
    "IdempotencyKey",
    "Milestone",
    "ProgrammeConfig",
    "ProgrammeType",
    "ReserveEntry",
    "ReviewAssignment",
    "TimelineEvent",
]
