"""Request context for audit rows, and recording of refused page requests."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from apps.accounts.permissions import AccessDenied
from apps.audit import context
from apps.audit.services import audit_refused


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR, or the address a trusted reverse proxy put in X-Forwarded-For."""
    hops = getattr(settings, "KECHUANG_TRUSTED_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(chain) >= hops:
            return chain[-hops][:45]
    return str(request.META.get("REMOTE_ADDR", ""))[:45]


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = context.set_current(
            context.RequestContext(
                ip=client_ip(request),
                user_agent=request.META.get("HTTP_USER_AGENT", ""),
                request_id=str(uuid.uuid4()),
            )
        )
        try:
            return self.get_response(request)
        finally:
            context.reset(token)

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        # A service that audited its own refusal (e.g. a refused transition) marks it `audited`.
        if isinstance(exception, AccessDenied) and not getattr(exception, "audited", False):
            user = request.user if request.user.is_authenticated else None
            audit_refused(
                actor=user,  # type: ignore[arg-type]
                action=exception.permission,
                object_type="page",
                object_id=request.path[:64],
                message=exception.message,
            )
