"""Model fields for personal data: stored encrypted with SM4, read back as plain text.

Only `isnull`/`exact ''` make sense on ciphertext; other lookups are refused so that nobody
writes a query that silently never matches.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models

from apps.core import crypto


class EncryptedCharField(models.TextField):  # type: ignore[type-arg]
    description = "SM4-encrypted text"

    def __init__(self, *args: Any, max_plain_length: int = 64, **kwargs: Any) -> None:
        self.max_plain_length = max_plain_length
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["max_plain_length"] = self.max_plain_length
        return name, path, args, kwargs

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None or value == "":
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        if isinstance(value, str) and value.startswith(crypto.PREFIX):
            return value
        return crypto.encrypt(str(value))

    def formfield(
        self,
        form_class: type[forms.Field] | None = None,
        choices_form_class: type[forms.ChoiceField] | None = None,
        **kwargs: Any,
    ) -> forms.Field | None:
        """A one-line input bounded by the plain length (a TextField would give a textarea
        without a limit: the stored ciphertext is long, the number typed is not)."""
        return models.Field.formfield(
            self,
            form_class=form_class,
            choices_form_class=choices_form_class,
            **{"max_length": self.max_plain_length, **kwargs},
        )

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name not in ("isnull", "exact"):
            raise NotImplementedError(f"加密字段不支持 {lookup_name} 查询。")
        return super().get_lookup(lookup_name)
