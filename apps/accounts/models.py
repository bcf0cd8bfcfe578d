"""Users and API tokens.

A user acts for one organisation at one node of the region tree (DESIGN.md §1), with one role
and the data scope that role implies. The three administrator roles are separate roles, so
nobody can hold two of them (三员分立).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.accounts.choices import DEFAULT_SCOPE, OFFICER_LEVEL, DataScope, Role
from apps.core.fields import EncryptedCharField
from apps.core.scoping import scoped


class KechuangUserManager(UserManager["User"]):
    def get_by_natural_key(self, username: str | None) -> User:
        # Case-insensitive login: "Province_Admin" is the same account as "province_admin".
        return self.get(username__iexact=username)


@scoped(owner="id", all_roles={"sec_admin"})
class User(AbstractUser):
    """A person using the platform, with the role, organisation and region node they act for."""

    display_name = models.CharField(_("姓名"), max_length=50, blank=True)
    role = models.CharField(_("角色"), max_length=30, choices=Role.choices)
    data_scope = models.CharField(
        _("数据范围"), max_length=20, choices=DataScope.choices, default=DataScope.NONE
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("所属单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("所在层级"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )

    password_changed_at = models.DateTimeField(_("密码修改时间"), null=True, blank=True)
    mobile = EncryptedCharField(_("手机号"), blank=True)
    id_number = EncryptedCharField(_("身份证号"), blank=True)

    objects = KechuangUserManager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("用户")
        verbose_name_plural = _("用户")
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(is_superuser=False), name="accounts_user_no_superuser"
            ),
            # One role per account: nobody can hold two of the three administrator roles.
            models.CheckConstraint(
                condition=models.Q(role__in=Role.values), name="accounts_user_one_valid_role"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name or self.username

    def set_password(self, raw_password: str | None) -> None:
        super().set_password(raw_password)
        self.password_changed_at = timezone.now()

    @property
    def needs_second_factor(self) -> bool:
        return self.role in settings.KECHUANG_2FA_ROLES

    def clean(self) -> None:
        super().clean()
        if self.role and self.data_scope != DEFAULT_SCOPE[self.role]:
            raise ValidationError({"data_scope": _("数据范围与角色不符。")})
        level = OFFICER_LEVEL.get(self.role)
        if level and (self.region is None or self.region.level != level):
            raise ValidationError({"region": _("该角色必须设在相应层级的行政区划上。")})
        organization_roles = (Role.ENTERPRISE, Role.UNIVERSITY, Role.SERVICE_PROVIDER)
        if self.role in organization_roles and self.organization is None:
            raise ValidationError({"organization": _("该角色必须属于一个单位。")})


class ApiToken(models.Model):
    """A bearer token for scripts. Only a hash is stored; the token is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tokens"
    )
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("接口令牌")

    def __str__(self) -> str:
        return f"令牌 #{self.pk}"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()


@scoped(owner="user_id", all_roles={"sec_admin"})
class UserSession(models.Model):
    """A signed-in session, so people can see and end their own sessions and the security
    administrator can list who is online and force them out."""

    session_key = models.CharField(max_length=40, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sessions"
    )
    created_at = models.DateTimeField(_("登录时间"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("最近活动"), auto_now_add=True)
    ip = models.CharField(_("来源地址"), max_length=45, blank=True)
    user_agent = models.CharField(_("浏览器"), max_length=300, blank=True)
    ended_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    ended_reason = models.CharField(_("结束原因"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("登录会话")
        ordering = ["-last_seen_at"]

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"
