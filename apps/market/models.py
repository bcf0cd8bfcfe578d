"""The technology market: achievements (成果), demands (需求), feedback on matches, brokers'
deals, roadshows and technical contracts (技术合同登记).

Listings are scoped like the registry (officers by region subtree, organisation users their own
organisation, brokers and experts their own rows); the public reads published listings only,
through `selectors.published_listings`, which returns public fields (decision 0007).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.fields import EncryptedCharField
from apps.core.scoping import scoped
from apps.market.choices import (
    BrokerLevel,
    ContractKind,
    ContractStatus,
    DealStage,
    ListingStatus,
    MatchTarget,
    RoadshowKind,
    TechField,
    TransferMode,
)

MONEY: dict[str, Any] = {"max_digits": 16, "decimal_places": 2}
_KEYWORD_SEPARATORS = re.compile(r"[、,，;；\s]+")


def split_keywords(text: str) -> list[str]:
    """The keywords of a listing as typed (separated by 、 , ; or spaces)."""
    return [k for k in _KEYWORD_SEPARATORS.split(text or "") if k]


class Listing(models.Model):
    """What achievements and demands share: text, classification, owner, place and lifecycle."""

    title = models.CharField(_("名称"), max_length=200)
    summary = models.TextField(_("简介"), max_length=5000)
    field = models.CharField(_("技术领域"), max_length=30, choices=TechField.choices)
    discipline_code = models.CharField(_("学科代码"), max_length=10, blank=True)
    keywords = models.CharField(_("关键词"), max_length=300, blank=True)
    organization = models.ForeignKey(
        "organizations.Organization", verbose_name=_("所属机构"), on_delete=models.PROTECT
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("发布人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所在地区"), on_delete=models.PROTECT
    )
    chain = models.ForeignKey(
        "organizations.IndustrialChain",
        verbose_name=_("产业链（专业市场）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    contact_name = models.CharField(_("联系人"), max_length=50, blank=True)
    contact_phone = EncryptedCharField(_("联系电话"), blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=ListingStatus.choices, default=ListingStatus.DRAFT
    )
    review_note = models.CharField(_("审核意见"), max_length=500, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    expires_on = models.DateField(_("有效期至"), null=True, blank=True)
    # The expiry date the owner was last reminded of: one reminder per period, and renewing
    # (a new expiry date) re-arms it without resetting anything.
    expiry_reminded_for = models.DateField(_("已提醒的到期日"), null=True, blank=True)
    notify_matches = models.BooleanField(_("有匹配时通知我"), default=False)
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("疑似重复"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duplicate_score = models.FloatField(_("相似度"), null=True, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title

    @property
    def keyword_list(self) -> list[str]:
        return split_keywords(self.keywords)

    def is_live(self, day: dt.date) -> bool:
        return self.status == ListingStatus.PUBLISHED and (
            self.expires_on is None or self.expires_on >= day
        )


@scoped(region="region", organization="organization_id", owner="owner_id")
class Achievement(Listing):
    """A technology achievement offered for transfer (成果)."""

    patents = models.CharField(_("专利"), max_length=500, blank=True)
    maturity = models.PositiveSmallIntegerField(
        _("技术成熟度（TRL）"), validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    transfer_modes = models.JSONField(_("转化方式"), default=list)
    price = models.DecimalField(_("参考价格（元）"), null=True, blank=True, **MONEY)
    negotiable = models.BooleanField(_("面议"), default=False)

    class Meta:
        verbose_name = _("科技成果")
        verbose_name_plural = _("科技成果")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "region"]),
            models.Index(fields=["status", "field"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(maturity__gte=1, maturity__lte=9),
                name="market_achievement_trl_1_9",
            ),
            models.CheckConstraint(
                condition=models.Q(price__isnull=True) | models.Q(price__gte=0),
                name="market_achievement_price_non_negative",
            ),
        ]

    @property
    def transfer_mode_labels(self) -> list[str]:
        labels = dict(TransferMode.choices)
        return [str(labels.get(m, m)) for m in self.transfer_modes or []]


@scoped(region="region", organization="organization_id", owner="owner_id")
class Demand(Listing):
    """A technology demand or problem posted by an enterprise (需求, 技术难题)."""

    budget = models.DecimalField(_("预算（元）"), null=True, blank=True, **MONEY)
    negotiable = models.BooleanField(_("面议"), default=False)
    deadline = models.DateField(_("期望解决时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("技术需求")
        verbose_name_plural = _("技术需求")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "region"]),
            models.Index(fields=["status", "field"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(budget__isnull=True) | models.Q(budget__gte=0),
                name="market_demand_budget_non_negative",
            ),
        ]


@scoped(owner="user_id")
class MatchFeedback(models.Model):
    """A user's judgement of one suggestion (useful or not); used as a small boost or penalty."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    source_kind = models.CharField(max_length=12, choices=MatchTarget.choices)
    source_id = models.PositiveIntegerField()
    target_kind = models.CharField(max_length=12, choices=MatchTarget.choices)
    target_id = models.PositiveIntegerField()
    useful = models.BooleanField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("匹配反馈")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "source_kind", "source_id", "target_kind", "target_id"],
                name="market_feedback_once_per_user",
            )
        ]
        indexes = [models.Index(fields=["target_kind", "target_id"])]

    def __str__(self) -> str:
        return f"{self.source_kind}:{self.source_id} → {self.target_kind}:{self.target_id}"


