"""The 揭榜挂帅 API: the public list, a bid with partners finished through the API alone, and
refusals (closed bidding, a locked team) that change nothing and are audited."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from apps.audit.models import AuditEvent
from apps.programmes import services_challenges as ch
from apps.programmes.models import Application
from conftest import client_for

from .conftest import BID_DATA, PDF, close_bidding, make_challenge, refusals, token_client

pytestmark = pytest.mark.django_db


def test_the_public_list_needs_no_login_and_shows_only_published_items(province_officer, jb_call):
    published = make_challenge(province_officer, jb_call)
    draft = make_challenge(province_officer, jb_call, publish=False)
    anonymous = Client()
    body = anonymous.get("/api/v1/challenges/").json()
    assert [c["id"] for c in body["results"]] == [published.pk]
    row = body["results"][0]
    assert row["contact"] == "张* 139****1234" and "13907971234" not in str(body)
    assert row["bidding_problem"] == "" and row["status"] == "published"
    detail = anonymous.get(f"/api/v1/challenges/{published.pk}/").json()
    assert detail["title"] == published.title and detail["my_bids"] == []
    assert anonymous.get(f"/api/v1/challenges/{draft.pk}/").status_code == 404


def test_a_bid_is_made_and_submitted_through_the_api_alone(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    client = token_client(enterprise_user)
    made = client.post(
        f"/api/v1/challenges/{challenge.pk}/bid",
        {"title": "稀土永磁揭榜方案", "partners": [], "data": BID_DATA},
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    pk = made.json()["id"]
    assert made.json()["challenge"] == challenge.pk
    # Without a university partner the bid cannot be submitted; the API adds one.
    files = f"/api/v1/applications/{pk}/attachments/"
    proposal = SimpleUploadedFile("方案书.pdf", PDF)
    assert client.post(files, {"slot": "proposal", "file": proposal}).status_code == 201
    refused = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="b1")
    assert refused.status_code == 400 and "高校或科研院所" in refused.json()["errors"]["partners"]
    team = client.put(
        f"/api/v1/applications/{pk}/partners",
        {"partners": [{"credit_code": uni.credit_code.lower(), "role": "材料表征"}]},
        content_type="application/json",
    )
    assert team.status_code == 200
    assert team.json() == [
        {"credit_code": uni.credit_code, "name": uni.name, "kind": "university", "role": "材料表征"}
    ]
    answer = client.post(f"/api/v1/applications/{pk}/submit", HTTP_IDEMPOTENCY_KEY="b2")
    assert answer.status_code == 200 and answer.json()["receipt_number"]
    mine = client.get(f"/api/v1/challenges/{challenge.pk}/").json()["my_bids"]
    assert mine == [{"id": pk, "title": "稀土永磁揭榜方案", "status": "active"}]
    # Once submitted the team is frozen: 403, unchanged, audited.
    locked = client.put(
        f"/api/v1/applications/{pk}/partners", {"partners": []}, content_type="application/json"
    )
    assert locked.status_code == 403 and refusals("challenge.partners") == 1
    assert client.get(f"/api/v1/applications/{pk}/partners").json()[0]["name"] == uni.name


def test_unknown_partners_are_named_by_position(province_officer, enterprise_user, jb_call, uni):
    challenge = make_challenge(province_officer, jb_call)
    answer = client_for(enterprise_user).post(
        f"/api/v1/challenges/{challenge.pk}/bid",
        {"title": "方案", "partners": [{"credit_code": uni.credit_code}, {"credit_code": "X1"}]},
        content_type="application/json",
    )
    assert answer.status_code == 400
    assert answer.json()["errors"] == {
        "partners_2": "第 2 个联合单位：统一社会信用代码“X1”未登记。"
    }
    assert not Application.objects.filter(challenge=challenge).exists()


def test_bidding_after_the_deadline_is_409_audited_and_makes_nothing(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    close_bidding(challenge)
    answer = client_for(enterprise_user).post(
        f"/api/v1/challenges/{challenge.pk}/bid",
        {"title": "迟到的方案", "partners": [{"credit_code": uni.credit_code}]},
        content_type="application/json",
    )
    assert answer.status_code == 409 and "截止" in answer.json()["detail"]
    assert not Application.objects.filter(challenge=challenge).exists()
    assert refusals("challenge.bid") == 1


def test_a_second_bid_of_the_same_organisation_is_409(
    province_officer, enterprise_user, jb_call, uni
):
    challenge = make_challenge(province_officer, jb_call)
    ch.challenge_bid(actor=enterprise_user, challenge=challenge, title="一", partners=[])
    answer = client_for(enterprise_user).post(
        f"/api/v1/challenges/{challenge.pk}/bid", {"title": "二"}, content_type="application/json"
    )
    assert answer.status_code == 409
    assert Application.objects.filter(challenge=challenge).count() == 1


@pytest.mark.parametrize("persona", ["nanchang_officer", "outsider", "expert_user"])
def test_only_applicant_organisations_bid(request, persona, province_officer, jb_call):
    challenge = make_challenge(province_officer, jb_call)
    user = request.getfixturevalue(persona)
    answer = client_for(user).post(
        f"/api/v1/challenges/{challenge.pk}/bid", {"title": "x"}, content_type="application/json"
    )
    assert answer.status_code == 403
    assert not Application.objects.filter(challenge=challenge).exists()
    assert AuditEvent.objects.filter(action="programmes.apply", result="refused").count() == 1


def test_anonymous_bids_are_refused(province_officer, jb_call):
    challenge = make_challenge(province_officer, jb_call)
    answer = Client().post(
        f"/api/v1/challenges/{challenge.pk}/bid", {"title": "x"}, content_type="application/json"
    )
    assert answer.status_code in (401, 403)
    assert not Application.objects.filter(challenge=challenge).exists()
