"""Daily early warnings for targets at risk (thin: the service does the work)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from apps.supervision.services import target_warnings_send


@db_periodic_task(crontab(hour="7", minute="30"))
def target_warnings_daily() -> None:
    from django.utils import timezone

    target_warnings_send(as_of=timezone.localdate())