@scoped(owner="user_id", region="user__region")
class BrokerProfile(models.Model):
    """A technology broker (技术经纪人) and the training level they hold."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="broker_profile"
    )
    level = models.CharField(_("培训等级"), max_length=16, choices=BrokerLevel.choices)
    certificate_no = models.CharField(_("证书编号"), max_length=60, blank=True)
    specialties = models.CharField(_("擅长领域"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("技术经纪人")

    def __str__(self) -> str:
        return f"{self.user} ({self.get_level_display()})"


@scoped(
    region="demand__region",
    owner="broker_id",
    organization=("demand__organization_id", "achievement__organization_id"),
)
class Deal(models.Model):
    """A match a broker took up, moved 对接 → 洽谈 → 签约 or closed. The organisations owning
    the demand and the achievement see it (read only); the broker and officers move it."""

    demand = models.ForeignKey(Demand, on_delete=models.PROTECT, related_name="deals")
    achievement = models.ForeignKey(Achievement, on_delete=models.PROTECT, related_name="deals")
    broker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    stage = models.CharField(
        _("阶段"), max_length=12, choices=DealStage.choices, default=DealStage.CONTACT
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("对接项目")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["demand", "achievement"], name="market_deal_once_per_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.demand_id} ↔ {self.achievement_id}"


@scoped(region="deal__demand__region", owner="author_id")
class DealNote(models.Model):
    """A step of a deal: the stage it moved to, what happened, an optional document."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    stage = models.CharField(max_length=12, choices=DealStage.choices)
    text = models.TextField(_("记录"), max_length=2000)
    document = models.FileField(_("附件"), upload_to="market/deals/", blank=True)
    # Off by default: a broker's notes may weigh one side's position against the other's, so
    # the text and document reach the parties only when the broker shares them (decision 0007).
    shared = models.BooleanField(_("向双方公开"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:40]


@scoped(region="region")
class Roadshow(models.Model):
    """A roadshow or matchmaking event (路演, 对接会) with its achievements and outcome."""

    title = models.CharField(_("活动名称"), max_length=200)
    kind = models.CharField(_("类型"), max_length=12, choices=RoadshowKind.choices)
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT)
    held_on = models.DateField(_("举办日期"))
    venue = models.CharField(_("地点"), max_length=200, blank=True)
    achievements = models.ManyToManyField(Achievement, blank=True, related_name="roadshows")
    outcome = models.TextField(_("活动成效"), blank=True, max_length=5000)
    deals_signed = models.PositiveIntegerField(_("现场签约项目数"), default=0)
    amount_signed = models.DecimalField(_("意向签约金额（元）"), default=0, **MONEY)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("路演对接活动")
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return self.title


