"""The attachment API: an enterprise system finishes an application that needs files, with the
page upload's checks and Chinese messages; refusals change nothing and are audited."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from apps.audit.models import AuditEvent
from apps.programmes.models import Attachment
from conftest import client_for

from .conftest import PDF, refusals, token_client, valid_data

pytestmark = pytest.mark.django_db


def files_url(app_pk: int) -> str:
    return f"/api/v1/applications/{app_pk}/attachments/"


def upload(client, app_pk, slot, name, content):
    return client.post(files_url(app_pk), {"slot": slot, "file": SimpleUploadedFile(name, content)})


def test_an_application_with_required_files_is_finished_through_the_api_alone(
    enterprise_user, call
):
    client = token_client(enterprise_user)
    created = client.post(
        "/api/v1/applications/",
        {"call": call.pk, "title": "高精度光学镜头开发", "data": valid_data()},
        content_type="application/json",
    )
    pk = created.json()["id"]
    refused = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="a")
    assert refused.status_code == 400
    assert "营业执照" in refused.json()["errors"]["attachments"]
    plan = upload(client, pk, "plan", "可行性报告.pdf", PDF)
    assert plan.status_code == 201, plan.content
    assert plan.json()["slot_label"] == "项目可行性报告（PDF）"
    assert plan.json()["kind"] == "pdf" and plan.json()["size"] == len(PDF)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    assert upload(client, pk, "license", "执照.png", png).status_code == 201
    listed = client.get(files_url(pk)).json()
    assert [(f["slot"], f["name"]) for f in listed] == [
        ("license", "执照.png"),
        ("plan", "可行性报告.pdf"),
    ]
    answer = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="b")
    assert answer.status_code == 200 and answer.json()["receipt_number"]


def test_html_inside_a_pdf_is_refused_naming_the_slot_and_the_file(enterprise_user, call):
    client = client_for(enterprise_user)
    pk = client.post(
        "/api/v1/applications/", {"call": call.pk}, content_type="application/json"
    ).json()["id"]
    answer = upload(client, pk, "plan", "报告.pdf", b"<html><script>alert(1)</script></html>")
    assert answer.status_code == 400
    message = answer.json()["errors"]["file"]
    assert "“项目可行性报告（PDF）”中的“报告.pdf”未被接收" in message
    assert "网页（HTML）" in message
    assert not Attachment.objects.filter(application_id=pk).exists()


def test_bad_requests_say_which_field(enterprise_user, draft):
    client = client_for(enterprise_user)
    empty = client.post(files_url(draft.pk), {})
    assert empty.status_code == 400
    assert set(empty.json()["errors"]) == {"slot", "file"}
    unknown = upload(client, draft.pk, "nonsense", "a.pdf", PDF)
    assert unknown.status_code == 400
    assert "“nonsense”无效" in unknown.json()["errors"]["slot"]
    assert "plan（项目可行性报告（PDF））" in unknown.json()["errors"]["slot"]
    assert draft.attachment_files.count() == 2


def test_the_count_and_the_slot_size_are_the_pages_limits(enterprise_user, draft):
    from apps.programmes.models import ProgrammeConfig

    client = client_for(enterprise_user)
    again = upload(client, draft.pk, "plan", "b.pdf", PDF)  # the fixture filled "plan" already
    assert again.status_code == 400
    assert "“项目可行性报告（PDF）”最多上传 1 个文件" in again.json()["errors"]["file"]
    config = draft.config
    config.attachments[2]["max_mb"] = 0.001
    ProgrammeConfig.objects.filter(pk=config.pk).update(attachments=config.attachments)
    big = upload(client, draft.pk, "other", "c.pdf", PDF + b"0" * 2048)
    assert big.status_code == 400 and "“其他证明材料”的 0.001 MB 上限" in big.json()["detail"]
    assert draft.attachment_files.count() == 2


@override_settings(KECHUANG_MAX_UPLOAD_BYTES=2048)
def test_a_file_over_the_site_limit_is_refused_by_the_upload_check(enterprise_user, draft):
    answer = upload(client_for(enterprise_user), draft.pk, "other", "big.pdf", PDF + b"0" * 4096)
    assert answer.status_code == 400 and "MB 的上限" in answer.json()["errors"]["file"]
    assert draft.attachment_files.count() == 2


def test_a_200_mb_request_is_refused_before_it_is_read(enterprise_user, draft):
    answer = client_for(enterprise_user).post(
        files_url(draft.pk),
        {"slot": "other", "file": SimpleUploadedFile("huge.pdf", PDF)},
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert answer.status_code == 413
    assert "200.0 MB" in answer.json()["detail"] and "未接收" in answer.json()["detail"]
    assert draft.attachment_files.count() == 2


def test_delete_while_a_draft_then_refused_once_submitted(enterprise_user, call):
    from .conftest import ready_draft

    app = ready_draft(enterprise_user, call)
    client = client_for(enterprise_user)
    other = upload(client, app.pk, "other", "证明.pdf", PDF).json()["id"]
    assert client.delete(f"{files_url(app.pk)}{other}/").status_code == 204
    assert not Attachment.objects.filter(pk=other).exists()
    client.post(f"/api/v1/applications/{app.pk}/submit", HTTP_IDEMPOTENCY_KEY="k")
    kept = app.attachment_files.first()
    answer = client.delete(f"{files_url(app.pk)}{kept.pk}/")
    assert answer.status_code == 403
    assert Attachment.objects.filter(pk=kept.pk).exists()
    assert refusals("attachment.remove") == 1
    late = upload(client, app.pk, "other", "late.pdf", PDF)
    assert late.status_code == 403 and refusals("attachment.add") == 1
    assert app.attachment_files.count() == 2


def test_officers_read_the_list_in_their_region_but_never_upload(
    nanchang_officer, ganzhou_officer, submitted
):
    officer = client_for(nanchang_officer)
    assert len(officer.get(files_url(submitted.pk)).json()) == 2
    answer = upload(officer, submitted.pk, "other", "x.pdf", PDF)
    assert answer.status_code == 403 and submitted.attachment_files.count() == 2
    assert AuditEvent.objects.filter(action="programmes.apply", result="refused").count() == 1
    assert client_for(ganzhou_officer).get(files_url(submitted.pk)).status_code == 404
