"""The proposed ledger of a draft as a flat list of items, and the edits a person makes to it.

Plain Python (no ORM): the extraction tree becomes a list in document order where each item
carries its `level`; the tree is the order plus the levels. Indenting, merging and deleting are
then list edits, and `tree_parents` rebuilds the parent of each item when the draft is
confirmed. `flags` lists what the person confirming should look at; `blocking` what must be
fixed before anything is created.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from apps.core.text import excerpt, too_long
from apps.supervision.extraction.deadlines import ONGOING, document_year, normalize_deadline
from apps.supervision.extraction.normalize import _t2s, looks_traditional, to_halfwidth
from apps.supervision.units import is_known

Item = dict[str, Any]
COMPARATORS = (">=", ">", "=", "<=", "<")
KINDS = ("level", "increment")
ONGOING_TEXT = "长期坚持"
UNIT_SPLIT = re.compile(r"[、,，;；/\s]+")


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = format(d.normalize(), "f")
    return text


def _target(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "subject": str(raw.get("subject") or ""),
        "comparator": raw.get("comparator") if raw.get("comparator") in COMPARATORS else ">=",
        "value": _value_text(raw.get("value")),
        "value_max": _value_text(raw.get("max", raw.get("value_max"))),
        "unit": str(raw.get("unit") or ""),
        "kind": raw.get("kind") if raw.get("kind") in KINDS else "level",
        # The quoted sentence: an excerpt of source_text, which the plan keeps whole.
        "text": str(raw.get("text") or "")[:500],
    }


def deadline_fields(value: str | None, year: int | None) -> tuple[str, str]:
    """(ISO date or "", text) for an extracted deadline ("2024-12-31", "ongoing", "--06-30")."""
    if not value:
        return "", ""
    if value == ONGOING:
        return "", ONGOING_TEXT
    if value.startswith("--"):
        return (f"{year}{value[1:]}", "") if year else ("", f"{value[2:]}（未写年份）")
    return value, ""


def milestone_fields(raw: list[dict[str, Any]], year: int | None) -> list[dict[str, str]]:
    """Extracted milestones as draft entries: {"due": ISO date or "", "title", "due_text"}.

    A step whose date has no year (and the document none either) keeps its text in
    `due_text` and gets no date; it is not created on confirmation (a milestone needs a date).
    """
    found = []
    for m in raw:
        due, due_text = deadline_fields(str(m.get("date") or ""), year)
        title = _step_title(str(m.get("text") or "").strip())
        if title:
            found.append({"due": due, "title": title, "due_text": due_text})
    return found


MILESTONE_TITLE_MAX = 200  # ledger.Milestone.title


def _step_title(text: str) -> str:
    """A step's title as the document words it. Steps are not edited on the draft page and the
    task keeps the whole sentence (its content), so a longer one is shortened visibly, with …"""
    return excerpt(text, MILESTONE_TITLE_MAX)


def flatten(extraction: dict[str, Any], *, year: int | None) -> list[Item]:
    """The extraction tree (DESIGN §6) as a flat list in document order."""
    items: list[Item] = []

    def walk(nodes: list[dict[str, Any]], level: int) -> None:
        for node in nodes:
            deadline, deadline_text = deadline_fields(node.get("deadline"), year)
            items.append(
                {
                    "key": len(items) + 1,
                    "level": level,
                    "number": str(node.get("number") or ""),
                    "title": str(node.get("title") or ""),
                    "text": str(node.get("text") or ""),
                    "lead_units": list(node.get("lead_units") or []),
                    "assisting_units": list(node.get("assisting_units") or []),
                    "deadline": deadline,
                    "deadline_text": deadline_text,
                    "targets": [_target(t) for t in node.get("targets") or []],
                    "milestones": milestone_fields(node.get("milestones") or [], year),
                    "line": None,
                }
            )
            walk(node.get("children") or [], level + 1)

    walk(extraction.get("items") or [], 1)
    return items


def document_targets(extraction: dict[str, Any]) -> list[dict[str, Any]]:
    return [_target(t) for t in extraction.get("targets") or []]


def _fold(text: str, traditional: bool) -> str:
    text = to_halfwidth(text)
    if traditional:
        text = _t2s().convert(text)
    return re.sub(r"\s+", "", text)


def source_lines(source_text: str) -> list[str]:
    return source_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(items: list[Item], source_text: str) -> None:
    """Set each item's `line`: the index of the source line it starts on (for highlighting)."""
    lines = source_lines(source_text)
    traditional = looks_traditional(source_text)
    folded = [_fold(line, traditional) for line in lines]
    start = 0
    for item in items:
        needle = _fold(item["title"], False)[:16] or _fold(item["number"], False)
        item["line"] = None
        if not needle:
            continue
        order = list(range(start, len(folded))) + list(range(0, start))
        for index in order:
            if needle in folded[index]:
                item["line"] = index
                start = index
                break


