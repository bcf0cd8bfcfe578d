"""The region tree, keyed by GB/T 2260 codes, as a materialised path.

`path` is the chain of codes from the root, e.g. "360000/360100/360102/", so "this node and
everything below it" is a prefix match. Development zones and parks are nodes under the city or
county they belong to, with platform codes (e.g. "360100Z01") since GB/T 2260 gives them none.
Why a hand-kept path rather than django-treebeard: docs/decisions/0001-architecture.md.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.scoping import scoped
from apps.regions.choices import RegionLevel, ZoneKind, ZoneRank


@scoped(region_model=True)
class Region(models.Model):
    """A province, city, county-level unit or development zone."""

    code = models.CharField(_("区划代码"), max_length=12, primary_key=True)
    name = models.CharField(_("名称"), max_length=80)
    short_name = models.CharField(_("简称"), max_length=40, blank=True)
    level = models.CharField(_("层级"), max_length=10, choices=RegionLevel.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=120, unique=True)
    depth = models.PositiveSmallIntegerField(default=0)
    zone_kind = models.CharField(_("园区类型"), max_length=20, choices=ZoneKind.choices, blank=True)
    zone_rank = models.CharField(_("园区级别"), max_length=12, choices=ZoneRank.choices, blank=True)

    class Meta:
        verbose_name = _("行政区划")
        verbose_name_plural = _("行政区划")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def is_within(self, other: Region) -> bool:
        """True when this node is `other` or below it."""
        return self.path.startswith(other.path)

    def ancestors(self) -> list[str]:
        """Codes from the root down to the parent."""
        return self.path.rstrip("/").split("/")[:-1]
