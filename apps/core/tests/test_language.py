"""The platform speaks Chinese; English only when the user chose it with the language button."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from conftest import client_for

pytestmark = pytest.mark.django_db


def test_an_english_browser_still_gets_chinese(enterprise_user):
    client = client_for(enterprise_user)
    page = client.get(reverse("notices:inbox"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    text = page.content.decode()
    assert page["Content-Language"] == "zh-hans"
    assert '<html lang="zh-hans">' in text and "我的会话与密码" in text


def test_the_language_button_switches_to_english_and_back():
    client = Client()
    assert "科创平台" in client.get("/accounts/login/").content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    english = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert english["Content-Language"] == "en" and '<html lang="en">' in english.content.decode()
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert client.get("/accounts/login/")["Content-Language"] == "zh-hans"


def test_an_unknown_language_cookie_falls_back_to_chinese():
    client = Client()
    client.cookies["django_language"] = "fr"
    assert client.get("/accounts/login/")["Content-Language"] == "zh-hans"
