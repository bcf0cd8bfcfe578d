"""Work-plan extraction: from a document to a proposed ledger (DESIGN §6, decision 0005).

Plain Python with no Django inside, so the upload page, ``manage.py policy_extract`` and
``bench/policy_extraction.py`` share one engine:

    text = read_document("plan.docx")   # .txt, .docx, .pdf → text (DocumentError if unusable)
    ledger = extract(text)              # {"title", "items": [...], "targets": [...]}
"""

from __future__ import annotations

from .errors import DocumentError
from .extractor import extract
from .reader import read_document

__all__ = ["DocumentError", "extract", "read_document"]
