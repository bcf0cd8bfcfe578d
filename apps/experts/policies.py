"""Who may do what with experts and draws, on top of the permission table and the scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.choices import Role
from apps.accounts.permissions import has_perm

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.experts.models import Expert
    from apps.programmes.models import Application


def may_edit(actor: User, expert: Expert) -> bool:
    """The expert edits their own profile; officers edit profiles within their region."""
    if actor.role == Role.EXPERT:
        return expert.user_id == actor.pk
    return has_perm(actor, "experts.manage")


def may_review(actor: User) -> bool:
    return has_perm(actor, "experts.approve")


def may_draw_for(actor: User, application: Application) -> bool:
    """The officer who acts at the application's review stage, within their region."""
    from apps.programmes import policies as programme_policies
    from apps.programmes.choices import ApplicationStatus
    from apps.programmes.services import workflow_of

    if not has_perm(actor, "experts.draw") or application.status != ApplicationStatus.ACTIVE:
        return False
    stage = workflow_of(application).stage(application.stage)
    if stage is None or not stage.review:
        return False
    standing = programme_policies.standing(actor, application)
    return standing.actor == stage.actor and standing.in_region
