"""accounts 0002/0003 on a database already holding users: the accounts keep their roles,
scopes and passwords, satisfy the new one-valid-role constraint, and take the new sessions
and the encrypted mobile and ID number. With them, supervision 0002: the targets those users
set keep their creator when the column becomes optional (SQLite rebuilds the table).

One case for both apps: each case costs a full migrate (about 6 s on SQLite)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, connection, transaction

from apps.core import crypto
from tests.migrations.conftest import organization, user

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [
    ("accounts", "0002_usersession_user_password_changed_at_and_more"),
    ("accounts", "0003_user_id_number_user_mobile"),
    ("supervision", "0002_target_created_by_optional"),
]


def test_old_accounts_keep_working(upgrade):
    old = upgrade.before(("accounts", "0001_initial"), ("supervision", "0001_initial"))
    company = organization(old, "南昌测试电子有限公司", "91360100MA35TEST05")
    officer = user(
        old,
        "old_city_officer",
        "city_officer",
        password=make_password("Old@2025pass"),
        region_id="360100",
    )
    member = user(old, "old_enterprise", "enterprise", organization=company)
    indicator = old.get_model("supervision", "Indicator").objects.create(
        code="rd-intensity", name="研发经费投入强度", unit="%"
    )
    target = old.get_model("supervision", "Target").objects.create(
        indicator=indicator,
        region_id="360100",
        year=2026,
        value=Decimal("2.6000"),
        responsible_unit="南昌市科技局",
        created_by=officer,
    )

    upgrade.to_latest()

    from apps.accounts.models import User, UserSession
    from apps.supervision.models import Target

    upgraded = User.objects.get(pk=officer.pk)
    assert upgraded.check_password("Old@2025pass")
    assert (upgraded.role, upgraded.region_id) == ("city_officer", "360100")
    assert User.objects.get(pk=member.pk).organization_id == company.pk
    assert upgraded.password_changed_at is None
    assert (upgraded.mobile, upgraded.id_number) == ("", "")

    upgraded.mobile = "13907910001"
    upgraded.save(update_fields=["mobile"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT mobile FROM accounts_user WHERE id = %s", [officer.pk])
        assert cursor.fetchone()[0].startswith(crypto.PREFIX)
    assert User.objects.get(pk=officer.pk).mobile == "13907910001"
    UserSession.objects.create(user=upgraded, session_key="k" * 40, ip="10.0.0.9")
    assert upgraded.sessions.count() == 1

    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=member.pk).update(role="superuser")

    kept = Target.objects.get(pk=target.pk)
    assert (kept.value, kept.created_by_id, kept.region_id) == (
        Decimal("2.6"),
        officer.pk,
        "360100",
    )
    Target.objects.create(
        indicator_id=indicator.pk, region_id="360700", year=2026, value=Decimal("2.1")
    )
    assert Target.objects.filter(created_by__isnull=True).count() == 1
