"""System checks for account hygiene in production (三员分立: no all-powerful account)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register
from django.db import DatabaseError, ProgrammingError

FORBIDDEN_NAMES = ("admin", "administrator", "root", "test", "guest")


@register("security", deploy=True)
def check_no_superuser_or_default_accounts(
    app_configs: Any = None, **kwargs: Any
) -> list[CheckMessage]:
    if not getattr(settings, "KECHUANG_ENFORCE_ACCOUNT_HYGIENE", False):
        return []
    from apps.accounts.models import User

    try:
        superusers = list(
            User.objects.filter(is_superuser=True, is_active=True).values_list(
                "username", flat=True
            )
        )
        defaults = [
            u
            for u in User.objects.values_list("username", flat=True)
            if u.lower() in FORBIDDEN_NAMES
        ]
    except ProgrammingError:
        return []  # not migrated yet: no accounts at all
    except DatabaseError:
        return [Warning("无法连接数据库，未能检查超级用户与默认账号。", id="accounts.W001")]
    errors: list[CheckMessage] = []
    if superusers:
        errors.append(
            Error(
                f"存在启用的超级用户：{'、'.join(superusers)}。生产环境不允许超级用户。",
                id="accounts.E001",
            )
        )
    if defaults:
        errors.append(
            Error(f"存在默认或测试账号：{'、'.join(defaults)}。请删除或改名。", id="accounts.E002")
        )
    return errors
