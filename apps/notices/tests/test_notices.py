"""Notices: each person sees only their own, a dedupe key sends once, mail only when configured,
reading is audited, and a notice link cannot send anyone off-site."""

from __future__ import annotations

import re
from typing import Any
from unittest.mock import patch

import pytest
from django.core import mail
from django.db import connection
from django.db.models import QuerySet
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.audit.models import AuditEvent
from apps.notices.models import Notice
from apps.notices.selectors import unread_count
from apps.notices.services import notice_send, notices_mark_all_read
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


def _badge(client: Any) -> str | None:
    page = client.get(reverse("programmes:calls")).content.decode()
    match = re.search(r'data-testid="unread">(\d+)<', page)
    return match.group(1) if match else None


def test_unread_badge_is_cached_and_follows_every_change(
    enterprise_user: Any,
) -> None:
    client = client_for(enterprise_user)
    assert _badge(client) is None
    (first,) = notice_send(recipients=[enterprise_user], kind="决定", title="立项")
    assert _badge(client) == "1"  # a new notice shows on the next page
    notice_send(recipients=[enterprise_user], kind="退回", title="退回")
    assert _badge(client) == "2"
    # Counted once, then read from the cache: the next page runs no count statement.
    with CaptureQueriesContext(connection) as queries:
        assert _badge(client) == "2"
    assert not [q for q in queries if "notices_notice" in q["sql"]]
    client.post(reverse("notices:open", args=[first.pk]))
    assert _badge(client) == "1"  # marking read clears it
    notices_mark_all_read(actor=enterprise_user)
    assert _badge(client) is None


def test_unread_count_of_another_user_is_untouched(enterprise_user: Any, outsider: Any) -> None:
    notice_send(recipients=[enterprise_user, outsider], kind="决定", title="立项")
    assert unread_count(enterprise_user) == unread_count(outsider) == 1
    notices_mark_all_read(actor=outsider)
    assert (unread_count(enterprise_user), unread_count(outsider)) == (1, 0)


def test_a_count_cached_before_the_commit_is_dropped_after_it(enterprise_user: Any) -> None:
    """Another process may count between the write and its commit and cache the old figure;
    the token given again after commit leaves that figure behind."""
    assert unread_count(enterprise_user) == 0
    with TestCase.captureOnCommitCallbacks(execute=True):
        notice_send(recipients=[enterprise_user], kind="决定", title="立项")
        # What a reader in another process would cache: the rows before the commit.
        with patch.object(QuerySet, "count", return_value=0):
            assert unread_count(enterprise_user) == 0
    assert unread_count(enterprise_user) == 1


def _kinds_sent_by_the_code() -> set[str]:
    """Every literal `kind="…"` (or `…, "programme.x"` pair) handed to notice_send."""
    from pathlib import Path

    import apps

    found: set[str] = set()
    for path in Path(apps.__path__[0]).rglob("*.py"):
        if "tests" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "notice_send" not in text:
            continue
        for call in re.finditer(r"(?:notice_send|_notify)\(", text):
            first = re.search(r'kind="([^"]+)"', text[call.end() : call.end() + 800])
            if first:
                found.add(first.group(1))
        found.update(re.findall(r'title, kind = [^\n]*"([a-z]+\.[a-z_]+)"', text))
    return found


def test_every_kind_the_code_sends_reads_in_chinese(enterprise_user: Any) -> None:
    """The inbox printed 「ledger.overdue」 and 「ledger.review」 in its 类别 column."""
    from apps.notices.models import kind_label

    kinds = _kinds_sent_by_the_code()
    assert {"ledger.overdue", "ledger.review", "目标预警", "调度通报"} <= kinds
    chinese = re.compile(r"^[\u4e00-\u9fff]+$")
    assert {k: kind_label(k) for k in kinds if not chinese.match(kind_label(k))} == {}
    assert all(kind_label(k) != "系统通知" for k in kinds)
    notice_send(recipients=[enterprise_user], kind="ledger.overdue", title="台账任务已逾期")
    page = client_for(enterprise_user).get(reverse("notices:inbox")).content.decode()
    assert "任务逾期" in page and "ledger.overdue" not in page
