"""Serializer base shared by the apps' APIs."""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from django.db import models
from rest_framework import serializers

M = TypeVar("M", bound=models.Model)


class ModelSerializer(serializers.ModelSerializer[M]):
    """DRF's ModelSerializer with its fields worked out from the model once per class.

    DRF introspects the model again for every serializer it creates, about 0.3 ms of CPU per
    application answer (bench/request_cpu.py) on the busiest requests of a deadline. The
    fields depend only on the class (its declared fields and Meta), so the first instance's
    are kept; each instance gets its own copies, as fields are bound to their serializer."""

    def get_fields(self) -> dict[str, Any]:
        cls = type(self)
        built: dict[str, Any] | None = cls.__dict__.get("_fields_built")
        if built is None:
            built = super().get_fields()
            cls._fields_built = built  # type: ignore[attr-defined]
        return copy.deepcopy(built)
