from __future__ import annotations

import pytest

from apps.core.text import fold, pinyin_full, pinyin_initials, search_key
from conftest import client_for
from tests.factories import OrganizationFactory


def test_fold_traditional_full_width_and_case():
    assert fold("科技興贛 ＡＢＣ 鋰電池") == "科技兴赣 abc 锂电池"


def test_pinyin():
    assert pinyin_initials("南昌中江电子") == "nczjdz"
    assert pinyin_full("南昌") == "nanchang"
    assert "nczjdz" in search_key("南昌中江电子")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["赣锋锂电", "贛鋒鋰電", "gfld", "ganfeng", "ＧＦＬＤ", "鋰電"])
def test_search_by_simplified_traditional_pinyin(nanchang_officer, query):
    target = OrganizationFactory.create(name="南昌赣锋锂电科技有限公司", region_id="360102")
    OrganizationFactory.create(name="南昌洪都机械有限公司", region_id="360102")
    client = client_for(nanchang_officer)
    results = client.get("/api/v1/organizations/", {"q": query}).json()["results"]
    assert [r["id"] for r in results] == [target.pk]


@pytest.mark.django_db
def test_search_by_credit_code_prefix(nanchang_officer):
    target = OrganizationFactory.create(region_id="360102")
    OrganizationFactory.create(region_id="360102")
    client = client_for(nanchang_officer)
    results = client.get("/api/v1/organizations/", {"q": target.credit_code[:17]}).json()
    assert [r["id"] for r in results["results"]] == [target.pk]
