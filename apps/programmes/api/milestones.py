"""Milestone gates (里程碑) of a funded project through the API: the list with who may do
what (`selectors.milestone_panel`, as on the application page), the team's report with its
evidence (`services_milestones.milestone_submit`) and the responsible officer's decision
(`milestone_decide`: the service already checks that only the officer of the milestone stage
over the project's region decides). Planning gates and recording payments stay on the page.

A gate of an application outside the caller's scope, or of another application, is 404; a
refused report or decision is 403/409 with nothing changed and the attempt audited.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.core.scoping import get_visible_or_404
from apps.programmes import selectors
from apps.programmes import services_milestones as ms
from apps.programmes.api.views import ID, REFUSALS, _application, _error
from apps.programmes.errors import ProgrammeError
from apps.programmes.models import Application, Milestone

MID = OpenApiParameter("mid", OpenApiTypes.INT, OpenApiParameter.PATH, description="里程碑 id")
ACTION = OpenApiParameter(
    "action",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    enum=["submit", "decide"],
    description="submit：承担单位提交完成情况；decide：责任处室考核",
)


class ProjectMilestoneSerializer(serializers.ModelSerializer[Milestone]):
    status_display = serializers.CharField(source="get_status_display")
    payment_display = serializers.CharField(source="get_payment_display")

    class Meta:
        model = Milestone
        fields = [
            "id",
            "number",
            "title",
            "deliverable",
            "due_on",
            "amount",
            "status",
            "status_display",
            "evidence",
            "submitted_at",
            "decided_at",
            "decision_note",
            "payment",
            "payment_display",
            "paid_at",
        ]


PANEL = inline_serializer(
    "MilestonePanel",
    {
        "milestones": ProjectMilestoneSerializer(many=True),
        "may_report": serializers.BooleanField(help_text="承担单位现在可以提交完成情况"),
        "may_decide": serializers.BooleanField(help_text="调用者是考核里程碑的责任处室"),
        "planned_total": serializers.DecimalField(max_digits=14, decimal_places=2),
        "paid_total": serializers.DecimalField(max_digits=14, decimal_places=2),
    },
)


def _panel(actor: Any, app: Application) -> dict[str, Any]:
    panel = selectors.milestone_panel(actor=actor, application=app)
    return {
        "milestones": ProjectMilestoneSerializer(panel["milestones"], many=True).data,
        "may_report": panel["may_report"],
        "may_decide": panel["may_decide"],
        "planned_total": f"{panel['planned_total']:.2f}",  # 0 (no gates) as 0.00 too
        "paid_total": f"{panel['paid_total']:.2f}",
    }


class MilestoneListView(APIView):
    @extend_schema(
        parameters=[ID], responses={200: PANEL, 404: REFUSALS[404]}, summary="项目里程碑及拨付情况"
    )
    def get(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.view")
        return Response(_panel(actor, _application(request, pk)))


ACTION_BODY = inline_serializer(
    "MilestoneAction",
    {
        "evidence": serializers.CharField(required=False, help_text="submit：完成情况说明"),
        "approve": serializers.BooleanField(required=False, help_text="decide：是否考核通过"),
        "note": serializers.CharField(required=False, help_text="decide：考核意见（退回时必填）"),
    },
)


class MilestoneActionView(APIView):
    """POST submit {evidence} (the team) or decide {approve, note} (the responsible officer)."""

    ACTIONS = ("submit", "decide")

    @extend_schema(
        parameters=[ID, MID, ACTION],
        request=ACTION_BODY,
        responses={200: ProjectMilestoneSerializer, **REFUSALS},
        summary="提交里程碑完成情况（承担单位）/ 考核里程碑（责任处室）",
    )
    def post(self, request: Request, pk: int, mid: int, action: str) -> Response:
        if action not in self.ACTIONS:
            raise Http404("未找到")
        actor = acting_user(request)
        require(actor, "programmes.view")
        app = _application(request, pk)
        milestone = get_visible_or_404(actor, Milestone, pk=mid)
        if milestone.application_id != app.pk:
            raise Http404("未找到")
        data = request.data if isinstance(request.data, dict) else {}
        try:
            if action == "submit":
                ms.milestone_submit(
                    actor=actor, milestone=milestone, evidence=str(data.get("evidence", ""))
                )
            else:
                ms.milestone_decide(
                    actor=actor,
                    milestone=milestone,
                    approve=data.get("approve") is True,
                    note=str(data.get("note", "")),
                )
        except ProgrammeError as exc:
            return _error(exc)
        milestone.refresh_from_db()
        return Response(ProjectMilestoneSerializer(milestone).data)
