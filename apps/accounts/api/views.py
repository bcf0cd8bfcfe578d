"""POST /api/v1/auth/token: exchange a user name and password for a bearer token."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from apps.accounts.services import api_token_issue
from apps.audit.choices import LoginOutcome
from apps.audit.services import login_record


class TokenRequestSerializer(serializers.Serializer[Any]):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, trim_whitespace=False)


class TokenThrottle(AnonRateThrottle):
    rate = "30/min"


class TokenView(APIView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes = [TokenThrottle]

    @extend_schema(
        request=TokenRequestSerializer,
        responses=inline_serializer(
            "TokenResponse",
            {"token": serializers.CharField(), "expires": serializers.DateTimeField()},
        ),
        summary="申请接口令牌",
    )
    def post(self, request: Request) -> Response:
        form = TokenRequestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        username = form.validated_data["username"]
        # authenticate() sends user_login_failed, which writes the login log on failure.
        user = authenticate(
            request._request, username=username, password=form.validated_data["password"]
        )
        if user is None:
            return Response({"detail": "用户名或密码错误。"}, status=status.HTTP_401_UNAUTHORIZED)
        token, key = api_token_issue(user=user)  # type: ignore[arg-type]
        login_record(user=user, username=user.username, outcome=LoginOutcome.TOKEN)  # type: ignore[arg-type]
        return Response({"token": key, "expires": token.expires_at})
