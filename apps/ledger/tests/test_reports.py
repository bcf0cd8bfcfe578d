"""Progress reports: who reports, late reports, review (never one's own), notices, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.ledger import services
from apps.ledger.choices import ReportStatus, TaskStatus
from apps.ledger.models import LedgerTask
from apps.notices.models import Notice
from apps.regions.models import Region
from conftest import _user

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def task(nanchang_plan) -> LedgerTask:
    return nanchang_plan.tasks.get(title="实施高新技术企业倍增计划")  # deadline 2022-06-30


@pytest.fixture
def supervisor(db):
    """A second Nanchang officer: the city's supervising office (督查室)."""
    return _user("nanchang_supervisor", "city_officer", region="360100")


def test_report_before_deadline_with_evidence(task, nanchang_officer, supervisor):
    evidence = SimpleUploadedFile("佐证.pdf", PDF)
    report = services.report_submit(
        actor=nanchang_officer,
        task=task,
        text="已完成首批申报",
        percent=40,
        evidence=[evidence],
        today=dt.date(2022, 5, 1),
    )
    assert not report.late and report.status == ReportStatus.SUBMITTED
    assert [e.name for e in report.evidence.all()] == ["佐证.pdf"]
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    assert Notice.objects.filter(recipient=supervisor, kind="ledger.report").exists()
    assert not Notice.objects.filter(recipient=nanchang_officer, kind="ledger.report").exists()
    assert AuditEvent.objects.filter(action="ledger.report.submit").count() == 1


def test_report_after_deadline_needs_confirmation_and_is_flagged_late(task, nanchang_officer):
    with pytest.raises(ValidationError) as exc:
        services.report_submit(
            actor=nanchang_officer, task=task, text="进展", percent=50, today=dt.date(2022, 7, 5)
        )
    message = exc.value.message_dict["confirm_late"][0]
    assert "2022年06月30日" in message and "已逾期 5 天" in message
    assert task.reports.count() == 0
    report = services.report_submit(
        actor=nanchang_officer,
        task=task,
        text="进展",
        percent=50,
        confirm_late=True,
        today=dt.date(2022, 7, 5),
    )
    assert report.late


def test_evidence_is_checked_by_content(task, nanchang_officer):
    fake = SimpleUploadedFile("report.pdf", b"<html><script>x</script></html>")
    with pytest.raises(ValidationError) as exc:
        services.report_submit(
            actor=nanchang_officer,
            task=task,
            text="x",
            percent=1,
            evidence=[fake],
            today=dt.date(2022, 1, 1),
        )
    assert "网页" in exc.value.messages[0]
    assert task.reports.count() == 0


def test_review_accept_return_and_never_ones_own(
    task, nanchang_officer, supervisor, province_officer
):
    report = services.report_submit(
        actor=nanchang_officer, task=task, text="完成", percent=100, today=dt.date(2022, 6, 1)
    )
    with pytest.raises(AccessDenied) as exc:
        services.report_review(actor=nanchang_officer, report=report, accept=True)
    assert "不能审核本人报送" in exc.value.message
    with pytest.raises(ValidationError):
        services.report_review(actor=supervisor, report=report, accept=False, note=" ")
    with pytest.raises(ValidationError) as too_long:  # it was cut to 500 characters
        services.report_review(actor=supervisor, report=report, accept=False, note="缺" * 501)
    assert too_long.value.message_dict["review_note"] == ["「审核意见」最多500字，现为501字。"]
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    services.report_review(actor=supervisor, report=report, accept=False, note="缺少佐证材料")
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED and report.reviewed_by == supervisor
    notice = Notice.objects.get(recipient=nanchang_officer, kind="ledger.review")
    assert "缺少佐证材料" in notice.title
    with pytest.raises(ValidationError):
        services.report_review(actor=province_officer, report=report, accept=True)

    second = services.report_submit(
        actor=nanchang_officer, task=task, text="补充材料", percent=100, today=dt.date(2022, 6, 2)
    )
    services.report_review(actor=province_officer, report=second, accept=True)  # level above
    task.refresh_from_db()
    assert (task.status, task.percent, task.progress_note) == (TaskStatus.DONE, 100, "补充材料")
    with pytest.raises(ValidationError):
        services.report_submit(actor=nanchang_officer, task=task, text="x", percent=100)
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"ledger.report.return", "ledger.report.accept"} <= actions


def test_who_may_report_and_review(task, ganzhou_officer, donghu_officer, county_clerk):
    for outsider in (ganzhou_officer, donghu_officer, county_clerk):
        with pytest.raises(AccessDenied):
            services.report_submit(actor=outsider, task=task, text="x", percent=1)
    report = services.report_submit(
        actor=_user("nc2", "city_officer", region="360100"),
        task=task,
        text="x",
        percent=10,
        today=dt.date(2022, 1, 1),
    )
    for outsider in (ganzhou_officer, donghu_officer):  # a sibling; a region below
        with pytest.raises(AccessDenied):
            services.report_review(actor=outsider, report=report, accept=True)


def test_a_task_handed_down_is_reported_by_the_region_below(task, nanchang_officer, donghu_officer):
    services.task_assign(
        actor=nanchang_officer, task=task, region=Region.objects.get(code="360102")
    )
    report = services.report_submit(
        actor=donghu_officer, task=task, text="东湖区已落实", percent=30, today=dt.date(2022, 1, 1)
    )
    services.report_review(actor=nanchang_officer, report=report, accept=True)
    with pytest.raises(ValidationError):
        services.task_assign(
            actor=nanchang_officer, task=task, region=Region.objects.get(code="360702")
        )


def test_milestones(task, nanchang_officer, ganzhou_officer):
    m = services.milestone_add(
        actor=nanchang_officer, task=task, title="完成申报", due=dt.date(2022, 4, 30)
    )
    services.milestone_done(actor=nanchang_officer, milestone=m)
    with pytest.raises(ValidationError) as too_long:  # it was cut to 200 characters
        services.milestone_add(
            actor=nanchang_officer, task=task, title="节" * 201, due=dt.date(2022, 5, 31)
        )
    assert too_long.value.message_dict["title"] == ["「节点」最多200字，现为201字。"]
    assert task.milestones.count() == 1
    m.refresh_from_db()
    assert m.done and m.done_at
    with pytest.raises(AccessDenied):
        services.milestone_add(actor=ganzhou_officer, task=task, title="x", due=dt.date(2022, 1, 1))
