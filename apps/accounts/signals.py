"""Login log receivers and the session registry: every login, failure, lockout and logout."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from apps.accounts.sessions import session_mark_ended, session_start
from apps.audit.choices import LoginOutcome
from apps.audit.services import login_record


@receiver(user_logged_in)
def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    login_record(user=user, username=user.username, outcome=LoginOutcome.SUCCESS)
    if request is not None and hasattr(request, "session"):
        session_start(request=request, user=user)


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    login_record(
        user=None, username=str(credentials.get("username", "")), outcome=LoginOutcome.FAILURE
    )


@receiver(user_locked_out)
def on_locked_out(sender: Any, request: Any, username: str, ip_address: str, **kwargs: Any) -> None:
    login_record(user=None, username=username or "", outcome=LoginOutcome.LOCKED)


@receiver(user_logged_out)
def on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        login_record(user=user, username=user.username, outcome=LoginOutcome.LOGOUT)
    if request is not None and hasattr(request, "session"):
        session_mark_ended(session_key=request.session.session_key, reason="退出登录")
