"""Issue 3, item 9: CSRF on every state change, CSP, frame denial, no-store, deploy checks."""

from __future__ import annotations

import pytest
from django.test import Client

from conftest import client_for
from tests.urlwalk import all_urls

pytestmark = pytest.mark.django_db
CSRF_FREE = ("/api/v1/auth/token",)  # answers to credentials in the body, never to cookies


@pytest.mark.parametrize("persona", ["province_officer", "nanchang_officer", "sec_admin"])
def test_every_url_refuses_a_post_without_csrf_token(request, persona):
    user = request.getfixturevalue(persona)
    client = client_for(user)
    client.handler.enforce_csrf_checks = True
    checked = 0
    for url in all_urls():
        if url.startswith(CSRF_FREE):
            continue
        response = client.post(url, {"reason": "x", "role": "province_officer"})
        assert response.status_code in (403, 405), (url, response.status_code)
        checked += 1
    assert checked > 25


def test_token_endpoint_needs_no_cookie_and_sets_none(nanchang_officer):
    response = Client(enforce_csrf_checks=True).post(
        "/api/v1/auth/token",
        {"username": "nanchang_officer", "password": "x"},
        content_type="application/json",
    )
    assert response.status_code == 401 and "sessionid" not in response.cookies


def test_headers_on_signed_in_pages(nanchang_officer):
    response = client_for(nanchang_officer).get("/organizations/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_scripts_or_styles(nanchang_officer, orgs_everywhere):
    import re

    client = client_for(nanchang_officer)
    for url in (
        "/",
        "/organizations/",
        f"/organizations/{orgs_everywhere['donghu'].pk}/",
        "/organizations/import/",
        "/jobs/",
        "/accounts/sessions/",
    ):
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
        assert scripts == [], (url, scripts)
        assert " style=" not in html and " onclick=" not in html, url


def test_no_template_carries_an_inline_style_or_handler():
    """The CSP (style-src 'self') drops inline styles in the browser, silently: a page that
    relies on one looks right in the template and wrong on screen. Every page template is
    checked, not a few URLs. PDF templates (print/) are rendered by WeasyPrint, not a browser;
    500.html is served without the app's stylesheet."""
    import re
    from pathlib import Path

    from django.conf import settings

    root = Path(settings.BASE_DIR)
    found = []
    for path in sorted(root.glob("*/**/templates/**/*.html")):
        skip = {".venv", "node_modules"} & set(path.parts)
        if skip or "/print/" in path.as_posix() or path.name == "500.html":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\sstyle=\"|\son[a-z]+=\"", text):
            found.append(str(path.relative_to(root)))
    assert found == []
