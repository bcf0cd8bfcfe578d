"""django-axes hooks: lockout keyed by (lower-cased user name, client address), Chinese answer."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

LOCKED_MESSAGE = "登录失败次数过多，账号已在本地址临时锁定，请 {minutes} 分钟后再试。"


def username_of(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(value).strip().lower()


def locked_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return LOCKED_MESSAGE.format(minutes=minutes)


def lockout_response(
    request: HttpRequest,
    original_response: Any = None,
    credentials: Any = None,
    *args: Any,
    **kwargs: Any,
) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": locked_message()}, status=429)
    return render(request, "accounts/locked.html", {"message": locked_message()}, status=429)
