"""Printed documents: Chinese text survives into the PDF, metadata is only what was given,
and a template cannot reach the network."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from weasyprint.urls import FatalURLFetchingError

from apps.core.documents import pdf_from_html, pdf_from_template


def test_pdf_keeps_chinese_text_and_title() -> None:
    pdf = pdf_from_template("core/print_base.html", {}, title="江西省科技厅测试文档")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "江西省科技厅测试文档"
    assert "/Author" not in reader.metadata  # blind documents carry no author


def test_pdf_embeds_the_fonts_it_uses() -> None:
    pdf = pdf_from_html("<html><body><p>科技创新 技术合同</p></body></html>")
    reader = PdfReader(io.BytesIO(pdf))
    assert "科技创新" in reader.pages[0].extract_text()
    resources: Any = reader.pages[0]["/Resources"]
    for ref in resources["/Font"].values():
        descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_external_resources_are_refused() -> None:
    with pytest.raises(FatalURLFetchingError):
        pdf_from_html('<html><body><img src="http://example.com/a.png"></body></html>')


def test_a_table_row_is_never_split_across_pages() -> None:
    """Rows of varying height over several pages: each row's cells print on one page (a split
    row once showed a ranking's place on one page and the institution's name on the next)."""
    from django.template import engines

    rows = "".join(
        f"<tr><td>R{i}A</td><td>{'湓浦航空装备研究院' * (1 + i % 4)}R{i}B</td><td>R{i}C</td></tr>"
        for i in range(120)
    )
    html = (
        engines["django"]
        .from_string(
            '{% extends "core/print_base.html" %}{% block body %}<table><thead><tr><th>名次</th>'
            "<th>单位</th><th>地区</th></tr></thead><tbody>" + rows + "</tbody></table>"
            "{% endblock %}"
        )
        .render({"document_title": "分页测试"})
    )
    pages = [
        p.extract_text().replace("\n", "") for p in PdfReader(io.BytesIO(pdf_from_html(html))).pages
    ]
    assert len(pages) > 2
    for i in range(120):
        where = {
            part: [n for n, text in enumerate(pages) if f"R{i}{part}" in text] for part in "ABC"
        }
        assert where["A"] == where["B"] == where["C"] and len(where["A"]) == 1, (i, where)
