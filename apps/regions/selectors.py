"""Reads of the region tree, always through the actor's scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from apps.core.scoping import get_visible_or_404, visible_to
from apps.regions.models import Region

if TYPE_CHECKING:
    from apps.accounts.models import User


def region_get(*, actor: User | None, code: str) -> Region:
    """A node the actor may see, or 404 (also for nodes outside their jurisdiction)."""
    return get_visible_or_404(actor, Region, code=code)


def region_children(*, actor: User | None, parent: Region | None) -> QuerySet[Region]:
    qs = visible_to(actor, Region)
    return qs.filter(parent=parent) if parent is not None else qs.filter(parent__isnull=True)


def region_home(*, actor: User) -> Region | None:
    """Where an actor's pages start: their own node, or the root for directory readers."""
    if actor.region_id:
        return actor.region
    return Region.objects.filter(parent__isnull=True).first()


def region_breadcrumb(region: Region, *, top: Region | None) -> list[Region]:
    """The chain from the actor's own node (not above it) down to `region`."""
    codes = [*region.ancestors(), region.code]
    if top is not None and top.code in codes:
        codes = codes[codes.index(top.code) :]
    nodes = {r.code: r for r in Region.objects.filter(code__in=codes)}
    return [nodes[c] for c in codes if c in nodes]


def region_by_code(code: str) -> Region | None:
    """Reference lookup for administrators assigning a place (not a scoped read)."""
    return Region.objects.filter(code=code.strip()).first()
