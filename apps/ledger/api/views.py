"""The work-ledger API for responsible units' own systems (token or session):

- GET  /api/v1/ledger/plans/[<id>/]               ledgers in scope
- GET  /api/v1/ledger/tasks/[<id>/]               tasks in scope (plan, status, lead, unit, overdue)
- GET  /api/v1/ledger/tasks/<id>/reports/         the task's progress reports and their reviews
- POST /api/v1/ledger/tasks/<id>/reports/         report progress (multipart, evidence files)
- GET  /api/v1/ledger/reports/<id>/               one report and its review

Scoped like the pages (`visible_to` through the selectors): a task outside the caller's scope
answers 404; a task in scope that the caller's region is not responsible for answers 403
(`policies.require_report`), recorded in the audit log; a report is written only by
`services.report_submit`, with its audit row, in one transaction.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.ledger import selectors, services
from apps.ledger.api.serializers import (
    PlanSerializer,
    ReportInSerializer,
    ReportSerializer,
    TaskDetailSerializer,
    TaskSerializer,
)
from apps.ledger.filters import TaskFilterSet
from apps.ledger.models import LedgerTask, Plan, ProgressReport

ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)
TASK_FILTERS = [
    OpenApiParameter("plan", OpenApiTypes.INT, description="台账 id"),
    OpenApiParameter(
        "status", OpenApiTypes.STR, description="not_started / in_progress / done / overdue"
    ),
    OpenApiParameter("lead", OpenApiTypes.STR, description="牵头单位（名称的一部分）"),
    OpenApiParameter("unit", OpenApiTypes.STR, description="牵头或配合单位（名称的一部分）"),
    OpenApiParameter("overdue", OpenApiTypes.BOOL, description="仅逾期（含已过时限未完成）"),
]


def _pk(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


def _reader(request: Request) -> Any:
    actor = acting_user(request)
    require(actor, "ledger.view")
    return actor


class PlanViewSet(viewsets.GenericViewSet[Plan]):
    serializer_class = PlanSerializer
    filter_backends: list[Any] = []

    @extend_schema(summary="工作台账列表（本级及下级）")
    def list(self, request: Request) -> Response:
        plans = selectors.plans_visible(actor=_reader(request))
        page = self.paginate_queryset(plans)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(summary="工作台账", parameters=[ID])
    def retrieve(self, request: Request, pk: str) -> Response:
        actor = _reader(request)
        plan = selectors.plans_visible(actor=actor).filter(pk=_pk(pk)).first()
        if plan is None:
            raise Http404
        return Response(self.get_serializer(plan).data)


class TaskViewSet(viewsets.GenericViewSet[LedgerTask]):
    serializer_class = TaskSerializer
    filter_backends: list[Any] = []
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    @extend_schema(summary="台账任务列表（本辖区）", parameters=TASK_FILTERS)
    def list(self, request: Request) -> Response:
        tasks = selectors.tasks_visible(actor=_reader(request))
        filterset = TaskFilterSet(request.query_params, queryset=tasks)
        if not filterset.is_valid():
            return Response({"detail": "筛选条件无效。", "errors": filterset.errors}, status=400)
        page = self.paginate_queryset(filterset.qs)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(summary="台账任务（含节点）", parameters=[ID], responses=TaskDetailSerializer)
    def retrieve(self, request: Request, pk: str) -> Response:
        task = selectors.task_get(actor=_reader(request), pk=_pk(pk))
        return Response(TaskDetailSerializer(task).data)

    @extend_schema(
        methods=["GET"],
        summary="任务的进展报送及审核结果",
        parameters=[ID],
        responses=ReportSerializer(many=True),
    )
    @extend_schema(
        methods=["POST"],
        summary="报送任务进展（multipart，可附佐证材料）",
        parameters=[ID],
        request={"multipart/form-data": ReportInSerializer},
        responses={201: ReportSerializer},
    )
    @action(detail=True, methods=["get", "post"])
    def reports(self, request: Request, pk: str) -> Response:
        actor = _reader(request)
        task = selectors.task_get(actor=actor, pk=_pk(pk))
        if request.method == "GET":
            reports = selectors.task_reports(actor=actor, task=task)
            page = self.paginate_queryset(list(reports))
            return self.get_paginated_response(ReportSerializer(page, many=True).data)
        incoming = ReportInSerializer(data=_form_data(request))
        if not incoming.is_valid():
            return Response({"detail": "提交内容有误。", "errors": incoming.errors}, status=400)
        data = incoming.validated_data
        try:
            report = services.report_submit(
                actor=actor,
                task=task,
                text=data["text"],
                percent=data["percent"],
                evidence=data["evidence"],
                confirm_late=data["confirm_late"],
            )
        except ValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
            return Response({"detail": "未能报送，未保存。", "errors": errors}, status=400)
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


def _form_data(request: Request) -> dict[str, Any]:
    """The fields of a multipart or JSON body, with every `evidence` file kept."""
    data = request.data
    if hasattr(data, "getlist"):
        fields: dict[str, Any] = {k: data.get(k) for k in data if k != "evidence"}
        fields["evidence"] = request.FILES.getlist("evidence")
        return fields
    return dict(data)


class ReportViewSet(viewsets.GenericViewSet[ProgressReport]):
    serializer_class = ReportSerializer
    filter_backends: list[Any] = []

    @extend_schema(summary="进展报送及其审核结果", parameters=[ID])
    def retrieve(self, request: Request, pk: str) -> Response:
        report = selectors.report_get(actor=_reader(request), pk=_pk(pk))
        return Response(self.get_serializer(report).data)
