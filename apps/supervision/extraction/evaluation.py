"""Scoring an extraction against a hand-written gold ledger (used by bench/ and the tests).

* **Items** are aligned by their path of numbers (一 › 2, with (一) and 一 kept apart, an
  unnumbered heading as "") and then by title: a pair counts when one folded title starts the
  other or they are at least 60 % alike. Precision = matched / extracted, recall = matched /
  gold.
* **Units** are (item, unit, role) triples — role is lead or assisting — so a unit found on
  the wrong item, or as lead where the gold says assisting, is both a false positive and a
  false negative.
* **Targets** are (item, value, unit, comparator) — the issue's rule: a target matches when
  value, unit and comparator agree, on the same item. Targets written before the first item
  belong to the document.
* **Deadlines** are (item, normalised deadline) pairs, reported alongside.

Titles, office names and target units are compared folded: half-width, without spaces, and in
Simplified characters (台（套） is 台(套); 縣科技局 is 县科技局 — the extractor gives a
Traditional document's ledger in Simplified, a gold may keep the document's characters).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import Any

from .normalize import simplified, to_halfwidth
from .numbering import CIRCLED, cn_to_int

KINDS = ("items", "units", "targets", "deadlines")


def _number_key(number: str) -> str:
    text = to_halfwidth(number or "").strip()
    if not text:
        return ""
    if text[0] in CIRCLED:
        return f"o{CIRCLED.index(text[0]) + 1}"
    paren = "p" if "(" in text or ")" in text else ""
    digits = re.sub(r"\D", "", text)
    if digits:
        return f"{paren}a{int(digits)}"
    value = cn_to_int(re.sub(r"[()、.第章部分]", "", text))
    return f"{paren}c{value}" if value is not None else text


def _fold_title(title: str) -> str:
    # the extractor gives a Traditional document's ledger in Simplified (decision 0005);
    # a gold written in the document's own characters names the same things
    return re.sub(r"[\s\"“”‘’'《》()（）,，。.;；:：、]", "", simplified(to_halfwidth(title or "")))


def titles_agree(a: str, b: str) -> bool:
    fa, fb = _fold_title(a), _fold_title(b)
    if not fa or not fb:
        return fa == fb
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.6


def _flatten(items: list[dict[str, Any]], path: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    flat: list[dict[str, Any]] = []
    for item in items:
        key = (*path, _number_key(item.get("number", "")))
        flat.append({**item, "_path": key})
        flat.extend(_flatten(item.get("children", []), key))
    return flat


def _align(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> dict[int, int]:
    """found index → gold index for the items that match."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for g_index, g_item in enumerate(gold):
        best: tuple[float, int] | None = None
        for f_index, f_item in enumerate(found):
            if f_index in taken or f_item["_path"] != g_item["_path"]:
                continue
            if not titles_agree(g_item.get("title", ""), f_item.get("title", "")):
                continue
            score = difflib.SequenceMatcher(
                None, _fold_title(g_item.get("title", "")), _fold_title(f_item.get("title", ""))
            ).ratio()
            if best is None or score > best[0]:
                best = (score, f_index)
        if best is not None:
            pairs[best[1]] = g_index
            taken.add(best[1])
    return pairs


def _unit(name: str) -> str:
    """An office's name or a target's unit, as compared: 台（套） and 台(套) are one unit."""
    return re.sub(r"\s", "", simplified(to_halfwidth(name)))


def _value(value: Any) -> str:
    return f"{float(value):.6g}"


