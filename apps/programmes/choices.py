"""Statuses and the fixed vocabulary of the workflow configuration."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    ACTIVE = "active", _("办理中")
    RETURNED = "returned", _("已退回修改")
    WITHDRAWN = "withdrawn", _("已撤回")
    REJECTED = "rejected", _("未通过")
    COMPLETED = "completed", _("已办结")


# Statuses in which the applicant may edit the form and (re)submit.
EDITABLE = frozenset({ApplicationStatus.DRAFT, ApplicationStatus.RETURNED})
# Statuses nobody moves out of.
TERMINAL = frozenset(
    {ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED, ApplicationStatus.COMPLETED}
)


class StageActor(models.TextChoices):
    """Who acts at a stage (the `actor` of a stage in the configuration)."""

    APPLICANT = "applicant", _("申报单位")
    COUNTY = "county", _("县级管理员")
    CITY = "city", _("市级管理员")
    PROVINCE = "province", _("省级管理员")


class ActionKind(models.TextChoices):
    """What an action does to the application (the `kind` of an action in the configuration)."""

    FORWARD = "forward", _("进入下一环节")
    RETURN = "return", _("退回申报单位修改")
    REJECT = "reject", _("不予通过")
    COMPLETE = "complete", _("办结")
    RECORD = "record", _("记录（不改变环节）")


class TimelineKind(models.TextChoices):
    CREATE = "create", _("创建草稿")
    SUBMIT = "submit", _("提交申报")
    ACTION = "action", _("办理")
    WITHDRAW = "withdraw", _("撤回")
    REVIEW = "review", _("评审")
    NOTE = "note", _("说明")


class IdempotentOperation(models.TextChoices):
    """What an `Idempotency-Key` was given for: each operation has its own keys, so a client
    reusing one key for a file and for the submit gets both done, not one replayed as the other."""

    SUBMIT = "application.submit", _("提交申报")
    ATTACHMENT_ADD = "attachment.add", _("上传附件")


class ReviewStatus(models.TextChoices):
    """Where one expert's seat on an application's panel stands (the invitation lifecycle)."""

    STANDBY = "standby", _("候补")
    INVITED = "invited", _("已邀请")
    ACCEPTED = "accepted", _("已接受")
    DECLINED = "declined", _("已谢绝")
    CONFLICTED = "conflicted", _("已回避")
    SUBMITTED = "submitted", _("已评分")
    RELEASED = "released", _("已释放")


# Seats that count towards the panel (the expert is expected to score).
REVIEW_SEATED = frozenset({ReviewStatus.INVITED, ReviewStatus.ACCEPTED, ReviewStatus.SUBMITTED})
# Seats the expert still has to answer or score: an expert's current load.
REVIEW_OPEN = frozenset({ReviewStatus.INVITED, ReviewStatus.ACCEPTED})
# Seats given up: the next backup takes the place.
REVIEW_VACATED = frozenset({ReviewStatus.DECLINED, ReviewStatus.CONFLICTED})


class ReviewSource(models.TextChoices):
    MANUAL = "manual", _("人工指派")
    DRAW = "draw", _("系统抽取")
