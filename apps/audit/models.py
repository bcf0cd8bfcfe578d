"""Audit records: who did what, when, from where, and with what result.

Rows are append-only for the application: `save()` refuses to update and the queryset refuses
bulk updates and deletes; a database trigger (migration 0002) refuses UPDATE on both SQLite and
PostgreSQL as well. `region_path` is the acting user's node, so officers' log views follow the
same 本级及以下 rule as business data.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.audit.choices import AuditResult, LoginOutcome
from apps.core.scoping import scoped


class AppendOnlyError(RuntimeError):
    pass


class AppendOnlyQuerySet(models.QuerySet[Any]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("审计记录只能追加，不能修改。")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("审计记录只能追加，不能删除。")


class AppendOnlyModel(models.Model):
    """Append-only and chained: each row carries the SM3 hash of its content and of the row
    before it (`seq` orders the chain), so `manage.py audit_verify` detects an edited,
    inserted or deleted row."""

    seq = models.BigIntegerField(unique=True, null=True, editable=False)
    prev_hash = models.CharField(max_length=64, blank=True, editable=False)
    hash = models.CharField(max_length=64, blank=True, editable=False)

    objects = AppendOnlyQuerySet.as_manager()
    CHAIN = ""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("审计记录只能追加，不能修改。")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("审计记录只能追加，不能删除。")


@scoped(region="region", all_roles={"audit_admin"})
class AuditEvent(AppendOnlyModel):
    """One write (or refused attempt) in the platform."""

    CHAIN = "audit"

    created_at = models.DateTimeField(_("时间"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_username = models.CharField(_("账号"), max_length=150, blank=True)
    actor_role = models.CharField(_("角色"), max_length=30, blank=True)
    actor_organization = models.CharField(_("单位"), max_length=200, blank=True)
    region = models.ForeignKey(
        "regions.Region", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(_("操作"), max_length=80, db_index=True)
    object_type = models.CharField(_("对象类型"), max_length=80, blank=True)
    object_id = models.CharField(_("对象编号"), max_length=64, blank=True)
    object_repr = models.CharField(_("对象"), max_length=300, blank=True)
    before = models.JSONField(_("修改前"), null=True, blank=True)
    after = models.JSONField(_("修改后"), null=True, blank=True)
    result = models.CharField(_("结果"), max_length=10, choices=AuditResult.choices)
    message = models.CharField(_("说明"), max_length=500, blank=True)
    ip = models.CharField(_("来源地址"), max_length=45, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    request_id = models.CharField(max_length=36, blank=True)

    class Meta:
        verbose_name = _("操作日志")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.actor_username or '系统'} {self.action} {self.object_repr}"


@scoped(region="region", all_roles={"audit_admin", "sec_admin"})
class LoginEvent(AppendOnlyModel):
    """One login, logout or token request, successful or not."""

    CHAIN = "login"

    created_at = models.DateTimeField(_("时间"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(_("账号"), max_length=150)
    region = models.ForeignKey(
        "regions.Region", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    outcome = models.CharField(_("结果"), max_length=20, choices=LoginOutcome.choices)
    ip = models.CharField(_("来源地址"), max_length=45, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("登录日志")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.username} {self.outcome}"


class ChainHead(models.Model):
    """The last link of a chain; locked while a row is appended so links never fork."""

    name = models.CharField(max_length=20, primary_key=True)
    last_seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.name}#{self.last_seq}"


class PurgeRecord(models.Model):
    """Where a chain now starts after the retention purge removed its oldest rows."""

    chain = models.CharField(max_length=20)
    through_seq = models.BigIntegerField()
    last_hash = models.CharField(max_length=64)
    count = models.PositiveIntegerField()
    purged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-through_seq"]

    def __str__(self) -> str:
        return f"{self.chain} ≤{self.through_seq}"


@scoped(all_roles={"sec_admin"})
class SecurityAlert(models.Model):
    """A pattern worth a security administrator's attention, e.g. repeated out-of-scope probing."""

    created_at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(_("账号"), max_length=150)
    kind = models.CharField(_("类型"), max_length=30)
    count = models.PositiveIntegerField(_("次数"))
    message = models.CharField(_("说明"), max_length=300)

    class Meta:
        verbose_name = _("安全告警")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.message
