"""A notice to one person in the application: a return, a deadline coming up, a decision.

Every domain sends through `apps.notices.services.notice_send`; the inbox reads through
`visible_to(actor, Notice)`, which gives each person only their own notices (仅本人).
`dedupe_key` lets a repeated reminder run (e.g. the daily deadline sweep) send a notice once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.core.scoping import scoped

# What the inbox shows for a notice's `kind`. Domains send codes (`ledger.overdue`) that the
# inbox printed as they are; a kind missing here shows as 系统通知 (a test checks that every
# kind the code sends is listed or already Chinese).
KIND_LABELS = {
    "ledger.escalate": "逾期督办",
    "ledger.overdue": "任务逾期",
    "ledger.report": "进展报送",
    "ledger.review": "进展审核",
    "market.deal": "对接进展",
    "market.expiry": "到期提醒",
    "market.match": "供需匹配",
    "market.moderation": "条目审核",
    "programme.change_request": "变更申请",
    "programme.deadline": "申报截止提醒",
    "programme.decision": "申报结果",
    "programme.returned": "退回修改",
    "programme.review_invite": "评审邀请",
    "programme.review_short": "评审专家不足",
}


def kind_label(kind: str) -> str:
    if kind in KIND_LABELS:
        return KIND_LABELS[kind]
    return kind if any("\u4e00" <= ch <= "\u9fff" for ch in kind) else "系统通知"


@scoped(owner="recipient_id")
class Notice(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("类别"), max_length=40)
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("内容"), blank=True)
    link = models.CharField(_("链接"), max_length=300, blank=True)
    dedupe_key = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("已读时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("站内通知")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "dedupe_key"],
                condition=~Q(dedupe_key=""),
                name="notice_once_per_key",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)
