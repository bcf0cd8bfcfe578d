"""From needs to funded work: the challenge list (揭榜挂帅), milestone gates, the demand reserve
(项目需求储备库) and the guide directions built from it (decision 0006, "Needs, challenges and
the reserve").

Bids and research applications stay `Application`s of a call and run through the same
workflow engine; these models hold what is not an application: the published challenge the
bids answer, the partner organisations of a bidding team, the milestone gates of a funded
project with the payment tied to each, the reserve entries screened from collected needs and
the guide directions an officer composes from them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.fields import EncryptedCharField
from apps.core.scoping import scoped
from apps.programmes.models import unsubmitted  # models.py imports this module at its end


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", _("待发布")
    PUBLISHED = "published", _("揭榜中")
    CLOSED = "closed", _("揭榜截止")
    DECIDED = "decided", _("已择优")


class ChallengeMode(models.TextChoices):
    SINGLE = "single", _("择优（一个揭榜方）")
    RACE = "race", _("赛马（多个团队并行，后期择优）")


class MilestoneStatus(models.TextChoices):
    PLANNED = "planned", _("未到期")
    SUBMITTED = "submitted", _("待考核")
    RETURNED = "returned", _("退回补充")
    APPROVED = "approved", _("考核通过")


class PaymentStatus(models.TextChoices):
    NONE = "none", _("未到拨付条件")
    DUE = "due", _("待拨付")
    PAID = "paid", _("已拨付")


class ReserveStatus(models.TextChoices):
    RESERVED = "reserved", _("在库")
    USED = "used", _("已编入指南")
    ARCHIVED = "archived", _("已出库")


@scoped(region="region")
class Challenge(models.Model):
    """One item of the challenge list (榜单): a vetted technology need, published for solvers.

    Bids are `Application`s of `call` pointing here. `source_need` is the accepted need
    (an application of a 需求征集 call) it came from, or `source_demand` a technology-market
    demand an officer promoted; each source makes at most one challenge.
    """

    call = models.ForeignKey(
        "programmes.Call",
        verbose_name=_("揭榜批次"),
        on_delete=models.PROTECT,
        related_name="challenges",
    )
    title = models.CharField(_("榜单名称"), max_length=200)
    summary = models.TextField(_("需求描述"), max_length=5000)
    targets = models.TextField(_("攻关指标"), max_length=5000, blank=True)
    field = models.CharField(_("技术领域"), max_length=30, blank=True)
    budget = models.DecimalField(_("支持经费上限（万元）"), max_digits=12, decimal_places=2)
    mode = models.CharField(
        _("评定方式"), max_length=8, choices=ChallengeMode.choices, default=ChallengeMode.SINGLE
    )
    max_winners = models.PositiveSmallIntegerField(_("入选团队数上限"), default=1)
    bid_closes_at = models.DateTimeField(_("揭榜截止"))
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("需求所在地区"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    owner = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("发榜单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    contact_name = models.CharField(_("联系人"), max_length=50, blank=True)
    contact_phone = EncryptedCharField(_("联系电话"), blank=True)
    status = models.CharField(
        _("状态"),
        max_length=10,
        choices=ChallengeStatus.choices,
        default=ChallengeStatus.DRAFT,
        db_index=True,
    )
    source_need = models.OneToOneField(
        "programmes.Application",
        verbose_name=_("来源需求"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="challenge_made",
    )
    source_demand = models.OneToOneField(
        "market.Demand",
        verbose_name=_("来源技术需求（技术市场）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="challenge_made",
    )
    final_winner = models.ForeignKey(
        "programmes.Application",
        verbose_name=_("择优胜出"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("榜单项目")
        verbose_name_plural = _("榜单项目")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(budget__gt=0), name="programmes_challenge_budget_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(max_winners__gte=1), name="programmes_challenge_winners_min"
            ),
        ]

    def __str__(self) -> str:
        return self.title


@scoped(
    region="application__region",
    organization="application__applicant_id",
    region_hides=unsubmitted("application__"),
)
class BidPartner(models.Model):
    """A partner organisation of a bidding team (联合攻关单位); the applicant leads."""

    application = models.ForeignKey(
        "programmes.Application", on_delete=models.CASCADE, related_name="partners"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("联合单位"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    role = models.CharField(_("分工"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("联合攻关单位")
        ordering = ["application", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "organization"], name="programmes_partner_unique"
            )
        ]

    def __str__(self) -> str:
        return str(self.organization)


@scoped(
    region="application__region",
    organization="application__applicant_id",
    region_hides=unsubmitted("application__"),
)
class Milestone(models.Model):
    """A gate of a funded project: what is due by when, and the payment it releases.

    The responsible officer approves the evidence (the payment becomes due) or returns it;
    paying records the voucher. No money moves here: it is the record of the decision.
    """

    application = models.ForeignKey(
        "programmes.Application", on_delete=models.CASCADE, related_name="milestones"
    )
    number = models.PositiveSmallIntegerField(_("序号"))
    title = models.CharField(_("里程碑"), max_length=200)
    deliverable = models.TextField(_("考核内容"), max_length=2000, blank=True)
    due_on = models.DateField(_("计划完成日期"))
    amount = models.DecimalField(_("拨付金额（万元）"), max_digits=12, decimal_places=2)
    status = models.CharField(
        _("考核状态"),
        max_length=10,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.PLANNED,
    )
    evidence = models.TextField(_("完成情况说明"), max_length=5000, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(_("考核意见"), max_length=1000, blank=True)
    payment = models.CharField(
        _("拨付状态"), max_length=6, choices=PaymentStatus.choices, default=PaymentStatus.NONE
    )
    paid_at = models.DateTimeField(_("拨付时间"), null=True, blank=True)
    payment_ref = models.CharField(_("拨付凭证号"), max_length=60, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("里程碑")
        ordering = ["application", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"], name="programmes_milestone_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="programmes_milestone_amount_non_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


@scoped(region="region")
class ReserveEntry(models.Model):
    """A need screened into the project demand reserve (项目需求储备库), with tags and field."""

    need = models.OneToOneField(
        "programmes.Application",
        verbose_name=_("来源需求"),
        on_delete=models.PROTECT,
        related_name="reserve_entry",
    )
    title = models.CharField(_("需求名称"), max_length=200)
    summary = models.TextField(_("需求摘要"), max_length=5000)
    field = models.CharField(_("技术领域"), max_length=30)
    tags = models.JSONField(_("标签"), default=list, blank=True)
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所在地区"), on_delete=models.PROTECT, related_name="+"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("提出单位"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("状态"), max_length=10, choices=ReserveStatus.choices, default=ReserveStatus.RESERVED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("需求储备")
        verbose_name_plural = _("需求储备")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class GuideDirection(models.Model):
    """A direction of a call's guide (指南方向), built from reserve entries; applications name
    the direction they answer. Frozen once the guide is published."""

    call = models.ForeignKey("programmes.Call", on_delete=models.CASCADE, related_name="directions")
    number = models.PositiveSmallIntegerField(_("序号"))
    title = models.CharField(_("方向名称"), max_length=200)
    text = models.TextField(_("研究内容与考核指标"), max_length=8000)
    entries = models.ManyToManyField(
        ReserveEntry, verbose_name=_("来源需求"), related_name="directions", blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("指南方向")
        ordering = ["call", "number"]
        constraints = [
            models.UniqueConstraint(fields=["call", "number"], name="programmes_direction_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"
