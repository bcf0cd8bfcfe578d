"""Helpers shared by the programme pages."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest

from apps.core.pages import acting_user, file_download
from apps.core.uploads import content_type
from apps.programmes import selectors
from apps.programmes.errors import Invalid, ProgrammeError, Refused
from apps.programmes.models import Application, Attachment


def application_for(request: HttpRequest, pk: int) -> Application:
    return selectors.application_get(actor=acting_user(request), pk=pk)


def attachment_file(attachment: Attachment) -> FileResponse:
    """An application's file as the applicant uploaded it, streamed with its own name and the
    media type of its content. The page and the API send files through here; the caller has
    found the attachment through `selectors.attachment_get` (scope). Reviewers never come here:
    their seat sends numbered, scrubbed copies when the review is blind."""
    return file_download(attachment.file.open("rb"), attachment.name, content_type(attachment.kind))


def post_list(request: HttpRequest, name: str) -> list[str]:
    return [v for v in request.POST.getlist(name) if v]


def first_error(errors: dict[str, Any]) -> str:
    return "；".join(str(v) for v in errors.values())


def error_text(exc: ProgrammeError | Refused) -> str:
    """A refusal as one message: the service's message, then each field's reason it does not
    say already (“请填写理由。” was shown twice, message and field alike)."""
    errors = exc.errors if isinstance(exc, Invalid) else {}
    extra = [str(v) for v in errors.values() if str(v) not in exc.message]
    if not extra:
        return exc.message
    # One sentence of the field reasons: 请填写“项目进展”；请填写“已使用经费（万元）”。
    # (each ends with its own 。, which read “。；” joined as they are).
    reasons = "；".join(e.rstrip("。") for e in extra) + "。"
    if all(e.startswith(exc.message.rstrip("。")) for e in extra):
        return reasons  # the fields say it more precisely: 请填写支持金额（万元，数字）。
    return " ".join([exc.message, reasons])
