"""Daily retention purge of the audit chains."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from apps.audit.retention import audit_purge


@db_periodic_task(crontab(hour="3", minute="17"))
def audit_purge_daily() -> None:
    audit_purge(actor=None)
