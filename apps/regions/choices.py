from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionLevel(models.TextChoices):
    PROVINCE = "province", _("省")
    CITY = "city", _("设区市")
    COUNTY = "county", _("县(市、区)")
    ZONE = "zone", _("开发区/园区")


class ZoneKind(models.TextChoices):
    HIGH_TECH = "high_tech", _("高新技术产业开发区")
    ECONOMIC = "economic", _("经济技术开发区")
    INDUSTRIAL_PARK = "industrial_park", _("工业园区")
    OTHER = "other", _("其他园区")


class ZoneRank(models.TextChoices):
    NATIONAL = "national", _("国家级")
    PROVINCIAL = "provincial", _("省级")
