from __future__ import annotations

from typing import Any

from rest_framework import serializers

from apps.core.api.serializers import ModelSerializer
from apps.programmes import selectors
from apps.programmes.models import Application, Call, TimelineEvent


class CallSerializer(ModelSerializer[Call]):
    programme_type = serializers.CharField(source="programme_type_id")
    programme_type_name = serializers.CharField(source="programme_type.name")
    config_version = serializers.IntegerField(source="config.version")
    form = serializers.JSONField(source="config.form")
    attachments = serializers.JSONField(source="config.attachments")
    is_open = serializers.SerializerMethodField()

    class Meta:
        model = Call
        fields = [
            "id",
            "code",
            "name",
            "year",
            "programme_type",
            "programme_type_name",
            "config_version",
            "opens_at",
            "closes_at",
            "is_open",
            "form",
            "attachments",
        ]

    def get_is_open(self, obj: Call) -> bool:
        return obj.is_open()


class TimelineSerializer(ModelSerializer[TimelineEvent]):
    class Meta:
        model = TimelineEvent
        fields = [
            "kind",
            "action",
            "label",
            "from_stage",
            "to_stage",
            "from_status",
            "to_status",
            "actor_name",
            "actor_role",
            "reason",
            "created_at",
        ]


class ApplicationSerializer(ModelSerializer[Application]):
    applicant_name = serializers.CharField(source="applicant.name")
    stage_name = serializers.SerializerMethodField()

    class Meta:
        model = Application
        fields = [
            "id",
            "call",
            "title",
            "applicant",
            "applicant_name",
            "region",
            "status",
            "stage",
            "stage_name",
            "version",
            "receipt_number",
            "submitted_at",
            "amount",
            "updated_at",
            "challenge",
            "direction",
        ]
        # A bid's challenge is set when the bid starts (POST /api/v1/challenges/<id>/bid or the
        # challenge page); a research application's guide direction is chosen on the page.
        read_only_fields = ["challenge", "direction"]

    def get_stage_name(self, obj: Application) -> str:
        return selectors.stage_name(obj)

    def to_representation(self, instance: Application) -> dict[str, Any]:
        body: dict[str, Any] = super().to_representation(instance)
        body["title"] = selectors.shown_title(instance)  # officers' lists: the submitted title
        return body


class ApplicationDetailSerializer(ApplicationSerializer):
    timeline = serializers.SerializerMethodField()
    allowed_actions = serializers.SerializerMethodField()

    class Meta(ApplicationSerializer.Meta):
        fields = [*ApplicationSerializer.Meta.fields, "data", "timeline", "allowed_actions"]

    def to_representation(self, instance: Application) -> dict[str, Any]:
        body: dict[str, Any] = super().to_representation(instance)
        # What was submitted, for all but the applicant (the page's `content_for`).
        body["title"], body["data"] = selectors.content_for(
            actor=self.context["actor"], application=instance
        )
        return body

    def get_timeline(self, obj: Application) -> list[dict[str, Any]]:
        events = selectors.timeline(actor=self.context["actor"], application=obj)
        return TimelineSerializer(events, many=True).data  # type: ignore[return-value]

    def get_allowed_actions(self, obj: Application) -> list[dict[str, str]]:
        actions = selectors.allowed_actions(actor=self.context["actor"], application=obj)
        return [{"action": a.code, "label": a.label} for a in actions]


class ApplicationCreateSerializer(serializers.Serializer[Any]):
    call = serializers.IntegerField()
    title = serializers.CharField(required=False, allow_blank=True, default="", max_length=20000)
    data = serializers.DictField(required=False, default=dict)  # type: ignore[assignment]


class ApplicationPatchSerializer(serializers.Serializer[Any]):
    title = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    data = serializers.DictField(required=False)  # type: ignore[assignment]
    version = serializers.IntegerField(
        required=False, help_text="读取时的 version；他人已修改则返回 409"
    )


class TransitionSerializer(serializers.Serializer[Any]):
    action = serializers.CharField(max_length=40)
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    amount = serializers.CharField(required=False, allow_blank=True, allow_null=True, default=None)
    checklist = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    data = serializers.DictField(required=False, default=dict)  # type: ignore[assignment]
    version = serializers.IntegerField(required=False, allow_null=True, default=None)
