"""The demand reserve (项目需求储备库): needs → reserve → guide directions → applications."""

from __future__ import annotations

import pytest

from apps.accounts.permissions import AccessDenied
from apps.programmes import presets, selectors, services
from apps.programmes import services_reserve as rs
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Application

from .conftest import attach_required, make_typed_call, valid_data

pytestmark = pytest.mark.django_db


def accepted_need(enterprise_user, nanchang_officer, province_officer):
    call = make_typed_call("demand", "xqzj-t", presets.demand_reserve)
    need = services.application_create(
        actor=enterprise_user,
        call=call,
        title="需求：高可靠车规级功率模块",
        data={"need": "车规级功率模块", "problem": "封装可靠性不足，依赖进口。"},
    )
    services.application_submit(actor=enterprise_user, application=need)
    services.application_transition(actor=nanchang_officer, application=need, action="recommend")
    services.application_transition(actor=province_officer, application=need, action="accept")
    need.refresh_from_db()
    assert need.status == "completed"
    return need


def test_need_to_reserve_to_guide_to_application(
    enterprise_user, nanchang_officer, ganzhou_officer, province_officer
):
    need = accepted_need(enterprise_user, nanchang_officer, province_officer)
    with pytest.raises(AccessDenied):
        rs.reserve_add(actor=ganzhou_officer, need=need, title="x", field="新能源", tags=[])
    with pytest.raises(AccessDenied):
        rs.reserve_add(actor=enterprise_user, need=need, title="x", field="新能源", tags=[])
    with pytest.raises(Invalid, match="技术领域"):
        rs.reserve_add(actor=nanchang_officer, need=need, title="x", field="", tags=[])
    entry = rs.reserve_add(
        actor=nanchang_officer,
        need=need,
        title="车规级功率模块封装",
        field="新能源汽车",
        tags=["功率半导体", "功率半导体", "封装"],
    )
    assert entry.tags == ["功率半导体", "封装"]
    with pytest.raises(Conflict, match="已在储备库"):
        rs.reserve_add(actor=nanchang_officer, need=need, title="x", field="y", tags=[])

    research = make_typed_call("research", "kjjh-t", presets.research_project)
    with pytest.raises(AccessDenied):
        rs.guide_direction_save(
            actor=nanchang_officer, call=research, title="方向", text="内容", entries=[entry]
        )
    direction = rs.guide_direction_save(
        actor=province_officer,
        call=research,
        title="车规级功率半导体封装",
        text="研究内容：高可靠封装。考核指标：通过 AEC-Q101。",
        entries=[entry],
    )
    # Before the guide is published nobody can name its directions.
    with pytest.raises(Invalid, match="指南方向"):
        services.application_create(
            actor=enterprise_user, call=research, title="x", direction=direction
        )
    rs.guide_publish(actor=province_officer, call=research)
    research.refresh_from_db()
    assert "车规级功率半导体封装" in research.guide
    entry.refresh_from_db()
    assert entry.status == "used"
    with pytest.raises(Conflict, match="已发布"):
        rs.guide_direction_save(
            actor=province_officer, call=research, title="改", text="改", entries=[entry]
        )
    data = valid_data()
    app = services.application_create(
        actor=enterprise_user, call=research, title="功率模块封装研究", data=data
    )
    attach_required(enterprise_user, app)
    problems = services.submission_problems(app, app.title, app.data)
    assert "direction" in problems  # a research application must name its direction
    Application.objects.filter(pk=app.pk).update(direction=direction)
    app.refresh_from_db()
    services.application_submit(actor=enterprise_user, application=app)
    trace = selectors.guide_trace(actor=province_officer, call=research)
    assert trace[0]["direction"] == direction
    assert [e.need_id for e in trace[0]["entries"]] == [need.pk]
    assert [a.pk for a in trace[0]["applications"]] == [app.pk]
    # A Ganzhou officer sees the guide but not Nanchang's application.
    assert selectors.guide_trace(actor=ganzhou_officer, call=research)[0]["applications"] == []


def test_only_accepted_needs_enter_the_reserve(enterprise_user, nanchang_officer, province_officer):
    call = make_typed_call("demand", "xqzj-t2", presets.demand_reserve)
    need = services.application_create(
        actor=enterprise_user, call=call, title="需求", data={"need": "n", "problem": "p"}
    )
    services.application_submit(actor=enterprise_user, application=need)
    with pytest.raises(Conflict, match="审核通过"):
        rs.reserve_add(actor=province_officer, need=need, title="n", field="f", tags=[])


def test_reserve_and_guide_pages(
    enterprise_user, nanchang_officer, ganzhou_officer, province_officer
):
    from conftest import client_for

    need = accepted_need(enterprise_user, nanchang_officer, province_officer)
    city = client_for(nanchang_officer)
    assert need.title in city.get("/programmes/reserve/").content.decode()  # waiting to screen
    city.post(
        "/programmes/reserve/",
        {"need": need.pk, "title": "车规级功率模块封装", "field": "电子信息", "tags": "功率，封装"},
    )
    entry = need.reserve_entry
    assert entry.tags == ["功率", "封装"]
    assert (
        "车规级功率模块封装"
        not in client_for(ganzhou_officer).get("/programmes/reserve/").content.decode()
    )
    assert client_for(enterprise_user).get("/programmes/reserve/").status_code == 403

    research = make_typed_call("research", "kjjh-page", presets.research_project)
    province = client_for(province_officer)
    province.post(
        f"/programmes/calls/{research.pk}/guide/",
        {"title": "功率半导体封装", "text": "研究内容与考核指标", "entries": [entry.pk]},
    )
    assert (
        client_for(nanchang_officer)
        .post(f"/programmes/calls/{research.pk}/guide/", {"op": "publish"})
        .status_code
        == 403
    )
    province.post(f"/programmes/calls/{research.pk}/guide/", {"op": "publish"})
    research.refresh_from_db()
    assert research.guide_published_at is not None
    direction = research.directions.get()
    company = client_for(enterprise_user)
    page = company.get(f"/programmes/calls/{research.pk}/").content.decode()
    assert "方向1：功率半导体封装" in page
    company.post(
        f"/programmes/calls/{research.pk}/", {"title": "功率模块", "direction": direction.pk}
    )
    app = Application.objects.get(call=research)
    assert app.direction_id == direction.pk
    trace = province.get(f"/programmes/calls/{research.pk}/guide/").content.decode()
    assert "车规级功率模块封装" in trace  # the need behind the direction
