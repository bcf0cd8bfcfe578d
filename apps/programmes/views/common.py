"""Helpers shared by the programme pages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from apps.core.pages import acting_user
from apps.programmes import selectors
from apps.programmes.models import Application


def application_for(request: HttpRequest, pk: int) -> Application:
    return selectors.application_get(actor=acting_user(request), pk=pk)


def post_list(request: HttpRequest, name: str) -> list[str]:
    return [v for v in request.POST.getlist(name) if v]


def first_error(errors: dict[str, Any]) -> str:
    return "；".join(str(v) for v in errors.values())
