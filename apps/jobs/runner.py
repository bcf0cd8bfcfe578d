"""Running a job: claim it, give the handler a progress reporter, record the outcome.

Handlers register with `@handler("kind")` and receive `(job, progress)`. They return a result
dict on success or raise `JobFailed` (bad input: status `failed`, with the reasons in the
result); any other exception marks the job `error`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from apps.jobs.choices import JobStatus
from apps.jobs.models import Job

logger = logging.getLogger(__name__)
HANDLERS: dict[str, Callable[[Job, Progress], dict[str, Any]]] = {}
STALE_AFTER = timedelta(seconds=settings.KECHUANG_JOB_STALE_SECONDS)
MAX_ATTEMPTS = 3


class JobFailed(Exception):
    """The job's input was refused; `result` explains why (shown to the user)."""

    def __init__(self, message: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.result = result or {}


def handler(kind: str) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., dict[str, Any]]]:
    def register(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        HANDLERS[kind] = fn
        return fn

    return register


class Progress:
    """Reports progress in short committed writes (never inside the handler's transaction)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self._last = -1

    def log(self, line: str) -> None:
        stamp = timezone.localtime().strftime("%H:%M:%S")
        self.job.log += f"[{stamp}] {line}\n"
        Job.objects.filter(pk=self.job.pk).update(log=self.job.log, heartbeat_at=timezone.now())

    def update(self, percent: int, message: str = "") -> None:
        percent = max(0, min(100, percent))
        if percent == self._last and not message:
            return
        self._last = percent
        self.job.progress = percent
        fields: dict[str, Any] = {"progress": percent, "heartbeat_at": timezone.now()}
        if message:
            self.job.message = message[:300]
            fields["message"] = self.job.message
        Job.objects.filter(pk=self.job.pk).update(**fields)


def read_uploaded_sheet(
    job: Job, progress: Progress, spec: Any
) -> tuple[list[list[Any]], list[str]]:
    """The rows of the job's uploaded workbook, read with an import module's layout (`SHEET`,
    `HEADERS`, `HELP_SHEET`); a file that cannot be read fails the job with every reason."""
    from apps.core.xlsx import SheetError, read_sheet

    progress.update(2, "读取文件")
    try:
        with job.input_file.open("rb") as fh:
            rows, warnings = read_sheet(
                fh,
                sheet_name=spec.SHEET,
                headers=spec.HEADERS,
                ignore_sheets=[spec.HELP_SHEET],
            )
    except SheetError as exc:
        raise JobFailed(
            "文件无法导入，未写入任何数据。", {"errors": [e.__dict__ for e in exc.errors]}
        ) from None
    for w in warnings:
        progress.log(w)
    return rows, warnings


def finish(job: Job, status: str, result: dict[str, Any], message: str) -> None:
    """Record the outcome; a handler may call this inside its own final transaction."""
    Job.objects.filter(pk=job.pk).update(
        status=status,
        result=result,
        message=message[:300],
        progress=100 if status == JobStatus.SUCCEEDED else job.progress,
        finished_at=timezone.now(),
        heartbeat_at=timezone.now(),
        log=job.log,
    )


def _claim(job_id: str) -> Job | None:
    """Mark a queued (or abandoned) job running; None if someone else has it or it is done."""
    now = timezone.now()
    claimable = Q(status=JobStatus.QUEUED) | Q(
        status=JobStatus.RUNNING, heartbeat_at__lt=now - STALE_AFTER
    )
    # One conditional UPDATE: of two workers handed the same id, only one changes the row.
    claimed = Job.objects.filter(claimable, pk=job_id).update(
        status=JobStatus.RUNNING, attempts=F("attempts") + 1, started_at=now, heartbeat_at=now
    )
    return Job.objects.filter(pk=job_id).first() if claimed else None


def run(job_id: str) -> None:
    job = _claim(job_id)
    if job is None:
        return
    progress = Progress(job)
    if job.attempts > 1:
        progress.log(f"第{job.attempts}次执行（上次执行中断后自动恢复）。")
    if job.attempts > MAX_ATTEMPTS:
        finish(job, JobStatus.ERROR, {}, "多次执行中断，已停止重试，请联系系统管理员。")
        return
    try:
        fn = HANDLERS[job.kind]
        result = fn(job, progress)
    except JobFailed as exc:
        progress.log(exc.message)
        finish(job, JobStatus.FAILED, exc.result, exc.message)
    except Exception:
        logger.exception("job %s failed", job.pk)
        progress.log("处理出错：" + traceback.format_exc(limit=1).strip().splitlines()[-1])
        finish(job, JobStatus.ERROR, {}, "处理出错，请稍后重试或联系系统管理员。")
    else:
        if not Job.objects.filter(pk=job.pk, status=JobStatus.SUCCEEDED).exists():
            finish(job, JobStatus.SUCCEEDED, result, "已完成")


def stale_jobs() -> list[str]:
    """Ids of jobs whose worker vanished: running with a stale heartbeat, or queued too long."""
    now = timezone.now()
    qs = Job.objects.filter(
        Q(status=JobStatus.RUNNING, heartbeat_at__lt=now - STALE_AFTER)
        | Q(status=JobStatus.QUEUED, created_at__lt=now - STALE_AFTER)
    )
    return [str(pk) for pk in qs.values_list("pk", flat=True)]
