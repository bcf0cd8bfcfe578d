"""Who may set, cascade, report and review targets, on top of the role table and the scope.

- A target belongs to its region's officers: they set it (or the level above cascades it to
  them) and report values for it. An officer sets targets for their own node only.
- Cascading: the officer of the parent target's region splits it among that region's children.
- Reported values are reviewed by the level above (the supervising office), never by the
  person who reported them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.permissions import AccessDenied, require

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.regions.models import Region
    from apps.supervision.models import ReportedValue


def require_own_region(actor: User, region: Region, permission: str) -> None:
    """The actor's role grants `permission` and the actor stands at exactly `region`."""
    require(actor, permission)
    if actor.region_id != region.code:
        raise AccessDenied(permission, f"只有“{region.name}”的管理人员可以执行此操作。")


def require_above(actor: User, region: Region, permission: str) -> None:
    """The actor's role grants `permission` and the actor stands strictly above `region`."""
    require(actor, permission)
    if actor.region is None or actor.region_id == region.code or not region.is_within(actor.region):
        raise AccessDenied(permission, f"只有“{region.name}”的上级主管部门可以执行此操作。")


def require_reviewer(actor: User, report: ReportedValue) -> None:
    """The level above reviews; the province's own figures are reviewed by another provincial
    officer (there is no level above it). Nobody reviews their own report."""
    if report.reported_by_id == actor.pk:
        require(actor, "targets.review")
        raise AccessDenied("targets.review", "不能审核本人报送的数据。")
    if report.region.parent_id is None:
        require_own_region(actor, report.region, "targets.review")
    else:
        require_above(actor, report.region, "targets.review")


def may_review(actor: User, report: ReportedValue) -> bool:
    """`require_reviewer` as a yes/no, for showing the review buttons (pages ask the same rule
    the service enforces)."""
    try:
        require_reviewer(actor, report)
    except AccessDenied:
        return False
    return True
