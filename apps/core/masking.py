"""Masking of personal data in pages, API answers and exports (revealed only on purpose)."""

from __future__ import annotations

import re
from typing import Any

from django import forms

MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")
ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


def mask_mobile(value: str | None) -> str:
    if not value:
        return ""
    digits = str(value)
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 7 else "****"


def mask_id_number(value: str | None) -> str:
    if not value:
        return ""
    text = str(value)
    return text[:6] + "********" + text[-4:] if len(text) >= 10 else "****"


def valid_id_number(value: str) -> bool:
    """An 18-character resident ID number whose check character (ISO 7064) is right."""
    if not re.fullmatch(r"\d{17}[\dXx]", value):
        return False
    year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17].upper()


def find_unmasked(text: str) -> list[str]:
    """Mobile numbers and valid ID numbers appearing in full in `text` (for the test scanner)."""
    found = list(MOBILE.findall(text))
    found += [m for m in ID_NUMBER.findall(text) if valid_id_number(m)]
    return found


class PersonalInput(forms.TextInput):
    """A text box for a mobile or ID number that never renders a value back into the page.

    No page may carry such a number unmasked (the response scanner of the tests enforces it),
    so a form shown again after an error asks for these two fields once more — like a
    password — and forms that edit a profile leave them blank, where blank means unchanged.
    Templates that draw inputs by hand test `widget.no_echo`.
    """

    no_echo = True

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        return super().get_context(name, None, attrs)
