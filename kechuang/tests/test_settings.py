"""Configuration: fail fast with clear messages, production passes `check --deploy`, health."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROD_KEY = "k" * 20 + "e" * 20 + "chuang-production-secret-0123456789"


def _check(settings: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    full.update({"DJANGO_SETTINGS_MODULE": settings, **env})
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = _check(
        "kechuang.settings.production",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=PROD_KEY,
        DJANGO_ALLOWED_HOSTS="kc.example.gov.cn",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres"},
            "缺少环境变量 DJANGO_SECRET_KEY",
        ),
        (
            {"DJANGO_SECRET_KEY": "short", "DATABASE_URL": "postgres://x@h/db"},
            "DJANGO_SECRET_KEY 太短",
        ),
        ({"DJANGO_SECRET_KEY": PROD_KEY}, "生产环境必须使用 PostgreSQL"),
    ],
)
def test_production_refuses_unsafe_configuration(env, message):
    result = _check("kechuang.settings.production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_bad_database_url_is_named():
    result = _check("kechuang.settings.development", DATABASE_URL="mysql://root@localhost/x")
    assert result.returncode != 0
    assert "不支持的数据库" in result.stderr or "DATABASE_URL 无效" in result.stderr


def test_bad_queue_url_is_named():
    result = _check("kechuang.settings.development", KECHUANG_QUEUE_URL="amqp://guest@localhost")
    assert result.returncode != 0
    assert "KECHUANG_QUEUE_URL 无效" in result.stderr


@pytest.mark.django_db
def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_security_headers_on_pages(client, nanchang_officer):
    from conftest import client_for

    response = client_for(nanchang_officer).get("/organizations/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"
