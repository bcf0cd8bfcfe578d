"""Login log receivers: every login, failed login and logout is written to the login log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from apps.audit.choices import LoginOutcome
from apps.audit.services import login_record


@receiver(user_logged_in)
def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    login_record(user=user, username=user.username, outcome=LoginOutcome.SUCCESS)


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    login_record(
        user=None, username=str(credentials.get("username", "")), outcome=LoginOutcome.FAILURE
    )


@receiver(user_logged_out)
def on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        login_record(user=user, username=user.username, outcome=LoginOutcome.LOGOUT)
