"""Drafts are the applicant's: officers read nothing of an application before it is submitted,
and while it is back with the applicant they read what was submitted (decision 0006).

Every refusal is the scoped 404 (like an object outside the region) and is in the audit log
as a refused read; the same officer reads everything once the application is submitted, so a
test that passes only because the officer sees nothing at all would fail there.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from apps.programmes import services
from apps.programmes.models import Application
from conftest import client_for

from .conftest import PDF, refusals

pytestmark = pytest.mark.django_db

OFFICERS = ["donghu_officer", "nanchang_officer", "province_officer"]


def reads(app: Application) -> dict[str, str]:
    """Every read of an application's content an officer could try, page and API."""
    file = app.attachment_files.order_by("id").first()
    assert file is not None
    return {
        "page": f"/programmes/applications/{app.pk}/",
        "pdf": f"/programmes/applications/{app.pk}/pdf/",
        "file": f"/programmes/attachments/{file.pk}/",
        "api": f"/api/v1/applications/{app.pk}/",
        "api_files": f"/api/v1/applications/{app.pk}/attachments/",
        "api_file": f"/api/v1/applications/{app.pk}/attachments/{file.pk}/file",
        "api_partners": f"/api/v1/applications/{app.pk}/partners",
    }


@pytest.mark.parametrize("who", OFFICERS)
def test_an_officer_reads_nothing_of_a_draft_in_region(request, who, enterprise_user, draft):
    officer = request.getfixturevalue(who)
    client = client_for(officer)
    before = refusals("application.read") + refusals("attachment.read")
    answers = {name: client.get(url).status_code for name, url in reads(draft).items()}
    assert answers == dict.fromkeys(answers, 404), answers
    # Each refused read is audited like a read out of scope (the queue shows no trace either).
    assert refusals("application.read") + refusals("attachment.read") - before == len(answers)
    queue = client.get("/programmes/applications/").content.decode()
    assert draft.title not in queue
    export = client.get("/programmes/applications/?export=xlsx")
    sheet = load_workbook(io.BytesIO(export.content)).active
    assert sheet is not None and sheet.max_row == 1  # the header row only
    assert client.get("/api/v1/applications/").json()["count"] == 0
    # The applicant reads its own draft throughout.
    own = client_for(enterprise_user)
    assert own.get(f"/programmes/applications/{draft.pk}/").status_code == 200
    assert own.get(reads(draft)["file"]).status_code == 200
    assert own.get(reads(draft)["api_file"]).status_code == 200


@pytest.mark.parametrize("who", OFFICERS)
def test_the_same_reads_work_once_submitted(request, who, submitted):
    client = client_for(request.getfixturevalue(who))
    answers = {name: client.get(url).status_code for name, url in reads(submitted).items()}
    assert answers == dict.fromkeys(answers, 200), answers
    assert client.get("/api/v1/applications/").json()["count"] == 1


def returned(officer: Any, enterprise_user: Any, app: Application) -> dict[str, Any]:
    """Return the application, then let the applicant revise it: new title and product, one
    more file. Returns the ids of the submitted file and the revision's file."""
    services.application_transition(
        actor=officer, application=app, action="return", reason="补充盖章页"
    )
    app.refresh_from_db()
    services.application_save(
        actor=enterprise_user,
        application=app,
        title="修改中的标题",
        data={**app.data, "product": "修改中的产品"},
        expected_version=app.version,
    )
    added = services.attachment_add(
        actor=enterprise_user,
        application=app,
        slot="other",
        upload=SimpleUploadedFile("revision.pdf", PDF),
        name="修改中的附件.pdf",
    )
    app.refresh_from_db()
    return {"submitted": app.attachment_files.get(slot="plan").pk, "added": added.pk}


def test_officers_read_the_submitted_version_while_it_is_returned(
    donghu_officer, province_officer, enterprise_user, submitted
):
    files = returned(donghu_officer, enterprise_user, submitted)
    pk = submitted.pk
    for officer in (donghu_officer, province_officer):
        client = client_for(officer)
        page = client.get(f"/programmes/applications/{pk}/").content.decode()
        assert "高精度光学镜头开发" in page and "高精度光学镜头" in page
        assert "修改中" not in page  # neither the revised title, product nor file name
        body = client.get(f"/api/v1/applications/{pk}/").json()
        assert body["title"] == "高精度光学镜头开发"
        assert body["data"]["product"] == "高精度光学镜头"
        listed = client.get(f"/api/v1/applications/{pk}/attachments/").json()
        assert files["added"] not in [f["id"] for f in listed] and listed
        assert client.get(f"/programmes/attachments/{files['submitted']}/").status_code == 200
        before = refusals("attachment.read")
        assert client.get(f"/programmes/attachments/{files['added']}/").status_code == 404
        api_file = f"/api/v1/applications/{pk}/attachments/{files['added']}/file"
        assert client.get(api_file).status_code == 404
        assert refusals("attachment.read") == before + 2
        assert client.get(f"/programmes/applications/{pk}/pdf/").status_code == 200
        # The lists show the submitted title too: queue, export, API list.
        queue = client.get("/programmes/applications/").content.decode()
        assert "高精度光学镜头开发" in queue and "修改中" not in queue
        export = client.get("/programmes/applications/?export=xlsx")
        sheet = load_workbook(io.BytesIO(export.content)).active
        assert sheet is not None and sheet.cell(row=2, column=2).value == "高精度光学镜头开发"
        listed_apps = client.get("/api/v1/applications/").json()["results"]
        assert [a["title"] for a in listed_apps] == ["高精度光学镜头开发"]
    # The applicant works on the revision.
    own = client_for(enterprise_user)
    assert own.get(f"/api/v1/applications/{pk}/").json()["title"] == "修改中的标题"
    assert own.get("/api/v1/applications/").json()["results"][0]["title"] == "修改中的标题"
    assert "修改中的标题" in own.get("/programmes/applications/").content.decode()
    assert own.get(f"/programmes/attachments/{files['added']}/").status_code == 200
    # Submitted again, the revision is what the officers read.
    services.application_submit(actor=enterprise_user, application=submitted)
    client = client_for(donghu_officer)
    assert client.get(f"/api/v1/applications/{pk}/").json()["title"] == "修改中的标题"
    assert client.get(f"/programmes/attachments/{files['added']}/").status_code == 200


