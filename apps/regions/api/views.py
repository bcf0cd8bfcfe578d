"""GET /api/v1/regions/?parent=<code> — children of a node, within the caller's scope."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.core.scoping import visible_to
from apps.regions.models import Region
from apps.regions.selectors import region_children, region_get


class RegionSerializer(serializers.ModelSerializer[Region]):
    parent = serializers.CharField(source="parent_id", allow_null=True)  # type: ignore[assignment]

    class Meta:
        model = Region
        fields = ["code", "name", "level", "parent", "zone_kind", "zone_rank"]


class RegionViewSet(viewsets.GenericViewSet[Region]):
    serializer_class = RegionSerializer
    lookup_field = "code"
    filter_backends: list[Any] = []

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "parent",
                OpenApiTypes.STR,
                description="上级区划代码；省略时返回调用者可见的最高层级",
            )
        ],
        summary="行政区划（下级列表）",
    )
    def list(self, request: Request) -> Response:
        require(acting_user(request), "regions.view")
        parent_code = request.query_params.get("parent")
        if parent_code:
            parent = region_get(actor=acting_user(request), code=parent_code)
            qs = region_children(actor=acting_user(request), parent=parent)
        else:
            visible = visible_to(acting_user(request), Region)
            top = visible.order_by("depth").values_list("depth", flat=True).first()
            qs = visible.filter(depth=top) if top is not None else visible
        page = self.paginate_queryset(qs.order_by("code"))
        return self.get_paginated_response(RegionSerializer(page, many=True).data)

    @extend_schema(
        parameters=[OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH)],
        summary="区划详情",
    )
    def retrieve(self, request: Request, code: str) -> Response:
        require(acting_user(request), "regions.view")
        return Response(RegionSerializer(region_get(actor=acting_user(request), code=code)).data)
