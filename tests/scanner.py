"""The response scanner: no page, JSON or Excel file may contain an unmasked mobile number or a
valid 18-digit ID number, except the reveal endpoints. Installed for every test by conftest."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from apps.core.masking import find_unmasked

REVEAL_PATHS = ("/reveal/",)


def response_text(response: Any) -> str:
    if getattr(response, "streaming", False):
        return ""
    content_type = response.get("Content-Type", "")
    body: bytes = response.content
    if "spreadsheetml" in content_type or body[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as zf:
                return "\n".join(
                    zf.read(n).decode("utf-8", "replace")
                    for n in zf.namelist()
                    if n.endswith(".xml")
                )
        except zipfile.BadZipFile:
            return ""
    if content_type.startswith(("text/", "application/json")):
        return body.decode("utf-8", "replace")
    return ""


def leaks(path: str, response: Any) -> list[str]:
    if any(marker in path for marker in REVEAL_PATHS):
        return []
    return find_unmasked(response_text(response))
