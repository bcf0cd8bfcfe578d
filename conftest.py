"""Shared fixtures: the region tree (loaded once per test database) and the named personas.

Personas (STYLE.md): a province officer, a Nanchang city officer, a Ganzhou city officer (the
sibling), a county clerk in 九江市 (another city), a 东湖区 officer (a child of Nanchang), an
enterprise user in Nanchang, a university user, an expert, the three administrators and an
outsider (a service provider's user in 赣州).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.organizations.models import Organization
from tests.factories import OrganizationFactory

PASSWORD = "Test@2026pass"  # noqa: S105  (test accounts only)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    from apps.regions.models import Region
    from apps.regions.services import regions_load

    with django_db_blocker.unblock():
        if not Region.objects.exists():
            regions_load(actor=None, province_code="360000")
    yield


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with an empty cache (overview figures are cached per scope)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _personal_data_scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test whose responses leak an unmasked mobile or ID number (issue 3, item 7)."""
    from tests.scanner import leaks

    original = Client.request

    def scanning(self: Client, **request: Any) -> Any:
        response = original(self, **request)
        found = leaks(request.get("PATH_INFO", ""), response)
        assert not found, f"unmasked personal data in {request.get('PATH_INFO')}: {found}"
        return response

    monkeypatch.setattr(Client, "request", scanning)


@pytest.fixture(autouse=True)
def _regions_after_flush(request: pytest.FixtureRequest) -> None:
    """Transactional tests flush the database after each test; reload the tree and the
    dictionaries for them (also those marked `django_db(transaction=True)`, which may run after
    one). Upgrade tests (tests/migrations/) drop every table first: nothing to load for them."""
    if request.node.get_closest_marker("migration_test"):
        return
    marker = request.node.get_closest_marker("django_db")
    if (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or (marker is not None and marker.kwargs.get("transaction", False))
    ):
        from apps.regions.models import Region
        from apps.regions.services import regions_load

        request.getfixturevalue("transactional_db")
        if not Region.objects.exists():
            import django.apps

            from apps.organizations.dictionaries import seed

            regions_load(actor=None, province_code="360000")
            seed(django.apps.apps)  # data migrations' rows are flushed too


def _user(
    username: str, role: str, *, region: str | None = None, organization: Organization | None = None
) -> User:
    from apps.regions.models import Region

    return user_create(
        actor=None,
        username=username,
        password=PASSWORD,
        role=role,
        display_name=username,
        organization=organization,
        region=Region.objects.get(code=region) if region else None,
    )


@pytest.fixture
def province_gov(db: None) -> Organization:
    return OrganizationFactory.create(
        name="省科技厅（测试）", kind="government", region_id="360000"
    )


@pytest.fixture
def province_officer(province_gov: Organization) -> User:
    return _user("province_officer", "province_officer", region="360000", organization=province_gov)


@pytest.fixture
def nanchang_officer(db: None) -> User:
    return _user("nanchang_officer", "city_officer", region="360100")


@pytest.fixture
def ganzhou_officer(db: None) -> User:
    return _user("ganzhou_officer", "city_officer", region="360700")


@pytest.fixture
def county_clerk(db: None) -> User:
    return _user("county_clerk", "county_officer", region="360423")


@pytest.fixture
def donghu_officer(db: None) -> User:
    return _user("donghu_officer", "county_officer", region="360102")


@pytest.fixture
def nanchang_enterprise(db: None) -> Organization:
    return OrganizationFactory.create(name="南昌测试电子有限公司", region_id="360102")


@pytest.fixture
def enterprise_user(nanchang_enterprise: Organization) -> User:
    return _user("enterprise_user", "enterprise", organization=nanchang_enterprise)


@pytest.fixture
def expert_user(db: None) -> User:
    return _user("expert_user", "expert", region="360100")


@pytest.fixture
def outsider(db: None) -> User:
    org = OrganizationFactory.create(
        name="赣州测试检测服务中心", kind="service_provider", region_id="360702"
    )
    return _user("outsider", "service_provider", organization=org)


@pytest.fixture
def audit_admin(province_gov: Organization) -> User:
    return _user("audit_admin", "audit_admin", region="360000", organization=province_gov)


@pytest.fixture
def sys_admin(province_gov: Organization) -> User:
    return _user("sys_admin", "sys_admin", region="360000", organization=province_gov)


@pytest.fixture
def sec_admin(province_gov: Organization) -> User:
    return _user("sec_admin", "sec_admin", region="360000", organization=province_gov)


def client_for(user: User, *, verified: bool = True) -> Client:
    """A signed-in client; roles that need the second factor get a verified TOTP session
    unless `verified=False` (a password-only session)."""
    client = Client()
    client.force_login(user)
    if verified and user.needs_second_factor:
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def orgs_everywhere(db: None) -> dict[str, Organization]:
    """One organisation at each node the jurisdiction tests ask about."""
    return {
        "province": OrganizationFactory.create(
            name="省直测试研究院", kind="institute", region_id="360000"
        ),
        "nanchang": OrganizationFactory.create(name="南昌市直测试公司", region_id="360100"),
        "donghu": OrganizationFactory.create(name="东湖区测试公司", region_id="360102"),
        "nanchang_zone": OrganizationFactory.create(
            name="南昌高新区测试公司", region_id="360100Z01"
        ),
        "ganzhou": OrganizationFactory.create(name="赣州测试稀土公司", region_id="360702"),
        "jiujiang": OrganizationFactory.create(name="武宁测试公司", region_id="360423"),
    }


# --- technology market (issue 7) -------------------------------------------------------------


@pytest.fixture
def nanchang_university(db: None) -> Organization:
    return OrganizationFactory.create(
        name="南昌测试理工大学", kind="university", region_id="360102"
    )


@pytest.fixture
def university_user(nanchang_university: Organization) -> User:
    return _user("university_user", "university", organization=nanchang_university)


@pytest.fixture
def broker_user(db: None) -> User:
    return _user("broker_user", "broker", region="360100")
