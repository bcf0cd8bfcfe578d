"""The programme API (企业直达): calls, applications, submit (idempotent), transitions.

Scoped like the pages: an application outside the caller's scope answers 404; a refused
action 403 (not the caller's stage or region) or 409 (wrong state, closed call, stale
version), with nothing changed and the attempt in the audit log.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.programmes import selectors, services
from apps.programmes.api.serializers import (
    ApplicationCreateSerializer,
    ApplicationDetailSerializer,
    ApplicationPatchSerializer,
    ApplicationSerializer,
    CallSerializer,
    TransitionSerializer,
)
from apps.programmes.errors import Invalid, ProgrammeError
from apps.programmes.models import Application, Call

ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)
PROBLEM = inline_serializer(
    "ProgrammeProblem",
    {
        "detail": serializers.CharField(),
        "errors": serializers.DictField(
            child=serializers.CharField(), required=False, help_text="字段 → 中文原因（400）"
        ),
    },
)
# How the programme endpoints refuse: bad input 400, not the caller's action 403, outside
# the caller's scope 404, wrong state / closed / someone else was faster 409.
REFUSALS: dict[int, Any] = {400: PROBLEM, 403: PROBLEM, 404: PROBLEM, 409: PROBLEM}


# The answer to a request with an Idempotency-Key says whether it was executed now ("false")
# or replayed from the key's first request ("true"); without a key the header is absent.
REPLAYED = "Idempotent-Replayed"


def replayed_header(status_code: int) -> OpenApiParameter:
    return OpenApiParameter(
        REPLAYED,
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[status_code],
        enum=["true", "false"],
        description=(
            "仅在请求带 Idempotency-Key 时返回：true 表示本次应答是该键第一次请求结果的重放"
            "（未再次执行，没有新的申报书或附件）；false 表示本次首次执行。"
        ),
    )


def keyed_answer(response: Response, key: str, *, replayed: bool) -> Response:
    """Mark the answer to a request with an Idempotency-Key as replayed or executed now."""
    if key:
        response[REPLAYED] = "true" if replayed else "false"
    return response


def _error(exc: ProgrammeError) -> Response:
    body: dict[str, Any] = {"detail": exc.message}
    if isinstance(exc, Invalid):
        body["errors"] = exc.errors
    return Response(body, status=exc.status)


def _application(request: Request, pk: Any) -> Application:
    try:
        key = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    return selectors.application_get(actor=acting_user(request), pk=key)


class CallViewSet(viewsets.ReadOnlyModelViewSet[Call]):
    serializer_class = CallSerializer
    queryset = Call.objects.none()  # for the schema; get_queryset decides
    filter_backends: list[Any] = []

    def get_queryset(self) -> Any:
        require(acting_user(self.request), "programmes.view")
        if self.request.query_params.get("open") in ("true", "1"):
            return selectors.open_calls().order_by("closes_at", "id")
        return Call.objects.select_related("programme_type", "config").order_by("-opens_at", "id")

    @extend_schema(
        parameters=[
            OpenApiParameter("open", OpenApiTypes.BOOL, description="只列出正在申报的批次")
        ],
        summary="申报批次",
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)


class ApplicationViewSet(viewsets.GenericViewSet[Application]):
    serializer_class = ApplicationSerializer
    filter_backends: list[Any] = []

    @extend_schema(summary="申报列表（本单位或本辖区）")
    def list(self, request: Request) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.view")
        filterset = selectors.application_filter(actor=actor, params=request.query_params)
        if not filterset.is_valid():
            return Response({"detail": "筛选条件无效。", "errors": filterset.errors}, status=400)
        page = self.paginate_queryset(filterset.qs)
        return self.get_paginated_response(ApplicationSerializer(page, many=True).data)

    @extend_schema(
        request=ApplicationCreateSerializer,
        responses=ApplicationDetailSerializer,
        summary="创建申报草稿",
    )
    def create(self, request: Request) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        form = ApplicationCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        call = get_object_or_404(
            Call.objects.select_related("config"), pk=form.validated_data["call"]
        )
        try:
            app = services.application_create(
                actor=actor,
                call=call,
                title=form.validated_data["title"],
                data=form.validated_data["data"],
            )
        except ProgrammeError as exc:
            return _error(exc)
        body = ApplicationDetailSerializer(app, context={"actor": actor}).data
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(
        responses=ApplicationDetailSerializer,
        parameters=[ID],
        summary="申报详情（环节与办理过程）",
    )
    def retrieve(self, request: Request, pk: str) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.view")
        app = _application(request, pk)
        return Response(ApplicationDetailSerializer(app, context={"actor": actor}).data)

    @extend_schema(
        request=ApplicationPatchSerializer,
        responses=ApplicationDetailSerializer,
        parameters=[ID],
        summary="修改草稿",
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        app = _application(request, pk)
        form = ApplicationPatchSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        values = form.validated_data
        data = {**app.data, **values["data"]} if "data" in values else app.data
        try:
            services.application_save(
                actor=actor,
                application=app,
                title=values.get("title", app.title),
                data=data,
                expected_version=values.get("version", app.version),
            )
        except ProgrammeError as exc:
            return _error(exc)
        return Response(ApplicationDetailSerializer(app, context={"actor": actor}).data)


class SubmitView(APIView):
    @extend_schema(
        request=None,
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="同一键的重试返回同一受理编号",
            ),
            replayed_header(200),
        ],
        responses=inline_serializer(
            "SubmitAnswer",
            {
                "application": serializers.IntegerField(),
                "receipt_number": serializers.CharField(),
                "status": serializers.CharField(),
                "stage": serializers.CharField(),
                "replayed": serializers.BooleanField(required=False),
            },
        ),
        summary="提交申报（幂等）",
    )
    def post(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        app = _application(request, pk)
        key = request.headers.get("Idempotency-Key", "")
        try:
            answer = services.application_submit(actor=actor, application=app, idempotency_key=key)
        except ProgrammeError as exc:
            return _error(exc)
        replayed = bool(answer.get("replayed"))
        return keyed_answer(Response(answer, status=status.HTTP_200_OK), key, replayed=replayed)


class TransitionView(APIView):
    @extend_schema(
        request=TransitionSerializer,
        responses=ApplicationDetailSerializer,
        summary="办理（推荐、退回、审批……）",
    )
    def post(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.view")
        app = _application(request, pk)
        form = TransitionSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        v = form.validated_data
        try:
            services.application_transition(
                actor=actor,
                application=app,
                action=v["action"],
                reason=v["reason"],
                amount=v["amount"],
                checklist=v["checklist"],
                form_data=v["data"],
                expected_version=v["version"],
            )
        except ProgrammeError as exc:
            return _error(exc)
        app = _application(request, pk)
        return Response(ApplicationDetailSerializer(app, context={"actor": actor}).data)
