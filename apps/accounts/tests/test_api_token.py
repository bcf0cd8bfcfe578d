from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from apps.accounts.models import ApiToken
from apps.audit.models import LoginEvent
from conftest import PASSWORD

pytestmark = pytest.mark.django_db


def token_for(client: Client, username: str, password: str = PASSWORD):
    return client.post(
        "/api/v1/auth/token",
        {"username": username, "password": password},
        content_type="application/json",
    )


def test_token_then_bearer_calls(client, nanchang_officer, orgs_everywhere):
    response = token_for(client, "nanchang_officer")
    assert response.status_code == 200
    body = response.json()
    assert body["token"].startswith("kc_") and body["expires"]
    assert not ApiToken.objects.filter(key_hash=body["token"]).exists()  # only the hash is kept
    api = Client(HTTP_AUTHORIZATION=f"Bearer {body['token']}")
    listing = api.get("/api/v1/organizations/", {"region": "360100"})
    assert listing.status_code == 200
    assert set(listing.json()) >= {"count", "results"}
    assert api.get("/api/v1/organizations/", {"region": "360700"}).status_code == 404
    assert LoginEvent.objects.filter(username="nanchang_officer", outcome="token").count() == 1


def test_username_is_case_insensitive(client, nanchang_officer):
    assert token_for(client, "Nanchang_Officer").status_code == 200


def test_unknown_user_and_wrong_password_get_the_same_answer(client, nanchang_officer):
    wrong = token_for(client, "nanchang_officer", "nope-Nope-1")
    unknown = token_for(client, "nobody_here", "nope-Nope-1")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "用户名或密码错误。"}
    failures = LoginEvent.objects.filter(outcome="failure").values_list("username", flat=True)
    assert sorted(failures) == ["nanchang_officer", "nobody_here"]


def test_expired_and_garbage_tokens_are_refused(client, nanchang_officer):
    key = token_for(client, "nanchang_officer").json()["token"]
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = Client(HTTP_AUTHORIZATION=f"Bearer {key}").get("/api/v1/organizations/")
    assert expired.status_code == 401
    assert "令牌无效或已过期" in expired.json()["detail"]
    garbage = Client(HTTP_AUTHORIZATION="Bearer kc_garbage").get("/api/v1/organizations/")
    assert garbage.status_code == 401


def test_malformed_request(client):
    response = client.post("/api/v1/auth/token", {"username": "x"}, content_type="application/json")
    assert response.status_code == 400


def test_page_login_logs_and_same_message(client, nanchang_officer):
    bad = client.post("/accounts/login/", {"username": "nanchang_officer", "password": "wrong"})
    unknown = client.post("/accounts/login/", {"username": "ghost", "password": "wrong"})
    for response in (bad, unknown):
        assert "用户名或密码错误。" in response.content.decode()
    ok = client.post("/accounts/login/", {"username": "nanchang_officer", "password": PASSWORD})
    assert ok.status_code == 302
    assert client.get("/").status_code == 200
    client.post("/accounts/logout/")
    outcomes = list(LoginEvent.objects.order_by("id").values_list("outcome", flat=True))
    assert outcomes == ["failure", "failure", "success", "logout"]
