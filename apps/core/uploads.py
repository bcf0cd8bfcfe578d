"""Checking uploaded files: size, type by content (magic bytes, not the name), archive safety
and, when configured, a virus scan by clamd.

`check_upload(f, kinds=...)` returns the detected kind or raises `UploadRejected` with a Chinese
message saying why. clamd is used when KECHUANG_CLAMD is set ("tcp:host:port" or
"unix:/path/to/clamd.ctl"); if it is set but cannot be reached the file is refused (fail
closed), since letting files through unscanned would defeat the point.
"""

from __future__ import annotations

import io
import socket
import struct
import zipfile
from typing import IO

from django.conf import settings

MAX_EXPANDED_BYTES = 400 * 1024 * 1024
MAX_ENTRY_RATIO = 200
KIND_LABELS = {
    "xlsx": "Excel（.xlsx）",
    "docx": "Word（.docx）",
    "pdf": "PDF",
    "png": "PNG 图片",
    "jpeg": "JPEG 图片",
}
# The media type a stored file of each kind is sent with (kinds come from `detect`, so the type
# is the content's, whatever the file was called).
KIND_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
}


def content_type(kind: str) -> str:
    """The media type to send a file of `kind` with; unknown kinds as plain bytes."""
    return KIND_TYPES.get(kind, "application/octet-stream")


class UploadRejected(ValueError):
    """The file cannot be accepted; the message says why."""


def zip_members(data: bytes) -> list[zipfile.ZipInfo]:
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        raise UploadRejected("文件已损坏，无法读取。") from None
    total = 0
    for info in infos:
        if info.filename.startswith("/") or ".." in info.filename.replace("\\", "/").split("/"):
            raise UploadRejected("压缩包内含非法路径（路径穿越），已拒绝。")
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_ENTRY_RATIO:
            raise UploadRejected("文件压缩比异常（疑似压缩炸弹），已拒绝。")
    if total > MAX_EXPANDED_BYTES:
        raise UploadRejected("文件解压后过大（疑似压缩炸弹），已拒绝。")
    return infos


def detect(data: bytes) -> str:
    """The kind of file the bytes are, whatever its name says ('' when unknown)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"PK\x03\x04"):
        names = {i.filename for i in zip_members(data)}
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<script", b"<?xml", b"<svg")):
        return "html"
    return ""


def clamd_scan(data: bytes) -> str | None:
    """The virus name clamd reports, or None if clean. Raises UploadRejected if unreachable."""
    address = getattr(settings, "KECHUANG_CLAMD", "")
    if not address:
        return None
    try:
        if address.startswith("unix:"):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(30)
            sock.connect(address[5:])
        else:
            host, port = address.removeprefix("tcp:").rsplit(":", 1)
            sock = socket.create_connection((host, int(port)), timeout=30)
        with sock:
            sock.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), 65536):
                chunk = data[start : start + 65536]
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            reply = b""
            while not reply.endswith(b"\0"):
                part = sock.recv(4096)
                if not part:
                    break
                reply += part
    except OSError:
        raise UploadRejected("病毒扫描服务暂时不可用，文件未被接收，请稍后再试。") from None
    text = reply.rstrip(b"\0").decode("utf-8", "replace")
    if text.endswith("FOUND"):
        return text.split(":", 1)[-1].removesuffix("FOUND").strip()
    if not text.endswith("OK"):
        raise UploadRejected("病毒扫描未能完成，文件未被接收。")
    return None


def check_upload(f: IO[bytes], *, kinds: set[str], name: str = "") -> str:
    """Validate one uploaded file; returns its detected kind."""
    limit = settings.KECHUANG_MAX_UPLOAD_BYTES
    data = f.read(limit + 1)
    f.seek(0)
    if len(data) > limit:
        raise UploadRejected(f"文件超过 {limit // 1048576} MB 的上限。")
    if not data:
        raise UploadRejected("文件是空的。")
    kind = detect(data)
    if kind not in kinds:
        wanted = "、".join(KIND_LABELS.get(k, k) for k in sorted(kinds))
        found = {"html": "网页（HTML）", "zip": "压缩包", "": "未知格式"}.get(
            kind, KIND_LABELS.get(kind, kind)
        )
        raise UploadRejected(f"文件内容是{found}，不是{wanted}（按内容而非文件名判断）。")
    virus = clamd_scan(data)
    if virus:
        raise UploadRejected(f"文件含病毒或恶意代码（{virus}），已拒绝。")
    return kind
