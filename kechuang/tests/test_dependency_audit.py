"""Issue 3, item 12: `make audit` fails on known vulnerabilities and never passes silently when
the vulnerability database cannot be reached (pip-audit is replaced by stand-ins that behave as
the real one does in each situation)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = {
    "clean": ("No known vulnerabilities found", 0),
    "vulnerable": ("Name Version ID Fix\\ndjango 4.2.0 PYSEC-2023-61 4.2.1", 1),
    "offline": ("django Dependency not found on PyPI and could not be audited: django", 0),
}


@pytest.mark.parametrize(
    ("case", "expected", "message"),
    [
        ("clean", 0, "依赖漏洞检查通过"),
        ("vulnerable", 1, "发现存在已知漏洞的依赖"),
        ("offline", 2, "依赖漏洞检查未完成（不是通过）"),
    ],
)
def test_make_audit_outcomes(tmp_path, case, expected, message):
    text, code = CASES[case]
    fake = tmp_path / "pip-audit"
    fake.write_text(f'#!/usr/bin/env bash\nprintf "{text}\\n"\nexit {code}\n')
    fake.chmod(0o755)
    result = subprocess.run(
        ["bash", "scripts/audit_dependencies.sh"],
        cwd=ROOT,
        env={**os.environ, "PIP_AUDIT": str(fake)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == expected
    assert message in result.stdout + result.stderr