def test_officers_search_the_submitted_title_not_the_revision(
    donghu_officer, province_officer, enterprise_user, submitted
):
    """The queue's search box, its export, the meeting list and the API list match what the
    officer reads (the submitted title) while the applicant revises it."""
    returned(donghu_officer, enterprise_user, submitted)
    for officer in (donghu_officer, province_officer):
        client = client_for(officer)
        for q in ("修改中", "修改中的标题"):
            queue = client.get("/programmes/applications/", {"q": q}).content.decode()
            assert submitted.receipt_number not in queue and "高精度光学镜头开发" not in queue
            export = client.get("/programmes/applications/", {"q": q, "export": "xlsx"})
            sheet = load_workbook(io.BytesIO(export.content)).active
            assert sheet is not None and sheet.max_row == 1  # the headers only
            assert client.get("/api/v1/applications/", {"q": q}).json()["results"] == []
        queue = client.get("/programmes/applications/", {"q": "光学镜头开发"}).content.decode()
        assert submitted.receipt_number in queue and "修改中" not in queue
        listed = client.get("/api/v1/applications/", {"q": "光学镜头开发"}).json()["results"]
        assert [a["title"] for a in listed] == ["高精度光学镜头开发"]
    # The applicant searches their own revision.
    own = client_for(enterprise_user)
    assert (
        submitted.receipt_number
        in own.get("/programmes/applications/", {"q": "修改中"}).content.decode()
    )
    # Submitted again, the officers search the new title.
    services.application_submit(actor=enterprise_user, application=submitted)
    queue = client_for(donghu_officer).get("/programmes/applications/", {"q": "修改中"})
    assert submitted.receipt_number in queue.content.decode()


def test_a_submitted_file_removed_while_revising_stays_readable_for_that_version(
    donghu_officer, enterprise_user, submitted
):
    """The applicant removes a file the officers' version was submitted with: it leaves the
    application at once (its list, the next submission), but officers keep reading it until
    the application is submitted again — nothing they were given is lost."""
    files = returned(donghu_officer, enterprise_user, submitted)
    pk = submitted.pk
    kept = submitted.attachment_files.get(pk=files["submitted"])
    services.attachment_remove(actor=enterprise_user, attachment=kept)
    kept.refresh_from_db()
    assert kept.removed_at is not None and kept.file.storage.exists(kept.file.name)
    officer, own = client_for(donghu_officer), client_for(enterprise_user)
    assert officer.get(f"/programmes/attachments/{kept.pk}/").status_code == 200
    listed = officer.get(f"/api/v1/applications/{pk}/attachments/").json()
    assert kept.pk in [f["id"] for f in listed]
    mine = own.get(f"/api/v1/applications/{pk}/attachments/").json()
    assert kept.pk not in [f["id"] for f in mine] and files["added"] in [f["id"] for f in mine]
    edit = own.get(f"/programmes/applications/{pk}/edit/")
    assert edit.status_code == 200 and "修改中的附件.pdf" in edit.content.decode()
    assert kept.name not in edit.content.decode()
    # A file added during the revision is simply deleted.
    added = submitted.attachment_files.get(pk=files["added"])
    stored = added.file.name
    services.attachment_remove(actor=enterprise_user, attachment=added)
    assert not submitted.attachment_files.filter(pk=added.pk).exists()
    assert not kept.file.storage.exists(stored)
    # Submitted again (with a new plan file), the removed file is no longer in what is read.
    services.attachment_add(
        actor=enterprise_user,
        application=submitted,
        slot="plan",
        upload=SimpleUploadedFile("plan2.pdf", PDF),
        name="新计划书.pdf",
    )
    services.application_submit(actor=enterprise_user, application=submitted)
    version = submitted.versions.order_by("-number").first()
    assert version is not None and kept.name not in [a["name"] for a in version.attachments]
    assert officer.get(f"/programmes/attachments/{kept.pk}/").status_code == 404