def has_children(items: list[Item], index: int) -> bool:
    return index + 1 < len(items) and items[index + 1]["level"] > items[index]["level"]


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return None
    return value if value.is_finite() else None


def flags(items: list[Item], index: int) -> list[str]:
    """Problems of one item for the person to check (warnings; see `blocking`)."""
    item = items[index]
    found: list[str] = []
    if not item["title"].strip():
        found.append("缺少任务名称。")
    leaf = not has_children(items, index)
    if leaf and not item["lead_units"]:
        found.append("未明确牵头（责任）单位。")
    if (
        item.get("deadline_text")
        and not item.get("deadline")
        and item["deadline_text"] != ONGOING_TEXT
    ):
        found.append(f"完成时限“{item['deadline_text']}”不是具体日期，请核对。")
    found += target_flags(item["targets"])
    return found


def target_flags(targets: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for t in targets:
        name = t["subject"] or t["text"] or "（未命名）"
        if _decimal(t["value"]) is None:
            found.append(f"目标“{name}”缺少数值或数值无法识别。")
        if not t["unit"]:
            found.append(f"目标“{name}”没有单位。")
        elif not is_known(t["unit"]):
            found.append(f"目标“{name}”的单位“{t['unit']}”不在单位表中，请核对是否有误。")
        if t["value_max"] and _decimal(t["value_max"]) is None:
            found.append(f"目标“{name}”的上限无法识别为数字。")
    return found


def blocking(items: list[Item], doc_targets: list[dict[str, Any]]) -> list[str]:
    """What must be fixed before the draft can become a ledger (nothing is created until then)."""
    errors: list[str] = []
    if not items:
        errors.append("草稿中没有任何条目，无法生成台账。")
    for item in items:
        where = f"第 {item['number'] or '（无编号）'} 项"
        if not item["title"].strip():
            errors.append(f"{where}缺少任务名称。")
        for t in item["targets"]:
            if _decimal(t["value"]) is None:
                errors.append(f"{where}的目标“{t['subject'] or t['text']}”缺少数值，请填写或删除。")
            if not t["subject"].strip():
                errors.append(f"{where}有一个目标没有填写指标名称。")
        over = _too_long(item, ITEM_LIMITS)
        over += [m for t in item["targets"] for m in _too_long(t, TARGET_LIMITS)]
        errors += [f"{where}：{m}" for m in over]
    for n, t in enumerate(doc_targets, start=1):
        if _decimal(t["value"]) is None:
            errors.append(f"总体目标“{t['subject'] or t['text']}”缺少数值，请填写或删除。")
        errors += [f"第 {n} 个总体目标：{m}" for m in _too_long(t, TARGET_LIMITS)]
    return errors


# What an item's values become on confirmation, and their fields' max_length (ledger.models).
# The draft keeps the extracted or typed text whole: cutting it would hide words from the
# officer who checks the draft; a value over its limit is named here and blocks confirmation.
ITEM_LIMITS = (
    ("number", 40, "编号"),
    ("title", 300, "任务名称"),
    ("deadline_text", 100, "完成时限"),
)
TARGET_LIMITS = (("subject", 200, "指标"), ("unit", 20, "单位"))


def _too_long(values: dict[str, Any], limits: tuple[tuple[str, int, str], ...]) -> list[str]:
    found = (too_long(str(values.get(k) or ""), limit=n, label=label) for k, n, label in limits)
    return [m for m in found if m]


def split_units(text: str) -> list[str]:
    """A unit list as typed (市科技局、高新区), split outside parentheses."""
    units: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and UNIT_SPLIT.fullmatch(ch):
            if current.strip():
                units.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        units.append(current.strip())
    return units


def parse_deadline(text: str, year: int | None) -> tuple[str, str]:
    """A typed 完成时限: a date (2024-06-30, 2024年6月底前, 年底前) or a text such as 长期坚持."""
    text = text.strip()
    if not text:
        return "", ""
    try:
        return dt.date.fromisoformat(text).isoformat(), ""
    except ValueError:
        pass
    value = normalize_deadline(text, year)
    if value and value != ONGOING and not value.startswith("--"):
        try:
            dt.date.fromisoformat(value)
            return value, ""
        except ValueError:
            pass
    return "", text


def update_item(items: list[Item], key: int, data: dict[str, Any], *, year: int | None) -> None:
    """Apply the fields a person edited (number, title, units, deadline, targets)."""
    item = find(items, key)
    item["number"] = str(data.get("number", item["number"])).strip()
    item["title"] = str(data.get("title", item["title"])).strip()
    if "lead_units" in data:
        item["lead_units"] = split_units(str(data["lead_units"]))
    if "assisting_units" in data:
        item["assisting_units"] = split_units(str(data["assisting_units"]))
    if "deadline" in data:
        item["deadline"], item["deadline_text"] = parse_deadline(str(data["deadline"]), year)
    if "targets" in data:
        item["targets"] = [
            _target(t) for t in data["targets"] if any(str(v).strip() for v in t.values())
        ]


def find(items: list[Item], key: int) -> Item:
    for item in items:
        if item["key"] == key:
            return item
    raise KeyError(key)


def _index(items: list[Item], key: int) -> int:
    return items.index(find(items, key))


def _subtree_end(items: list[Item], index: int) -> int:
    end = index + 1
    while end < len(items) and items[end]["level"] > items[index]["level"]:
        end += 1
    return end


def indent(items: list[Item], key: int) -> str:
    """Make the item (with its sub-items) a child of the item above it."""
    i = _index(items, key)
    if i == 0 or items[i - 1]["level"] < items[i]["level"]:
        return "该条目上方没有同级条目，无法降级。"
    for j in range(i, _subtree_end(items, i)):
        items[j]["level"] += 1
    return ""


def outdent(items: list[Item], key: int) -> str:
    """Move the item (with its sub-items) one level up."""
    i = _index(items, key)
    if items[i]["level"] <= 1:
        return "该条目已是最高一级。"
    for j in range(i, _subtree_end(items, i)):
        items[j]["level"] -= 1
    return ""


def delete(items: list[Item], key: int) -> str:
    """Drop the item; its sub-items move up one level (they are kept)."""
    i = _index(items, key)
    for j in range(i + 1, _subtree_end(items, i)):
        items[j]["level"] -= 1
    del items[i]
    return ""


def _union(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]


def merge_up(items: list[Item], key: int) -> str:
    """Fold the item into the item above it (text, units and targets joined)."""
    i = _index(items, key)
    if i == 0:
        return "第一个条目上方没有可合并的条目。"
    above, item = items[i - 1], items[i]
    above["text"] = "\n".join(x for x in (above["text"], item["text"]) if x)
    above["lead_units"] = _union(above["lead_units"], item["lead_units"])
    above["assisting_units"] = _union(
        [u for u in above["assisting_units"] if u not in above["lead_units"]],
        [u for u in item["assisting_units"] if u not in above["lead_units"]],
    )
    above["targets"] = above["targets"] + item["targets"]
    above["milestones"] = above.get("milestones", []) + item.get("milestones", [])
    if item["deadline"] and (not above["deadline"] or item["deadline"] > above["deadline"]):
        above["deadline"], above["deadline_text"] = item["deadline"], item["deadline_text"]
    return delete(items, key)


def tree_parents(items: list[Item]) -> list[int | None]:
    """For each item, the index of its parent in the list (None at the top)."""
    parents: list[int | None] = []
    stack: list[int] = []
    for i, item in enumerate(items):
        while stack and items[stack[-1]]["level"] >= item["level"]:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(i)
    return parents


def year_of(title: str, text: str) -> int | None:
    """The plan's year, as the extractor reads it for its deadlines (one rule): the first year
    in its title — 2025 in 《…三年行动方案(2025—2027年)》 — else the most frequent in the text."""
    return document_year(to_halfwidth(title), to_halfwidth(text)[:20000])


# --- suggesting the indicator a proposed target measures ----------------------------------

_NOT_TEXT = re.compile(r"[^\u4e00-\u9fffA-Za-z]+")
_NEW = ("新增", "新认定", "当年新", "新建", "新培育")


def _bigrams(text: str) -> set[str]:
    text = _NOT_TEXT.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def suggest_indicator(target: dict[str, Any], indicators: list[Any]) -> Any | None:
    """The indicator of the library that `target` most plainly measures, or None.

    Only indicators with the target's unit are candidates (as the mapping requires). The score
    is the Dice overlap of the two names' two-character pieces, with a bonus when both speak
    of new items (新增…, 当年新认定…) or both of a stock; a suggestion needs names alike by
    0.5 before that bonus and a lead of 0.05 over the runner-up (省级平台 is not 新增国家级平台
    载体 for sharing 平台), so an
    ambiguous subject ("研发投入强度": R&D/GDP or enterprises' R&D intensity?) suggests
    nothing. The officer still chooses; this only preselects.
    """
    subject = _bigrams(target.get("subject") or "")
    if not subject:
        return None
    new_target = target.get("kind") == "increment"
    scored = []
    for indicator in indicators:
        if indicator.unit != target.get("unit"):
            continue
        name = _bigrams(indicator.name)
        if not name:
            continue
        alike = 2 * len(subject & name) / (len(subject) + len(name))  # Dice
        if alike < 0.5:  # the names themselves must be alike; new-vs-stock only ranks
            continue
        score = alike + (0.15 if new_target == any(w in indicator.name for w in _NEW) else 0.0)
        scored.append((score, indicator))
    scored.sort(key=lambda pair: -pair[0])
    if not scored:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.05:
        return None
    return scored[0][1]
