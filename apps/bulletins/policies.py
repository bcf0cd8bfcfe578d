"""Who may compile and publish bulletins, on top of the role table and the scope.

- A bulletin belongs to its region: the province compiles one over its cities, a city over its
  counties. Only officers standing at exactly that region (with `bulletins.manage`) create,
  edit, generate and publish it; the level above reads it but does not edit it.
- Counties read the bulletins sent down to them; they do not compile their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.permissions import AccessDenied, has_perm, require
from apps.bulletins.choices import BulletinStatus
from apps.regions.choices import RegionLevel

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.bulletins.models import Bulletin
    from apps.regions.models import Region

COMPILING_LEVELS = {RegionLevel.PROVINCE, RegionLevel.CITY}


def may_compile(actor: User) -> bool:
    region = actor.region if actor.is_authenticated else None
    return (
        has_perm(actor, "bulletins.manage")
        and region is not None
        and region.level in COMPILING_LEVELS
    )


def require_compiler(actor: User) -> Region:
    """The actor's own region, if the actor may compile bulletins for it."""
    require(actor, "bulletins.manage")
    if not may_compile(actor):
        raise AccessDenied("bulletins.manage", "只有省、设区市的管理人员可以编制调度通报。")
    assert actor.region is not None
    return actor.region


def may_edit(actor: User, bulletin: Bulletin) -> bool:
    return (
        may_compile(actor)
        and actor.region_id == bulletin.region_id
        and bulletin.status != BulletinStatus.PUBLISHED
    )


def require_editable(actor: User, bulletin: Bulletin) -> None:
    require_compiler(actor)
    if actor.region_id != bulletin.region_id:
        raise AccessDenied(
            "bulletins.manage", f"只有“{bulletin.region.name}”的管理人员可以编辑此通报。"
        )
    if bulletin.status == BulletinStatus.PUBLISHED:
        raise AccessDenied("bulletins.manage", "通报已发布，不能再修改或重新生成。")


def may_publish(actor: User, bulletin: Bulletin) -> bool:
    return may_edit(actor, bulletin) and bulletin.status == BulletinStatus.GENERATED


def require_publisher(actor: User, bulletin: Bulletin) -> None:
    require_compiler(actor)
    if actor.region_id != bulletin.region_id:
        raise AccessDenied(
            "bulletins.manage", f"只有“{bulletin.region.name}”的管理人员可以发布此通报。"
        )
