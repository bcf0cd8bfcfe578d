"""Blind review leak test: markers planted wherever an applicant can be named never reach the
expert — not on a page, in a header, a download's name, a PDF's text or properties, an
attachment's metadata, a notice or an API answer.

The same walk for the officer finds the markers (so the walk can see them), and an open
(non-blind) call shows the expert the applicant (so the blind flag is what hides them).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any
from urllib.parse import unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfReader, PdfWriter

from apps.accounts.services import user_create
from apps.notices.models import Notice
from apps.programmes import configuration, presets, services
from apps.programmes.models import Application, BidPartner, Call, ProgrammeType
from apps.programmes.tests.conftest import id_number, make_challenge
from conftest import client_for
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ORG = "泽奇希LEAKORG光电有限公司"
CONTACT = "LEAKCONTACT"
TEAM = ["LEAKTEAMA", "LEAKTEAMB"]
PARTNER = "LEAKPARTNER大学"
FILE = "LEAKFILE泽奇希方案书.pdf"
AUTHOR, TITLE, XMP = "LEAKAUTHOR", "LEAKTITLE", "LEAKXMP"


def marked_pdf() -> bytes:
    """A PDF whose document info and XMP packet name the applicant."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": AUTHOR, "/Title": TITLE, "/Creator": ORG})
    xmp = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{XMP}</dc:creator></rdf:Description>"
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    writer.xmp_metadata = xmp.encode()  # type: ignore[assignment]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def setup_call(code: str, *, blind: bool) -> Call:
    ptype, _ = ProgrammeType.objects.get_or_create(
        code=f"challenge-{code}", defaults={"name": f"揭榜挂帅（{code}）"}
    )
    config = presets.challenge()
    config["scoring"]["blind"] = blind
    published = configuration.config_publish(actor=None, programme_type=ptype, config=config)
    now = timezone.now()
    return Call.objects.create(
        programme_type=ptype,
        config=published,
        code=code,
        name=f"2026年揭榜挂帅（{code}）",
        year=2026,
        opens_at=now - dt.timedelta(days=3),
        closes_at=now + dt.timedelta(days=20),
    )


def marked_application(call: Call, suffix: str, officer: Any) -> tuple[Application, Any]:
    org = OrganizationFactory.create(name=ORG + suffix, region_id="360102")
    applicant = user_create(
        actor=None,
        username=f"leak_applicant{suffix}",
        password="Test@2026pass",
        role="enterprise",
        display_name=CONTACT,
        organization=org,
    )
    data = {
        "challenge": "VR 光学模组国产化",
        "approach": "自由曲面光学设计与注塑成型。",
        "budget": "800",
        "milestones": "一年样机，两年量产。",
        "team": [
            {"name": TEAM[0], "id_number": id_number(), "role": "项目负责人"},
            {"name": TEAM[1], "id_number": id_number("36010219850202002"), "role": "骨干"},
        ],
    }
    app = services.application_create(actor=applicant, call=call, title="VR 光学模组", data=data)
    # A bid on a published challenge, so its team's partner organisation is shown where allowed.
    Application.objects.filter(pk=app.pk).update(challenge=make_challenge(officer, call))
    partner = OrganizationFactory.create(name=PARTNER, kind="university", region_id="360102")
    BidPartner.objects.create(application=app, organization=partner, role="光学设计")
    services.attachment_add(
        actor=applicant,
        application=app,
        slot="proposal",
        upload=SimpleUploadedFile(FILE, marked_pdf()),
        name=FILE,
    )
    services.application_submit(actor=applicant, application=app, idempotency_key="leak")
    Application.objects.filter(pk=app.pk).update(stage="review")
    app.refresh_from_db()
    return app, org


def markers(org: Any) -> list[str]:
    planted = [ORG, org.name, org.credit_code, CONTACT, *TEAM, PARTNER, "LEAKFILE", "泽奇希"]
    return [*planted, AUTHOR, TITLE, XMP]


def texts_of(response: Any) -> list[str]:
    """Everything the expert receives: headers, body, and for PDFs the text and metadata."""
    body = response.content if not response.streaming else b"".join(response.streaming_content)
    out = [unquote(str(dict(response.headers))), body.decode("utf-8", "replace")]
    if body.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(body))
        out.append(str(reader.metadata or {}))
        meta = reader.xmp_metadata
        out.append(str(meta.rdf_root.toxml()) if meta is not None else "")
        out += [page.extract_text() for page in reader.pages]
        out.append(body.decode("latin-1"))
    return out


