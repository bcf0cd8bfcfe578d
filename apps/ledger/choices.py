from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.supervision.choices import ReportStatus as _ReportStatus


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未开始")
    IN_PROGRESS = "in_progress", _("进行中")
    DONE = "done", _("已完成")
    OVERDUE = "overdue", _("逾期")


OPEN_STATUSES = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE)


# Progress reports are reviewed like reported indicator values: 待审核 → 已采纳 / 已退回.
ReportStatus = _ReportStatus


class DraftStatus(models.TextChoices):
    EXTRACTING = "extracting", _("提取中")
    READY = "ready", _("待核对确认")
    FAILED = "failed", _("无法提取")
    CONFIRMED = "confirmed", _("已确认生成台账")
    DISCARDED = "discarded", _("已放弃")
