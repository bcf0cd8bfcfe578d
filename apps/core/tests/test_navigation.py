"""The left menu: grouped under headings, each role sees only the groups and entries it may use."""

from __future__ import annotations

import pytest

from apps.accounts.permissions import has_perm
from apps.core.context_processors import MENU
from conftest import client_for

pytestmark = pytest.mark.django_db


def menu_of(user) -> list[dict]:
    response = client_for(user).get("/", follow=True)
    assert response.status_code == 200
    return response.context["menu"]


def test_the_province_sees_every_group_and_an_enterprise_only_its_own(
    province_officer, enterprise_user
):
    province = [g["heading"] for g in menu_of(province_officer)]
    assert province[:5] == ["", "主体与专家", "计划项目", "成果转化", "督查调度"]
    enterprise = menu_of(enterprise_user)
    assert "督查调度" not in [g["heading"] for g in enterprise]
    labels = [item["label"] for g in enterprise for item in g["items"]]
    assert "计划申报" in labels and "计划配置" not in labels and "目标督查" not in labels


def test_every_entry_shown_is_one_the_user_may_use(enterprise_user, donghu_officer):
    for user in (enterprise_user, donghu_officer):
        shown = {item["label"] for g in menu_of(user) for item in g["items"]}
        allowed = {
            label for _, entries in MENU for label, _, _, perm in entries if has_perm(user, perm)
        }
        assert shown == allowed
        assert all(g["items"] for g in menu_of(user))  # no empty heading
