"""The registry of organisations and their qualifications over time."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.fields import EncryptedCharField
from apps.core.integrity import sealed
from apps.core.scoping import scoped
from apps.organizations import credit_code
from apps.organizations.choices import OrganizationKind, OrganizationSize, QualificationCategory


def validate_credit_code(value: str) -> None:
    try:
        credit_code.validate(value)
    except credit_code.CreditCodeError as exc:
        raise ValidationError(str(exc), code="credit_code") from exc


class Industry(models.Model):
    """GB/T 4754-2017 national economic industry classification: sections and divisions."""

    code = models.CharField(_("行业代码"), max_length=5, primary_key=True)
    name = models.CharField(_("行业名称"), max_length=80)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("国民经济行业")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class IndustrialChain(models.Model):
    """An industrial chain or emerging industry the province promotes; an editable dictionary."""

    code = models.SlugField(_("编码"), max_length=40, primary_key=True)
    name = models.CharField(_("产业链"), max_length=40, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("产业链")
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class QualificationType(models.Model):
    """A qualification (高新技术企业…) or a named cultivation pool (培育库); editable."""

    code = models.SlugField(_("编码"), max_length=40, primary_key=True)
    name = models.CharField(_("名称"), max_length=40, unique=True)
    category = models.CharField(
        _("类别"),
        max_length=20,
        choices=QualificationCategory.choices,
        default=QualificationCategory.QUALIFICATION,
    )
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("资质类型")
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


@sealed("credit_code", "registered_capital")
@scoped(region="region", organization="id", directory=True)
class Organization(models.Model):
    """An enterprise, university, institute, service provider or government department."""

    credit_code = models.CharField(
        _("统一社会信用代码"), max_length=18, unique=True, validators=[validate_credit_code]
    )
    name = models.CharField(_("名称"), max_length=200)
    kind = models.CharField(_("机构类型"), max_length=20, choices=OrganizationKind.choices)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("所在地区"),
        on_delete=models.PROTECT,
        related_name="organizations",
    )
    industry = models.ForeignKey(
        Industry, verbose_name=_("所属行业"), null=True, blank=True, on_delete=models.PROTECT
    )
    chains = models.ManyToManyField(
        IndustrialChain, verbose_name=_("产业链"), blank=True, related_name="organizations"
    )
    size = models.CharField(_("规模"), max_length=10, choices=OrganizationSize.choices, blank=True)
    founded_on = models.DateField(_("成立日期"), null=True, blank=True)
    address = models.CharField(_("地址"), max_length=300, blank=True)
    registered_capital = models.DecimalField(
        _("注册资本（万元）"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    employees = models.PositiveIntegerField(_("从业人数"), null=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级单位"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsidiaries",
    )
    contact_name = models.CharField(_("联系人"), max_length=50, blank=True)
    contact_phone = EncryptedCharField(_("联系电话"), blank=True)
    seal = models.CharField(max_length=64, blank=True, editable=False)
    name_pinyin = models.CharField(max_length=400, blank=True, db_index=True)
    search_text = models.TextField(blank=True)
    is_active = models.BooleanField(_("有效"), default=True)
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Fields anyone with directory access may see; the rest need the jurisdiction or the org.
    PUBLIC_FIELDS = (
        "credit_code",
        "name",
        "kind",
        "region",
        "industry",
        "chains",
        "size",
        "founded_on",
    )

    class Meta:
        verbose_name = _("机构")
        verbose_name_plural = _("机构")
        ordering = ["name_pinyin", "id"]
        indexes = [models.Index(fields=["region", "name_pinyin"])]

    def __str__(self) -> str:
        return self.name


@sealed("organization", "type", "valid_from", "valid_until", "certificate_no")
@scoped(region="organization__region", organization="organization_id", directory=True)
class Qualification(models.Model):
    """One period during which an organisation held a qualification or sat in a pool."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="qualifications"
    )
    type = models.ForeignKey(
        QualificationType,
        verbose_name=_("资质"),
        on_delete=models.PROTECT,
        related_name="qualifications",
    )
    valid_from = models.DateField(_("生效日期"))
    valid_until = models.DateField(_("截止日期"), null=True, blank=True)
    certificate_no = models.CharField(_("证书编号"), max_length=60, blank=True)
    batch = models.CharField(_("批次"), max_length=60, blank=True)
    seal = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("资质记录")
        ordering = ["valid_from", "id"]
        indexes = [
            # "does organisation O hold type X on day D" (the correlated EXISTS of the filters)
            models.Index(
                fields=["organization", "type", "valid_from", "valid_until"],
                name="org_qual_org_type_period_idx",
            ),
            # Covers "who holds type X on day D" without visiting the table.
            models.Index(
                fields=["type", "valid_from", "valid_until", "organization"],
                name="org_qual_type_period_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="organizations_qualification_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.valid_from}"

    def is_valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)
