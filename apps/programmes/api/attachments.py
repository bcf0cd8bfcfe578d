"""An application's files through the API: list, upload (multipart `slot` + `file`), delete.

The page upload's service (`services.attachment_add` / `attachment_remove`) does every check —
type by content, size, count, the slot's own limit — and words the refusal, so a script gets
the page's Chinese messages (400, `errors` keyed by `slot` or `file`). Oversized requests
never reach this view: `UploadSizeMiddleware` answers 413 from the declared length.
An application outside the caller's scope is 404; so is a file of another application.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.programmes import selectors, services
from apps.programmes.api.views import ID, REFUSALS, _application, _error
from apps.programmes.errors import ProgrammeError
from apps.programmes.models import Application, Attachment

AID = OpenApiParameter("aid", OpenApiTypes.INT, OpenApiParameter.PATH, description="附件 id")


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


def _labels(app: Application) -> dict[str, str]:
    return {s["code"]: s["label"] for s in app.config.attachments or []}


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
            AttachmentSerializer(rows, many=True, context={"labels": _labels(app)}).data
        )

    @extend_schema(
        parameters=[ID],
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={201: AttachmentSerializer, **REFUSALS},
        summary="上传申报附件（草稿或退回修改时）",
        description=(
            "与页面上传相同的校验：按内容判断类型（改名为 .pdf 的网页会被拒绝）、单个文件大小、"
            "每类数量。被拒绝时返回 400，errors 以 slot 或 file 指明原因；"
            "请求体超过上限时返回 413。"
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
        try:
            attachment = services.attachment_add(
                actor=actor, application=app, slot=slot, upload=upload, name=upload.name or "附件"
            )
        except ProgrammeError as exc:
            return _error(exc)
        body = AttachmentSerializer(attachment, context={"labels": _labels(app)}).data
        return Response(body, status=status.HTTP_201_CREATED)


class AttachmentDetailView(APIView):
    @extend_schema(
        parameters=[ID, AID], responses={204: None, **REFUSALS}, summary="删除申报附件（草稿时）"
    )
    def delete(self, request: Request, pk: int, aid: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        app = _application(request, pk)
        attachment = selectors.attachment_get(actor=actor, pk=aid)
        if attachment.application_id != app.pk:
            raise Http404("未找到")
        try:
            services.attachment_remove(actor=actor, attachment=attachment)
        except ProgrammeError as exc:
            return _error(exc)
        return Response(status=status.HTTP_204_NO_CONTENT)
