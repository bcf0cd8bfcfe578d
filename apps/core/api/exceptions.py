"""API errors: Chinese messages, refused attempts recorded in the audit log."""

from __future__ import annotations

from typing import Any

from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.accounts.permissions import AccessDenied
from apps.audit.services import audit_refused


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, AccessDenied) and not getattr(exc, "audited", False):
        request = context.get("request")
        user = getattr(request, "user", None)
        audit_refused(
            actor=user if user is not None and user.is_authenticated else None,
            action=exc.permission,
            object_type="api",
            object_id=(request.path[:64] if request is not None else ""),
            message=exc.message,
        )
    return drf_exception_handler(exc, context)
