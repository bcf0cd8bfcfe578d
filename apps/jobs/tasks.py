"""Huey tasks: thin, they receive ids and call the runner."""

from __future__ import annotations

import logging
from typing import Any

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, on_startup

from apps.jobs import runner

logger = logging.getLogger(__name__)


@db_task(retries=0)
def run_job(job_id: str) -> None:
    runner.run(job_id)


@db_periodic_task(crontab(minute="*"))
def jobs_recover() -> None:
    for job_id in runner.stale_jobs():
        run_job(job_id)


@on_startup()
def recover_on_start(*args: Any) -> None:
    try:
        jobs_recover.call_local()
    except Exception:  # the database may not be migrated yet on a first start
        logger.warning("jobs_recover at start-up failed", exc_info=True)