def score(gold: dict[str, Any], found: dict[str, Any]) -> dict[str, dict[str, int]]:
    """True positives, extracted and gold counts for each kind of thing."""
    gold_items = _flatten(gold.get("items", []))
    found_items = _flatten(found.get("items", []))
    pairs = _align(gold_items, found_items)

    def key(f_index: int) -> str:
        return f"g{pairs[f_index]}" if f_index in pairs else f"x{f_index}"

    sets: dict[str, tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]] = {}
    for kind in ("units", "targets", "deadlines"):
        sets[kind] = (Counter(), Counter())
    for side, items, keyer in (
        (0, gold_items, lambda i: f"g{i}"),
        (1, found_items, key),
    ):
        for index, item in enumerate(items):
            item_key = keyer(index)
            for unit in item.get("lead_units", []):
                sets["units"][side][(item_key, _unit(unit), "lead")] += 1
            for unit in item.get("assisting_units", []):
                sets["units"][side][(item_key, _unit(unit), "assisting")] += 1
            for target in item.get("targets", []):
                sets["targets"][side][
                    (
                        item_key,
                        _value(target["value"]),
                        _unit(target["unit"]),
                        target["comparator"],
                    )
                ] += 1
            if item.get("deadline"):
                sets["deadlines"][side][(item_key, str(item["deadline"]))] += 1
    for side, document in ((0, gold), (1, found)):
        for target in document.get("targets", []):
            sets["targets"][side][
                ("doc", _value(target["value"]), _unit(target["unit"]), target["comparator"])
            ] += 1

    result = {"items": {"tp": len(pairs), "found": len(found_items), "gold": len(gold_items)}}
    for kind, (gold_set, found_set) in sets.items():
        result[kind] = {
            "tp": sum((gold_set & found_set).values()),
            "found": sum(found_set.values()),
            "gold": sum(gold_set.values()),
        }
    return result


def add(total: dict[str, dict[str, int]], part: dict[str, dict[str, int]]) -> None:
    for kind, counts in part.items():
        bucket = total.setdefault(kind, {"tp": 0, "found": 0, "gold": 0})
        for name, value in counts.items():
            bucket[name] += value


def precision_recall(counts: dict[str, int]) -> dict[str, float | None]:
    """P and R (None when there is nothing to divide by: e.g. a document without units)."""
    tp, found, gold = counts["tp"], counts["found"], counts["gold"]
    return {
        "precision": round(tp / found, 3) if found else (1.0 if not gold else None),
        "recall": round(tp / gold, 3) if gold else (1.0 if not found else None),
    }


def differences(gold: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """Human-readable misses and extras, for looking into a score."""
    gold_items = _flatten(gold.get("items", []))
    found_items = _flatten(found.get("items", []))
    pairs = _align(gold_items, found_items)
    matched_gold = set(pairs.values())
    lines = []
    for index, item in enumerate(gold_items):
        if index not in matched_gold:
            lines.append(f"missing item {'/'.join(item['_path'])} {item.get('title')}")
    for index, item in enumerate(found_items):
        if index not in pairs:
            lines.append(f"extra item {'/'.join(item['_path'])} {item.get('title')}")
    for f_index, g_index in pairs.items():
        g, f = gold_items[g_index], found_items[f_index]
        where = "/".join(g["_path"])
        for role in ("lead_units", "assisting_units"):
            if [_unit(u) for u in g.get(role, [])] != [_unit(u) for u in f.get(role, [])]:
                lines.append(f"{where} {role}: gold {g.get(role)} found {f.get(role)}")
        if g.get("deadline") != f.get("deadline"):
            lines.append(f"{where} deadline: gold {g.get('deadline')} found {f.get('deadline')}")
        gt = sorted(
            (_value(t["value"]), _unit(t["unit"]), t["comparator"]) for t in g.get("targets", [])
        )
        ft = sorted(
            (_value(t["value"]), _unit(t["unit"]), t["comparator"]) for t in f.get("targets", [])
        )
        if gt != ft:
            lines.append(f"{where} targets: gold {gt} found {ft}")
    gd = sorted(
        (_value(t["value"]), _unit(t["unit"]), t["comparator"]) for t in gold.get("targets", [])
    )
    fd = sorted(
        (_value(t["value"]), _unit(t["unit"]), t["comparator"]) for t in found.get("targets", [])
    )
    if gd != fd:
        lines.append(f"document targets: gold {gd} found {fd}")
    return lines
