from __future__ import annotations

from typing import Any

from rest_framework import serializers

from apps.core.masking import mask_mobile
from apps.organizations.models import Organization, Qualification


class QualificationSerializer(serializers.ModelSerializer[Qualification]):
    type = serializers.CharField(source="type_id")
    type_name = serializers.CharField(source="type.name")

    class Meta:
        model = Qualification
        fields = ["type", "type_name", "valid_from", "valid_until", "certificate_no", "batch"]


class OrganizationSerializer(serializers.ModelSerializer[Organization]):
    """Public fields; `region` is the division code."""

    region = serializers.CharField(source="region_id")
    region_name = serializers.CharField(source="region.name")
    industry = serializers.CharField(source="industry_id", allow_null=True)
    chains = serializers.SerializerMethodField()

    class Meta:
        model = Organization
        fields = [
            "id",
            "name",
            "credit_code",
            "kind",
            "region",
            "region_name",
            "industry",
            "chains",
            "size",
            "founded_on",
        ]

    def get_chains(self, obj: Organization) -> list[str]:
        return [c.code for c in obj.chains.all()]


class OrganizationDetailSerializer(OrganizationSerializer):
    qualifications = serializers.SerializerMethodField()

    class Meta(OrganizationSerializer.Meta):
        fields = [
            *OrganizationSerializer.Meta.fields,
            "address",
            "employees",
            "contact_name",
            "contact_phone",
            "qualifications",
        ]

    def get_qualifications(self, obj: Organization) -> list[dict[str, Any]]:
        quals = self.context["qualifications"]
        return QualificationSerializer(quals, many=True).data  # type: ignore[return-value]

    def to_representation(self, instance: Organization) -> dict[str, Any]:
        data = super().to_representation(instance)
        if not self.context.get("full"):
            for name in ("address", "employees", "contact_name", "contact_phone"):
                data.pop(name, None)
        else:
            data["contact_phone"] = mask_mobile(instance.contact_phone)  # masked by default
        return data
