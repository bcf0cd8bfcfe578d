"""The expert database (专家库) and the record of every draw (专家抽取记录).

An `Expert` is a profile kept by the expert (or entered for them) and approved by the province;
approval links it one-to-one to a user with the expert role. A `Draw` keeps everything needed
to replay an automatic selection bit for bit: the rules, the instance (with its SHA-256), the
seed, the engine version and the result. `services.py` is the only writer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.fields import EncryptedCharField
from apps.core.masking import mask_id_number, mask_mobile
from apps.core.scoping import scoped
from apps.core.text import search_key, sort_key
from apps.experts import disciplines
from apps.experts.choices import DrawStatus, ExpertSource, ExpertStatus, ExpertTier


@scoped(region="region", organization="organization_id", owner="user_id")
class Expert(models.Model):
    """One expert's profile: who they are, what they know, when they cannot serve, whom they
    must not review. Officers see the experts of their region and below; an organisation sees
    the experts it employs or recommended; an expert sees their own profile."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("专家账号"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="expert_profile",
    )
    name = models.CharField(_("姓名"), max_length=50)
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("工作单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="experts",
    )
    organization_name = models.CharField(_("工作单位名称"), max_length=200)
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("所在地区"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("职称"), max_length=40)
    disciplines = models.JSONField(_("学科（GB/T 13745）"), default=list)
    industries = models.ManyToManyField(
        "organizations.Industry", verbose_name=_("熟悉行业"), blank=True, related_name="+"
    )
    chains = models.ManyToManyField(
        "organizations.IndustrialChain", verbose_name=_("熟悉产业链"), blank=True, related_name="+"
    )
    keywords = models.CharField(_("研究方向关键词"), max_length=300, blank=True)
    tier = models.CharField(
        _("专家类别"), max_length=10, choices=ExpertTier.choices, default=ExpertTier.GENERAL
    )
    unavailable = models.JSONField(_("不可参评时段"), default=list, blank=True)
    conflict_people = models.JSONField(_("申报回避人员"), default=list, blank=True)
    conflict_organizations = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("申报回避单位"),
        blank=True,
        related_name="+",
    )
    mobile = EncryptedCharField(_("手机号"), blank=True)
    id_number = EncryptedCharField(_("身份证号"), blank=True)
    id_digest = models.CharField(max_length=64, blank=True, db_index=True)
    status = models.CharField(
        _("状态"),
        max_length=10,
        choices=ExpertStatus.choices,
        default=ExpertStatus.PENDING,
        db_index=True,
    )
    source = models.CharField(_("来源"), max_length=12, choices=ExpertSource.choices)
    # A self-registered expert chooses the account name and password now; the account is
    # created only when the province approves the entry (the hash is dropped then).
    username = models.CharField(_("登录名"), max_length=150, blank=True)
    password_hash = models.CharField(max_length=128, blank=True)
    recommended_by = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("推荐单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    review_note = models.CharField(_("审核意见"), max_length=300, blank=True)
    search_text = models.TextField(blank=True)
    # 「王建国」 → wangjianguo: lists and the hand-seating picker sort names in pinyin order,
    # as people look them up, not by character code.
    name_pinyin = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("专家")
        verbose_name_plural = _("专家")
        ordering = ["tier", "name_pinyin", "id"]  # core (“core” < “general”) first
        indexes = [models.Index(fields=["status", "region"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.index()
        super().save(*args, **kwargs)

    def index(self) -> None:
        """Keep the search text (name, organisation, keywords, title; folded, with pinyin)
        and the pinyin sort key in step with the fields they come from. `save` calls it;
        a bulk insert calls it on each row first."""
        self.search_text = search_key(self.name, self.organization_name, self.keywords, self.title)
        self.name_pinyin = sort_key(self.name)[:200]

    @property
    def mobile_masked(self) -> str:
        return mask_mobile(self.mobile)

    @property
    def id_masked(self) -> str:
        return mask_id_number(self.id_number)

    def discipline_labels(self) -> list[str]:
        return [disciplines.label_of(c) for c in self.disciplines]

    def keyword_list(self) -> list[str]:
        return [k for k in _split(self.keywords) if k]

    def busy_during(self, start: dt.date, end: dt.date) -> str:
        """Why the expert cannot serve between `start` and `end` (the first unavailable window
        that overlaps them, in words), or "" when they can."""
        for window in self.unavailable:
            if window.get("start", "") <= end.isoformat() and start.isoformat() <= window.get(
                "end", ""
            ):
                return f"评审期间不可参评（{window['start']} 至 {window['end']}）"
        return ""


def _split(text: str) -> list[str]:
    import re

    return [p.strip() for p in re.split(r"[、,，;；\s]+", text or "")]


@scoped(region="region")
class Draw(models.Model):
    """One automatic selection for the applications of a call at its review stage.

    `instance` is the engine's input in the JSON of DESIGN.md §7 (ids are application and
    expert primary keys as strings) and `input_hash` its SHA-256; replaying solves it again
    and compares the result's hash with `result_hash`.
    """

    call = models.ForeignKey(
        "programmes.Call", verbose_name=_("申报批次"), on_delete=models.PROTECT, related_name="+"
    )
    stage = models.CharField(_("评审环节"), max_length=40)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("抽取层级"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    rules = models.JSONField(_("抽取规则"), default=dict)
    instance = models.JSONField(default=dict, blank=True)
    input_hash = models.CharField(_("输入哈希（SHA-256）"), max_length=80, blank=True)
    seed = models.BigIntegerField(_("随机种子"))
    engine_version = models.CharField(_("引擎版本"), max_length=40, blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=DrawStatus.choices, default=DrawStatus.RUNNING
    )
    result = models.JSONField(_("抽取结果"), default=dict, blank=True)
    result_hash = models.CharField(_("结果哈希（SHA-256）"), max_length=80, blank=True)
    objective = models.FloatField(_("总匹配度"), null=True, blank=True)
    bound = models.FloatField(_("最优上界"), null=True, blank=True)
    gap = models.FloatField(_("最优性差距"), null=True, blank=True)
    job = models.ForeignKey(
        "jobs.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("抽取时间"), auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("专家抽取记录")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.call} 抽取 #{self.pk}"

    def summary(self) -> dict[str, Any]:
        return {
            "rules": self.rules,
            "input_hash": self.input_hash,
            "seed": self.seed,
            "engine_version": self.engine_version,
            "result_hash": self.result_hash,
        }
