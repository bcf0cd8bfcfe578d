"""The one exception the extraction engine raises for input it cannot use."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document that cannot be read or holds no ledger; the message is Chinese, for users."""
