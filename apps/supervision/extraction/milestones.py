"""Intermediate milestones of an item: the dated steps written before its final deadline.

A work plan often stages a task inside one sentence — 「2024年6月底前完成选址，12月底前全面完成
建设」 or 「分两阶段推进：第一阶段（6月底前）完成试点；第二阶段（10月底前）全市推广」. The item's
``deadline`` keeps the latest date (decision 0005); ``milestones`` lists every dated step, in
date order, as ``{"date": <normalised deadline>, "text": <what is due>}`` so the ledger can
follow the steps. An item with fewer than two distinct dates has no milestones: its one date
is its deadline.

Plain Python, no Django; called once from `extractor.extract` (`add_milestones`), so the
rest of the extractor is untouched.
"""

from __future__ import annotations

import re
from typing import Any

from .deadlines import _sort_key, find_deadline

MAX_TEXT = 200
# Clauses: a step ends at a full stop, semicolon, comma or colon (the text is already normalised to
# half-width punctuation, but full-width is accepted too).
_CLAUSE = re.compile(r"[^。;；,，:：\n]+")
# What the step is about: the clause without its date phrase, stage label and unit notes.
_DATE_PHRASE = re.compile(
    r"[(（]?\s*(?:20\d{2}\s*年(?:度)?)?\s*"
    r"(?:\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?\s*(?:底|末|中旬|上旬|下旬)?"
    r"|年底|年末|年内|第?[一二三四1-4]\s*季度(?:末|底)?|上半年|下半年)"
    r"\s*(?:前|以前|之前|内)?\s*[)）]?"
)
_NOTES = re.compile(r"[〔\[【][^〕\]】]*[〕\]】]")
_LEAD = re.compile(r"^[\s:：、]+|[\s:：、]+$")


def find_milestones(text: str, year: int | None) -> list[dict[str, str]]:
    """The dated steps of one item's text, or [] when it states fewer than two dates."""
    body = _NOTES.sub("", text or "")
    steps: dict[str, str] = {}
    for match in _CLAUSE.finditer(body):
        clause = match.group(0)
        date = find_deadline(clause, year)
        if not date:
            continue
        what = _LEAD.sub("", _DATE_PHRASE.sub("", clause, count=1)).strip()
        what = what or clause.strip()
        # Two clauses with the same date are one step ("6月底前完成A，6月底前完成B").
        steps[date] = f"{steps[date]}；{what}" if date in steps else what
    if len(steps) < 2:
        return []
    return [{"date": date, "text": steps[date][:MAX_TEXT]} for date in sorted(steps, key=_sort_key)]


def add_milestones(items: list[dict[str, Any]], year: int | None) -> None:
    """Give every item of the extracted tree its ``milestones`` (in place)."""
    for item in items:
        item["milestones"] = find_milestones(item.get("text") or "", year)
        add_milestones(item.get("children") or [], year)