def walk(client: Any, seat_pk: int, app: Application) -> dict[str, list[str]]:
    """GET every URL the expert can reach for this review (and the generic ones)."""
    urls = [
        "/programmes/reviews/",
        f"/programmes/reviews/{seat_pk}/",
        f"/programmes/reviews/{seat_pk}/pdf/",
        "/notices/",
        "/api/v1/applications/",
        f"/api/v1/applications/{app.pk}/",
        "/api/v1/calls/",
        "/api/v1/reviews/",
        f"/api/v1/reviews/{seat_pk}/",
        "/programmes/applications/",
        f"/programmes/applications/{app.pk}/",
        f"/programmes/applications/{app.pk}/pdf/",
        "/programmes/calls/",
        f"/programmes/calls/{app.call_id}/",
    ]
    urls += [f"/programmes/attachments/{a.pk}/" for a in app.attachment_files.all()]
    page = client.get(f"/programmes/reviews/{seat_pk}/").content.decode()
    urls += sorted(set(re.findall(r'href="(/programmes/reviews/\d+/files/\d+/)"', page)))
    seen: dict[str, list[str]] = {}
    for url in urls:
        response = client.get(url)
        seen[url] = [f"status {response.status_code}", *texts_of(response)]
    for notice in Notice.objects.filter(recipient=client.user_for_walk):
        seen[f"notice {notice.pk}"] = [notice.title, notice.body, notice.link]
    return seen


def leaks(seen: dict[str, list[str]], org: Any) -> list[str]:
    found = []
    for url, texts in seen.items():
        for text in texts:
            for marker in markers(org):
                if marker.lower() in text.lower():
                    found.append(f"{marker} in {url}")
    return sorted(set(found))


def seated_expert(app: Application, officer: Any, name: str) -> tuple[Any, Any, int]:
    expert = user_create(
        actor=None,
        username=name,
        password="Test@2026pass",
        role="expert",
        display_name=f"{name}专家",
    )
    services.review_seat(actor=officer, application=app, panel=[expert], backups=[])
    seat = app.reviews.get(reviewer=expert)
    client = client_for(expert)
    client.user_for_walk = expert  # type: ignore[attr-defined]
    client.post(f"/programmes/reviews/{seat.pk}/respond/", {"answer": "accept"})
    client.post(f"/programmes/reviews/{seat.pk}/declare/", {"conflict": "no"})
    return expert, client, seat.pk


def test_nothing_an_expert_reaches_names_the_applicant(province_officer: Any) -> None:
    call = setup_call("leak-blind", blind=True)
    app, org = marked_application(call, "", province_officer)
    _expert, client, seat_pk = seated_expert(app, province_officer, "blind_expert")
    seen = walk(client, seat_pk, app)
    files = [u for u in seen if "/files/" in u]
    assert files, "the seat page lists the attachments"
    assert all("status 200" in seen[u] for u in files)
    assert any("附件1.pdf" in text for text in seen[files[0]])
    assert "status 200" in seen[f"/programmes/reviews/{seat_pk}/pdf/"]
    assert leaks(seen, org) == []
    # scoring and the officer finishing the review do not change that
    client.post(
        f"/programmes/reviews/{seat_pk}/",
        {
            "score_innovation": 20,
            "score_feasibility": 20,
            "score_benefit": 20,
            "score_capability": 10,
            "comment": "方案可行",
        },
    )
    services.application_transition(actor=province_officer, application=app, action="finish_review")
    assert leaks(walk(client, seat_pk, app), org) == []


def test_the_walk_sees_markers_where_they_are_allowed(province_officer: Any) -> None:
    """Controls: the officer's pages and an open call's seat do show the applicant."""
    blind_call = setup_call("leak-ctl", blind=True)
    app, org = marked_application(blind_call, "甲", province_officer)
    officer = client_for(province_officer)
    page = officer.get(f"/programmes/applications/{app.pk}/").content.decode()
    assert org.name in page and TEAM[0] in page and PARTNER in page and FILE in page
    raw = officer.get(f"/programmes/attachments/{app.attachment_files.get().pk}/")
    assert AUTHOR in "".join(texts_of(raw))

    open_call = setup_call("leak-open", blind=False)
    app2, org2 = marked_application(open_call, "乙", province_officer)
    _expert, client, seat_pk = seated_expert(app2, province_officer, "open_expert")
    found = leaks(walk(client, seat_pk, app2), org2)
    assert any(org2.name in f for f in found) and any("LEAKFILE" in f for f in found)
