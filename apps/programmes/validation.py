"""Checking application data against a configured form: every problem at once, in Chinese.

Plain Python (no ORM). `clean_data` never drops what the user typed: it returns the values as
typed next to the messages, so a form can be shown again exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from apps.core.masking import mask_id_number, valid_id_number
from apps.core.text import too_long

TITLE_MAX = 200
TEXT_MAX = 2000
TEXTAREA_MAX = 20000
TEAM_PART_MAX = 50  # a team member's name, and their role


def fields_of(form: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    for section in (form or {}).get("sections", []):
        yield from section.get("fields", [])


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def clean_title(title: str, *, required: bool) -> str | None:
    """The message for a bad title, or None."""
    if required and not title.strip():
        return "请填写“项目名称”。"
    return too_long(title, limit=TITLE_MAX, label="项目名称") or None


def clean_data(
    form: dict[str, Any] | None, data: dict[str, Any], *, required: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    """(cleaned data, field name → message). `required=False` for drafts: types and ranges
    are checked, missing values are not."""
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in fields_of(form):
        name, label, kind = f["name"], f["label"], f.get("type", "text")
        value = data.get(name)
        empty = value is None or value == "" or value == []
        if empty:
            if required and f.get("required"):
                errors[name] = f"请填写“{label}”。"
            continue
        if kind == "number":
            number = _number(value)
            if number is None or not number.is_finite():
                errors[name] = f"“{label}”须为数字。"
                cleaned[name] = value
                continue
            if f.get("min") is not None and number < Decimal(str(f["min"])):
                errors[name] = f"“{label}”不能小于 {f['min']}。"
            elif f.get("max") is not None and number > Decimal(str(f["max"])):
                errors[name] = f"“{label}”不能大于 {f['max']}。"
            cleaned[name] = str(number)
        elif kind == "date":
            try:
                cleaned[name] = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                errors[name] = f"“{label}”须为日期（如 2026-03-01）。"
                cleaned[name] = value
        elif kind == "choice":
            if value not in f.get("choices", []):
                errors[name] = f"“{label}”须从选项中选择。"
            cleaned[name] = value
        elif kind == "team":
            members, message = clean_team(value, label)
            cleaned[name] = members
            if message:
                errors[name] = message
            elif required and f.get("required") and not members:
                errors[name] = f"请填写“{label}”。"
        else:
            text = str(value)
            limit = f.get("max_length") or (TEXTAREA_MAX if kind == "textarea" else TEXT_MAX)
            if message := too_long(text, limit=limit, label=label):
                errors[name] = message
            cleaned[name] = text
    return cleaned, errors


def clean_team(value: Any, label: str) -> tuple[list[dict[str, str]], str]:
    """Team members as [{name, role, id_masked, id_digest}]; raw ID numbers never stored."""
    from apps.core.crypto import mac

    members: list[dict[str, str]] = []
    if not isinstance(value, list):
        return [], f"“{label}”格式不正确。"
    for i, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            return members, f"“{label}”第 {i} 行格式不正确。"
        name = str(row.get("name", "")).strip()
        member = {"name": name, "role": str(row.get("role", "")).strip()}
        for part, what in (("name", "姓名"), ("role", "职务")):
            where = f"{label}第{i}行{what}"
            if message := too_long(member[part], limit=TEAM_PART_MAX, label=where):
                return members, message
        raw = str(row.get("id_number", "")).strip().upper()
        if raw and "*" not in raw:
            if not valid_id_number(raw):
                return members, f"“{label}”第 {i} 行（{name}）的身份证号码无效。"
            member["id_masked"] = mask_id_number(raw)
            member["id_digest"] = mac(raw.encode())
        else:
            member["id_masked"] = str(row.get("id_masked", raw))[:20]
            member["id_digest"] = str(row.get("id_digest", ""))[:64]
        if not name:
            return members, f"“{label}”第 {i} 行缺少姓名。"
        members.append(member)
    return members, ""


TEAM_LINE = re.compile(r"[,，\s]+")


def parse_team_lines(text: str, previous: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Team rows typed as lines “姓名 身份证号 职务”; a masked number keeps the stored digest."""
    known = {(m.get("name"), m.get("id_masked")): m.get("id_digest", "") for m in previous}
    rows: list[dict[str, Any]] = []
    for line in text.splitlines():
        parts = [p for p in TEAM_LINE.split(line.strip()) if p]
        if not parts:
            continue
        name = parts[0]
        ident = parts[1] if len(parts) > 1 else ""
        role = " ".join(parts[2:])
        row: dict[str, Any] = {"name": name, "role": role, "id_number": ident}
        if "*" in ident:
            row["id_masked"] = ident
            row["id_digest"] = known.get((name, ident), "")
        rows.append(row)
    return rows


def team_lines(members: list[dict[str, str]]) -> str:
    return "\n".join(
        " ".join(p for p in (m.get("name", ""), m.get("id_masked", ""), m.get("role", "")) if p)
        for m in members
    )
