from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorSource(models.TextChoices):
    COMPUTED = "computed", _("平台数据自动计算")
    REPORTED = "reported", _("责任单位报送")


class Direction(models.TextChoices):
    HIGHER = "higher", _("越大越好")
    LOWER = "lower", _("越小越好")


class Frequency(models.TextChoices):
    YEARLY = "yearly", _("年度")
    HALF = "half", _("半年")
    QUARTERLY = "quarterly", _("季度")
    MONTHLY = "monthly", _("月度")


class Aggregation(models.TextChoices):
    SUM = "sum", _("可加总（上级=下级之和）")
    NONE = "none", _("不可加总（比率、指数）")


class TargetKind(models.TextChoices):
    LEVEL = "level", _("达到（总量）")
    INCREMENT = "increment", _("新增（增量）")


class Comparator(models.TextChoices):
    GE = ">=", _("不低于")
    GT = ">", _("突破")
    EQ = "=", _("达到")
    LE = "<=", _("不高于")
    LT = "<", _("低于")


class ProgressStatus(models.TextChoices):
    DONE = "done", _("已完成")
    ON_TRACK = "on_track", _("正常")
    LAGGING = "lagging", _("滞后")
    AT_RISK = "at_risk", _("预警")
    NO_DATA = "no_data", _("暂无数据")


class ReportStatus(models.TextChoices):
    SUBMITTED = "submitted", _("待审核")
    ACCEPTED = "accepted", _("已采纳")
    RETURNED = "returned", _("已退回")


# Bootstrap colour of each status (done green, on track blue, lagging amber, at risk red).
STATUS_CSS = {
    ProgressStatus.DONE: "success",
    ProgressStatus.ON_TRACK: "primary",
    ProgressStatus.LAGGING: "warning",
    ProgressStatus.AT_RISK: "danger",
    ProgressStatus.NO_DATA: "secondary",
}
