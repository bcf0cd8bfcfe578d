"""Owners are reminded before a listing expires: once per expiry date, again after a renewal
when the new date approaches; the owner's page counts the days down within the window."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import TestCase, override_settings
from django.utils import timezone

from apps.market import expiry_services, services
from apps.market.tests.conftest import make_achievement, publish
from apps.notices.models import Notice
from conftest import client_for

pytestmark = pytest.mark.django_db


def _remind(day: dt.date) -> int:
    with TestCase.captureOnCommitCallbacks(execute=True):
        return expiry_services.listings_remind_expiring(today=day)


def _reminders(user):
    return Notice.objects.filter(recipient=user, title__contains="）到期")


def test_reminded_once_per_expiry_date_and_again_after_renewal(university_user, province_officer):
    a = publish(make_achievement(university_user), province_officer)
    today = timezone.localdate()
    assert _remind(today) == 0  # a year away
    a.expires_on = first_expiry = today + dt.timedelta(days=14)  # the year has nearly run
    a.save()
    assert _remind(today - dt.timedelta(days=1)) == 0  # 15 days: outside the window
    assert _remind(today) == 1
    told = _reminders(university_user).get()
    assert "14 天后" in told.title and first_expiry.strftime("%Y-%m-%d") in told.title
    assert "续期一年" in told.body and told.link == f"/market/achievements/{a.pk}/#renew"
    # The next runs do not tell the owner again about the same date.
    assert _remind(today + dt.timedelta(days=1)) == 0
    assert _remind(first_expiry) == 0
    assert _reminders(university_user).count() == 1

    services.listing_renew(actor=university_user, listing=a)  # a new date re-arms it
    assert _remind(today + dt.timedelta(days=1)) == 0  # the new date is a year away
    assert _remind(a.expires_on - dt.timedelta(days=3)) == 1
    assert _reminders(university_user).count() == 2
    assert "3 天后" in _reminders(university_user).latest("id").title


@override_settings(KECHUANG_MARKET_EXPIRY_REMINDER_DAYS=30)
def test_the_window_is_a_setting_and_only_published_listings_are_reminded(
    university_user, province_officer
):
    a = publish(make_achievement(university_user), province_officer)
    gone = publish(
        make_achievement(university_user, title="稀土永磁材料回收技术"), province_officer
    )
    services.listing_withdraw(actor=university_user, listing=gone)
    make_achievement(university_user, title="锂电池隔膜涂覆技术")  # a draft: no date at all
    assert _remind(a.expires_on - dt.timedelta(days=31)) == 0
    assert _remind(a.expires_on - dt.timedelta(days=30)) == 1
    assert [n.link for n in _reminders(university_user)] == [f"/market/achievements/{a.pk}/#renew"]


def test_the_daily_task_expires_and_reminds(university_user, province_officer):
    from apps.market.tasks import listings_expire_daily

    a = publish(make_achievement(university_user), province_officer)
    a.expires_on = timezone.localdate() + dt.timedelta(days=5)
    a.save()
    with TestCase.captureOnCommitCallbacks(execute=True):
        listings_expire_daily.call_local()
    assert _reminders(university_user).count() == 1


def test_the_owners_page_counts_down_within_the_window(
    university_user, province_officer, enterprise_user
):
    a = publish(make_achievement(university_user), province_officer)
    url = f"/market/achievements/{a.pk}/"
    assert 'data-testid="days-left"' not in client_for(university_user).get(url).content.decode()
    a.expires_on = timezone.localdate() + dt.timedelta(days=9)
    a.save()
    page = client_for(university_user).get(url).content.decode()
    assert "还剩 9 天" in page and 'data-testid="expiry-warning"' in page and 'id="renew"' in page
    assert 'data-testid="days-left"' not in client_for(enterprise_user).get(url).content.decode()


def test_the_sweep_started_by_hand_reminds_as_well(university_user, province_officer):
    """The manual 到期下架 job only expired listings; the night's task also reminded."""
    from apps.jobs.models import Job
    from apps.market.jobs import expire_listings

    a = publish(make_achievement(university_user), province_officer)
    a.expires_on = timezone.localdate() + dt.timedelta(days=5)
    a.save()
    job = Job.objects.create(kind="market.expire", title="到期下架", created_by=province_officer)
    with TestCase.captureOnCommitCallbacks(execute=True):
        result = expire_listings(job, None)  # type: ignore[arg-type]
    assert result == {"expired": 0, "reminded": 1}
    assert _reminders(university_user).count() == 1
