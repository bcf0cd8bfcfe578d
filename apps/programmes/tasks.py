"""Thin periodic tasks: the daily deadline reminder sweep."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from apps.programmes.services import deadline_reminders_send


@db_periodic_task(crontab(hour="8", minute="0"))
def programmes_deadline_reminders() -> None:
    deadline_reminders_send()
