from django.db import models
from django.utils.translation import gettext_lazy as _


class BulletinStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    GENERATED = "generated", _("已生成待发布")
    PUBLISHED = "published", _("已发布")


# Said in place of the chart and table of an indicator no region below has a target for.
NOT_CASCADED = "下级地区未分解该指标目标"
