from __future__ import annotations

import pytest

from apps.core.text import (
    fold,
    pinyin_full,
    pinyin_initials,
    search_key,
    too_long,
    too_long_for,
)
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


def test_too_long_names_the_field_the_limit_and_the_length_typed():
    refusal = too_long("意" * 5230, limit=5000, label="评审意见")
    assert refusal == "「评审意见」最多5000字，现为5230字。"
    assert too_long("意" * 5000, limit=5000, label="评审意见") == ""
    assert too_long("", limit=1, label="x") == ""


def test_too_long_for_reads_the_model_fields_limit_and_label():
    from apps.programmes.models_needs import Challenge

    found = too_long_for(Challenge, {"title": "题" * 201, "summary": "短", "budget": 5})
    assert found == {"title": "「榜单名称」最多200字，现为201字。"}
    # an encrypted field's limit is the plain text's
    assert too_long_for(Challenge, {"contact_phone": "1" * 65}) == {
        "contact_phone": "「联系电话」最多64字，现为65字。"
    }


def test_a_names_sort_key_is_its_pinyin_with_digits_and_letters_kept():
    """Names differing only in a number (储备专家1, 储备专家11) must not tie (round of review
    seating: the picker's pages came out in database order)."""
    from apps.core.text import sort_key

    assert sort_key("张伟") == "zhangwei"
    assert sort_key("储备专家11") == "chubeizhuanjia11"
    assert sorted(["张伟", "蔡明", "欧阳华"], key=sort_key) == ["蔡明", "欧阳华", "张伟"]
    # a surname read as a surname: 曾伟 is zengwei (ceng by the common reading), after 陈, before 张
    assert sort_key("曾伟") == "zengwei"
    assert sorted(["张伟", "曾伟", "陈刚"], key=sort_key) == ["陈刚", "曾伟", "张伟"]
