"""Attachments: type by content, size and count, each refusal saying why in Chinese."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from apps.programmes import services
from apps.programmes.errors import Invalid

from .conftest import PDF, at_once

pytestmark = pytest.mark.django_db


def add(user, app, slot, name, content):
    return services.attachment_add(
        actor=user, application=app, slot=slot, upload=SimpleUploadedFile(name, content), name=name
    )


def test_html_named_pdf_is_refused_with_the_reason(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="x")
    with pytest.raises(Invalid) as caught:
        add(enterprise_user, app, "plan", "报告.pdf", b"<html><script>alert(1)</script></html>")
    assert "网页（HTML）" in caught.value.errors["file"]
    assert "“报告.pdf”未被接收" in caught.value.errors["file"]
    assert app.attachment_files.count() == 0


@override_settings(KECHUANG_MAX_UPLOAD_BYTES=2048)
def test_too_big_is_refused(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="x")
    with pytest.raises(Invalid, match="MB"):
        add(enterprise_user, app, "plan", "big.pdf", PDF + b"0" * 4096)


def test_the_slot_size_limit_is_applied(enterprise_user, call):
    from apps.programmes.models import ProgrammeConfig

    config = call.config
    config.attachments[0]["max_mb"] = 0.001
    ProgrammeConfig.objects.filter(pk=config.pk).update(attachments=config.attachments)
    app = services.application_create(actor=enterprise_user, call=call, title="x")
    with pytest.raises(Invalid, match="上限"):
        add(enterprise_user, app, "plan", "a.pdf", PDF + b"0" * 2048)


def test_too_many_files_are_refused(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="x")
    add(enterprise_user, app, "plan", "a.pdf", PDF)
    with pytest.raises(Invalid, match="最多上传 1 个"):
        add(enterprise_user, app, "plan", "b.pdf", PDF)


def test_images_are_accepted_only_where_configured(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="x")
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    add(enterprise_user, app, "license", "执照.png", png)
    with pytest.raises(Invalid, match="PNG"):
        add(enterprise_user, app, "plan", "plan.png", png)


def test_nobody_but_the_applicant_attaches(nanchang_officer, draft):
    from apps.accounts.permissions import AccessDenied

    with pytest.raises(AccessDenied):
        add(nanchang_officer, draft, "other", "x.pdf", PDF)


def test_attachments_are_frozen_after_submission(enterprise_user, submitted):
    from apps.accounts.permissions import AccessDenied

    with pytest.raises(AccessDenied):
        add(enterprise_user, submitted, "other", "late.pdf", PDF)
    version = submitted.versions.get()
    assert {a["slot"] for a in version.attachments} == {"plan", "license"}


def test_concurrent_uploads_with_one_key_store_one_file(transactional_db, enterprise_user, call):
    """A client that retries while its first upload is still running: one file, one answer."""
    from apps.programmes.models import Application, Attachment, IdempotencyKey

    app = services.application_create(actor=enterprise_user, call=call, title="x")

    def send(_n: int) -> int:
        return services.attachment_add(
            actor=enterprise_user,
            application=Application.objects.get(pk=app.pk),
            slot="other",
            upload=SimpleUploadedFile("证明.pdf", PDF),
            name="证明.pdf",
            idempotency_key="retry",
        ).pk

    answers, errors = at_once(4, send)
    assert errors == []
    assert len(answers) == 4 and len(set(answers)) == 1
    stored = Attachment.objects.filter(application=app).values_list("pk", flat=True)
    assert list(stored) == [answers[0]]
    assert IdempotencyKey.objects.filter(key="retry", operation="attachment.add").count() == 1
