"""Session control, second factor and password age, checked on every signed-in request."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from apps.accounts.sessions import (
    LOGIN_AT,
    TOUCH_EVERY_SECONDS,
    TOUCHED_AT,
    session_is_live,
    session_mark_ended,
    session_seen,
)

Handler = Callable[[HttpRequest], HttpResponse]
OPEN_PREFIXES = (
    "/static/",
    "/healthz",
    "/i18n/",
    "/favicon",
    "/accounts/login/",
    "/accounts/logout/",
)


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


class SessionControlMiddleware:
    """Ends sessions that were ended elsewhere (forced out, "end my other sessions") or that
    passed the absolute lifetime; the idle timeout is the session cookie's own age, restarted
    by touching the session at most once a minute (a save sets the new expiry and cookie)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "_auth_user_id" in request.session:
            live = session_is_live(request.session.session_key)
            started = request.session.get(LOGIN_AT, 0)
            too_old = time.time() - started > settings.KECHUANG_SESSION_ABSOLUTE_SECONDS
            if live is None or too_old:
                session_mark_ended(
                    session_key=request.session.session_key,
                    reason="超过最长时限" if live else "已被结束",
                )
                logout(request)
                message = (
                    "会话已超过最长时限，请重新登录。" if too_old else "会话已结束，请重新登录。"
                )
                if _is_api(request):
                    return JsonResponse({"detail": message}, status=401)
                messages.info(request, message)
                return redirect(f"{reverse('accounts:login')}?next={request.path}")
            now = time.time()
            if now - request.session.get(TOUCHED_AT, 0) > TOUCH_EVERY_SECONDS:
                request.session[TOUCHED_AT] = now
                session_seen(live)
        return self.get_response(request)


class SecondFactorMiddleware:
    """Roles in KECHUANG_2FA_ROLES reach nothing but the second-factor pages until verified."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.needs_second_factor
            and not user.is_verified()
            and not request.path.startswith((*OPEN_PREFIXES, "/accounts/2fa/"))
        ):
            if _is_api(request):
                return JsonResponse({"detail": "需要先完成动态口令验证。"}, status=403)
            from django_otp.plugins.otp_totp.models import TOTPDevice

            confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
            target = "accounts:otp_verify" if confirmed else "accounts:otp_setup"
            return redirect(f"{reverse(target)}?next={request.get_full_path()}")
        return self.get_response(request)


class PasswordExpiryMiddleware:
    """After KECHUANG_PASSWORD_MAX_AGE_DAYS the next request leads to the change-password page."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        days = settings.KECHUANG_PASSWORD_MAX_AGE_DAYS
        if (
            days
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(
                (*OPEN_PREFIXES, "/accounts/2fa/", "/accounts/password/")
            )
        ):
            changed = user.password_changed_at
            if changed is None or timezone.now() - changed > timedelta(days=days):
                if _is_api(request):
                    return JsonResponse({"detail": "密码已过期，请先修改密码。"}, status=403)
                messages.warning(request, f"密码已超过 {days} 天未修改，请先修改密码。")
                return redirect("accounts:password_change")
        return self.get_response(request)
