"""Bulletins (调度通报) on target progress, their Word templates and their publication.

- `BulletinTemplate` is a Word template an officer uploaded for their region (versioned by
  name); the built-in default (`data/default_template.docx`) always exists and is not a row.
- `Bulletin` is one issue for one period and one region (the province over its cities, a city
  over its counties): draft → generated → published. Once published it is frozen.
- `BulletinEdition` is one generation of a bulletin (Word + PDF + the figures used). Every
  regeneration before publication adds an edition, so earlier files stay downloadable; the
  bulletin's own `docx`/`pdf` point at the latest edition's files.
- `BulletinDelivery` records that a published bulletin was sent down to a region. It is what
  lets a county see a provincial bulletin through the one scoped entry point (`visible_to`).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.bulletins.choices import BulletinStatus
from apps.core.scoping import scoped


def _template_path(instance: BulletinTemplate, filename: str) -> str:
    return f"bulletins/templates/{instance.region_id}/{uuid.uuid4().hex}.docx"


def _edition_path(instance: BulletinEdition, filename: str) -> str:
    suffix = filename.rsplit(".", 1)[-1]
    return f"bulletins/{instance.bulletin.year}/{instance.bulletin_id}/v{instance.version}.{suffix}"


@scoped(region="region")
class BulletinTemplate(models.Model):
    """An uploaded Word template (docx with placeholders) of one region, versioned by name."""

    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("模板名称"), max_length=100)
    version = models.PositiveIntegerField(_("版本"), default=1)
    file = models.FileField(_("模板文件"), upload_to=_template_path)
    is_default = models.BooleanField(_("本级默认"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("通报模板")
        ordering = ["name", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "name", "version"], name="bulletin_template_version_unique"
            ),
            models.UniqueConstraint(
                fields=["region"],
                condition=models.Q(is_default=True),
                name="bulletin_template_one_default_per_region",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}（第{self.version}版）"


@scoped(region="region")
class Bulletin(models.Model):
    """One 调度通报: a period's progress of the chosen indicators in a region and the regions
    directly below it."""

    title = models.CharField(_("标题"), max_length=200)
    year = models.PositiveSmallIntegerField(_("年度"))
    seq = models.PositiveIntegerField(_("期次"))
    number = models.CharField(_("期号"), max_length=40)
    period_label = models.CharField(_("通报期间"), max_length=60)
    as_of = models.DateField(_("数据截至"))
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    indicators = models.ManyToManyField(
        "supervision.Indicator", related_name="+", verbose_name=_("通报指标")
    )
    template = models.ForeignKey(
        BulletinTemplate,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bulletins",
        verbose_name=_("模板"),
    )
    foreword = models.TextField(_("按语"), blank=True)
    status = models.CharField(
        _("状态"), max_length=10, choices=BulletinStatus.choices, default=BulletinStatus.DRAFT
    )
    summary = models.TextField(_("总体情况"), blank=True)
    version = models.PositiveIntegerField(_("当前版本"), default=0)
    docx = models.FileField(_("Word 文件"), blank=True)
    pdf = models.FileField(_("PDF 文件"), blank=True)
    job = models.ForeignKey(
        "jobs.Job", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    generated_at = models.DateTimeField(_("生成时间"), null=True, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("调度通报")
        ordering = ["-year", "-seq"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year", "seq"], name="bulletin_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.title} {self.number}"

    @property
    def is_published(self) -> bool:
        return self.status == BulletinStatus.PUBLISHED


class BulletinEdition(models.Model):
    """One generation of a bulletin: its Word and PDF files and the figures they show."""

    bulletin = models.ForeignKey(Bulletin, on_delete=models.CASCADE, related_name="editions")
    version = models.PositiveIntegerField(_("版本"))
    docx = models.FileField(_("Word 文件"), upload_to=_edition_path)
    pdf = models.FileField(_("PDF 文件"), upload_to=_edition_path)
    figures = models.JSONField(_("通报数据"), default=dict)
    template_label = models.CharField(_("所用模板"), max_length=120)
    timings = models.JSONField(_("耗时"), default=dict)
    generated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    generated_at = models.DateTimeField(_("生成时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("通报版本")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["bulletin", "version"], name="bulletin_edition_unique")
        ]

    def __str__(self) -> str:
        return f"{self.bulletin_id} v{self.version}"


@scoped(region="region")
class BulletinDelivery(models.Model):
    """A published bulletin sent down (下发) to one region below the publishing one."""

    bulletin = models.ForeignKey(Bulletin, on_delete=models.CASCADE, related_name="deliveries")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="+")
    delivered_at = models.DateTimeField(_("下发时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("通报下发")
        constraints = [
            models.UniqueConstraint(fields=["bulletin", "region"], name="bulletin_delivery_unique")
        ]

    def __str__(self) -> str:
        return f"{self.bulletin_id} → {self.region_id}"
