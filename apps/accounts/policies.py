"""Who may manage whom (三员分立): the security administrator manages business accounts and
their roles, never an administrator account, never its own account, and can grant no
administrator role; the system and audit administrators manage no accounts at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.choices import ADMIN_ROLES, Role
from apps.accounts.permissions import AccessDenied, has_perm

if TYPE_CHECKING:
    from apps.accounts.models import User

ASSIGNABLE_ROLES = [r for r in Role if r not in ADMIN_ROLES]


def require_may_manage(actor: User, target: User | None, *, new_role: str | None = None) -> None:
    if not has_perm(actor, "users.manage"):
        raise AccessDenied("users.manage")
    if target is not None and target.pk == actor.pk:
        raise AccessDenied("users.manage", "不能修改自己的账号或权限。")
    if target is not None and target.role in ADMIN_ROLES:
        raise AccessDenied("users.manage", "管理员账号只能由部署时的初始化命令设置。")
    if new_role is not None and new_role in ADMIN_ROLES:
        raise AccessDenied("users.manage", "不能授予系统、安全或审计管理员角色。")
