"""`manage.py policy_extract FILE [--format json]` (DESIGN §4): JSON out, Chinese errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[4]
DATA = Path(__file__).resolve().parent.parent / "data"


def test_prints_the_ledger_as_json() -> None:
    out = io.StringIO()
    call_command(
        "policy_extract",
        str(DATA / "docs" / "dev-circled-sloppy.txt"),
        "--format",
        "json",
        stdout=out,
    )
    ledger = json.loads(out.getvalue())
    assert ledger["title"] == "2023年新余市科技创新重点工作安排"
    assert ledger["items"][0]["children"][0]["lead_units"] == ["市科技局"]
    assert "\\u" not in out.getvalue()  # ensure_ascii=False


def test_document_error_is_a_command_error() -> None:
    with pytest.raises(CommandError, match="没有文字层") as raised:
        call_command("policy_extract", str(DATA / "bad" / "scanned.pdf"))
    assert raised.value.returncode == 2


def _run(path: Path) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kechuang.settings.test",
        "LC_ALL": "C",
        "LANG": "C",
    }
    return subprocess.run(
        [sys.executable, "manage.py", "policy_extract", str(path), "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_command_line_utf8_json_and_exit_status(tmp_path: Path) -> None:
    done = _run(DATA / "docs" / "dev-taskbreakdown.docx")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    ledger = json.loads(done.stdout.decode("utf-8"))
    assert ledger["items"][0]["children"][0]["deadline"] == "2024-12-31"

    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word file")
    failed = _run(broken)
    assert failed.returncode != 0
    assert failed.stdout == b""
    assert "已损坏" in failed.stderr.decode("utf-8")
