"""Every field of every project model carries a data classification; sensitive fields are
stored encrypted."""

from __future__ import annotations

import django.apps

from apps.core.classification import CLASSIFICATION, DataClass
from apps.core.fields import EncryptedCharField


def _fields(model):
    return {
        f.name
        for f in model._meta.get_fields()
        if ((f.concrete or f.many_to_many) and not f.auto_created) or f.name == "id"
    }


def test_every_field_is_classified():
    missing, stale = [], []
    for model in django.apps.apps.get_models():
        if not model.__module__.startswith("apps."):
            continue
        listed = CLASSIFICATION.get(model._meta.label, {})
        fields = _fields(model)
        missing += [f"{model._meta.label}.{f}" for f in sorted(fields - set(listed))]
        stale += [f"{model._meta.label}.{f}" for f in sorted(set(listed) - fields)]
    assert missing == [] and stale == []


def test_sensitive_fields_are_encrypted_fields():
    for model in django.apps.apps.get_models():
        for name, level in CLASSIFICATION.get(model._meta.label, {}).items():
            if level == DataClass.SENSITIVE:
                assert isinstance(model._meta.get_field(name), EncryptedCharField), name
