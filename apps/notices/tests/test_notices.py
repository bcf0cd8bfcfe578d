"""Notices: each person sees only their own, a dedupe key sends once, mail only when configured,
reading is audited, and a notice link cannot send anyone off-site."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from apps.audit.models import AuditEvent
from apps.notices.models import Notice
from apps.notices.services import notice_send
from conftest import client_for

pytestmark = pytest.mark.django_db


def test_inbox_shows_only_my_notices(enterprise_user: Any, outsider: Any) -> None:
    notice_send(recipients=[enterprise_user], kind="退回", title="您的申报被退回：材料不全")
    notice_send(recipients=[outsider], kind="决定", title="别人的立项决定")
    page = client_for(enterprise_user).get(reverse("notices:inbox"))
    assert "材料不全" in page.content.decode()
    assert "别人的立项决定" not in page.content.decode()
    other = Notice.objects.get(recipient=outsider)
    response = client_for(enterprise_user).post(reverse("notices:open", args=[other.pk]))
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.read_at is None


def test_dedupe_key_sends_once(enterprise_user: Any) -> None:
    for _ in range(3):
        notice_send(
            recipients=[enterprise_user],
            kind="截止提醒",
            title="3 个工作日后截止",
            dedupe_key="d:1",
        )
    assert Notice.objects.filter(recipient=enterprise_user).count() == 1


def test_open_marks_read_audits_and_refuses_offsite_links(enterprise_user: Any) -> None:
    (notice,) = notice_send(
        recipients=[enterprise_user], kind="决定", title="立项", link="https://evil.example/x"
    )
    response = client_for(enterprise_user).post(reverse("notices:open", args=[notice.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("notices:inbox")
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert AuditEvent.objects.filter(action="notice.read", actor=enterprise_user).exists()


def test_unread_badge_in_menu(enterprise_user: Any) -> None:
    notice_send(recipients=[enterprise_user], kind="决定", title="立项")
    page = client_for(enterprise_user).get(reverse("notices:inbox")).content.decode()
    assert 'data-testid="unread">1<' in page


def test_mail_only_when_configured(enterprise_user: Any, settings: Any) -> None:
    enterprise_user.email = "qiye@example.com"
    enterprise_user.save(update_fields=["email"])
    settings.KECHUANG_NOTICE_MAIL = False
    notice_send(recipients=[enterprise_user], kind="决定", title="甲")
    settings.KECHUANG_NOTICE_MAIL = True
    with TestCase.captureOnCommitCallbacks(execute=True):
        notice_send(recipients=[enterprise_user], kind="决定", title="乙")
    assert [m.subject for m in mail.outbox] == ["【科创平台】乙"]
