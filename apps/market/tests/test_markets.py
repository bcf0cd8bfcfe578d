"""Markets at province, city and county level and by sector (专业市场): a listing appears in
its county's market, rolls up into its city's and the province's, and into its chain's sector
market at each of those levels — and nowhere else."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from apps.market.tests.conftest import make_achievement, make_demand, publish
from apps.organizations.models import IndustrialChain

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(university_user, enterprise_user, province_officer):
    lithium, _ = IndustrialChain.objects.update_or_create(
        code="lithium", defaults={"name": "锂电新能源", "is_active": True}
    )
    IndustrialChain.objects.update_or_create(
        code="tcm", defaults={"name": "中医药", "is_active": True}
    )
    a = publish(make_achievement(university_user, chain=lithium), province_officer)  # 360102
    d = publish(make_demand(enterprise_user, chain=lithium), province_officer)
    return a, d


def _count(html: str, testid: str) -> int:
    found = re.search(rf'data-testid="{testid}">([\d,]+)<', html)
    assert found, testid
    return int(found.group(1).replace(",", ""))


def _sub(html: str, name: str) -> str:
    found = re.search(rf"<strong>{name}</strong><br><span[^>]*>([^<]+)<", html)
    assert found, name
    return found.group(1)


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("/market/", True),
        ("/market/r/360100/", True),  # the city
        ("/market/r/360102/", True),  # the county (东湖区)
        ("/market/r/360700/", False),  # another city
        ("/market/r/360103/", False),  # another county of the same city
        ("/market/s/lithium/", True),  # the sector market, province-wide
        ("/market/r/360100/?chain=lithium", True),  # the sector market inside the city
        ("/market/s/tcm/", False),
        ("/market/r/360100/?chain=tcm", False),
    ],
)
def test_listing_appears_where_it_belongs(placed, url, inside):
    achievement, _ = placed
    html = Client().get(url).content.decode()
    assert (achievement.title in html) is inside, url
    assert _count(html, "count-achievements") == (1 if inside else 0), url


def test_counts_roll_up_through_sub_markets(placed):
    province = Client().get("/market/").content.decode()
    assert _sub(province, "南昌市") == "成果 1 · 需求 1"
    assert _sub(province, "赣州市") == "成果 0 · 需求 0"
    city = Client().get("/market/r/360100/").content.decode()
    assert "下级市场" in city and _sub(city, "东湖区") == "成果 1 · 需求 1"
    assert "锂电新能源 1/1" in city  # the sector markets inside the city
    sector = Client().get("/market/s/lithium/").content.decode()
    assert "锂电新能源专业市场" in sector and _sub(sector, "南昌市") == "成果 1 · 需求 1"
    county_in_sector = Client().get("/market/r/360102/?chain=lithium").content.decode()
    assert "东湖区锂电新能源专业市场" in county_in_sector


def test_unknown_markets_answer_404(placed):
    assert Client().get("/market/s/nope/").status_code == 404
    assert Client().get("/market/r/999999/").status_code == 404
