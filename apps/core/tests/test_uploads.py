"""Issue 3, item 10: uploads are checked by content, archives for bombs and traversal, and
files go through clamd when it is configured (a protocol-faithful stand-in serves here:
a real clamd needs signature downloads this machine cannot make)."""

from __future__ import annotations

import io
import socket
import struct
import threading
import zipfile
from collections.abc import Iterator

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.core.uploads import UploadRejected, check_upload, detect
from conftest import client_for

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def _xlsx() -> bytes:
    import openpyxl

    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    return out.getvalue()


@pytest.fixture
def clamd(settings) -> Iterator[list[bytes]]:
    """A TCP server speaking clamd's INSTREAM protocol; flags the EICAR test string."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    seen: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while not data.endswith(b"zINSTREAM\0"):
                    data += conn.recv(1)
                body = b""
                while True:
                    size = struct.unpack("!L", conn.recv(4, socket.MSG_WAITALL))[0]
                    if size == 0:
                        break
                    body += conn.recv(size, socket.MSG_WAITALL)
                seen.append(body)
                verdict = (
                    b"stream: Eicar-Test-Signature FOUND\0" if EICAR in body else b"stream: OK\0"
                )
                conn.sendall(verdict)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    settings.KECHUANG_CLAMD = f"tcp:127.0.0.1:{server.getsockname()[1]}"
    yield seen
    server.close()


def test_detects_by_content_not_name():
    assert detect(b"%PDF-1.7 ...") == "pdf"
    assert detect(b"<html><body>") == "html"
    assert detect(_xlsx()) == "xlsx"
    with pytest.raises(UploadRejected, match="文件内容是网页（HTML），不是PDF"):
        check_upload(io.BytesIO(b"<!DOCTYPE html><html></html>"), kinds={"pdf"}, name="a.pdf")


def test_path_traversal_in_archive():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("../../etc/passwd", "x")
    with pytest.raises(UploadRejected, match="路径穿越"):
        check_upload(io.BytesIO(out.getvalue()), kinds={"xlsx"})


def test_empty_and_oversized(settings):
    settings.KECHUANG_MAX_UPLOAD_BYTES = 1024
    with pytest.raises(UploadRejected, match="空"):
        check_upload(io.BytesIO(b""), kinds={"pdf"})
    with pytest.raises(UploadRejected, match="超过"):
        check_upload(io.BytesIO(b"%PDF-" + b"0" * 2000), kinds={"pdf"})


def test_clean_file_passes_the_scanner(clamd):
    assert check_upload(io.BytesIO(_xlsx()), kinds={"xlsx"}) == "xlsx"
    assert len(clamd) == 1


def test_eicar_is_rejected(clamd):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/media/eicar.com", EICAR)
    with pytest.raises(UploadRejected, match="Eicar-Test-Signature"):
        check_upload(io.BytesIO(out.getvalue()), kinds={"xlsx"})


def test_unreachable_scanner_fails_closed(settings):
    settings.KECHUANG_CLAMD = "tcp:127.0.0.1:9"  # nothing listens on the discard port here
    with pytest.raises(UploadRejected, match="病毒扫描服务暂时不可用"):
        check_upload(io.BytesIO(_xlsx()), kinds={"xlsx"})


@pytest.mark.django_db
def test_too_many_files_and_too_large_requests_are_refused(nanchang_officer, settings):
    client = client_for(nanchang_officer)
    files = {f"file{i}": SimpleUploadedFile(f"{i}.xlsx", b"x") for i in range(12)}
    assert client.post("/organizations/import/", files).status_code == 400
    settings.KECHUANG_MAX_UPLOAD_BYTES = 1024
    big = SimpleUploadedFile("big.xlsx", b"PK\x03\x04" + b"0" * (3 * 1024 * 1024))
    response = client.post("/organizations/import/", {"file": big})
    assert response.status_code == 413 and "未接收" in response.content.decode()
