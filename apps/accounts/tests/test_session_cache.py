"""Sessions and the session registry read from the shared cache: a signed-in page pays no
statement for either, and ending a session still acts on the very next request."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.accounts.models import UserSession
from apps.accounts.sessions import (
    ASK,
    _live_key,
    session_end,
    session_is_live,
    session_mark_ended,
)
from conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db


def _signed_in(username: str) -> Client:
    client = Client()
    client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert client.get("/organizations/").status_code == 200  # the answers are cached now
    return client


def test_a_signed_in_page_reads_neither_session_nor_registry_from_the_database(
    nanchang_officer,
):
    client = _signed_in("nanchang_officer")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/organizations/").status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "django_session" not in tables
    assert "accounts_usersession" not in tables


def test_a_session_forced_out_after_its_answers_were_cached_ends_at_once(
    sec_admin, nanchang_officer
):
    victim = _signed_in("nanchang_officer")
    row = UserSession.objects.get(user=nanchang_officer, ended_at__isnull=True)
    assert cache.get(_live_key(row.session_key)) == row.pk
    admin = client_for(sec_admin)
    assert admin.post(f"/accounts/online/{row.pk}/force-out/").status_code == 302
    assert victim.get("/organizations/").status_code == 302
    # The engine dropped the cached copy as well as the row: the cookie signs nobody in.
    from django.contrib.sessions.backends.cached_db import KEY_PREFIX

    assert cache.get(KEY_PREFIX + row.session_key) is None


def test_an_ended_session_is_asked_of_the_database_and_never_cached_live_again(
    nanchang_officer,
):
    _signed_in("nanchang_officer")
    row = UserSession.objects.get(user=nanchang_officer, ended_at__isnull=True)
    session_mark_ended(session_key=row.session_key, reason="测试")
    assert cache.get(_live_key(row.session_key)) == ASK
    assert session_is_live(row.session_key) is None
    # A reader that read the row as live just before the end committed only *adds* its answer:
    # the marker stays, so the next request asks the database again.
    UserSession.objects.filter(pk=row.pk).update(ended_at=None)
    assert session_is_live(row.session_key) == row.pk
    assert cache.get(_live_key(row.session_key)) == ASK


def test_ending_through_the_service_marks_the_key(sec_admin, nanchang_officer):
    _signed_in("nanchang_officer")
    row = UserSession.objects.get(user=nanchang_officer, ended_at__isnull=True)
    session_end(actor=sec_admin, user_session=row, reason="测试")
    assert cache.get(_live_key(row.session_key)) == ASK
    assert session_is_live(row.session_key) is None


def test_the_user_of_a_session_comes_with_their_region_in_one_statement(nanchang_officer):
    client = _signed_in("nanchang_officer")
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/notices/")
    assert page.status_code == 200 and nanchang_officer.region.name in page.content.decode()
    sqls = [q["sql"] for q in queries.captured_queries]
    user_reads = [s for s in sqls if 'FROM "accounts_user"' in s]
    assert user_reads and 'JOIN "regions_region"' in user_reads[0]
    own_region = f'"regions_region"."id" = {nanchang_officer.region_id}'
    assert not [s for s in sqls if s.startswith('SELECT "regions_region"') and own_region in s]
