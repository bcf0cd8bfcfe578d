"""Seating reviewers by hand: the searchable picker (search, load, availability, conflicts,
scope) and the server's checks on what the seating form posts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.http import QueryDict
from django.utils import timezone

from apps.audit.models import AuditEvent
from apps.experts.tests.conftest import application_make, expert_make
from apps.programmes import presets, selectors_seating, services
from apps.programmes.models import Application
from apps.programmes.tests.conftest import make_typed_call
from conftest import client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(submitted: Application) -> Application:
    Application.objects.filter(pk=submitted.pk).update(stage="review")
    submitted.refresh_from_db()
    return submitted


def found(actor: Any, app: Application, query: str = "", **more: Any) -> list[str]:
    params = QueryDict(mutable=True)
    params["q"] = query
    for key, value in more.items():
        params.setlist(key, value if isinstance(value, list) else [value])
    picker = selectors_seating.picker(actor=actor, application=app, params=params)
    return [c.expert.name for c in picker.rows]


def other_org(n: int) -> Any:
    return OrganizationFactory.create(name=f"其他测试单位{n}有限公司", region_id="360102")


def seated_elsewhere(app: Application, officer: Any, expert: Any) -> list[Application]:
    """Three more applications of the call (项目0–2), the expert invited to each in turn."""
    others = [
        application_make(app.call, other_org(n), officer, n, title=f"项目{n}") for n in range(3)
    ]
    for other in others:
        services.review_seat(actor=officer, application=other, panel=[expert], backups=[])
    return others


def pick_url(app: Application) -> str:
    return f"/programmes/applications/{app.pk}/reviewers/pick/"


def test_search_finds_experts_by_each_field(in_review: Any, province_officer: Any) -> None:
    expert_make(province_officer, "王建国", organization_name="南昌大学", disciplines=["52020"])
    expert_make(
        province_officer,
        "李秀英",
        organization_name="江西理工大学",
        disciplines=["43040"],
        keywords="稀土永磁、磁性材料",
    )
    for query, who in [
        ("王建国", "王建国"),  # name
        ("wjg", "王建国"),  # pinyin initials
        ("理工大学", "李秀英"),  # organisation
        ("52020", "王建国"),  # discipline code
        ("520", "王建国"),  # a first-level code finds its second level
        ("人工智能", "王建国"),  # discipline name (52020)
        ("金属材料", "李秀英"),  # discipline name (43040 金属材料)
        ("稀土永磁", "李秀英"),  # keyword
    ]:
        assert found(province_officer, in_review, query) == [who], query
    assert found(province_officer, in_review, "无此人") == []


def test_search_reaches_every_visible_expert_page_by_page(
    in_review: Any, province_officer: Any
) -> None:
    """No cap: the 23rd expert by name is on the third page of ten."""
    for n in range(23):
        expert_make(province_officer, f"专家{n:02d}")
    assert found(province_officer, in_review, "专家")[:1] == ["专家00"]
    assert found(province_officer, in_review, "专家", page="3", do="page") == [
        "专家20",
        "专家21",
        "专家22",
    ]
    # a new search starts on its first page again
    assert found(province_officer, in_review, "专家", page="3")[:1] == ["专家00"]


def test_conflicted_expert_is_shown_disabled_with_the_reason_and_refused_if_posted(
    in_review: Any, province_officer: Any
) -> None:
    own = expert_make(province_officer, "本单位专家", org=in_review.applicant)
    assert own.user is not None
    client = client_for(province_officer)
    page = client.get(f"{pick_url(in_review)}?q=本单位专家").content.decode()
    row = page[page.index(f'data-expert="{own.user.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "须回避：与申报单位同单位" in row and in_review.applicant.name in row
    assert row.count(" disabled>") == 2  # both 评审 and 候补
    # choosing it through the picker's own buttons is refused with the reason
    picked = client.get(f"{pick_url(in_review)}?do=r{own.user.pk}").content.decode()
    assert "不能选择“本单位专家”" in picked
    assert f'name="reviewers" value="{own.user.pk}"' not in picked
    # posting it anyway: the server refuses, names the expert and the reason, seats nobody
    response = client.post(
        f"/programmes/applications/{in_review.pk}/reviewers/",
        {"reviewers": [str(own.user.pk)]},
        follow=True,
    )
    text = response.content.decode()
    assert "所选专家与本项目须回避" in text and "本单位专家" in text and "同单位" in text
    assert not in_review.reviews.exists()


@pytest.fixture
def city_review(nanchang_enterprise: Any, province_officer: Any) -> Application:
    """An application at a review stage run by the city (a city officer seats its panel)."""

    def config() -> dict[str, Any]:
        built = presets.new_product()
        for stage in built["stages"]:
            if stage.get("review"):
                stage["actor"] = "city"
        return built

    call = make_typed_call("city-review", "cr-2026", config)
    return application_make(call, nanchang_enterprise, province_officer, 1, field="电子信息")


def test_an_expert_outside_the_officers_region_is_not_found_and_refused(
    city_review: Any, province_officer: Any, nanchang_officer: Any
) -> None:
    near = expert_make(province_officer, "南昌专家", region="360102")
    far = expert_make(province_officer, "赣州专家", region="360702")
    assert near.user and far.user
    assert found(nanchang_officer, city_review, "专家") == ["南昌专家"]
    assert found(nanchang_officer, city_review, "赣州") == []
    client = client_for(nanchang_officer)
    # a crafted choice of the out-of-scope expert is not taken into the list either
    picked = client.get(f"{pick_url(city_review)}?do=r{far.user.pk}").content.decode()
    assert "不在可指派范围内" in picked and "赣州专家" not in picked
    response = client.post(
        f"/programmes/applications/{city_review.pk}/reviewers/",
        {"reviewers": [str(near.user.pk), str(far.user.pk)]},
        follow=True,
    )
    assert "所选专家不可指派" in response.content.decode()
    assert not city_review.reviews.exists()
    # what is in scope is seated
    client.post(
        f"/programmes/applications/{city_review.pk}/reviewers/",
        {"reviewers": [str(near.user.pk)]},
    )
    assert list(city_review.reviews.values_list("reviewer_id", flat=True)) == [near.user.pk]


def test_htmx_gets_the_list_only_and_the_plain_form_a_page(
    in_review: Any, province_officer: Any
) -> None:
    """The search box stays in place (what is being typed is not replaced); htmx swaps the
    list and choices under it. Without script the same request is a page of its own."""
    expert_make(province_officer, "王建国")
    client = client_for(province_officer)
    fragment = client.get(f"{pick_url(in_review)}?q=王", HTTP_HX_REQUEST="true").content.decode()
    assert 'data-testid="candidate"' in fragment and "王建国" in fragment
    assert "<html" not in fragment and 'id="picker-q"' not in fragment
    page = client.get(f"{pick_url(in_review)}?q=王").content.decode()
    assert "<html" in page and 'id="picker-q"' in page and "王建国" in page


def test_an_officer_who_does_not_handle_the_review_gets_no_picker(
    in_review: Any, nanchang_officer: Any, outsider: Any
) -> None:
    assert client_for(nanchang_officer).get(pick_url(in_review)).status_code == 403
    assert client_for(outsider).get(pick_url(in_review)).status_code == 403


def test_an_expert_account_without_a_profile_is_not_seated_by_hand(
    in_review: Any, province_officer: Any, expert_user: Any
) -> None:
    response = client_for(province_officer).post(
        f"/programmes/applications/{in_review.pk}/reviewers/",
        {"reviewers": [str(expert_user.pk)]},
        follow=True,
    )
    assert "所选专家不可指派" in response.content.decode()
    assert not in_review.reviews.exists()


def test_load_and_availability_are_shown(in_review: Any, province_officer: Any) -> None:
    busy_one = expert_make(province_officer, "忙碌专家")
    today = timezone.localdate()
    away = expert_make(
        province_officer,
        "出差专家",
        unavailable=[{"start": today.isoformat(), "end": (today + dt.timedelta(3)).isoformat()}],
    )
    assert busy_one.user and away.user
    # two open seats elsewhere (invited, accepted) and one finished do not all count
    others = seated_elsewhere(in_review, province_officer, busy_one.user)
    seat = others[0].reviews.get()
    services.review_respond(actor=busy_one.user, assignment=seat, accept=True)
    services.review_respond(
        actor=busy_one.user, assignment=others[1].reviews.get(), accept=False, reason="出差"
    )
    params = QueryDict("q=专家")
    picker = selectors_seating.picker(actor=province_officer, application=in_review, params=params)
    rows = {c.expert.name: c for c in picker.rows}
    assert rows["忙碌专家"].load == 2 and rows["出差专家"].load == 0
    assert rows["出差专家"].busy.startswith("评审期间不可参评") and not rows["忙碌专家"].busy
    page = client_for(province_officer).get(f"{pick_url(in_review)}?q=专家").content.decode()
    row = page[page.index(f'data-expert="{away.user.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "不可参评" in row and today.isoformat() in row and "disabled" not in row
    row = page[page.index(f'data-expert="{busy_one.user.pk}"') :]
    assert '<td data-testid="load">2</td>' in row[: row.index("</tr>")]


def test_an_unavailable_expert_is_seated_with_a_warning_and_on_the_record(
    in_review: Any, province_officer: Any
) -> None:
    today = timezone.localdate()
    away = expert_make(
        province_officer,
        "出差专家",
        unavailable=[{"start": today.isoformat(), "end": today.isoformat()}],
    )
    here = expert_make(province_officer, "在岗专家")
    assert away.user and here.user
    client = client_for(province_officer)
    # chosen through the picker: panel first, then a backup, in the order clicked
    chosen = client.get(f"{pick_url(in_review)}?do=r{here.user.pk}").content.decode()
    assert f'name="reviewers" value="{here.user.pk}"' in chosen
    chosen = client.get(
        f"{pick_url(in_review)}?r={here.user.pk}&do=b{away.user.pk}"
    ).content.decode()
    assert f'name="backups" value="{away.user.pk}"' in chosen
    response = client.post(
        f"/programmes/applications/{in_review.pk}/reviewers/",
        {"reviewers": [str(away.user.pk)], "backups": [str(here.user.pk)]},
        follow=True,
    )
    text = response.content.decode()
    assert "已指派 2 位专家" in text and "出差专家在评审期间登记为不可参评" in text
    event = AuditEvent.objects.get(action="review.seat")
    assert (event.after or {})["unavailable"] == ["出差专家"]


def test_the_done_list_is_newest_first_by_completion(in_review: Any, province_officer: Any) -> None:
    expert = expert_make(province_officer, "评审专家")
    assert expert.user is not None
    apps = seated_elsewhere(in_review, province_officer, expert.user)
    now = timezone.now()
    # invited in order 0, 1, 2; ended in order 2 (declined), 0 (declined), 1 (declined)
    for app, days_ago in zip(apps, [2, 1, 3], strict=True):
        seat = app.reviews.get()
        services.review_respond(actor=expert.user, assignment=seat, accept=False, reason="另有安排")
        app.reviews.update(responded_at=now - dt.timedelta(days=days_ago))
    page = client_for(expert.user).get("/programmes/reviews/").content.decode()
    done = page[page.index('data-testid="review-done"') :]
    order = sorted(range(3), key=lambda n: done.index(f"项目{n}"))
    assert order == [1, 0, 2]


def test_the_rating_table_tells_same_name_experts_apart(
    in_review: Any, province_officer: Any
) -> None:
    first = expert_make(province_officer, "同名专家", organization_name="甲大学", title="教授")
    second = expert_make(province_officer, "同名专家", organization_name="乙研究院", title="研究员")
    assert first.user and second.user
    services.review_seat(
        actor=province_officer, application=in_review, panel=[first.user, second.user], backups=[]
    )
    for seat in in_review.reviews.all():
        services.review_respond(actor=seat.reviewer, assignment=seat, accept=True)
    page = (
        client_for(province_officer)
        .get(f"/programmes/calls/{in_review.call_id}/results/")
        .content.decode()
    )
    table = page[page.index("专家评价") :]
    assert "甲大学 · 教授" in table and "乙研究院 · 研究员" in table


def test_names_are_listed_in_pinyin_order(in_review: Any, province_officer: Any) -> None:
    """By character code 王 (U+738B) came before 安 (U+5B89)? No: 安 < 王 < 赵 by code too, so
    the case uses 张 (U+5F20) and 蔡 (U+8521): by code 张 before 蔡, by pinyin cai before zhang."""
    for name in ("张伟", "蔡明", "欧阳华"):
        expert_make(province_officer, name)
    names = [n for n in found(province_officer, in_review) if n in {"张伟", "蔡明", "欧阳华"}]
    assert names == ["蔡明", "欧阳华", "张伟"]
