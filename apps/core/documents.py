"""Printable documents: HTML templates rendered to PDF with WeasyPrint, fonts embedded.

Every generated PDF (申报书, 公示, 通报, rankings) goes through `pdf_from_template`, so all share
the A4 layout of `core/print_base.html`, Noto CJK fonts from Debian's fonts-noto-cjk (embedded
as subsets, so the file reads the same on a machine without them), and two safety rules:

- no network: the URL fetcher serves only `data:` URLs and files under STATIC_ROOT/static dirs,
  and refuses everything else (government intranets are offline; a template must not leak);
- metadata is what the caller says: title, and an author only when given — a blind-review PDF
  passes none, so no applicant name hides in the document properties.
"""

from __future__ import annotations

import threading
from typing import Any

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def _offline_fetcher() -> Any:
    """A WeasyPrint fetcher that serves data: URLs and static files, and nothing else."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

    class OfflineFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("static:"):
                found = finders.find(url.removeprefix("static:").lstrip("/"))
                if isinstance(found, str):
                    with open(found, "rb") as handle:
                        return URLFetcherResponse(url, handle.read())
            raise FatalURLFetchingError(f"文档模板引用了外部资源：{url}")

    return OfflineFetcher(fail_on_errors=True)


_local = threading.local()


def _font_config() -> Any:
    """One WeasyPrint font configuration per thread, reused by every document it prints.

    A new one per document re-reads the system's font set (the CJK collections are large);
    documents use system fonts only (no @font-face), so sharing it changes nothing in the
    output. Per thread because the Pango font map behind it is not thread-safe.
    """
    config = getattr(_local, "font_config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _local.font_config = FontConfiguration()
    return config


def pdf_from_html(html: str) -> bytes:
    """PDF bytes of a complete HTML document (metadata from its <title> and <meta> tags)."""
    from weasyprint import HTML

    pdf = HTML(string=html, url_fetcher=_offline_fetcher(), base_url="static:/").write_pdf(
        font_config=_font_config()
    )
    assert pdf is not None
    return bytes(pdf)


def pdf_from_template(
    template_name: str, context: dict[str, Any], *, title: str, author: str = ""
) -> bytes:
    """Render `template_name` (which extends core/print_base.html) and print it to PDF."""
    html = render_to_string(
        template_name, {**context, "document_title": title, "document_author": author}
    )
    return pdf_from_html(html)
