"""The ledger API for responsible units' own systems: token auth, scope, filters, reporting
with evidence (multipart), reviews; a unit reporting on another unit's task is refused."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from apps.accounts.services import api_token_issue
from apps.audit.models import AuditEvent
from apps.ledger import services
from apps.ledger.choices import ReportStatus
from apps.ledger.models import LedgerTask, ProgressReport
from apps.regions.models import Region

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def api(user) -> Client:
    _, key = api_token_issue(user=user)
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}")


@pytest.fixture
def task(nanchang_plan) -> LedgerTask:
    return nanchang_plan.tasks.get(title="实施高新技术企业倍增计划")  # deadline 2022-06-30


@pytest.fixture
def donghu_task(nanchang_plan, nanchang_officer) -> LedgerTask:
    """A task of Nanchang's ledger handed down to 东湖区."""
    task = nanchang_plan.tasks.get(title="培育科技型中小企业")
    return services.task_assign(
        actor=nanchang_officer, task=task, region=Region.objects.get(code="360102")
    )


def _report(client: Client, task: LedgerTask, **extra) -> object:
    data = {"text": "已完成首批认定申报", "percent": "40", "confirm_late": "true", **extra}
    return client.post(f"/api/v1/ledger/tasks/{task.pk}/reports/", data)


def test_token_is_required(task):
    assert Client().get("/api/v1/ledger/tasks/").status_code in (401, 403)


def test_lists_plans_and_tasks_in_scope_with_filters(nanchang_officer, nanchang_plan, task):
    client = api(nanchang_officer)
    plans = client.get("/api/v1/ledger/plans/").json()
    assert [p["id"] for p in plans["results"]] == [nanchang_plan.pk]
    assert plans["results"][0]["tasks"] == nanchang_plan.tasks.count()
    tasks = client.get(f"/api/v1/ledger/tasks/?plan={nanchang_plan.pk}").json()
    assert tasks["count"] == nanchang_plan.tasks.count()
    by_unit = client.get("/api/v1/ledger/tasks/?unit=税务局").json()["results"]
    assert [t["id"] for t in by_unit] == [task.pk]  # 市税务局 assists on this task only
    overdue = client.get("/api/v1/ledger/tasks/?overdue=true").json()["results"]
    assert task.pk in [t["id"] for t in overdue]  # its 2022 deadline has passed
    assert client.get("/api/v1/ledger/tasks/?status=done").json()["count"] == 0
    bad = client.get("/api/v1/ledger/tasks/?status=finished")
    assert bad.status_code == 400 and "status" in bad.json()["errors"]
    detail = client.get(f"/api/v1/ledger/tasks/{task.pk}/").json()
    assert detail["deadline"] == "2022-06-30" and detail["lead_units"] == ["市科技局"]
    assert detail["milestones"] == []


def test_report_with_evidence_then_read_its_review(task, nanchang_officer, province_officer):
    client = api(nanchang_officer)
    evidence = SimpleUploadedFile("认定名单.pdf", PDF, content_type="application/pdf")
    created = _report(client, task, evidence=[evidence])
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["late"] is True and body["status"] == ReportStatus.SUBMITTED
    assert [e["name"] for e in body["evidence"]] == ["认定名单.pdf"]
    assert AuditEvent.objects.filter(action="ledger.report.submit").count() == 1
    report = ProgressReport.objects.get(pk=body["id"])
    services.report_review(
        actor=province_officer, report=report, accept=False, note="请补充认定文件"
    )
    review = client.get(f"/api/v1/ledger/reports/{report.pk}/").json()
    assert review["status"] == ReportStatus.RETURNED and review["review_note"] == "请补充认定文件"
    listed = client.get(f"/api/v1/ledger/tasks/{task.pk}/reports/").json()["results"]
    assert [r["id"] for r in listed] == [report.pk]
    assert "submitted_by" not in listed[0]  # people are not named to another system


def test_bad_report_is_refused_with_the_field_and_nothing_saved(task, nanchang_officer):
    client = api(nanchang_officer)
    late = _report(client, task, confirm_late="false")
    assert late.status_code == 400 and "confirm_late" in late.json()["errors"]
    percent = _report(client, task, percent="120")
    assert percent.status_code == 400 and "percent" in percent.json()["errors"]
    exe = SimpleUploadedFile("说明.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    refused = _report(client, task, evidence=[exe])
    assert refused.status_code == 400 and "evidence" in refused.json()["errors"]
    assert not ProgressReport.objects.exists()


def test_another_unit_cannot_report_on_the_task(
    task, donghu_task, ganzhou_officer, province_officer, donghu_officer, county_clerk
):
    # A sibling city does not even see the task: 404, nothing saved.
    assert api(ganzhou_officer).get(f"/api/v1/ledger/tasks/{task.pk}/").status_code == 404
    assert _report(api(ganzhou_officer), task).status_code == 404
    # The province sees Nanchang's ledger but is not the responsible unit: 403, audited.
    refused = _report(api(province_officer), task)
    assert refused.status_code == 403
    assert AuditEvent.objects.filter(
        action="ledger.report", result="refused", actor=province_officer
    ).exists()
    # 东湖区 reports on the task handed to it, but not on the city's own task.
    assert _report(api(donghu_officer), donghu_task).status_code == 201
    assert _report(api(donghu_officer), task).status_code == 404
    # A county of another city sees neither.
    assert _report(api(county_clerk), donghu_task).status_code == 404
    assert ProgressReport.objects.count() == 1


def test_reports_of_a_task_outside_scope_are_not_readable(task, nanchang_officer, ganzhou_officer):
    created = _report(api(nanchang_officer), task).json()
    other = api(ganzhou_officer)
    assert other.get(f"/api/v1/ledger/reports/{created['id']}/").status_code == 404
    assert other.get(f"/api/v1/ledger/tasks/{task.pk}/reports/").status_code == 404
    assert other.get("/api/v1/ledger/tasks/").json()["count"] == 0


def test_schema_lists_the_ledger_endpoints(nanchang_officer):
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/json")
    text = schema.content.decode()
    assert schema.status_code == 200
    assert "/api/v1/ledger/tasks/{id}/reports/" in text and "multipart/form-data" in text
