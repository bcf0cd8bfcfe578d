"""The left menu: grouped under headings, each role sees only the groups and entries it may use."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.accounts.choices import DataScope, Role
from apps.accounts.models import User
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
        shown = {item["url"] for g in menu_of(user) for item in g["items"]}
        allowed = {
            reverse(name)
            for _, entries in MENU
            for _, name, _, perm in entries
            if has_perm(user, perm)
        }
        assert shown == allowed
        assert all(g["items"] for g in menu_of(user))  # no empty heading


def test_a_changed_role_shows_its_menu_on_the_next_request(enterprise_user):
    """The menu is built once per role and process; a user whose role changes gets the new
    role's menu on their next request, not the one built for them before."""
    client = client_for(enterprise_user)
    inbox = reverse("notices:inbox")

    def headings() -> list[str]:
        response = client.get(inbox)
        assert response.status_code == 200
        return [g["heading"] for g in response.context["menu"]]

    assert "督查调度" not in headings()
    User.objects.filter(pk=enterprise_user.pk).update(
        role=Role.CITY_OFFICER, data_scope=DataScope.BELOW
    )
    assert "督查调度" in headings()
    User.objects.filter(pk=enterprise_user.pk).update(
        role=Role.ENTERPRISE, data_scope=DataScope.ORGANIZATION
    )
    assert "督查调度" not in headings()


def test_the_active_entry_follows_the_path_of_each_request(nanchang_officer):
    """The cached menu is shared by requests; which entry is active is decided per request."""
    client = client_for(nanchang_officer)
    for name in ("notices:inbox", "experts:draws", "experts:list"):
        url = reverse(name)
        menu = client.get(url).context["menu"]
        active = [i["url"] for g in menu for i in g["items"] if i["active"]]
        assert active == [url]


def test_the_rendered_menu_is_shared_but_follows_path_role_and_language(
    nanchang_officer, enterprise_user
):
    """The menu's HTML is kept per menu, language, active entry and badge: what each request
    shows must still be its own."""
    officer, enterprise = client_for(nanchang_officer), client_for(enterprise_user)
    draws, experts = reverse("experts:draws"), reverse("experts:list")
    for url in (draws, experts, draws):
        nav = officer.get(url).content.decode().split("<nav", 1)[1].split("</nav>", 1)[0]
        assert nav.count(" active") == 1
        assert f'class="nav-link active" href="{url}"' in nav
    officer_nav = officer.get(draws).content.decode().split("<nav", 1)[1].split("</nav>")[0]
    enterprise_page = enterprise.get(reverse("notices:inbox")).content.decode()
    enterprise_nav = enterprise_page.split("<nav", 1)[1].split("</nav>")[0]
    assert "督查调度" in officer_nav and "督查调度" not in enterprise_nav
    enterprise.post(reverse("set_language"), {"language": "en", "next": "/"})
    english = enterprise.get(reverse("notices:inbox")).content.decode()
    english_nav = english.split("<nav", 1)[1].split("</nav>")[0]
    assert english_nav != enterprise_nav and "我的会话与密码" not in english_nav


def test_an_applicant_sees_its_own_applications_as_such(enterprise_user, nanchang_officer):
    def labels(user) -> set[str]:
        return {item["label"] for g in menu_of(user) for item in g["items"]}

    assert "我的申报" in labels(enterprise_user) and "申报办理" not in labels(enterprise_user)
    assert "申报办理" in labels(nanchang_officer) and "我的申报" not in labels(nanchang_officer)
