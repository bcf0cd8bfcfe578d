"""Statuses and kinds of the expert database and of draws."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExpertTier(models.TextChoices):
    GENERAL = "general", _("一般专家")
    CORE = "core", _("核心专家")


class ExpertStatus(models.TextChoices):
    PENDING = "pending", _("待审核")
    APPROVED = "approved", _("已入库")
    REJECTED = "rejected", _("未通过")
    SUSPENDED = "suspended", _("已暂停")


class ExpertSource(models.TextChoices):
    REGISTERED = "registered", _("个人注册")
    IMPORTED = "imported", _("批量导入")
    RECOMMENDED = "recommended", _("单位推荐")
    ENTERED = "entered", _("管理员录入")


class DrawStatus(models.TextChoices):
    RUNNING = "running", _("抽取中")
    DONE = "done", _("已抽取")
    INFEASIBLE = "infeasible", _("无法满足")
    FAILED = "failed", _("出错")
    CONFIRMED = "confirmed", _("已确认")
