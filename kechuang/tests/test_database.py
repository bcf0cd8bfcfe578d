"""The suite runs on the database CI asked for; a silent fallback to SQLite would fail here."""

from __future__ import annotations

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_running_on_the_expected_database():
    expected = os.environ.get("KECHUANG_EXPECT_DB")
    url = os.environ.get("DATABASE_URL", "sqlite")
    vendor = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == vendor
    if expected:
        assert connection.vendor == expected


@pytest.mark.django_db
def test_sqlite_runs_with_immediate_transactions_and_wal():
    if connection.vendor != "sqlite":
        assert connection.vendor == "postgresql"
        return
    options = connection.settings_dict["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE" and options["timeout"] >= 20
