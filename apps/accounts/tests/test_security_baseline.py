"""Issue 3, items 1-5: identification, login failures, sessions, second factor, 三员分立."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone, translation

from apps.accounts.models import User, UserSession
from apps.audit.models import LoginEvent
from conftest import PASSWORD, client_for
from tests.urlwalk import all_urls

pytestmark = pytest.mark.django_db


# 1. Identification and passwords ---------------------------------------------------------


def test_user_names_are_unique_case_insensitively(nanchang_officer):
    with pytest.raises((IntegrityError, ValidationError)), transaction.atomic():
        User.objects.create(username="NANCHANG_officer", role="expert", data_scope="self")


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("Ab1!", "密码太短"),
        ("abcdefgh12", "至少3类"),
        ("Zhangwei@2026", "不得包含用户名"),
        ("Password1!", "过于常见"),  # three classes but on the common-password list
        ("12345678901", "全是数字"),
    ],
)
def test_password_rules(password, fragment):
    user = User(username="zhangwei")
    with pytest.raises(ValidationError) as info, translation.override("zh-hans"):
        validate_password(password, user)
    if fragment:
        assert any(fragment in m for m in info.value.messages), info.value.messages


def test_good_password_passes():
    validate_password("Gan-Jiang#2026", User(username="zhangwei"))


def test_expired_password_leads_to_change_page(nanchang_officer, settings):
    settings.KECHUANG_PASSWORD_MAX_AGE_DAYS = 90
    User.objects.filter(pk=nanchang_officer.pk).update(
        password_changed_at=timezone.now() - timedelta(days=91)
    )
    client = client_for(nanchang_officer)
    response = client.get("/organizations/")
    assert response.status_code == 302 and response["Location"] == "/accounts/password/"
    assert client.get("/api/v1/organizations/").status_code == 403
    change = client.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "Hong-Gu-Tan#2027",
            "new_password2": "Hong-Gu-Tan#2027",
        },
    )
    assert change.status_code == 302
    assert client.get("/organizations/").status_code == 200


def test_argon2_by_default_and_sm3_hasher_by_setting(settings):
    from kechuang.settings import base

    assert base.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    settings.PASSWORD_HASHERS = ["apps.accounts.hashers.SM3PBKDF2PasswordHasher"]
    user = User(username="sm3_user")
    user.set_password("Gan-Jiang#2026")
    assert user.password.startswith("pbkdf2_sm3$")
    assert user.check_password("Gan-Jiang#2026") and not user.check_password("gan-jiang#2026")


# 2. Login failures ------------------------------------------------------------------------


def _login(client: Client, username: str, password: str, ip: str = "10.0.0.1"):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_five_failures_lock_that_user_from_that_address_only(nanchang_officer, ganzhou_officer):
    client = Client()
    for _ in range(4):
        assert "用户名或密码错误。" in _login(client, "nanchang_officer", "wrong").content.decode()
    assert _login(client, "nanchang_officer", "wrong").status_code == 429  # the fifth locks
    locked = _login(client, "nanchang_officer", PASSWORD)
    assert locked.status_code == 429
    assert "登录失败次数过多" in locked.content.decode()
    # The same person from another address, and another person from this address, still log in.
    assert _login(Client(), "nanchang_officer", PASSWORD, ip="10.0.0.2").status_code == 302
    assert _login(Client(), "ganzhou_officer", PASSWORD).status_code == 302
    outcomes = list(
        LoginEvent.objects.filter(username="nanchang_officer").values_list("outcome", flat=True)
    )
    assert outcomes.count("failure") >= 5 and "locked" in outcomes and "success" in outcomes


def test_unknown_users_get_the_same_answers(db):
    client = Client()
    for _ in range(4):
        assert "用户名或密码错误。" in _login(client, "no_such_user", "wrong").content.decode()
    assert _login(client, "no_such_user", "wrong").status_code == 429


def test_api_token_endpoint_locks_too(nanchang_officer):
    client = Client()
    for _ in range(5):
        client.post(
            "/api/v1/auth/token",
            {"username": "nanchang_officer", "password": "x"},
            content_type="application/json",
        )
    response = client.post(
        "/api/v1/auth/token",
        {"username": "nanchang_officer", "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code in (403, 429)
    assert "登录失败次数过多" in response.json()["detail"]


# 3. Sessions ------------------------------------------------------------------------------


def test_idle_timeout_is_thirty_minutes_by_default():
    from kechuang.settings import base

    assert base.SESSION_COOKIE_AGE == 1800


def test_activity_restarts_the_idle_timeout_at_most_once_a_minute(nanchang_officer):
    from django.contrib.sessions.models import Session

    from apps.accounts.sessions import TOUCHED_AT

    client = Client()
    _login(client, "nanchang_officer", PASSWORD)
    key = client.cookies["sessionid"].value

    def expiry() -> object:
        return Session.objects.get(session_key=key).expire_date

    assert client.get("/organizations/").status_code == 200
    first = expiry()
    assert client.get("/organizations/").status_code == 200
    assert expiry() == first  # a read within the minute writes nothing
    session = client.session
    session[TOUCHED_AT] = timezone.now().timestamp() - 61
    session.save()
    saved = expiry()
    assert client.get("/organizations/").status_code == 200
    assert expiry() > saved  # a minute later the timeout restarts from now
    assert client.cookies["sessionid"]["max-age"] == 1800


def test_session_key_changes_at_login(nanchang_officer):
    client = Client()
    client.get("/accounts/login/")
    client.cookies["sessionid"] = "attacker-chosen-session-key"
    _login(client, "nanchang_officer", PASSWORD)
    assert client.cookies["sessionid"].value != "attacker-chosen-session-key"


def test_logout_ends_the_session_on_the_server(nanchang_officer):
    client = Client()
    _login(client, "nanchang_officer", PASSWORD)
    cookie = client.cookies["sessionid"].value
    response = client.post("/accounts/logout/")
    assert "cookies" in response["Clear-Site-Data"]
    replay = Client()
    replay.cookies["sessionid"] = cookie
    assert replay.get("/organizations/").status_code == 302  # back to the login page


def test_officer_sees_and_ends_own_other_sessions(nanchang_officer):
    laptop, phone = Client(), Client()
    _login(laptop, "nanchang_officer", PASSWORD)
    _login(phone, "nanchang_officer", PASSWORD, ip="10.0.0.9")
    page = laptop.get("/accounts/sessions/").content.decode()
    assert "10.0.0.9" in page and "当前会话" in page
    other = UserSession.objects.get(user=nanchang_officer, ip="10.0.0.9")
    assert laptop.post(f"/accounts/sessions/{other.pk}/end/").status_code == 302
    assert phone.get("/organizations/").status_code == 302
    assert laptop.get("/organizations/").status_code == 200


def test_cannot_end_someone_elses_session(nanchang_officer, ganzhou_officer):
    theirs = Client()
    _login(theirs, "ganzhou_officer", PASSWORD)
    target = UserSession.objects.get(user=ganzhou_officer)
    assert (
        client_for(nanchang_officer).post(f"/accounts/sessions/{target.pk}/end/").status_code == 404
    )
    assert theirs.get("/organizations/").status_code == 200


def test_security_admin_lists_online_users_and_forces_them_out(sec_admin, nanchang_officer):
    victim = Client()
    _login(victim, "nanchang_officer", PASSWORD)
    admin = client_for(sec_admin)
    assert "nanchang_officer" in admin.get("/accounts/online/").content.decode()
    session = UserSession.objects.get(user=nanchang_officer, ended_at__isnull=True)
    assert admin.post(f"/accounts/online/{session.pk}/force-out/").status_code == 302
    assert victim.get("/organizations/").status_code == 302


def test_absolute_lifetime(nanchang_officer, settings):
    client = Client()
    _login(client, "nanchang_officer", PASSWORD)
    settings.KECHUANG_SESSION_ABSOLUTE_SECONDS = 60
    session = client.session
    session["kc_login_at"] = timezone.now().timestamp() - 61
    session.save()
    assert client.get("/organizations/").status_code == 302


# 4. Second factor -------------------------------------------------------------------------

OPEN = (
    "/accounts/login/",
    "/accounts/logout/",
    "/accounts/2fa/",
    "/healthz",
    "/i18n/",
    "/static/",
    "/api/v1/auth/token",
    "/api/schema/",
    "/api/docs/",
)


@pytest.mark.parametrize("persona", ["province_officer", "sys_admin", "sec_admin", "audit_admin"])
def test_every_url_sends_a_password_only_session_to_the_second_factor(request, persona):
    user = request.getfixturevalue(persona)
    client = client_for(user, verified=False)
    urls = [u for u in all_urls() if not u.startswith(OPEN)]
    assert len(urls) > 15
    for url in urls:
        response = client.get(url)
        if url.startswith("/api/"):
            assert response.status_code == 403, url
        else:
            assert response.status_code == 302, url
            assert response["Location"].startswith("/accounts/2fa/"), url


def test_codes_cannot_be_reused_and_guessing_is_throttled(province_officer):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = client_for(province_officer, verified=False)
    device = TOTPDevice.objects.create(user=province_officer, confirmed=True, name="phone")
    code = f"{TOTP(device.bin_key).token():06d}"
    assert client.post("/accounts/2fa/verify/", {"code": code, "next": "/"}).status_code == 302
    again = client_for(province_officer, verified=False)
    reused = again.post("/accounts/2fa/verify/", {"code": code, "next": "/"})
    assert reused.status_code == 200 and "已使用过" in reused.content.decode()
    throttled = again.post("/accounts/2fa/verify/", {"code": "000000", "next": "/"})
    assert "尝试过于频繁" in throttled.content.decode()


def test_officers_below_province_need_no_second_factor(nanchang_officer):
    assert client_for(nanchang_officer, verified=False).get("/organizations/").status_code == 200


# 5. Separation of duties ------------------------------------------------------------------

POWERS = {
    "sys_admin": [],
    "sec_admin": ["/accounts/users/", "/accounts/online/", "/audit/alerts/", "/audit/logins/"],
    "audit_admin": ["/audit/events/", "/audit/logins/"],
}
ALL_ADMIN_PAGES = sorted({u for urls in POWERS.values() for u in urls})


@pytest.mark.parametrize("persona", sorted(POWERS))
def test_each_administrator_holds_only_its_own_powers(request, persona, orgs_everywhere):
    client = client_for(request.getfixturevalue(persona))
    for url in ALL_ADMIN_PAGES:
        expected = 200 if url in POWERS[persona] else 403
        assert client.get(url).status_code == expected, (persona, url)
    for url in ("/organizations/", "/organizations/import/", "/regions/360000/"):
        assert client.get(url).status_code == 403, (persona, url)


def test_security_admin_cannot_grant_itself_or_anyone_admin_powers(sec_admin, nanchang_officer):
    client = client_for(sec_admin)
    own = client.post(
        f"/accounts/users/{sec_admin.pk}/",
        {"role": "province_officer", "region": "360000", "is_active": "on"},
    )
    assert own.status_code == 403
    grant = client.post(
        f"/accounts/users/{nanchang_officer.pk}/",
        {"role": "audit_admin", "region": "360000", "is_active": "on"},
    )
    assert grant.status_code == 200  # audit_admin is not even offered
    nanchang_officer.refresh_from_db()
    assert nanchang_officer.role == "city_officer"


def test_security_admin_manages_business_accounts(sec_admin, nanchang_officer):
    client = client_for(sec_admin)
    created = client.post(
        "/accounts/users/new/",
        {
            "username": "new_clerk",
            "password": "Gan-Jiang#2026",
            "role": "county_officer",
            "region": "360102",
        },
    )
    assert created.status_code == 302, created.content.decode()[:500]
    assert User.objects.get(username="new_clerk").region_id == "360102"
    bad = client.post(
        "/accounts/users/new/",
        {
            "username": "bad_clerk",
            "password": "Gan-Jiang#2026",
            "role": "county_officer",
            "region": "360100",
        },
    )
    assert "该角色必须设在相应层级的行政区划上" in bad.content.decode()
    moved = client.post(
        f"/accounts/users/{nanchang_officer.pk}/",
        {"role": "city_officer", "region": "360700", "is_active": "on"},
    )
    assert moved.status_code == 302
    nanchang_officer.refresh_from_db()
    assert nanchang_officer.region_id == "360700"


def test_production_check_refuses_superusers_and_default_accounts(settings, db):
    from apps.accounts.checks import check_no_superuser_or_default_accounts

    settings.KECHUANG_ENFORCE_ACCOUNT_HYGIENE = True
    assert check_no_superuser_or_default_accounts() == []
    User.objects.create(username="Admin", role="expert", data_scope="self")
    ids = [m.id for m in check_no_superuser_or_default_accounts()]
    assert ids == ["accounts.E002"]
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(username="boss", role="expert", data_scope="self", is_superuser=True)
