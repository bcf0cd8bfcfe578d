"""Who may do what: the one permission table, checked through `require` and `has_perm`.

Row-level visibility is decided separately by `apps.core.scoping.visible_to`; this table
decides which actions a role may take at all. Object rules that need more than the role (e.g.
"an enterprise may edit only its own profile") live in each app's `policies.py` and call
`has_perm` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied

from apps.accounts.choices import Role

if TYPE_CHECKING:
    from apps.accounts.models import User

_OFFICERS = {Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER}
_ORG_USERS = {Role.ENTERPRISE, Role.UNIVERSITY, Role.SERVICE_PROVIDER, Role.EXPERT, Role.BROKER}

PERMISSIONS: dict[str, frozenset[str]] = {
    "dashboard.view": frozenset(_OFFICERS),
    "regions.view": frozenset(_OFFICERS | _ORG_USERS),
    "organizations.view": frozenset(_OFFICERS | _ORG_USERS),
    "organizations.export": frozenset(_OFFICERS | _ORG_USERS),
    "organizations.import": frozenset(_OFFICERS),
    "organizations.edit": frozenset(_OFFICERS | {Role.ENTERPRISE, Role.UNIVERSITY}),
    "organizations.view_contacts": frozenset(_OFFICERS),
    "audit.view": frozenset({Role.AUDIT_ADMIN, Role.PROVINCE_OFFICER}),
    "loginlog.view": frozenset({Role.AUDIT_ADMIN, Role.SEC_ADMIN}),
    "jobs.view": frozenset(_OFFICERS | _ORG_USERS),
    # 三员分立: each administrator holds one family of powers and no business powers.
    "users.manage": frozenset({Role.SEC_ADMIN}),
    "sessions.manage": frozenset({Role.SEC_ADMIN}),
    "security.alerts": frozenset({Role.SEC_ADMIN}),
    "dictionaries.manage": frozenset({Role.SYS_ADMIN}),
    "audit.verify": frozenset({Role.AUDIT_ADMIN}),
    "personal.reveal": frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER}),
    "notices.view": frozenset(Role.values),  # everyone reads their own inbox
    # Targets and supervision (督查督办): officers at every level, each within its own region.
    "supervision.view": frozenset(_OFFICERS),
    "indicators.manage": frozenset({Role.PROVINCE_OFFICER}),
    "targets.manage": frozenset(_OFFICERS),
    "targets.report": frozenset(_OFFICERS),
    "targets.review": frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER}),
    # Technology market (issue 7). Published listings are public without any permission.
    "market.view": frozenset(_OFFICERS | _ORG_USERS),
    "market.post": frozenset({Role.ENTERPRISE, Role.UNIVERSITY}),
    # The counterpart of a broker deal may reveal the listing's contact (officers: personal.reveal).
    "market.contact.reveal": frozenset({Role.ENTERPRISE, Role.UNIVERSITY}),
    "market.office.manage": frozenset({Role.UNIVERSITY}),  # their own institution's office
    "market.moderate": frozenset(_OFFICERS),
    "market.match": frozenset(_OFFICERS | _ORG_USERS),
    "market.contracts.view": frozenset(
        _OFFICERS | {Role.ENTERPRISE, Role.UNIVERSITY, Role.SERVICE_PROVIDER}
    ),
    "market.contracts.submit": frozenset({Role.ENTERPRISE, Role.UNIVERSITY, Role.SERVICE_PROVIDER}),
    "market.contracts.register": frozenset(_OFFICERS),
    "market.broker": frozenset({Role.BROKER}),
    "market.pipeline": frozenset(_OFFICERS),
    "market.roadshows.manage": frozenset(_OFFICERS),
    "market.roadshows.register": frozenset({Role.ENTERPRISE, Role.UNIVERSITY}),
    "market.search.rebuild": frozenset({Role.PROVINCE_OFFICER}),
    # Bulletins (调度通报): every officer reads those sent to them; province and city compile them.
    "bulletins.view": frozenset(_OFFICERS),
    "bulletins.manage": frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER}),
    # Programmes (issue 4): officers handle within their region; applicants are organisations.
    "programmes.view": frozenset(_OFFICERS | _ORG_USERS),
    "programmes.apply": frozenset({Role.ENTERPRISE, Role.UNIVERSITY}),
    "programmes.handle": frozenset(_OFFICERS),
    "programmes.configure": frozenset({Role.PROVINCE_OFFICER}),
    "programmes.blacklist": frozenset({Role.PROVINCE_OFFICER}),
    "programmes.review": frozenset({Role.EXPERT}),
    # Officers who run a review rate the experts' work in it (expert credit).
    "programmes.review_rate": frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER}),
    # 揭榜挂帅: the province compiles and publishes the challenge list and decides races;
    # every officer screens needs of their region into the demand reserve.
    "programmes.challenge": frozenset({Role.PROVINCE_OFFICER}),
    "programmes.reserve": frozenset(_OFFICERS),
    # Work ledger (工作台账): each level keeps its own ledger; who reviews is in ledger/policies.py.
    "ledger.view": frozenset(_OFFICERS),
    "ledger.manage": frozenset(_OFFICERS),
    "ledger.report": frozenset(_OFFICERS),
    "ledger.review": frozenset(_OFFICERS),
    # Expert database (issue 5): officers keep it within their region, the province approves;
    # organisations recommend their people; experts keep their own profile.
    "experts.view": frozenset(_OFFICERS),
    "experts.manage": frozenset(_OFFICERS),
    "experts.approve": frozenset({Role.PROVINCE_OFFICER}),
    "experts.recommend": frozenset({Role.ENTERPRISE, Role.UNIVERSITY}),
    "experts.profile": frozenset({Role.EXPERT}),
    "experts.draw": frozenset(_OFFICERS),
    "experts.replay": frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER}),
}


class AccessDenied(PermissionDenied):
    """A refused action; the audit middleware and the API handler record it."""

    def __init__(self, permission: str, message: str = "您没有执行此操作的权限。") -> None:
        super().__init__(message)
        self.permission = permission
        self.message = message


def has_perm(actor: User | None, permission: str) -> bool:
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return False
    try:
        roles = PERMISSIONS[permission]
    except KeyError:
        raise LookupError(f"unknown permission {permission!r}") from None
    return actor.role in roles


def require(actor: User | None, permission: str) -> None:
    """Raise AccessDenied unless the actor's role grants `permission`."""
    if not has_perm(actor, permission):
        raise AccessDenied(permission)
