"""Reads for bulletins, always starting from `visible_to`.

Who sees a bulletin (DESIGN.md §3, one scoped entry point):

- drafts and generated, unpublished bulletins: only officers at the bulletin's own region
  (`visible_to` gives the region and below; the level above and the levels below do not see
  work in progress);
- published bulletins: officers of the region and everything above it (`visible_to`) and of
  every region it was delivered to (`visible_to(actor, BulletinDelivery)`: a provincial
  bulletin is delivered to every city, county and zone, so a county clerk reaches it through
  the delivery row for their own node).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.http import Http404

from apps.bulletins.choices import BulletinStatus
from apps.bulletins.models import Bulletin, BulletinDelivery, BulletinTemplate
from apps.core.scoping import visible_to

if TYPE_CHECKING:
    from apps.accounts.models import User


def bulletins_visible(*, actor: User) -> QuerySet[Bulletin]:
    own = visible_to(actor, Bulletin).filter(
        Q(status=BulletinStatus.PUBLISHED) | Q(region_id=actor.region_id)
    )
    delivered = visible_to(actor, BulletinDelivery).values("bulletin_id")
    return (
        Bulletin.objects.filter(Q(pk__in=own.values("pk")) | Q(pk__in=delivered))
        .select_related("region", "created_by", "published_by", "template")
        .order_by("-year", "-created_at")
    )


def bulletin_get(*, actor: User, pk: int) -> Bulletin:
    """One bulletin the actor may read; 404 if missing or not theirs (audited as refused)."""
    bulletin = bulletins_visible(actor=actor).filter(pk=pk).first()
    if bulletin is not None:
        return bulletin
    if Bulletin.objects.filter(pk=pk).exists():
        from apps.audit.services import audit_refused

        audit_refused(
            actor=actor,
            action="bulletin.read",
            object_type="bulletins.Bulletin",
            object_id=str(pk),
            message="越权访问：通报不在可见范围内",
        )
    raise Http404("未找到")


def templates_own(*, actor: User) -> QuerySet[BulletinTemplate]:
    """The uploaded templates of the actor's own region (the ones they may use)."""
    return (
        visible_to(actor, BulletinTemplate)
        .filter(region_id=actor.region_id)
        .select_related("uploaded_by")
        .order_by("name", "-version")
    )


def template_get(*, actor: User, pk: int) -> BulletinTemplate:
    template = templates_own(actor=actor).filter(pk=pk).first()
    if template is None:
        raise Http404("未找到")
    return template


def template_default(*, actor: User) -> BulletinTemplate | None:
    return templates_own(actor=actor).filter(is_default=True).first()
