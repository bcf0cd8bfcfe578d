"""The API for enterprises' own systems: calls, drafts, idempotent submit, transitions."""

from __future__ import annotations

import pytest

from apps.audit.models import AuditEvent
from apps.programmes.models import Application, ApplicationVersion
from conftest import client_for

from .conftest import attach_required, valid_data

pytestmark = pytest.mark.django_db


def api(user):
    return client_for(user)


def test_open_calls(enterprise_user, call):
    body = api(enterprise_user).get("/api/v1/calls/?open=true").json()
    assert [c["code"] for c in body["results"]] == [call.code]
    assert body["results"][0]["form"]["sections"]


def test_create_patch_submit_and_read(enterprise_user, call, donghu_officer):
    client = api(enterprise_user)
    created = client.post(
        "/api/v1/applications/",
        {"call": call.pk, "title": "镜头", "data": valid_data()},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert created.json()["data"]["team"][0]["id_masked"].startswith("360102")
    patched = client.patch(
        f"/api/v1/applications/{pk}/",
        {"data": {"budget": "800"}, "version": created.json()["version"]},
        content_type="application/json",
    )
    assert patched.status_code == 200 and patched.json()["data"]["budget"] == "800"
    stale = client.patch(
        f"/api/v1/applications/{pk}/",
        {"title": "旧", "version": 1},
        content_type="application/json",
    )
    assert stale.status_code == 409
    app = Application.objects.get(pk=pk)
    attach_required(enterprise_user, app)
    first = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="req-1")
    again = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="req-1")
    assert first.status_code == again.status_code == 200
    assert first.json()["receipt_number"] == again.json()["receipt_number"]
    assert (first["Idempotent-Replayed"], again["Idempotent-Replayed"]) == ("false", "true")
    unkeyed = client.post(f"/api/v1/applications/{pk}/submit")  # same receipt, no key: no header
    assert unkeyed.json()["receipt_number"] == first.json()["receipt_number"]
    assert "Idempotent-Replayed" not in unkeyed
    assert ApplicationVersion.objects.filter(application_id=pk).count() == 1
    detail = client.get(f"/api/v1/applications/{pk}/").json()
    assert detail["stage"] == "county" and detail["stage_name"] == "县级推荐"
    assert [e["label"] for e in detail["timeline"]] == ["创建草稿", "提交申报"]
    assert detail["allowed_actions"] == [{"action": "withdraw", "label": "撤回申报"}]


def test_submit_with_missing_fields_is_400_with_every_message(enterprise_user, call):
    client = api(enterprise_user)
    pk = client.post(
        "/api/v1/applications/", {"call": call.pk}, content_type="application/json"
    ).json()["id"]
    answer = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="x")
    assert answer.status_code == 400
    assert answer.json()["errors"]["product"] == "请填写“新产品名称”。"


def test_enterprise_posting_a_status_gets_403_and_nothing_changes(enterprise_user, submitted):
    answer = api(enterprise_user).post(
        f"/api/v1/applications/{submitted.pk}/transition",
        {"action": "recommend"},
        content_type="application/json",
    )
    assert answer.status_code == 403
    submitted.refresh_from_db()
    assert submitted.stage == "county"
    rows = AuditEvent.objects.filter(object_id=str(submitted.pk), result="refused")
    assert rows.count() == 1  # audited once, by the service, not again by the API handler


def test_skipping_a_stage_is_409(province_officer, submitted):
    answer = api(province_officer).post(
        f"/api/v1/applications/{submitted.pk}/transition",
        {"action": "nonsense"},
        content_type="application/json",
    )
    assert answer.status_code == 409


def test_officer_transition_moves_it(donghu_officer, submitted):
    answer = api(donghu_officer).post(
        f"/api/v1/applications/{submitted.pk}/transition",
        {"action": "recommend", "reason": "同意"},
        content_type="application/json",
    )
    assert answer.status_code == 200 and answer.json()["stage"] == "city"


@pytest.mark.parametrize("persona", ["county_clerk", "ganzhou_officer", "outsider", "expert_user"])
def test_out_of_scope_is_404(request, persona, submitted):
    user = request.getfixturevalue(persona)
    client = api(user)
    assert client.get(f"/api/v1/applications/{submitted.pk}/").status_code == 404
    answer = client.post(
        f"/api/v1/applications/{submitted.pk}/transition",
        {"action": "recommend"},
        content_type="application/json",
    )
    assert answer.status_code in (403, 404)
    submitted.refresh_from_db()
    assert submitted.stage == "county"


def test_officers_list_only_their_region(nanchang_officer, ganzhou_officer, submitted):
    assert api(nanchang_officer).get("/api/v1/applications/").json()["count"] == 1
    assert api(ganzhou_officer).get("/api/v1/applications/").json()["count"] == 0


def test_officers_never_see_drafts(nanchang_officer, draft):
    assert api(nanchang_officer).get("/api/v1/applications/").json()["count"] == 0
