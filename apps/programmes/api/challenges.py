"""揭榜挂帅 through the API: the public challenge list (no login, like the page), one
challenge, a bid (揭榜) with partner organisations, and a draft bid's partners.

The page's selectors and services: `selectors.public_challenges` / `public_contact` (contact
masked), `services_challenges.challenge_bid` and `bid_partners_set`. A draft challenge is 404
for everybody; a bid after the deadline is 409 and audited; a bid of another organisation is
404.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import has_perm, require
from apps.core.pages import acting_user
from apps.programmes import selectors
from apps.programmes import services_challenges as ch
from apps.programmes.api.serializers import ApplicationDetailSerializer
from apps.programmes.api.views import ID, REFUSALS, _application, _error
from apps.programmes.errors import ProgrammeError
from apps.programmes.models import Application, BidPartner, Challenge


def _pk(value: Any) -> int:
    from django.http import Http404

    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404("未找到") from None


class ChallengeSerializer(serializers.ModelSerializer[Challenge]):
    """The public fields of a challenge, as the public page shows them."""

    call_name = serializers.CharField(source="call.name")
    region_name = serializers.CharField(source="region.name")
    mode_display = serializers.CharField(source="get_mode_display")
    status_display = serializers.CharField(source="get_status_display")
    contact = serializers.SerializerMethodField(help_text="联系人（脱敏，揭榜后由平台对接）")
    bidding_problem = serializers.SerializerMethodField(help_text="不能揭榜的原因；可揭榜时为空")

    class Meta:
        model = Challenge
        fields = [
            "id",
            "call",
            "call_name",
            "title",
            "summary",
            "targets",
            "field",
            "budget",
            "mode",
            "mode_display",
            "max_winners",
            "bid_closes_at",
            "region",
            "region_name",
            "status",
            "status_display",
            "published_at",
            "contact",
            "bidding_problem",
        ]

    def get_contact(self, obj: Challenge) -> str:
        return selectors.public_contact(obj)

    def get_bidding_problem(self, obj: Challenge) -> str:
        return ch.bidding_problem(obj)


class ChallengeDetailSerializer(ChallengeSerializer):
    my_bids = serializers.SerializerMethodField(help_text="本单位在该榜单项目上的揭榜申报")

    class Meta(ChallengeSerializer.Meta):
        fields = [*ChallengeSerializer.Meta.fields, "my_bids"]

    def get_my_bids(self, obj: Challenge) -> list[dict[str, Any]]:
        actor = self.context.get("actor")
        if actor is None or not has_perm(actor, "programmes.apply"):
            return []
        return [
            {"id": b.pk, "title": b.title, "status": b.status}
            for b in selectors.challenge_bids(actor=actor, challenge=obj)
        ]


class ChallengeViewSet(viewsets.GenericViewSet[Challenge]):
    """Published challenges for anyone, without login (public fields, contact masked)."""

    permission_classes = [AllowAny]
    serializer_class = ChallengeSerializer
    filter_backends: list[Any] = []

    @extend_schema(summary="揭榜挂帅榜单（公开）")
    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(selectors.public_challenges())
        return self.get_paginated_response(ChallengeSerializer(page, many=True).data)

    @extend_schema(
        parameters=[ID],
        responses={200: ChallengeDetailSerializer, 404: REFUSALS[404]},
        summary="榜单项目详情（公开）",
    )
    def retrieve(self, request: Request, pk: str) -> Response:
        challenge = selectors.public_challenge_get(_pk(pk))
        user = request.user if request.user and request.user.is_authenticated else None
        return Response(ChallengeDetailSerializer(challenge, context={"actor": user}).data)


class PartnerSerializer(serializers.Serializer[Any]):
    credit_code = serializers.CharField(help_text="联合单位统一社会信用代码（须已登记）")
    role = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)


class BidSerializer(serializers.Serializer[Any]):
    title = serializers.CharField(max_length=200, help_text="揭榜项目名称")
    partners = PartnerSerializer(many=True, required=False, default=list)
    data = serializers.DictField(required=False, default=dict)  # type: ignore[assignment]


class PartnersSerializer(serializers.Serializer[Any]):
    partners = PartnerSerializer(many=True)


class PartnerOutSerializer(serializers.ModelSerializer[BidPartner]):
    credit_code = serializers.CharField(source="organization.credit_code")
    name = serializers.CharField(source="organization.name")
    kind = serializers.CharField(source="organization.kind")

    class Meta:
        model = BidPartner
        fields = ["credit_code", "name", "kind", "role"]


def _partners(data: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"credit_code": p["credit_code"], "role": p.get("role", "")} for p in data]


class ChallengeBidView(APIView):
    @extend_schema(
        parameters=[ID],
        request=BidSerializer,
        responses={201: ApplicationDetailSerializer, **REFUSALS},
        summary="揭榜：创建揭榜申报草稿（本单位牵头，附联合单位）",
        description=(
            "与页面相同：只在榜单发布后、揭榜截止前（以服务器时间为准）；每个单位每个榜单项目"
            "一份。之后用申报接口填写、上传方案书并提交；提交时须有企业与高校或科研院所联合。"
        ),
    )
    def post(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        challenge = selectors.public_challenge_get(pk)
        form = BidSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        v = form.validated_data
        try:
            app = ch.challenge_bid(
                actor=actor,
                challenge=challenge,
                title=v["title"],
                partners=_partners(v["partners"]),
                data=v["data"],
            )
        except ProgrammeError as exc:
            return _error(exc)
        body = ApplicationDetailSerializer(app, context={"actor": actor}).data
        return Response(body, status=status.HTTP_201_CREATED)


class BidPartnersView(APIView):
    def _rows(self, request: Request, app: Application) -> Response:
        rows = selectors.bid_partners(actor=acting_user(request), application=app)
        return Response(PartnerOutSerializer(rows, many=True).data)

    @extend_schema(
        parameters=[ID],
        responses={200: PartnerOutSerializer(many=True), 404: REFUSALS[404]},
        summary="揭榜申报的联合单位",
    )
    def get(self, request: Request, pk: int) -> Response:
        require(acting_user(request), "programmes.view")
        return self._rows(request, _application(request, pk))

    @extend_schema(
        parameters=[ID],
        request=PartnersSerializer,
        responses={200: PartnerOutSerializer(many=True), **REFUSALS},
        summary="替换揭榜申报的联合单位（草稿或退回修改时）",
    )
    def put(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.apply")
        app = _application(request, pk)
        form = PartnersSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            ch.bid_partners_set(
                actor=actor, application=app, partners=_partners(form.validated_data["partners"])
            )
        except ProgrammeError as exc:
            return _error(exc)
        return self._rows(request, app)
