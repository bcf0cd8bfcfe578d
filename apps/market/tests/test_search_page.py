"""The public search page: other filters apply before the search's cap, and the page says
when it shows only the best of more matches or listings holding any word of the query."""

from __future__ import annotations

import pytest
from django.test import Client

from apps.market import search
from apps.market.tests.conftest import make_achievement, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(university_user, province_officer):
    # The aviation one mentions 锂电 least, so it ranks last by text.
    best = publish(
        make_achievement(university_user, title="锂电池锂电正极锂电材料", keywords="锂电"),
        province_officer,
    )
    middle = publish(make_achievement(university_user), province_officer)
    last = publish(
        make_achievement(
            university_user,
            title="无人机机体轻量化结构设计",
            summary="机载储能采用锂电。",
            keywords="无人机",
            field="aviation",
        ),
        province_officer,
    )
    return best, middle, last


def _ids(page: str) -> list[int]:
    import re

    return [int(x) for x in re.findall(r'data-listing="(\d+)"', page)]


def test_a_filter_applies_before_the_cap(monkeypatch, three):
    best, _middle, last = three
    monkeypatch.setattr(search, "CANDIDATES", 1)
    page = Client().get("/market/achievements/", {"q": "锂电"}).content.decode()
    assert _ids(page) == [best.pk]
    assert 'data-testid="capped"' in page and "超过 1 条" in page
    # The field filter keeps only the last by text: it is found, not cut by the cap first.
    page = Client().get("/market/achievements/", {"q": "锂电", "field": "aviation"}).content
    assert _ids(page.decode()) == [last.pk]
    assert 'data-testid="capped"' not in page.decode()
    api = Client().get("/api/v1/market/achievements/", {"q": "锂电", "field": "aviation"}).json()
    assert [r["id"] for r in api["results"]] == [last.pk]


def test_the_page_says_when_no_listing_holds_every_word(three):
    best, middle, last = three
    page = Client().get("/market/achievements/", {"q": "无人机 正极"}).content.decode()
    assert set(_ids(page)) == {best.pk, middle.pk, last.pk}
    assert "没有同时包含全部关键词的科技成果" in page
    page = Client().get("/market/achievements/", {"q": "锂电 正极"}).content.decode()
    assert set(_ids(page)) == {best.pk, middle.pk}
    assert "没有同时包含全部关键词" not in page and 'data-testid="capped"' not in page
