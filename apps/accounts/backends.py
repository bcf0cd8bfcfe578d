"""Password sign-in, and the user of every signed-in request loaded with their region."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from apps.core.scoping import unique_or_none


class RegionModelBackend(ModelBackend):
    """Django's ModelBackend, except that the user of a session comes with their region in the
    same statement: the scoped reads (`visible_to`) and the page header ask for it on nearly
    every request, which otherwise cost a second statement per signed-in page."""

    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        user = unique_or_none(model._default_manager.select_related("region").filter(pk=user_id))
        return user if user is not None and self.user_can_authenticate(user) else None
