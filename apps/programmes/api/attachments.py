"""An application's files through the API: list, upload (multipart `slot` + `file`), download,
delete.

The page upload's service (`services.attachment_add` / `attachment_remove`) does every check —
type by content, size, count, the slot's own limit — and words the refusal, so a script gets
the page's Chinese messages (400, `errors` keyed by `slot` or `file`). Oversized requests
never reach this view: `UploadSizeMiddleware` answers 413 from the declared length. An upload
with an `Idempotency-Key` header is retry-safe as the submit is (same key, same answer).
The download is the page's (`selectors.attachment_get` + `views.common.attachment_file`).
An application outside the caller's scope is 404; so is a file of another application.
"""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.models import User
from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.core.uploads import KIND_TYPES
from apps.programmes import selectors, services
from apps.programmes.api.views import (
    ID,
    REFUSALS,
    _application,
    _error,
    keyed_answer,
    replayed_header,
)
from apps.programmes.errors import ProgrammeError
from apps.programmes.models import Application, Attachment
from apps.programmes.views.common import attachment_file

AID = OpenApiParameter("aid", OpenApiTypes.INT, OpenApiParameter.PATH, description="附件 id")
IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "重试安全：同一键、同一申报、同一文件的重试返回第一次上传的附件（201，同一 id），"
        "不会多出一份（应答头 Idempotent-Replayed: true）；同一键换了文件、类别或文件名，"
        "或用于另一份申报，返回 409。"
    ),
)


class AttachmentSerializer(serializers.ModelSerializer[Attachment]):
    slot_label = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "slot", "slot_label", "name", "kind", "size", "sha256", "uploaded_at"]

    def get_slot_label(self, obj: Attachment) -> str:
        labels: dict[str, str] = self.context.get("labels", {})
        return labels.get(obj.slot, obj.slot)


class AttachmentUploadSerializer(serializers.Serializer[Any]):
    """The multipart form (for the schema; the view reads the fields itself so that missing
    ones get the page's Chinese messages)."""

    slot = serializers.CharField(help_text="附件类别编码，见批次的 attachments[].code")
    file = serializers.FileField(help_text="按内容判断类型（非文件名）；大小与数量按附件类别限制")


def _file_of(actor: User, app: Application, aid: int) -> Attachment:
    """One file of this application in the actor's scope; a file of another application is
    404 like a missing one."""
    attachment = selectors.attachment_get(actor=actor, pk=aid)
    if attachment.application_id != app.pk:
        raise Http404("未找到")
    return attachment


class _AnyAccept(DefaultContentNegotiation):
    """A file download answers in the file's own type, so an `Accept: application/pdf` (or
    image/*) must not be refused as unacceptable; refusals are still JSON."""

    def select_renderer(self, request: Any, renderers: Any, format_suffix: Any = None) -> Any:
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except NotAcceptable:
            return renderers[0], renderers[0].media_type


class AttachmentListView(APIView):
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    @extend_schema(
        parameters=[ID],
        responses={200: AttachmentSerializer(many=True), 404: REFUSALS[404]},
        summary="申报附件列表",
    )
    def get(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.view")
        app = _application(request, pk)
        rows = selectors.attachments_of(actor=actor, application=app)
        return Response(
            AttachmentSerializer(rows, many=True, context={"labels": app.config.slot_labels()}).data
        )

    @extend_schema(
        parameters=[ID, IDEMPOTENCY_KEY, replayed_header(201)],
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={201: AttachmentSerializer, **REFUSALS},
        summary="上传申报附件（草稿或退回修改时）",
        description=(
            "与页面上传相同的校验：按内容判断类型（改名为 .pdf 的网页会被拒绝）、单个文件大小、"
            "每类数量。被拒绝时返回 400，errors 以 slot 或 file 指明原因；"
            "请求体超过上限时返回 413。带 Idempotency-Key 时，超时后的重试不会被算作第二个文件。"
        ),
    )
    def post(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        app = _application(request, pk)
        slot = str(request.data.get("slot", "")).strip()
        upload = request.FILES.get("file")
        errors: dict[str, str] = {}
        if not slot:
            errors["slot"] = "请选择附件类别（slot）。"
        if upload is None:
            errors["file"] = "请选择要上传的文件。"
        if errors:
            return Response({"detail": "上传内容不完整。", "errors": errors}, status=400)
        assert upload is not None
        key = request.headers.get("Idempotency-Key", "")
        try:
            attachment, replayed = services.attachment_upload(
                actor=actor,
                application=app,
                slot=slot,
                upload=upload,
                name=upload.name or "附件",
                idempotency_key=key,
            )
        except ProgrammeError as exc:
            return _error(exc)
        body = AttachmentSerializer(attachment, context={"labels": app.config.slot_labels()}).data
        return keyed_answer(Response(body, status=status.HTTP_201_CREATED), key, replayed=replayed)


class AttachmentDetailView(APIView):
    @extend_schema(
        parameters=[ID, AID], responses={204: None, **REFUSALS}, summary="删除申报附件（草稿时）"
    )
    def delete(self, request: Request, pk: int, aid: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        attachment = _file_of(actor, _application(request, pk), aid)
        try:
            services.attachment_remove(actor=actor, attachment=attachment)
        except ProgrammeError as exc:
            return _error(exc)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AttachmentFileView(APIView):
    content_negotiation_class = _AnyAccept

    @extend_schema(
        parameters=[ID, AID],
        responses={
            **{
                (200, media): OpenApiResponse(OpenApiTypes.BINARY, description="文件内容")
                for media in sorted(set(KIND_TYPES.values()))
            },
            404: REFUSALS[404],
        },
        summary="下载申报附件",
        description=(
            "原样返回上传的文件，Content-Type 按文件内容类型，Content-Disposition 带原文件名"
            "（中文名按 RFC 5987 以 filename* 给出）。谁能看到附件列表，谁就能下载；"
            "评审专家只能通过评审任务取得（盲评时为编号和去除元数据的副本），此处为 404。"
        ),
    )
    def get(self, request: Request, pk: int, aid: int) -> FileResponse:
        actor = acting_user(request)
        require(actor, "programmes.view")
        return attachment_file(_file_of(actor, _application(request, pk), aid))
