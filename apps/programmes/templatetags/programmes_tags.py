"""Template tags other apps use to show programme actions (kept here so they stay thin)."""

from __future__ import annotations

from typing import Any

from django import template

from apps.accounts.permissions import has_perm

register = template.Library()


@register.inclusion_tag("programmes/_promote_demand.html")
def challenge_promote(demand: Any, user: Any) -> dict[str, Any]:
    """The officer's button on a market demand: promote it to a challenge (issue 7), or a link
    to the challenge it already became."""
    from apps.programmes.models import Challenge

    allowed = bool(getattr(user, "is_authenticated", False)) and has_perm(
        user, "programmes.challenge"
    )
    made = (
        Challenge.objects.filter(source_demand_id=demand.pk).values_list("pk", flat=True).first()
        if allowed
        else None
    )
    return {"allowed": allowed, "demand": demand, "made": made}
