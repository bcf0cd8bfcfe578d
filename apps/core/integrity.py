"""HMAC-SM3 seals on amounts and decisions, so a value changed behind the application's back
is found by `manage.py integrity_verify`.

A model opts in with `@sealed("field", ...)` and a `seal` column; services call `seal_of(obj)`
before saving. The sealed fields include the row's natural identity (credit code, the
organisation and type of a decision), so a value and its seal cannot be moved to another row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from django.db import models

from apps.core.crypto import mac

M = TypeVar("M", bound=models.Model)
SEALED: dict[type[models.Model], tuple[str, ...]] = {}


def sealed(*fields: str) -> Callable[[type[M]], type[M]]:
    def register(model: type[M]) -> type[M]:
        SEALED[model] = fields
        return model

    return register


def seal_values(label: str, obj: Any, fields: tuple[str, ...]) -> str:
    """The seal of `obj`'s values of `fields` (works on historical models in migrations)."""
    values = {}
    for name in fields:
        field = obj._meta.get_field(name)
        value = getattr(obj, getattr(field, "attname", name))
        values[name] = None if value is None else str(value)
    return mac(json.dumps([label, values], sort_keys=True, ensure_ascii=False).encode())


def seal_of(obj: models.Model) -> str:
    return seal_values(obj._meta.label, obj, SEALED[type(obj)])


def broken_seals(model: type[models.Model], *, chunk: int = 2000) -> Iterator[models.Model]:
    """Rows of `model` whose stored seal does not match their sealed values."""
    qs = model._default_manager.order_by("pk")
    for obj in qs.iterator(chunk_size=chunk):
        if obj.seal != seal_of(obj):  # type: ignore[attr-defined]
            yield obj
