"""The region overview (主体概览) shows what a region has: a county, with no regions under it,
gets no empty chart, count or table of subordinate regions."""

from __future__ import annotations

import pytest

from conftest import client_for

pytestmark = pytest.mark.django_db


def test_a_county_overview_has_no_subordinate_region_parts(county_clerk, nanchang_officer):
    county = client_for(county_clerk).get("/").content.decode()
    assert "主体概览" in county
    assert "按下级地区统计" not in county and "下级地区明细" not in county
    city = client_for(nanchang_officer).get("/").content.decode()
    assert "按下级地区统计" in city and "下级地区明细" in city
