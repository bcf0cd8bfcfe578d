"""GET /api/v1/market/achievements|demands/ (public), …/demands/<id>/matches/,
GET|POST /api/v1/market/contracts/ (token or session)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.market import contract_services, matching, selectors
from apps.market.api.serializers import (
    AchievementSerializer,
    ContractInSerializer,
    ContractOutSerializer,
    DemandSerializer,
    MatchSerializer,
)
from apps.organizations.selectors import organization_by_code

LIST_PARAMS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="关键词（简繁体均可；机构名拼音首字母）"),
    OpenApiParameter("field", OpenApiTypes.STR, description="技术领域编码"),
    OpenApiParameter("region", OpenApiTypes.STR, description="区划代码（含下级）"),
    OpenApiParameter("chain", OpenApiTypes.STR, description="产业链（专业市场）编码"),
]
ACHIEVEMENT_PARAMS = [
    *LIST_PARAMS,
    OpenApiParameter("maturity_min", OpenApiTypes.INT, description="技术成熟度不低于（1–9）"),
    OpenApiParameter("mode", OpenApiTypes.STR, description="转化方式"),
    OpenApiParameter("price_max", OpenApiTypes.NUMBER, description="参考价格不高于（元）"),
]


def _pk(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise Http404 from None


class _PublicListings(viewsets.GenericViewSet[Any]):
    """Published listings for anyone, without login (public fields only)."""

    permission_classes = [AllowAny]
    filter_backends: list[Any] = []
    kind = "achievement"

    def _list(self, request: Request) -> Response:
        filterset = selectors.public_filter(kind=self.kind, params=request.query_params)  # type: ignore[arg-type]
        if not filterset.is_valid():
            return Response({"detail": "筛选条件无效。", "errors": filterset.errors}, status=400)
        page = self.paginate_queryset(filterset.qs)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def _retrieve(self, pk: str) -> Response:
        obj = selectors.public_get(kind=self.kind, pk=_pk(pk))
        return Response(self.get_serializer(obj).data)


class AchievementViewSet(_PublicListings):
    serializer_class = AchievementSerializer
    kind = "achievement"

    @extend_schema(parameters=ACHIEVEMENT_PARAMS, summary="科技成果检索（公开）")
    def list(self, request: Request) -> Response:
        return self._list(request)

    @extend_schema(
        summary="科技成果详情（公开）",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
    )
    def retrieve(self, request: Request, pk: str) -> Response:
        return self._retrieve(pk)


class DemandViewSet(_PublicListings):
    serializer_class = DemandSerializer
    kind = "demand"

    @extend_schema(parameters=LIST_PARAMS, summary="技术需求检索（公开）")
    def list(self, request: Request) -> Response:
        return self._list(request)

    @extend_schema(
        summary="技术需求详情（公开）",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
    )
    def retrieve(self, request: Request, pk: str) -> Response:
        return self._retrieve(pk)

    @extend_schema(
        summary="需求的匹配成果（附得分与理由）",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
        responses=MatchSerializer(many=True),
    )
    @action(detail=True, methods=["get"], permission_classes=[IsAuthenticated])
    def matches(self, request: Request, pk: str) -> Response:
        actor = acting_user(request)
        require(actor, "market.match")
        demand = selectors.listing_get(actor=actor, kind="demand", pk=_pk(pk))
        results = [
            {
                "kind": "achievement",
                "id": s.obj.pk,
                "title": s.obj.title,
                "organization": s.obj.organization.name,
                "region": s.obj.region_id,
                "score": s.score,
                "reasons": s.reasons,
            }
            for s in matching.best_for(demand, target="achievement", limit=10)
        ]
        institutions = [
            {
                "kind": "organization",
                "id": s.obj.pk,
                "title": s.obj.name,
                "organization": s.obj.name,
                "region": s.obj.region_id,
                "score": s.score,
                "reasons": s.reasons,
            }
            for s in matching.institutions_for(demand)
        ]
        return Response(
            {
                "demand": demand.pk,
                "count": len(results),
                "results": results,
                "institutions": institutions,
            }
        )


class ContractViewSet(viewsets.GenericViewSet[Any]):
    """Technical contracts: the parties submit, the registration office registers."""

    serializer_class = ContractOutSerializer
    filter_backends: list[Any] = []

    @extend_schema(summary="技术合同列表（按管辖范围或本单位）")
    def list(self, request: Request) -> Response:
        require(acting_user(request), "market.contracts.view")
        filterset = selectors.contract_filter(request=request, params=request.query_params)  # type: ignore[arg-type]
        if not filterset.is_valid():
            return Response({"detail": "筛选条件无效。", "errors": filterset.errors}, status=400)
        page = self.paginate_queryset(filterset.qs)
        return self.get_paginated_response(ContractOutSerializer(page, many=True).data)

    @extend_schema(
        summary="提交技术合同登记",
        request=ContractInSerializer,
        responses={201: ContractOutSerializer},
    )
    def create(self, request: Request) -> Response:
        actor = acting_user(request)
        require(actor, "market.contracts.submit")
        incoming = ContractInSerializer(data=request.data)
        if not incoming.is_valid():
            return Response({"detail": "提交内容有误。", "errors": incoming.errors}, status=400)
        data = dict(incoming.validated_data)
        errors: dict[str, str] = {}
        seller = organization_by_code(data.pop("seller").strip().upper())
        if seller is None:
            errors["seller"] = "卖方未在主体库登记。"
        buyer_code = (data.pop("buyer", "") or "").strip().upper()
        buyer = organization_by_code(buyer_code) if buyer_code else None
        if buyer_code and buyer is None:
            errors["buyer"] = "买方未在主体库登记。"
        if errors:
            return Response({"detail": "提交内容有误。", "errors": errors}, status=400)
        try:
            contract = contract_services.contract_submit(
                actor=actor, seller=seller, buyer=buyer, **data
            )
        except ValidationError as exc:
            return Response(
                {"detail": "未通过登记检查，未保存。", "errors": exc.message_dict}, status=400
            )
        return Response(ContractOutSerializer(contract).data, status=status.HTTP_201_CREATED)
