"""The milestone API: the team lists its gates and reports one with evidence; the responsible
officer decides; everyone else is refused with nothing changed and the attempt audited."""

from __future__ import annotations

import pytest

from apps.programmes.models import Milestone
from conftest import client_for

from .conftest import executing_bid, make_challenge, refusals, token_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(province_officer, enterprise_user, expert_user, jb_call, uni):
    challenge = make_challenge(province_officer, jb_call)
    return executing_bid(province_officer, expert_user, enterprise_user, challenge, uni)


def url(app, gate=None, action=""):
    base = f"/api/v1/applications/{app.pk}/milestones/"
    return base if gate is None else f"{base}{gate.pk}/{action}"


def test_the_team_lists_and_reports_a_gate_with_evidence(
    enterprise_user, province_officer, project
):
    client = token_client(enterprise_user)
    panel = client.get(url(project)).json()
    assert [m["title"] for m in panel["milestones"]] == ["小试", "中试"]
    assert panel["may_report"] is True and panel["may_decide"] is False
    assert panel["planned_total"] == "250.00" and panel["paid_total"] == "0.00"
    gate = Milestone.objects.get(application=project, number=1)
    empty = client.post(url(project, gate, "submit"), {}, content_type="application/json")
    assert empty.status_code == 400 and empty.json()["errors"]["evidence"]
    answer = client.post(
        url(project, gate, "submit"),
        {"evidence": "小试样品检测报告编号 JC-2027-01"},
        content_type="application/json",
    )
    assert answer.status_code == 200 and answer.json()["status"] == "submitted"
    assert project.timeline.filter(label="提交里程碑：小试").exists()
    again = client.post(
        url(project, gate, "submit"), {"evidence": "再交一次"}, content_type="application/json"
    )
    assert again.status_code == 409 and refusals("milestone.submit") == 1
    gate.refresh_from_db()
    assert gate.evidence == "小试样品检测报告编号 JC-2027-01"
    # The team cannot pass its own gate: 403, unchanged, audited.
    own = client.post(
        url(project, gate, "decide"), {"approve": True}, content_type="application/json"
    )
    assert own.status_code == 403 and refusals("milestone.decide") == 1
    gate.refresh_from_db()
    assert gate.status == "submitted" and gate.payment == "none"
    # The responsible officer decides through the same endpoint.
    officer = client_for(province_officer)
    assert officer.get(url(project)).json()["may_decide"] is True
    decided = officer.post(
        url(project, gate, "decide"),
        {"approve": True, "note": "合格"},
        content_type="application/json",
    )
    assert decided.status_code == 200 and decided.json()["payment"] == "due"


def test_returning_needs_a_reason_and_unknown_actions_are_404(
    province_officer, enterprise_user, project
):
    gate = Milestone.objects.get(application=project, number=1)
    client_for(enterprise_user).post(
        url(project, gate, "submit"), {"evidence": "报告"}, content_type="application/json"
    )
    officer = client_for(province_officer)
    bare = officer.post(
        url(project, gate, "decide"), {"approve": False}, content_type="application/json"
    )
    assert bare.status_code == 400 and bare.json()["errors"] == {"note": "请填写退回理由。"}
    assert (
        officer.post(url(project, gate, "pay"), {}, content_type="application/json").status_code
        == 404
    )
    gate.refresh_from_db()
    assert gate.status == "submitted"


def test_no_reports_outside_the_milestone_stage(enterprise_user, province_officer, project):
    from apps.programmes.models import Application

    Application.objects.filter(pk=project.pk).update(stage="acceptance")
    gate = Milestone.objects.get(application=project, number=1)
    answer = client_for(enterprise_user).post(
        url(project, gate, "submit"), {"evidence": "迟报"}, content_type="application/json"
    )
    assert answer.status_code == 409 and refusals("milestone.submit") == 1
    gate.refresh_from_db()
    assert gate.status == "planned"


@pytest.mark.parametrize("persona", ["ganzhou_officer", "county_clerk", "outsider", "expert_user"])
def test_out_of_scope_personas_get_404(request, persona, project):
    client = client_for(request.getfixturevalue(persona))
    gate = Milestone.objects.get(application=project, number=1)
    assert client.get(url(project)).status_code == 404
    answer = client.post(
        url(project, gate, "submit"), {"evidence": "x"}, content_type="application/json"
    )
    assert answer.status_code == 404
    gate.refresh_from_db()
    assert gate.status == "planned"
