"""Issue 7: a technology demand's page lists ranked experts with reasons (officers only)."""

from __future__ import annotations

import pytest

from apps.experts.selectors import experts_for_listing
from apps.experts.tests.conftest import expert_make
from apps.market.tests.conftest import make_demand, publish
from conftest import client_for

pytestmark = pytest.mark.django_db


def test_demand_ranks_experts_with_reasons(province_officer, enterprise_user):
    demand = publish(make_demand(enterprise_user), province_officer)
    expert_make(
        province_officer, "电池专家", disciplines=["48040", "43070"], keywords="锂电、正极材料"
    )
    expert_make(province_officer, "能源专家", disciplines=["48070"], keywords="光伏")
    expert_make(province_officer, "药学专家", disciplines=["35010"], keywords="中药")
    expert_make(province_officer, "待审专家", disciplines=["48040"], keywords="锂电", approve=False)
    ranked = experts_for_listing(actor=province_officer, listing=demand)
    names = [m["expert"].name for m in ranked]
    assert names[:2] == ["电池专家", "能源专家"] and "药学专家" not in names
    assert "待审专家" not in names
    assert any("正极材料" in r or "锂电" in r for r in ranked[0]["reasons"])
    page = client_for(province_officer).get(f"/market/demands/{demand.pk}/").content.decode()
    assert 'data-testid="matched-experts"' in page and "电池专家" in page
    page = client_for(enterprise_user).get(f"/market/demands/{demand.pk}/").content.decode()
    assert "matched-experts" not in page
