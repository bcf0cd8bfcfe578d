"""The real queue: a huey consumer process on the embedded SQLite queue runs an import job, and
a worker killed mid-job loses nothing — the next worker picks the job up and finishes it.

Everything runs in subprocesses against a throw-away SQLite database and queue, exactly as
`make run` starts them (development settings), so nothing here is mocked.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from apps.organizations import imports
from tests.factories import next_credit_code

ROOT = Path(__file__).resolve().parents[3]
SETUP = """
from apps.accounts.services import user_create
from apps.regions.models import Region
from apps.regions.services import regions_load
from apps.jobs.services import job_start
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
regions_load(actor=None, province_code="360000")
officer = user_create(actor=None, username="worker_officer", password="Worker@2026x",
                      role="city_officer", region=Region.objects.get(code="360100"))
with open({path!r}, "rb") as fh:
    job = job_start(actor=officer, kind="organizations.import", title="worker test",
                    upload=SimpleUploadedFile("rows.xlsx", fh.read()))
print(job.pk)
"""


def _workbook(path: Path, rows: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(imports.SHEET)
    ws.append(imports.HEADERS)
    for i in range(rows):
        ws.append(
            [
                next_credit_code("360102"),
                f"队列测试{i}号有限公司",
                "企业",
                "360102",
                "C39",
                "电子信息",
                "小型",
                "2019-01-01",
                "",
                "",
                "",
            ]
        )
    wb.save(path)


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "kechuang.settings.development",
            "KECHUANG_VAR_DIR": str(tmp),
            "KECHUANG_QUEUE_URL": "sqlite",
            "KECHUANG_JOB_STALE_SECONDS": "2",
            "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        }
    )
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _job(tmp: Path, job_id: str) -> tuple[str, int, int]:
    with sqlite3.connect(tmp / "db.sqlite3") as db:
        row = db.execute(
            "SELECT status, progress, attempts FROM jobs_job WHERE id = ?",
            [job_id.replace("-", "")],
        ).fetchone()
    return row


def _worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "manage.py", "run_huey", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait(tmp: Path, job_id: str, until: set[str], timeout: float) -> tuple[str, int, int]:
    deadline = time.monotonic() + timeout
    state = _job(tmp, job_id)
    while state[0] not in until and time.monotonic() < deadline:
        time.sleep(0.05)
        state = _job(tmp, job_id)
    return state


def test_worker_runs_job_and_a_killed_worker_loses_nothing(tmp_path):
    env = _env(tmp_path)
    _manage(env, "migrate", "--noinput", "-v", "0")
    xlsx = tmp_path / "rows.xlsx"
    _workbook(xlsx, 20_000)
    job_id = _manage(env, "shell", "-c", SETUP.format(path=str(xlsx))).strip().splitlines()[-1]
    assert _job(tmp_path, job_id)[0] == "queued"  # queued, no worker yet

    first = _worker(env)
    try:
        state = _wait(tmp_path, job_id, {"running", "succeeded"}, 60)
        assert state[0] == "running", state
        os.killpg(first.pid, signal.SIGKILL)  # the worker dies mid-job
        first.wait(10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    assert _job(tmp_path, job_id)[0] == "running"

    time.sleep(2.5)  # the heartbeat goes stale
    second = _worker(env)
    try:
        status, progress, attempts = _wait(tmp_path, job_id, {"succeeded", "failed", "error"}, 120)
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(20)
    assert (status, progress, attempts) == ("succeeded", 100, 2)
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        count = db.execute("SELECT COUNT(*) FROM organizations_organization").fetchone()[0]
    assert count == 20_000  # written exactly once


@pytest.mark.parametrize("value", ["maybe", "-3"])
def test_settings_fail_fast_with_a_clear_message(value):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kechuang.settings.development",
        "KECHUANG_JOB_STALE_SECONDS": value,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "环境变量 KECHUANG_JOB_STALE_SECONDS 的值无效" in result.stderr
