"""The demo loader: the four plans become ledgers with work in every state."""

from __future__ import annotations

import datetime as dt

import pytest

from apps.demo.extensions import DemoContext
from apps.ledger import demo
from apps.ledger.choices import ReportStatus, TaskStatus
from apps.ledger.models import LedgerTask, Plan, ProgressReport
from conftest import _user

pytestmark = pytest.mark.django_db


def test_demo_loads_the_plans_with_reports_in_every_state(db):
    _user("nanchang_officer", "city_officer", region="360100")
    _user("ganzhou_officer", "city_officer", region="360700")
    _user("province_admin", "province_officer", region="360000")
    context = DemoContext(
        scale="small", seed=7, as_of=dt.date(2026, 11, 22), province_code="360000", say=print
    )
    counts = demo.load(context)
    assert counts["plans"] == 4
    nanchang = Plan.objects.get(region_id="360100")
    assert nanchang.title == "2022年南昌市科技创新基础大提升工作要点"
    assert nanchang.tasks.count() == 30
    statuses = set(LedgerTask.objects.values_list("status", flat=True))
    assert {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE} <= statuses
    reports = set(ProgressReport.objects.values_list("status", flat=True))
    assert reports == {ReportStatus.ACCEPTED, ReportStatus.RETURNED, ReportStatus.SUBMITTED}
    assert ProgressReport.objects.filter(late=True).exists()
    assert LedgerTask.objects.filter(plan__region_id="360000", region_id="360700").exists()
