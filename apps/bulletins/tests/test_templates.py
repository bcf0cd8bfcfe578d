"""Word templates: download the default, upload a version, refuse broken ones with a reason."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from apps.bulletins.models import BulletinTemplate
from apps.bulletins.render import DEFAULT_TEMPLATE
from apps.bulletins.tests.conftest import make_bulletin
from conftest import client_for

pytestmark = pytest.mark.django_db
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx_with(*paragraphs: str) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _upload(client, content: bytes, name: str = "我的模板.docx", **extra):
    return client.post(
        "/bulletins/templates/",
        {"name": "市通报模板", "file": SimpleUploadedFile(name, content, DOCX), **extra},
    )


def test_default_template_downloads_and_is_a_valid_template(province_officer):
    response = client_for(province_officer).get("/bulletins/templates/default.docx")
    assert response.status_code == 200
    assert response.content == DEFAULT_TEMPLATE.read_bytes()
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "{{ title }}" in text and "{%p for ind in indicators %}" in text


def test_upload_versions_and_generation_uses_it(nanchang_officer, targets):
    client = client_for(nanchang_officer)
    custom = _docx_with("南昌市专用：{{ title }}", "{{ summary }}", "{{ number }}")
    assert _upload(client, custom, make_default="on").status_code == 302
    assert _upload(client, custom).status_code == 302
    versions = list(BulletinTemplate.objects.order_by("version").values_list("version", flat=True))
    assert versions == [1, 2]
    first = BulletinTemplate.objects.get(version=1)
    assert first.is_default and first.region_id == "360100"
    page = client.get("/bulletins/templates/").content.decode()
    assert "第 2 版" in page
    bulletin = make_bulletin(nanchang_officer, targets["indicators"], template=first)
    with bulletin.docx.open("rb") as fh:
        text = "\n".join(p.text for p in Document(io.BytesIO(fh.read())).paragraphs)
    assert text.startswith("南昌市专用：" + bulletin.title)
    assert client.get(f"/bulletins/templates/{first.pk}.docx").status_code == 200


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (_docx_with("{{ title "), "占位符写法有误"),
        (_docx_with("{%p for x in indicators %}", "{{ x.name }}"), "占位符写法有误"),
        (_docx_with("{{ titel }}"), "未知的占位符：titel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "已加密"),
        ("这不是 Word 文件".encode(), "不是Word"),
        (_docx_with("{{ title.__class__.__mro__[1].__subclasses__() }}"), "模板试生成失败"),
    ],
    ids=["unclosed", "no-endfor", "unknown-name", "encrypted", "not-docx", "sandbox"],
)
def test_broken_template_is_refused_with_a_chinese_reason(nanchang_officer, content, words):
    response = _upload(client_for(nanchang_officer), content)
    assert response.status_code == 200
    assert words in response.content.decode()
    assert not BulletinTemplate.objects.exists()


def test_only_own_region_templates_are_listed_and_downloadable(nanchang_officer, ganzhou_officer):
    assert _upload(client_for(nanchang_officer), _docx_with("{{ title }}")).status_code == 302
    template = BulletinTemplate.objects.get()
    ganzhou = client_for(ganzhou_officer)
    assert ganzhou.get(f"/bulletins/templates/{template.pk}.docx").status_code == 404
    assert "市通报模板" not in ganzhou.get("/bulletins/templates/").content.decode()


def test_template_that_fails_on_real_figures_fails_the_job_not_the_worker(
    nanchang_officer, targets
):
    from django.core.files.base import ContentFile

    from apps.jobs.choices import JobStatus

    client = client_for(nanchang_officer)
    assert _upload(client, _docx_with("{{ title }}")).status_code == 302
    template = BulletinTemplate.objects.get()
    template.file.save("broken.docx", ContentFile(b"PK\x03\x04 not really"), save=True)
    bulletin = make_bulletin(nanchang_officer, targets["indicators"], template=template)
    assert bulletin.job is not None and bulletin.job.status == JobStatus.FAILED
    assert "所选模板" in bulletin.job.message
    assert bulletin.version == 0 and not bulletin.editions.exists()
    page = client.get(f"/bulletins/{bulletin.pk}/").content.decode()
    assert "所选模板" in page


def test_templates_render_in_the_sandbox():
    from apps.bulletins.figures import sample
    from apps.bulletins.render import render_docx

    content = render_docx(
        _docx_with("[{{ title.__class__ }}]", "[{{ title|upper }}]"), sample(), {}
    )
    text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    assert "[]" in text and "class" not in text  # private attributes are out of reach
