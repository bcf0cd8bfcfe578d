"""Reading settings from the environment, failing fast with a message an operator can act on.

Every setting that comes from the environment goes through these helpers so that a wrong value
stops the process at start-up with the variable's name and what was expected, instead of
surfacing later as an obscure error.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _fail(name: str, expected: str, value: str) -> ImproperlyConfigured:
    return ImproperlyConfigured(
        f"环境变量 {name} 的值无效：{value!r}，应为{expected}。"
        f" / Environment variable {name} is invalid: {value!r}; expected {expected}."
    )


def env_str(name: str, default: str | None = None) -> str:
    """A string; without a default the variable is required."""
    value = os.environ.get(name)
    if value is None:
        if default is None:
            raise ImproperlyConfigured(
                f"缺少环境变量 {name}。 / Environment variable {name} is required."
            )
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _fail(name, "true/false（1/0）", raw)


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _fail(name, "整数", raw) from None
    if value < minimum:
        raise _fail(name, f"不小于 {minimum} 的整数", raw)
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]