@scoped(region="roadshow__region", organization="organization_id")
class RoadshowRegistration(models.Model):
    """An organisation signed up for a roadshow."""

    roadshow = models.ForeignKey(Roadshow, on_delete=models.CASCADE, related_name="registrations")
    organization = models.ForeignKey("organizations.Organization", on_delete=models.PROTECT)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["roadshow", "organization"], name="market_roadshow_registration_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.roadshow_id}:{self.organization_id}"


@scoped(region="seller_region", organization="seller_id", owner="submitted_by_id")
class TechContract(models.Model):
    """A technical contract submitted for registration (技术合同登记).

    Amounts are in yuan. `tech_amount` is the 技术交易额 (the part that pays for technology);
    it feeds the 技术合同成交额 indicator when the office has registered the contract.
    """

    contract_no = models.CharField(_("合同编号"), max_length=60)
    title = models.CharField(_("合同名称"), max_length=200)
    kind = models.CharField(_("合同类型"), max_length=16, choices=ContractKind.choices)
    seller = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("卖方（技术提供方）"),
        on_delete=models.PROTECT,
        related_name="contracts_sold",
    )
    seller_region = models.ForeignKey(
        "regions.Region", verbose_name=_("卖方地区"), on_delete=models.PROTECT, related_name="+"
    )
    buyer = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("买方（技术需求方）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contracts_bought",
    )
    buyer_name = models.CharField(_("买方名称"), max_length=200)
    buyer_region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("买方地区"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    buyer_country = models.CharField(_("买方国家或地区（境外）"), max_length=60, blank=True)
    signed_on = models.DateField(_("签订日期"))
    total_amount = models.DecimalField(_("合同总金额（元）"), **MONEY)
    tech_amount = models.DecimalField(_("技术交易额（元）"), **MONEY)
    paid_amount = models.DecimalField(_("已到账金额（元）"), default=0, **MONEY)
    status = models.CharField(
        _("状态"), max_length=12, choices=ContractStatus.choices, default=ContractStatus.SUBMITTED
    )
    flags = models.JSONField(_("审查提示"), default=list, blank=True)
    registration_no = models.CharField(_("登记号"), max_length=30, blank=True)
    registered_at = models.DateTimeField(_("登记时间"), null=True, blank=True)
    review_note = models.CharField(_("审查意见"), max_length=500, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("技术合同")
        verbose_name_plural = _("技术合同")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "registered_at"]),
            models.Index(fields=["seller", "contract_no"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(tech_amount__lte=models.F("total_amount")),
                name="market_contract_tech_within_total",
            ),
            models.CheckConstraint(
                condition=models.Q(paid_amount__lte=models.F("total_amount")),
                name="market_contract_paid_within_total",
            ),
            models.UniqueConstraint(
                fields=["registration_no"],
                condition=~models.Q(registration_no=""),
                name="market_contract_registration_no_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contract_no} {self.title}"


@scoped(region="organization__region", organization="organization_id")
class TransferOffice(models.Model):
    """A university's or institute's technology-transfer office (技术转移机构) and its staff,
    shown with the institution in the yearly transfer ranking (public figures)."""

    organization = models.OneToOneField(
        "organizations.Organization",
        verbose_name=_("所属高校院所"),
        on_delete=models.CASCADE,
        related_name="transfer_office",
    )
    name = models.CharField(_("机构名称"), max_length=200)
    established = models.DateField(_("成立时间"))
    staff = models.PositiveIntegerField(_("专职人员（人）"), validators=[MaxValueValidator(10000)])
    certified_brokers = models.PositiveIntegerField(
        _("持证技术经纪人（人）"), validators=[MaxValueValidator(10000)]
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("技术转移机构")
        verbose_name_plural = _("技术转移机构")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(certified_brokers__lte=models.F("staff")),
                name="market_office_brokers_within_staff",
                violation_error_message="持证技术经纪人数不能超过专职人员数。",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError
        from django.utils import timezone

        if self.established and self.established > timezone.localdate():
            raise ValidationError({"established": "成立时间不能晚于今天。"})
