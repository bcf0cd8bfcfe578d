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
