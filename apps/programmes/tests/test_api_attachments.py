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


# --- download ---------------------------------------------------------------------------------


def file_url(app_pk: int, aid: int) -> str:
    return f"{files_url(app_pk)}{aid}/file"


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


def test_an_enterprise_system_downloads_its_file_as_uploaded_with_its_chinese_name(
    enterprise_user, call
):
    client = token_client(enterprise_user)
    pk = fresh_draft(client, call)
    png = b"\x89PNG\r\n\x1a\n" + b"1" * 300
    aid = upload(client, pk, "license", "证明 材料(2026).png", png).json()["id"]
    pdf = upload(client, pk, "plan", "可行性报告.pdf", PDF).json()["id"]
    answer = client.get(file_url(pk, aid))
    assert answer.status_code == 200
    assert answer.streaming  # streamed from storage, not read whole into memory
    assert body_of(answer) == png
    assert answer["Content-Type"] == "image/png"
    assert answer["Content-Length"] == str(len(png))
    disposition = answer["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    # RFC 5987: the real name percent-encoded in UTF-8, an ASCII stand-in for old clients.
    assert "filename*=UTF-8''%E8%AF%81%E6%98%8E%20%E6%9D%90%E6%96%99%282026%29.png" in disposition
    assert 'filename="______2026_.png"' in disposition
    assert answer["Cache-Control"] == "no-store"
    asked_for_pdf = client.get(file_url(pk, pdf), HTTP_ACCEPT="application/pdf")
    assert asked_for_pdf.status_code == 200 and asked_for_pdf["Content-Type"] == "application/pdf"
    assert body_of(asked_for_pdf) == PDF


def test_the_api_sends_the_file_exactly_as_the_page_does(enterprise_user, draft):
    attachment = draft.attachment_files.get(slot="plan")
    api = token_client(enterprise_user).get(file_url(draft.pk, attachment.pk))
    page = client_for(enterprise_user).get(f"/programmes/attachments/{attachment.pk}/")
    assert body_of(api) == body_of(page) == PDF
    for header in ("Content-Type", "Content-Disposition", "Content-Length", "Cache-Control"):
        assert api[header] == page[header], header


def test_officers_download_in_their_region_only(nanchang_officer, ganzhou_officer, submitted):
    attachment = submitted.attachment_files.get(slot="plan")
    url = file_url(submitted.pk, attachment.pk)
    assert body_of(token_client(nanchang_officer).get(url)) == PDF
    refused_before = refusals("application.read")
    assert token_client(ganzhou_officer).get(url).status_code == 404
    assert refusals("application.read") == refused_before + 1  # probing is in the audit log


def test_another_organisation_gets_404_and_the_attempt_is_audited(rival_enterprise, draft):
    rival = rival_enterprise
    from apps.programmes import services

    attachment = draft.attachment_files.get(slot="plan")
    client = token_client(rival)
    assert client.get(file_url(draft.pk, attachment.pk)).status_code == 404
    assert refusals("application.read") == 1
    # Through an application of its own, the other organisation's file is still out of reach.
    own = services.application_create(actor=rival, call=draft.call, title="自己的申报")
    assert client.get(file_url(own.pk, attachment.pk)).status_code == 404
    assert refusals("attachment.read") == 1


def test_a_file_of_another_application_is_404_even_for_the_same_organisation(
    enterprise_user, draft
):
    from apps.programmes import services

    from .conftest import make_call

    other = services.application_create(
        actor=enterprise_user, call=make_call("np-2026-b"), title="第二份申报"
    )
    attachment = draft.attachment_files.get(slot="plan")
    client = token_client(enterprise_user)
    assert client.get(file_url(other.pk, attachment.pk)).status_code == 404
    assert client.get(file_url(draft.pk, attachment.pk)).status_code == 200  # control
    assert client.get(file_url(draft.pk, 999999)).status_code == 404


def test_an_expert_never_downloads_here_even_when_seated(province_officer, expert_user, submitted):
    from django.utils import timezone

    from apps.programmes.models import Application, ReviewAssignment

    Application.objects.filter(pk=submitted.pk).update(stage="review")
    ReviewAssignment.objects.create(
        application=submitted,
        reviewer=expert_user,
        assigned_by=province_officer,
        status="accepted",
        no_conflict_at=timezone.now(),
    )
    attachment = submitted.attachment_files.get(slot="plan")
    answer = token_client(expert_user).get(file_url(submitted.pk, attachment.pk))
    assert answer.status_code == 404 and not answer.streaming
    assert refusals("application.read") == 1


def test_the_schema_documents_the_download(db):
    from django.test import Client

    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    route = schema["paths"]["/api/v1/applications/{id}/attachments/{aid}/file"]
    assert set(route) == {"get"}
    assert route["get"]["summary"] == "下载申报附件"
    ok = route["get"]["responses"]["200"]["content"]
    assert {"application/pdf", "image/png", "image/jpeg"} <= set(ok)
    assert ok["application/pdf"]["schema"] == {"type": "string", "format": "binary"}
    assert "404" in route["get"]["responses"]
    upload_route = schema["paths"]["/api/v1/applications/{id}/attachments/"]["post"]
    headers = {p["name"] for p in upload_route["parameters"] if p["in"] == "header"}
    assert "Idempotency-Key" in headers
    for path, method, code in (
        ("/api/v1/applications/{id}/attachments/", "post", "201"),
        ("/api/v1/applications/{id}/submit", "post", "200"),
    ):
        answer = schema["paths"][path][method]["responses"][code]
        assert answer["headers"]["Idempotent-Replayed"]["schema"]["enum"] == ["false", "true"]


# --- retry-safe upload ------------------------------------------------------------------------


def keyed_upload(client, app_pk, slot, name, content, key):
    return client.post(
        files_url(app_pk),
        {"slot": slot, "file": SimpleUploadedFile(name, content)},
        HTTP_IDEMPOTENCY_KEY=key,
    )


def fresh_draft(client, call) -> int:
    return client.post(
        "/api/v1/applications/",
        {"call": call.pk, "title": "高精度光学镜头开发", "data": valid_data()},
        content_type="application/json",
    ).json()["id"]


def test_a_retried_upload_answers_the_first_attachment_and_stores_no_second_copy(
    enterprise_user, call
):
    client = token_client(enterprise_user)
    pk = fresh_draft(client, call)
    first = keyed_upload(client, pk, "plan", "可行性报告.pdf", PDF, "up-1")
    assert first.status_code == 201
    # The client's answer was lost to a timeout; it retries. The slot takes one file only, so
    # without the key the retry would be refused as over the count.
    retry = keyed_upload(client, pk, "plan", "可行性报告.pdf", PDF, "up-1")
    assert retry.status_code == 201, retry.content
    assert retry.json() == first.json()
    # The answer says which was executed and which replayed; without a key there is no header.
    assert (first["Idempotent-Replayed"], retry["Idempotent-Replayed"]) == ("false", "true")
    assert Attachment.objects.filter(application_id=pk).count() == 1
    assert AuditEvent.objects.filter(action="attachment.add", result="success").count() == 1
    unkeyed = upload(client, pk, "plan", "可行性报告.pdf", PDF)
    assert unkeyed.status_code == 400  # control: the count is what the key protects against
    other = upload(client, pk, "license", "执照.pdf", PDF)
    assert other.status_code == 201 and "Idempotent-Replayed" not in other


def test_the_same_key_with_another_file_is_a_conflict_in_chinese(enterprise_user, call):
    client = token_client(enterprise_user)
    pk = fresh_draft(client, call)
    assert keyed_upload(client, pk, "other", "甲.pdf", PDF, "up-2").status_code == 201
    for slot, name, content in [
        ("other", "甲.pdf", PDF + b"% changed\n"),  # other bytes
        ("plan", "甲.pdf", PDF),  # other slot
        ("other", "乙.pdf", PDF),  # other name
    ]:
        answer = keyed_upload(client, pk, slot, name, content, "up-2")
        assert answer.status_code == 409, (slot, name)
        assert "该幂等键已用于上传“甲.pdf”" in answer.json()["detail"]
        assert "请使用新的幂等键" in answer.json()["detail"]
    assert Attachment.objects.filter(application_id=pk).count() == 1
    assert refusals("attachment.add") == 3
    assert keyed_upload(client, pk, "other", "乙.pdf", PDF, "up-3").status_code == 201


def test_a_key_is_bound_to_its_application_and_to_a_file_not_deleted(enterprise_user, call):
    from .conftest import make_call

    client = token_client(enterprise_user)
    first, second = fresh_draft(client, call), fresh_draft(client, make_call("np-2026-b"))
    made = keyed_upload(client, first, "other", "甲.pdf", PDF, "up-4").json()["id"]
    elsewhere = keyed_upload(client, second, "other", "甲.pdf", PDF, "up-4")
    assert elsewhere.status_code == 409
    assert elsewhere.json()["detail"] == "该幂等键已用于另一份申报。"
    assert not Attachment.objects.filter(application_id=second).exists()
    assert client.delete(f"{files_url(first)}{made}/").status_code == 204
    again = keyed_upload(client, first, "other", "甲.pdf", PDF, "up-4")
    assert again.status_code == 409 and "已被删除" in again.json()["detail"]
    assert not Attachment.objects.filter(application_id=first).exists()


def test_a_refused_upload_leaves_its_key_free_for_the_corrected_retry(enterprise_user, call):
    client = token_client(enterprise_user)
    pk = fresh_draft(client, call)
    refused = keyed_upload(client, pk, "plan", "报告.pdf", b"<html></html>", "up-5")
    assert refused.status_code == 400
    fixed = keyed_upload(client, pk, "plan", "报告.pdf", PDF, "up-5")
    assert fixed.status_code == 201 and fixed.json()["kind"] == "pdf"


def test_upload_and_submit_keys_do_not_collide_and_a_late_retry_still_answers(
    enterprise_user, call
):
    client = token_client(enterprise_user)
    pk = fresh_draft(client, call)
    plan = keyed_upload(client, pk, "plan", "plan.pdf", PDF, "same").json()
    license_ = keyed_upload(client, pk, "license", "license.pdf", PDF, "same-2").json()
    submitted = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="same")
    assert submitted.status_code == 200 and submitted.json()["receipt_number"]
    assert "replayed" not in submitted.json()
    # A retry that arrives after the submit (its first answer was lost) gets the same answer,
    # not a refusal for the application being frozen.
    late = keyed_upload(client, pk, "license", "license.pdf", PDF, "same-2")
    assert late.status_code == 201 and late.json() == license_
    assert keyed_upload(client, pk, "other", "x.pdf", PDF, "new").status_code == 403
    assert [a.pk for a in Attachment.objects.filter(application_id=pk).order_by("pk")] == [
        plan["id"],
        license_["id"],
    ]
