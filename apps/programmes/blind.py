"""Blind review (盲评): what an expert may see of an application when the call says so.

A configuration's `scoring.blind` turns it on. Then nothing an expert can reach names the
applicant: the form's identifying fields are replaced by “（盲评隐去）”, team members are
left out, attachments are offered as 附件1.pdf, 附件2.png… with their metadata stripped
(PDF document info and XMP, PNG text chunks, JPEG EXIF, Office document properties), and the
申报书 PDF is printed from a reviewer template without the applicant block and with neutral
document properties.

A form field identifies the applicant when it says `"identifying": true`; without the key, a
team field does, and so does a field whose label names a unit, a person or a contact
(`IDENTIFYING_WORDS`). `"identifying": false` overrides the default (e.g. a 产品名称).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from apps.programmes.validation import fields_of

REDACTED = "（盲评隐去）"
IDENTIFYING_WORDS = (
    "单位",
    "联系人",
    "负责人",
    "姓名",
    "团队",
    "成员",
    "电话",
    "手机",
    "邮箱",
    "信用代码",
    "法人",
    "地址",
)


def is_blind(scoring: Mapping[str, Any] | None) -> bool:
    return bool((scoring or {}).get("blind"))


def identifying(field: Mapping[str, Any]) -> bool:
    """Whether a form field names the applicant (explicit flag first, then the defaults)."""
    flag = field.get("identifying")
    if isinstance(flag, bool):
        return flag
    if field.get("type") == "team":
        return True
    label = str(field.get("label", ""))
    return any(word in label for word in IDENTIFYING_WORDS)


def identifying_names(form: Mapping[str, Any] | None) -> set[str]:
    return {f["name"] for f in fields_of(dict(form or {})) if identifying(f)}


def redacted_data(form: Mapping[str, Any] | None, data: Mapping[str, Any]) -> dict[str, Any]:
    """The form data with every identifying field's value replaced."""
    hidden = identifying_names(form)
    return {k: (REDACTED if k in hidden else v) for k, v in data.items()}


def blind_name(index: int, kind: str) -> str:
    """The name a blind reviewer downloads an attachment under (1-based)."""
    ext = {"jpeg": "jpg"}.get(kind, kind) or "bin"
    return f"附件{index}.{re.sub(r'[^a-z0-9]', '', ext.lower())[:8] or 'bin'}"


# --- stripping file metadata -----------------------------------------------------------------


class ScrubFailed(ValueError):
    """A file whose metadata cannot be stripped is not handed to a blind reviewer."""


def scrub(data: bytes, kind: str) -> bytes:
    """The file without author/title/creator metadata (or ScrubFailed)."""
    try:
        if kind == "pdf":
            return _scrub_pdf(data)
        if kind in ("png", "jpeg"):
            return _scrub_image(data, kind)
        if kind in ("docx", "xlsx"):
            return _scrub_office(data)
    except ScrubFailed:
        raise
    except Exception as exc:  # a malformed file: refuse rather than leak
        raise ScrubFailed(f"无法去除附件的元数据：{type(exc).__name__}") from exc
    raise ScrubFailed(f"盲评不支持该附件类型：{kind}")


def _scrub_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ScrubFailed("加密的 PDF 无法去除元数据。")
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None  # the whole document-information dictionary
    for holder in (writer._root_object, *writer.pages):
        for key in ("/Metadata", "/PieceInfo"):  # XMP packets and application private data
            if NameObject(key) in holder:
                del holder[NameObject(key)]
    writer.add_metadata({"/Title": "附件", "/Producer": "科创平台"})
    # the detached XMP stream would still be written: drop every unreferenced object
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scrub_image(data: bytes, kind: str) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.load()
        clean = image.copy()
    clean.info = {}  # text chunks, EXIF, XMP, comments: saved only when passed, so none is
    out = io.BytesIO()
    clean.save(out, format="PNG" if kind == "png" else "JPEG", quality=92)
    return out.getvalue()


_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    b'metadata/core-properties"/>'
)


def _scrub_office(data: bytes) -> bytes:
    """An Office file with empty core properties and without app/custom properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            name = item.filename
            if name == "docProps/core.xml":
                dst.writestr(name, _EMPTY_CORE)
            elif name in ("docProps/app.xml", "docProps/custom.xml"):
                dst.writestr(name, b'<?xml version="1.0" encoding="UTF-8"?><Properties/>')
            else:
                dst.writestr(item, src.read(name))
    return out.getvalue()
