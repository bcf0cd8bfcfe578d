"""Deploy checks: the cryptographic keys load (so a missing key stops the deploy, not a user)."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, register
from django.core.exceptions import ImproperlyConfigured


@register("security", deploy=True)
def check_crypto_keys(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    from apps.core import crypto

    errors: list[CheckMessage] = []
    for loader in (crypto.sm4_key, crypto.integrity_key):
        try:
            loader()
        except ImproperlyConfigured as exc:
            errors.append(Error(str(exc), id="core.E001"))
    return errors
