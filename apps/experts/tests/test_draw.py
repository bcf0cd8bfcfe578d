"""The web draw end to end: preview, run as a job, feasibility of the result, replay through
the Draw record, infeasibility explained, confirm into review seats, and scoping."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from apps.audit.models import AuditEvent
from apps.experts import batch as batches
from apps.experts import services
from apps.experts.choices import DrawStatus
from apps.experts.models import Draw
from apps.programmes.models import ReviewAssignment
from conftest import client_for

pytestmark = pytest.mark.django_db

RULES = {
    "per_application": 4,
    "min_core": 1,
    "max_load": 3,
    "max_per_org": 1,
    "max_per_region": 2,
    "avoid_same_region": "on",
    "max_pair_probability": "0.5",
    "backups": 2,
    "review_start": "2026-12-10",
    "review_end": "2026-12-20",
    "seed": 20261202,
}


def _run(client: Any, call: Any, captured: Any, **changes: Any) -> Draw:
    rules = {**RULES, **changes, "action": "run"}
    rules = {k: v for k, v in rules.items() if v is not None}
    with captured(execute=True):
        response = client.post(f"/experts/draws/call/{call.pk}/", rules)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Draw.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def test_preview_counts_eligible_experts(province_officer, review_call, seeded):
    client = client_for(province_officer)
    response = client.post(
        f"/experts/draws/call/{review_call.pk}/",
        {**RULES, "action": "preview"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="preview-result"' in body
    assert "可选专家 <strong>48</strong> 名" in body
    assert "XD-0000" in body


def test_draw_result_is_feasible_and_explained(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks
):
    draw = _run(client_for(province_officer), review_call, django_capture_on_commit_callbacks)
    draw.refresh_from_db()
    assert draw.status == DrawStatus.DONE, draw.result
    assert draw.input_hash.startswith("sha256:") and draw.result_hash.startswith("sha256:")
    assert draw.bound is not None and draw.objective is not None
    assert draw.bound >= draw.objective - 1e-9
    page = client_for(province_officer).get(f"/experts/draws/{draw.pk}/").content.decode()
    assert "0（已达最优）" in page and "e+00" not in page  # no 0.00e+00 for officers to decode
    experts = {e.pk: e for e in seeded["experts"]}
    apps = {a.pk: a for a in seeded["applications"]}
    batch = batches.build(
        actor=province_officer,
        call=review_call,
        applications=list(apps.values()),
        start=services.review_window(draw.rules)[0],
        end=services.review_window(draw.rules)[1],
    )
    conflicted = {
        (batch.applications[i].pk, batch.experts[j].pk) for (i, j) in batch.reasons if True
    }
    load: Counter[int] = Counter()
    rows = draw.result["applications"]
    assert len(rows) == 12
    for row in rows:
        app = apps[row["application"]]
        panel = [experts[p["expert"]] for p in row["panel"]]
        assert len(panel) == 4
        assert sum(1 for e in panel if e.tier == "core") >= 1
        assert max(Counter(e.organization_id for e in panel).values()) <= 1
        cities = Counter(batches.city_of(e.region.path) for e in panel)
        assert max(cities.values()) <= 2
        assert batches.city_of(app.region.path) not in cities  # avoid the applicant's city
        for e in panel:
            assert (app.pk, e.pk) not in conflicted
            assert e.organization_id != app.applicant_id
            load[e.pk] += 1
        for p in row["panel"]:
            assert 0.0 <= p["affinity"] <= 1.0 and p["reasons"]
        assert len(row["backups"]) == 2
        assert not {b["expert"] for b in row["backups"]} & {p["expert"] for p in row["panel"]}
    assert max(load.values()) <= 3


def test_replay_is_identical_and_detects_tampering(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks
):
    client = client_for(province_officer)
    draw = _run(client, review_call, django_capture_on_commit_callbacks)

    def replay() -> str:
        # a job with a progress bar; the page polls its status until the answer is in
        with django_capture_on_commit_callbacks(execute=False) as queued:
            started = client.post(f"/experts/draws/{draw.pk}/replay/").content.decode()
        assert 'data-testid="replay-running"' in started
        found = re.search(rf"/experts/draws/{draw.pk}/replay/([0-9a-f-]+)/", started)
        assert found is not None
        status = found[1]
        waiting = client.get(f"/experts/draws/{draw.pk}/replay/{status}/").content.decode()
        assert 'data-testid="replay-running"' in waiting  # not run yet
        for callback in queued:
            callback()
        return client.get(f"/experts/draws/{draw.pk}/replay/{status}/").content.decode()

    assert 'data-identical="1"' in replay()
    Draw.objects.filter(pk=draw.pk).update(result_hash="sha256:" + "0" * 64)
    assert 'data-identical="0"' in replay()
    # a job that is not this user's replay of this draw is not found
    for other in ("00000000-0000-0000-0000-000000000000", "not-a-job"):
        assert client.get(f"/experts/draws/{draw.pk}/replay/{other}/").status_code == 404
    assert AuditEvent.objects.filter(action="draw.replay").count() == 2


def test_infeasible_rules_are_explained(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks
):
    client = client_for(province_officer)
    draw = _run(client, review_call, django_capture_on_commit_callbacks, min_core=4, max_load=2)
    draw.refresh_from_db()
    assert draw.status == DrawStatus.INFEASIBLE
    body = client.get(f"/experts/draws/{draw.pk}/").content.decode()
    assert 'data-testid="infeasible"' in body
    assert "核心专家" in body and "缺" in body


def test_confirm_seats_panels_and_backups(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks
):
    client = client_for(province_officer)
    draw = _run(client, review_call, django_capture_on_commit_callbacks)
    draw.refresh_from_db()
    response = client.post(f"/experts/draws/{draw.pk}/confirm/")
    assert response.status_code == 302
    draw.refresh_from_db()
    assert draw.status == DrawStatus.CONFIRMED
    seats = ReviewAssignment.objects.filter(source="draw")
    assert seats.filter(is_backup=False).count() == 12 * 4
    assert seats.filter(is_backup=True).count() == 12 * 2
    first = draw.result["applications"][0]
    seated = set(
        seats.filter(application_id=first["application"], is_backup=False).values_list(
            "reviewer_id", flat=True
        )
    )
    assert seated == {p["user"] for p in first["panel"]}
    # confirming twice is refused
    client.post(f"/experts/draws/{draw.pk}/confirm/")
    assert seats.count() == 12 * 6


def test_scoping_other_officers_get_404(
    province_officer,
    county_clerk,
    nanchang_officer,
    review_call,
    seeded,
    django_capture_on_commit_callbacks,
):
    draw = _run(client_for(province_officer), review_call, django_capture_on_commit_callbacks)
    for officer in (county_clerk, nanchang_officer):
        client = client_for(officer)
        assert client.get(f"/experts/draws/call/{review_call.pk}/").status_code == 404
        assert client.post(f"/experts/draws/call/{review_call.pk}/", RULES).status_code == 404
        assert client.get(f"/experts/draws/{draw.pk}/").status_code == 404
        assert client.post(f"/experts/draws/{draw.pk}/confirm/").status_code == 404
    assert client_for(province_officer).get("/experts/draws/call/999999/").status_code == 404


def test_enterprise_cannot_draw(enterprise_user, review_call, seeded):
    client = client_for(enterprise_user)
    assert client.get(f"/experts/draws/call/{review_call.pk}/").status_code == 403


def test_exported_instance_replays_with_the_cli(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks, tmp_path
):
    """The zip a replayer downloads, solved by `manage.py assign_experts`, gives the stored
    assignment and the same input hash (the engine hashes the same bytes)."""
    import io
    import json
    import zipfile

    from django.core.management import call_command

    client = client_for(province_officer)
    draw = _run(client, review_call, django_capture_on_commit_callbacks)
    draw.refresh_from_db()
    response = client.get(f"/experts/draws/{draw.pk}/instance.zip")
    assert response.status_code == 200
    zipfile.ZipFile(io.BytesIO(response.content)).extractall(tmp_path)
    names = json.loads((tmp_path / "instance.json").read_text("utf-8"))
    assert "专家" not in json.dumps(names, ensure_ascii=False)  # ids and codes only
    call_command(
        "assign_experts", instance=str(tmp_path / "instance.json"), out=str(tmp_path / "o.json")
    )
    out = json.loads((tmp_path / "o.json").read_text("utf-8"))
    assert out["input_hash"] == draw.input_hash
    seated = {
        (row["id"], f"E{p['expert']}") for row in draw.result["applications"] for p in row["panel"]
    }
    assert {tuple(p) for p in out["assignments"]} == seated


def test_profile_shows_credit(province_officer, seeded):
    expert = seeded["experts"][0]
    body = client_for(province_officer).get(f"/experts/{expert.pk}/").content.decode()
    assert 'data-testid="credit"' in body and "按时提交" in body


def test_seated_applications_are_left_out_and_a_second_panel_is_refused(
    province_officer, review_call, seeded, django_capture_on_commit_callbacks
):
    client = client_for(province_officer)
    first = _run(client, review_call, django_capture_on_commit_callbacks)
    second = _run(client, review_call, django_capture_on_commit_callbacks, seed=7)
    assert client.post(f"/experts/draws/{first.pk}/confirm/").status_code == 302
    seats = ReviewAssignment.objects.count()
    # the second draw ran before the first was confirmed: confirming it now is refused,
    # naming the applications, and seats nobody
    response = client.post(f"/experts/draws/{second.pk}/confirm/", follow=True)
    body = response.content.decode()
    assert "本次结果不能确认" in body
    assert seeded["applications"][0].receipt_number in body
    second.refresh_from_db()
    assert second.status == DrawStatus.DONE
    assert ReviewAssignment.objects.count() == seats
    # and a new draw has nothing left to draw for: every application has its panel
    assert client.get(f"/experts/draws/call/{review_call.pk}/").status_code == 404
    assert (
        f"/experts/draws/call/{review_call.pk}/"
        not in client.get("/experts/draws/").content.decode()
    )


def test_empty_pages_say_what_is_empty_not_that_a_filter_found_nothing(province_officer):
    client = client_for(province_officer)
    draws = client.get("/experts/draws/").content.decode()
    assert "还没有抽取记录" in draws and "可调整筛选条件" not in draws
    queue = client.get("/experts/queue/").content.decode()
    assert "没有待审核的专家入库申请" in queue and "可调整筛选条件" not in queue
