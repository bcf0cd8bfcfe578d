"""The daily sweep: overdue tasks are marked and their officers told once; a week later the
level above is told once."""

from __future__ import annotations

import datetime as dt

import pytest

from apps.audit.models import AuditEvent
from apps.ledger import services
from apps.ledger.choices import TaskStatus
from apps.ledger.tasks import ledger_overdue_daily
from apps.notices.models import Notice
from apps.regions.models import Region

pytestmark = pytest.mark.django_db


def test_overdue_then_escalated_once(nanchang_plan, nanchang_officer, province_officer):
    task = nanchang_plan.tasks.get(title="实施高新技术企业倍增计划")  # due 2022-06-30
    done = nanchang_plan.tasks.get(title="加强统筹调度")  # due 2022-12-31
    result = services.tasks_flag_overdue(today=dt.date(2022, 7, 1))
    assert result["overdue"] == 1
    task.refresh_from_db()
    done.refresh_from_db()
    assert task.status == TaskStatus.OVERDUE and task.overdue_since == dt.date(2022, 7, 1)
    assert done.status == TaskStatus.NOT_STARTED
    assert Notice.objects.filter(recipient=nanchang_officer, kind="ledger.overdue").count() == 1
    assert AuditEvent.objects.filter(action="ledger.task.overdue").count() == 1

    services.tasks_flag_overdue(today=dt.date(2022, 7, 3))
    assert Notice.objects.filter(kind="ledger.overdue").count() == 1  # once
    assert not Notice.objects.filter(kind="ledger.escalate").exists()

    services.tasks_flag_overdue(today=dt.date(2022, 7, 8))
    services.tasks_flag_overdue(today=dt.date(2022, 7, 9))
    escalations = Notice.objects.filter(kind="ledger.escalate")
    assert [n.recipient for n in escalations] == [province_officer]
    assert "南昌市" in escalations[0].title


def test_a_county_task_escalates_to_its_city(nanchang_plan, nanchang_officer, donghu_officer):
    task = nanchang_plan.tasks.get(title="实施高新技术企业倍增计划")
    services.task_assign(
        actor=nanchang_officer, task=task, region=Region.objects.get(code="360102")
    )
    services.tasks_flag_overdue(today=dt.date(2022, 7, 1))
    assert Notice.objects.get(kind="ledger.overdue").recipient == donghu_officer
    services.tasks_flag_overdue(today=dt.date(2022, 7, 10))
    assert Notice.objects.get(kind="ledger.escalate").recipient == nanchang_officer


def test_the_periodic_task_runs_the_sweep(nanchang_plan):
    ledger_overdue_daily.call_local()
    assert nanchang_plan.tasks.filter(status=TaskStatus.OVERDUE).count() == 2
