from django.db import models
from django.utils.translation import gettext_lazy as _


class BulletinStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    GENERATED = "generated", _("已生成待发布")
    PUBLISHED = "published", _("已发布")
