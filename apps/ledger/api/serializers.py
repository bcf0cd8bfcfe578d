"""API shapes of the work ledger: plans, tasks with milestones, progress reports and reviews.

People appear by role only (提交人/审核人 are not named): a unit's system needs the decision
and its note, not who in the office made it.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from apps.ledger.models import LedgerTask, Milestone, Plan, ProgressReport


class PlanSerializer(serializers.ModelSerializer[Plan]):
    region_name = serializers.CharField(source="region.name")
    tasks = serializers.IntegerField(source="n_tasks", read_only=True)

    class Meta:
        model = Plan
        fields = ["id", "title", "year", "region", "region_name", "source_name", "tasks"]


class MilestoneSerializer(serializers.ModelSerializer[Milestone]):
    class Meta:
        model = Milestone
        fields = ["id", "title", "due", "done", "done_at"]


class TaskSerializer(serializers.ModelSerializer[LedgerTask]):
    plan_title = serializers.CharField(source="plan.title")
    region_name = serializers.CharField(source="region.name")
    # Plain strings, not schema enums: the choices are named in the help text (and an enum
    # named "status" would collide with the other APIs' status enums).
    status = serializers.CharField(help_text="not_started / in_progress / done / overdue")
    status_label = serializers.CharField(source="get_status_display")

    class Meta:
        model = LedgerTask
        fields = [
            "id",
            "plan",
            "plan_title",
            "parent",
            "number",
            "title",
            "region",
            "region_name",
            "lead_units",
            "assisting_units",
            "deadline",
            "deadline_text",
            "status",
            "status_label",
            "percent",
            "overdue_since",
        ]


class TaskDetailSerializer(TaskSerializer):
    milestones = MilestoneSerializer(many=True, read_only=True)

    class Meta(TaskSerializer.Meta):
        fields = [*TaskSerializer.Meta.fields, "content", "progress_note", "milestones"]


class ReportSerializer(serializers.ModelSerializer[ProgressReport]):
    """A report and its review (status, note and time of the decision)."""

    status = serializers.CharField(help_text="submitted / accepted / returned")
    status_label = serializers.CharField(source="get_status_display")
    evidence = serializers.SerializerMethodField()

    class Meta:
        model = ProgressReport
        fields = [
            "id",
            "task",
            "text",
            "percent",
            "late",
            "status",
            "status_label",
            "submitted_at",
            "reviewed_at",
            "review_note",
            "evidence",
        ]

    def get_evidence(self, obj: ProgressReport) -> list[dict[str, Any]]:
        return [{"id": e.pk, "name": e.name} for e in obj.evidence.all()]


class ReportInSerializer(serializers.Serializer[Any]):
    """A progress report as multipart form data: text, percent, evidence files (≤ 5)."""

    text = serializers.CharField(help_text="进展情况")
    percent = serializers.IntegerField(min_value=0, max_value=100, help_text="完成进度（%）")
    confirm_late = serializers.BooleanField(
        required=False, default=False, help_text="已过完成时限时须为 true（标记为逾期报送）"
    )
    evidence = serializers.ListField(
        child=serializers.FileField(),
        required=False,
        default=list,
        help_text="佐证材料（PDF、Word、Excel、PNG、JPEG；最多 5 个）",
    )
