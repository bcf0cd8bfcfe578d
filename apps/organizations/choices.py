from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganizationKind(models.TextChoices):
    ENTERPRISE = "enterprise", _("企业")
    UNIVERSITY = "university", _("高等院校")
    INSTITUTE = "institute", _("科研院所")
    SERVICE_PROVIDER = "service_provider", _("服务机构")
    GOVERNMENT = "government", _("政府部门")


class OrganizationSize(models.TextChoices):
    LARGE = "large", _("大型")
    MEDIUM = "medium", _("中型")
    SMALL = "small", _("小型")
    MICRO = "micro", _("微型")


class QualificationCategory(models.TextChoices):
    QUALIFICATION = "qualification", _("资质认定")
    POOL = "pool", _("培育库")
