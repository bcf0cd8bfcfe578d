"""Table-driven: no new programme endpoint lets an enterprise (or anyone outside the scope) act
on another organisation's application, files, partners or milestones.

Every victim object is in a state where its owner's request would succeed (a draft with files
and partners, a project in its milestone stage with gates planned), so a missing scope check
shows up as a change. Each refusal must leave everything as it was and be in the audit log.
The table must cover every route of the attachment, challenge and milestone API modules; a new
route without a row fails `test_the_table_covers_every_new_route`.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.audit.models import AuditEvent
from apps.programmes import services
from apps.programmes import services_challenges as ch
from apps.programmes.models import Application, Attachment, BidPartner, Milestone
from conftest import client_for

from .conftest import PDF, executing_bid, make_challenge

pytestmark = pytest.mark.django_db

NEW_MODULES = (
    "apps.programmes.api.attachments",
    "apps.programmes.api.challenges",
    "apps.programmes.api.milestones",
)

# (route name, method, path, body). {draft}: the victim's draft bid; {file}: one of its files;
# {project}: the victim's project in its milestone stage; {gate}: one of its gates; {own}: an
# application of the caller's own organisation (so only the other object is foreign).
CASES: list[tuple[str, str, str, dict[str, Any] | None]] = [
    ("application-attachments", "get", "/api/v1/applications/{draft}/attachments/", None),
    ("application-attachments", "post", "/api/v1/applications/{draft}/attachments/", {}),
    ("application-attachment", "delete", "/api/v1/applications/{draft}/attachments/{file}/", None),
    ("application-attachment", "delete", "/api/v1/applications/{own}/attachments/{file}/", None),
    (
        "application-attachment-file",
        "get",
        "/api/v1/applications/{draft}/attachments/{file}/file",
        None,
    ),
    (
        "application-attachment-file",
        "get",
        "/api/v1/applications/{own}/attachments/{file}/file",
        None,
    ),
    ("application-partners", "get", "/api/v1/applications/{draft}/partners", None),
    ("application-partners", "put", "/api/v1/applications/{draft}/partners", {"partners": []}),
    ("application-milestones", "get", "/api/v1/applications/{project}/milestones/", None),
    (
        "application-milestone-action",
        "post",
        "/api/v1/applications/{project}/milestones/{gate}/submit",
        {"evidence": "冒名提交"},
    ),
    (
        "application-milestone-action",
        "post",
        "/api/v1/applications/{own}/milestones/{gate}/submit",
        {"evidence": "冒名提交"},
    ),
    (
        "application-milestone-action",
        "post",
        "/api/v1/applications/{project}/milestones/{gate}/decide",
        {"approve": True},
    ),
]
# Routes on public objects, or that act only for the caller's own organisation.
NOT_OBJECTS_OF_OTHERS = {
    "challenge-list": "the public list",
    "challenge-detail": "one public item; `my_bids` lists the caller's own bids only",
    "challenge-bid": "creates a bid of the caller's own organisation",
}


@pytest.fixture
def world(
    province_officer, enterprise_user, expert_user, jb_call, uni, rival_enterprise
) -> dict[str, Any]:
    """The victim (enterprise_user's organisation) and its objects, plus a rival enterprise."""
    project = executing_bid(
        province_officer,
        expert_user,
        enterprise_user,
        make_challenge(province_officer, jb_call),
        uni,
    )
    second = make_challenge(province_officer, jb_call)
    draft = ch.challenge_bid(
        actor=enterprise_user,
        challenge=second,
        title="受害方草稿",
        partners=[{"credit_code": uni.credit_code, "role": "表征"}],
    )
    services.attachment_add(
        actor=enterprise_user,
        application=draft,
        slot="proposal",
        upload=SimpleUploadedFile("p.pdf", PDF),
        name="p.pdf",
    )
    own = ch.challenge_bid(
        actor=rival_enterprise, challenge=second, title="自己的方案", partners=[]
    )
    return {
        "rival": rival_enterprise,
        "ids": {
            "draft": draft.pk,
            "file": draft.attachment_files.get().pk,
            "project": project.pk,
            "gate": Milestone.objects.get(application=project, number=1).pk,
            "own": own.pk,
        },
        "victims": [draft.pk, project.pk],
    }


def snapshot(victims: list[int]) -> dict[str, Any]:
    return {
        "apps": list(
            Application.objects.filter(pk__in=victims)
            .order_by("pk")
            .values_list("pk", "status", "stage", "version")
        ),
        "files": sorted(Attachment.objects.values_list("pk", "application_id")),
        "partners": sorted(BidPartner.objects.values_list("application_id", "organization_id")),
        "gates": sorted(Milestone.objects.values_list("pk", "status", "evidence", "payment")),
    }


def _cases(personas: list[str]) -> list[Any]:
    rows = []
    for persona in personas:
        for _name, method, path, body in CASES:
            if "{own}" in path and persona != "rival":
                continue  # only the rival enterprise has an application of its own here
            rows.append(pytest.param(persona, method, path, body, id=f"{persona}-{method}-{path}"))
    return rows


@pytest.mark.parametrize(
    ("persona", "method", "path", "body"),
    _cases(
        ["rival", "university_user", "ganzhou_officer", "county_clerk", "outsider", "expert_user"]
    ),
)
def test_nobody_acts_on_another_organisations_objects(request, world, persona, method, path, body):
    user = world["rival"] if persona == "rival" else request.getfixturevalue(persona)
    before = snapshot(world["victims"])
    refused_before = AuditEvent.objects.filter(result="refused").count()
    client = client_for(user)
    url = path.format(**world["ids"])
    if method == "post" and body == {}:
        answer = client.post(url, {"slot": "proposal", "file": SimpleUploadedFile("x.pdf", PDF)})
    elif body is None:
        answer = getattr(client, method)(url)
    else:
        answer = getattr(client, method)(url, body, content_type="application/json")
    if user.role in ("enterprise", "university"):
        assert answer.status_code == 404, answer.content  # outside the scope: as if missing
    else:
        assert answer.status_code in (403, 404), answer.content  # the role may not act at all
    assert snapshot(world["victims"]) == before
    assert AuditEvent.objects.filter(result="refused").count() > refused_before


def test_the_owner_could_do_each_of_these(world, enterprise_user):
    """Control: the victim's own requests succeed, so the refusals above are the scope's."""
    client = client_for(enterprise_user)
    ids = world["ids"]
    assert client.get(f"/api/v1/applications/{ids['draft']}/attachments/").status_code == 200
    download = client.get(f"/api/v1/applications/{ids['draft']}/attachments/{ids['file']}/file")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert client.get(f"/api/v1/applications/{ids['draft']}/partners").status_code == 200
    assert client.get(f"/api/v1/applications/{ids['project']}/milestones/").status_code == 200
    submitted = client.post(
        f"/api/v1/applications/{ids['project']}/milestones/{ids['gate']}/submit",
        {"evidence": "本单位提交"},
        content_type="application/json",
    )
    assert submitted.status_code == 200
    emptied = client.put(
        f"/api/v1/applications/{ids['draft']}/partners",
        {"partners": []},
        content_type="application/json",
    )
    assert emptied.status_code == 200 and emptied.json() == []
    deleted = client.delete(f"/api/v1/applications/{ids['draft']}/attachments/{ids['file']}/")
    assert deleted.status_code == 204


def test_the_table_covers_every_new_route():
    from kechuang.urls import api_v1

    names = set()
    for pattern in api_v1:
        view = getattr(pattern.callback, "cls", None)
        if view is not None and view.__module__ in NEW_MODULES:
            names.add(pattern.name)
    covered = {name for name, *_ in CASES} | set(NOT_OBJECTS_OF_OTHERS)
    assert names == covered


def test_the_schema_documents_every_new_route():
    from django.test import Client

    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    paths = {
        "/api/v1/applications/{id}/attachments/": {"get", "post"},
        "/api/v1/applications/{id}/attachments/{aid}/": {"delete"},
        "/api/v1/applications/{id}/attachments/{aid}/file": {"get"},
        "/api/v1/applications/{id}/partners": {"get", "put"},
        "/api/v1/applications/{id}/milestones/": {"get"},
        "/api/v1/applications/{id}/milestones/{mid}/{action}": {"post"},
        "/api/v1/challenges/": {"get"},
        "/api/v1/challenges/{id}/": {"get"},
        "/api/v1/challenges/{id}/bid": {"post"},
    }
    for path, methods in paths.items():
        assert set(schema["paths"][path]) == methods, path
        for method in methods:
            assert schema["paths"][path][method]["summary"], (path, method)
    upload = schema["paths"]["/api/v1/applications/{id}/attachments/"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
    assert {"201", "400", "403", "404", "409"} <= set(upload["responses"])
