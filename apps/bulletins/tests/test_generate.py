"""Generating a bulletin: the job, the Word file, the PDF, and the history of editions."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from apps.audit.models import AuditEvent
from apps.bulletins.choices import BulletinStatus
from apps.bulletins.tests.conftest import city_names, make_bulletin
from apps.jobs.choices import JobStatus

pytestmark = pytest.mark.django_db


def _docx(bulletin: Any) -> Any:
    with bulletin.docx.open("rb") as fh:
        return Document(io.BytesIO(fh.read()))


def _all_text(doc: Any) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def _region_cells(doc: Any, name: str) -> list[Any]:
    return [
        cell
        for table in doc.tables
        for row in table.rows
        for cell in row.cells
        if cell.text == name
    ]


def test_job_generates_docx_and_pdf_with_progress(province_officer, targets):
    bulletin = make_bulletin(province_officer, targets["indicators"], foreword="请各地对照推进。")
    assert bulletin.status == BulletinStatus.GENERATED
    assert bulletin.version == 1 and bulletin.docx and bulletin.pdf
    job = bulletin.job
    assert job is not None and job.status == JobStatus.SUCCEEDED and job.progress == 100
    assert "已生成第 1 版" in job.log and "图表" in job.log
    assert bulletin.summary.startswith("截至2026年6月30日")
    assert "全省2项指标中" in bulletin.summary


def test_docx_holds_title_regions_and_red_laggards(province_officer, targets):
    bulletin = make_bulletin(province_officer, targets["indicators"])
    doc = _docx(bulletin)
    text = _all_text(doc)
    assert bulletin.title in text and bulletin.number in text
    assert "{{" not in text and "{%" not in text  # every placeholder was filled
    assert doc.core_properties.title == f"{bulletin.title} {bulletin.number}"
    for name in city_names():
        assert name in text, name
    # 南昌市 is done on 高新技术企业数; 赣州市 is behind: red bold text on a light red cell.
    ganzhou = _region_cells(doc, "赣州市")
    assert ganzhou
    laggard = ganzhou[0]
    run = next(r for r in laggard.paragraphs[0].runs if r.text == "赣州市")
    assert str(run.font.color.rgb) == "B00020" and run.font.bold
    fill = laggard._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert fill == "FDE2E2"
    nanchang = _region_cells(doc, "南昌市")[0]
    assert nanchang._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FFFFFF"
    assert all(r.font.color.rgb is None for r in nanchang.paragraphs[0].runs)
    assert len(doc.inline_shapes) == 2  # one chart per indicator


def test_pdf_has_chinese_text_and_embedded_fonts(province_officer, targets):
    bulletin = make_bulletin(province_officer, targets["indicators"])
    with bulletin.pdf.open("rb") as fh:
        reader = PdfReader(io.BytesIO(fh.read()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "调度通报" in text and "赣州市" in text and "时序进度" in text
    assert reader.metadata is not None and bulletin.number in (reader.metadata.title or "")
    descriptors = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", []):
                descriptors.append(descendant.get_object()["/FontDescriptor"])
    assert descriptors
    assert all(any(k in d for k in ("/FontFile2", "/FontFile3")) for d in descriptors)


def test_regeneration_keeps_every_edition(province_officer, targets):
    from apps.bulletins import services

    bulletin = make_bulletin(province_officer, targets["indicators"])
    first_docx = bulletin.docx.name
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        services.bulletin_generate(actor=province_officer, bulletin=bulletin)
    bulletin.refresh_from_db()
    assert bulletin.version == 2
    editions = list(bulletin.editions.order_by("version"))
    assert [e.version for e in editions] == [1, 2]
    assert editions[0].docx.name == first_docx != bulletin.docx.name
    assert editions[0].docx.storage.exists(first_docx)
    assert editions[1].figures["summary"] == bulletin.summary
    actions = set(
        AuditEvent.objects.filter(object_id=str(bulletin.pk)).values_list("action", flat=True)
    )
    assert {"bulletin.create", "bulletin.generate", "bulletin.edition"} <= actions


def test_hostile_foreword_is_text_in_word_and_pdf(province_officer, targets):
    hostile = "<w:t>&amp; </w:p> {{ 7*7 }} {% if %} <script>alert(1)</script>"
    bulletin = make_bulletin(province_officer, targets["indicators"][:1], foreword=hostile)
    assert bulletin.status == BulletinStatus.GENERATED
    text = _all_text(_docx(bulletin))
    assert hostile in text  # stored and printed as text, never evaluated
    assert "49" not in text.split(hostile)[0][-5:]


def test_city_bulletin_covers_its_counties(nanchang_officer, targets):
    bulletin = make_bulletin(nanchang_officer, targets["indicators"])
    text = _all_text(_docx(bulletin))
    assert "东湖区" in text and "西湖区" in text and "全市" in text
    assert "赣州市" not in text
    assert bulletin.number == "〔2026〕第1期"
    second = make_bulletin(nanchang_officer, targets["indicators"])
    assert second.number == "〔2026〕第2期"


def test_an_indicator_without_targets_below_is_one_sentence_not_an_empty_chart(
    nanchang_officer, targets
):
    """Nanchang's reported indicators were not cascaded to its districts: the bulletin printed
    for each an empty chart 「暂无下级目标」, an empty table and 「进度滞后的县（市、区）：无」
    — six of fourteen PDF pages. Now one sentence says the targets were not split."""
    from apps.bulletins.choices import NOT_CASCADED
    from apps.supervision.models import Indicator, Target
    from apps.supervision.services import indicator_save, target_save

    alone = indicator_save(
        actor=None,
        indicator=Indicator(code="rd-ratio", name="研发投入强度", unit="%", sort_order=3),
    )
    target_save(
        actor=nanchang_officer,
        target=Target(indicator=alone, region_id="360100", year=2026, value=Decimal("2.2")),
    )
    bulletin = make_bulletin(nanchang_officer, [*targets["indicators"], alone])
    doc = _docx(bulletin)
    text = _all_text(doc)
    assert text.count(NOT_CASCADED) == 1 and "东湖区" in text
    indicator_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "排名"][:-1]
    assert len(indicator_tables) == 2  # the two cascaded indicators; the ranking is last
    assert len(doc.inline_shapes) == 2  # their charts, none for the third
    with bulletin.pdf.open("rb") as fh:
        pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(fh.read())).pages)
    assert NOT_CASCADED in pdf_text and "暂无下级目标" not in pdf_text
