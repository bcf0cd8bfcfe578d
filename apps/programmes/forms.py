"""Turning a configured form into page fields and a posted page back into data."""

from __future__ import annotations

from typing import Any

from django import forms as djforms

from apps.programmes.validation import fields_of, parse_team_lines, team_lines

PREFIX = "f_"


def data_from_post(
    form: dict[str, Any] | None, post: Any, previous: dict[str, Any]
) -> dict[str, Any]:
    """The values as typed (team rows parsed; masked ID numbers keep their stored digest)."""
    data: dict[str, Any] = {}
    for f in fields_of(form):
        raw = post.get(PREFIX + f["name"], "")
        if f.get("type") == "team":
            data[f["name"]] = parse_team_lines(raw, previous.get(f["name"]) or [])
        else:
            data[f["name"]] = raw.strip() if isinstance(raw, str) else raw
    return data


def sections(
    form: dict[str, Any] | None, values: dict[str, Any], errors: dict[str, str]
) -> list[dict[str, Any]]:
    """Sections with their fields, current values and messages, for the template."""
    out = []
    for section in (form or {}).get("sections", []):
        rows = []
        for f in section.get("fields", []):
            value = values.get(f["name"], "")
            if f.get("type") == "team":
                value = team_lines(value) if isinstance(value, list) else value
            rows.append(
                {
                    **f,
                    "type": f.get("type", "text"),
                    "input_name": PREFIX + f["name"],
                    "value": "" if value is None else value,
                    "error": errors.get(f["name"], ""),
                }
            )
        out.append({"title": section.get("title", ""), "fields": rows})
    return out


def display_rows(form: dict[str, Any] | None, values: dict[str, Any]) -> list[dict[str, Any]]:
    """Label/value pairs for read-only display (team members with masked ID numbers)."""
    rows = []
    for section in (form or {}).get("sections", []):
        items = []
        for f in section.get("fields", []):
            value = values.get(f["name"], "")
            if f.get("type") == "team" and isinstance(value, list):
                value = "；".join(
                    " ".join(p for p in (m.get("name"), m.get("id_masked"), m.get("role")) if p)
                    for m in value
                )
            items.append({"label": f["label"], "value": value, "long": f.get("type") == "textarea"})
        rows.append({"title": section.get("title", ""), "items": items})
    return rows


class CallForm(djforms.Form):
    code = djforms.SlugField(label="批次编号", max_length=40)
    name = djforms.CharField(label="批次名称", max_length=120)
    year = djforms.IntegerField(label="年度", min_value=2000, max_value=2100)
    opens_at = djforms.DateTimeField(
        label="开始申报", widget=djforms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    closes_at = djforms.DateTimeField(
        label="截止申报", widget=djforms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    guide = djforms.CharField(
        label="申报指南",
        widget=djforms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=20000,
    )


class HolidayForm(djforms.Form):
    day = djforms.DateField(label="日期", widget=djforms.DateInput(attrs={"type": "date"}))
    name = djforms.CharField(label="名称", max_length=40)
    is_workday = djforms.BooleanField(label="调休上班", required=False)


class BlacklistForm(djforms.Form):
    kind = djforms.ChoiceField(label="对象", choices=[("organization", "单位"), ("person", "个人")])
    name = djforms.CharField(label="名称/姓名", max_length=200)
    credit_code = djforms.CharField(label="统一社会信用代码", max_length=18, required=False)
    id_number = djforms.CharField(label="身份证号", max_length=18, required=False)
    reason = djforms.CharField(label="原因", max_length=300)
    starts_on = djforms.DateField(
        label="开始日期", widget=djforms.DateInput(attrs={"type": "date"})
    )
    ends_on = djforms.DateField(
        label="结束日期", required=False, widget=djforms.DateInput(attrs={"type": "date"})
    )
