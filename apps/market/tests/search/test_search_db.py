"""Search over the database's search table (FTS5 on SQLite, tsvector on PostgreSQL)."""

from __future__ import annotations

import pytest
from django.test import Client

from apps.market import search
from apps.market.tests.conftest import make_achievement, make_demand, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def listings(university_user, enterprise_user, province_officer):
    a1 = publish(make_achievement(university_user), province_officer)
    a2 = publish(
        make_achievement(
            university_user,
            title="离子型稀土绿色浸取技术",
            summary="稀土浸矿过程中氨氮减排，回收率提高。",
            field="nonferrous",
            keywords="稀土、浸矿",
        ),
        province_officer,
    )
    draft = make_achievement(university_user, title="锂电池隔膜涂覆技术（草稿）")
    d1 = publish(make_demand(enterprise_user), province_officer)
    return {"lithium": a1, "rare_earth": a2, "draft": draft, "demand": d1}


def test_traditional_query_finds_simplified_text(listings):
    assert search.search("achievement", "鋰電池") == [listings["lithium"].pk]
    assert search.search("achievement", "稀土浸取") == [listings["rare_earth"].pk]


@pytest.mark.parametrize("word", ["锂电", "电池", "稀土", "正极"])
def test_two_character_words_are_found(listings, word):
    found = search.search("achievement", word)
    assert found, word
    assert listings["draft"].pk not in found


def test_owner_found_by_pinyin_initials(listings, nanchang_university):
    # 南昌测试理工大学 → nccslgdx; the short form without the city too (cslgdx)
    assert listings["lithium"].pk in search.search("achievement", "nccslg")
    assert listings["lithium"].pk in search.search("achievement", "cslgdx")


def test_only_published_listings_are_searchable(listings):
    assert search.search("achievement", "隔膜") == []


def test_public_api_answers_count_and_results(listings):
    response = Client().get("/api/v1/market/achievements/", {"q": "鋰電"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    (row,) = body["results"]
    assert {"id", "title", "summary", "region"} <= set(row)
    assert row["id"] == listings["lithium"].pk and row["region"] == "360102"
    assert "contact_phone" not in row and "contact_name" not in row


def test_public_api_demands_and_filters(listings):
    client = Client()
    body = client.get("/api/v1/market/demands/", {"q": "正極"}).json()
    assert [r["id"] for r in body["results"]] == [listings["demand"].pk]
    by_field = client.get("/api/v1/market/achievements/", {"field": "nonferrous"}).json()
    assert [r["id"] for r in by_field["results"]] == [listings["rare_earth"].pk]
    by_region = client.get("/api/v1/market/achievements/", {"region": "360700"}).json()
    assert by_region["count"] == 0
    rolled_up = client.get("/api/v1/market/achievements/", {"region": "360100"}).json()
    assert rolled_up["count"] == 2  # a city market shows its counties' listings
    cheap = client.get("/api/v1/market/achievements/", {"price_max": "100000"}).json()
    assert cheap["count"] == 0
    mode = client.get("/api/v1/market/achievements/", {"mode": "license"}).json()
    assert mode["count"] == 2
    mature = client.get("/api/v1/market/achievements/", {"maturity_min": "7"}).json()
    assert mature["count"] == 0


def test_rebuild_job_restores_the_search_table(listings, province_officer):
    from apps.jobs.models import Job
    from apps.market.search import backends
    from conftest import client_for

    backends.clear("achievement")
    assert search.search("achievement", "锂电") == []
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):  # the job is queued on commit
        response = client_for(province_officer).post("/market/search/rebuild/")
    assert response.status_code == 302
    job = Job.objects.get(kind="market.search_rebuild")
    assert job.status == "succeeded", job.log
    assert job.result == {"achievements": 2, "demands": 1}
    assert search.search("achievement", "锂电") == [listings["lithium"].pk]


def test_public_search_page_needs_no_login(listings):
    page = Client().get("/market/achievements/", {"q": "稀土"})
    html = page.content.decode()
    assert page.status_code == 200
    assert listings["rare_earth"].title in html and listings["lithium"].title not in html
