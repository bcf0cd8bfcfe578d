"""API shapes of the market. Listings show public fields only; contacts never appear."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rest_framework import serializers

from apps.market.choices import ContractKind
from apps.market.models import Achievement, Demand, TechContract


class ListingSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    summary = serializers.CharField()
    region = serializers.CharField(source="region_id")
    region_name = serializers.CharField(source="region.name")
    organization = serializers.CharField(source="organization.name")
    field = serializers.CharField()
    keywords = serializers.CharField()
    chain = serializers.CharField(source="chain_id", allow_null=True)
    published_at = serializers.DateTimeField()
    expires_on = serializers.DateField()


class AchievementSerializer(ListingSerializer):
    maturity = serializers.IntegerField()
    transfer_modes = serializers.ListField(child=serializers.CharField())
    price = serializers.DecimalField(max_digits=16, decimal_places=2, allow_null=True)
    negotiable = serializers.BooleanField()
    patents = serializers.CharField()

    class Meta:
        model = Achievement


class DemandSerializer(ListingSerializer):
    budget = serializers.DecimalField(max_digits=16, decimal_places=2, allow_null=True)
    negotiable = serializers.BooleanField()
    deadline = serializers.DateField(allow_null=True)

    class Meta:
        model = Demand


class MatchSerializer(serializers.Serializer[Any]):
    kind = serializers.CharField()
    id = serializers.IntegerField()
    title = serializers.CharField()
    organization = serializers.CharField()
    region = serializers.CharField()
    score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())


class ContractInSerializer(serializers.Serializer[Any]):
    """A contract submitted by one of its parties; organisations by credit code."""

    contract_no = serializers.CharField(max_length=60)
    title = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=ContractKind.choices)
    seller = serializers.CharField(max_length=18, help_text="卖方统一社会信用代码")
    buyer = serializers.CharField(
        max_length=18,
        required=False,
        allow_blank=True,
        help_text="买方统一社会信用代码（境内已登记机构）",
    )
    buyer_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    buyer_country = serializers.CharField(max_length=60, required=False, allow_blank=True)
    signed_on = serializers.DateField()
    total_amount = serializers.DecimalField(max_digits=16, decimal_places=2, min_value=Decimal("0"))
    tech_amount = serializers.DecimalField(max_digits=16, decimal_places=2, min_value=Decimal("0"))
    paid_amount = serializers.DecimalField(
        max_digits=16, decimal_places=2, required=False, min_value=Decimal("0")
    )


class ContractOutSerializer(serializers.ModelSerializer[TechContract]):
    seller = serializers.CharField(source="seller.name")
    seller_region = serializers.CharField(source="seller_region_id")
    buyer_region = serializers.CharField(source="buyer_region_id", allow_null=True)

    class Meta:
        model = TechContract
        fields = [
            "id",
            "contract_no",
            "title",
            "kind",
            "seller",
            "seller_region",
            "buyer_name",
            "buyer_region",
            "buyer_country",
            "signed_on",
            "total_amount",
            "tech_amount",
            "paid_amount",
            "status",
            "flags",
            "registration_no",
            "registered_at",
        ]
