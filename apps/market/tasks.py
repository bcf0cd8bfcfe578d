"""Daily expiry of market listings past their date (they leave search the same night)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from apps.market.services import listings_expire


@db_periodic_task(crontab(hour="1", minute="7"))
def listings_expire_daily() -> None:
    listings_expire()
