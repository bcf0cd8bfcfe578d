"""Huey tasks: thin. The daily overdue sweep of the work ledgers."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from apps.ledger.services import tasks_flag_overdue


@db_periodic_task(crontab(hour="7", minute="5"))
def ledger_overdue_daily() -> None:
    tasks_flag_overdue()
