"""GET /api/v1/organizations/ and /api/v1/organizations/<id>/ — scoped like the pages."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from apps.accounts.permissions import require
from apps.core.api.pagination import PageNumberPagination
from apps.core.pages import acting_user
from apps.organizations import policies, selectors
from apps.organizations.api.serializers import OrganizationDetailSerializer, OrganizationSerializer
from apps.organizations.models import Organization

LIST_PARAMS = [
    OpenApiParameter(
        "q", OpenApiTypes.STR, description="名称（简繁体、拼音首字母）或统一社会信用代码"
    ),
    OpenApiParameter(
        "region", OpenApiTypes.STR, description="区划代码，含下级；超出管辖范围返回 404"
    ),
    OpenApiParameter("chain", OpenApiTypes.STR, description="产业链编码"),
    OpenApiParameter("qualification", OpenApiTypes.STR, description="资质编码（当日有效）"),
    OpenApiParameter("on", OpenApiTypes.DATE, description="资质有效日期，默认今天"),
    OpenApiParameter("size", OpenApiTypes.STR),
    OpenApiParameter("kind", OpenApiTypes.STR),
]


class RegistryPagination(PageNumberPagination):
    django_paginator_class = selectors.RegistryPaginator


class OrganizationViewSet(viewsets.GenericViewSet[Organization]):
    serializer_class = OrganizationSerializer
    pagination_class = RegistryPagination
    filter_backends: list[Any] = []  # the shared FilterSet is applied in the selector

    @extend_schema(parameters=LIST_PARAMS, summary="机构列表")
    def list(self, request: Request) -> Response:
        require(acting_user(request), "organizations.view")
        filterset = selectors.organization_filter(request=request, params=request.query_params)  # type: ignore[arg-type]
        if not filterset.is_valid():
            return Response({"detail": "筛选条件无效。", "errors": filterset.errors}, status=400)
        page = self.paginate_queryset(filterset.qs.prefetch_related("chains"))
        return self.get_paginated_response(OrganizationSerializer(page, many=True).data)

    @extend_schema(
        responses=OrganizationDetailSerializer,
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
        summary="机构详情",
    )
    def retrieve(self, request: Request, pk: str) -> Response:
        require(acting_user(request), "organizations.view")
        try:
            key = int(pk)
        except ValueError:
            from django.http import Http404

            raise Http404 from None
        org = selectors.organization_get(actor=acting_user(request), pk=key)
        context = {
            "full": policies.sees_full_record(acting_user(request), org),
            "qualifications": selectors.organization_qualifications(
                actor=acting_user(request),
                organization=org,  # type: ignore[arg-type]
            ),
        }
        return Response(OrganizationDetailSerializer(org, context=context).data)
