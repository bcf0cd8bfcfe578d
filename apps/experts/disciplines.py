"""The GB/T 13745-2009 discipline taxonomy (学科分类与代码): first and second levels.

The data file `data/gbt13745_disciplines.csv` holds all 62 first-level disciplines (3-digit
codes) and the second-level ones (5-digit codes) of the natural sciences, agriculture,
medicine, engineering and management (110–630), plus the two second-level economics
disciplines experts in industrial programmes use (79041 技术经济学, 79055 工业经济学). A
second-level code's first three digits are its parent. Administrators extend the file; codes
are never invented here.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "gbt13745_disciplines.csv"

# The 技术领域 choices of the programme forms, mapped to the first-level disciplines an expert
# of that field declares (used when an application names no discipline codes itself).
FIELD_DISCIPLINES: dict[str, tuple[str, ...]] = {
    "电子信息": ("510", "520", "413"),
    "装备制造": ("460", "535", "470"),
    "新材料": ("430", "450"),
    "生物医药": ("350", "360", "416"),
    "新能源": ("480", "470"),
    "现代农业": ("210", "220", "230"),
    "节能环保": ("610", "480"),
    "航空航天": ("590",),
    # the technology market's 技术领域 labels
    "有色金属与稀土": ("450", "430", "440"),
    "中医药与生物医药": ("360", "350", "416"),
    "现代农业与食品": ("210", "550", "220"),
}


@dataclass(frozen=True)
class Discipline:
    code: str
    name: str
    parent: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@functools.cache
def all_disciplines() -> dict[str, Discipline]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        return {
            row["code"]: Discipline(row["code"], row["name"], row["parent"])
            for row in csv.DictReader(fh)
        }


def name_of(code: str) -> str:
    found = all_disciplines().get(code)
    return found.name if found else code


def label_of(code: str) -> str:
    found = all_disciplines().get(code)
    return found.label if found else code


def first_level(code: str) -> str:
    return code[:3]


def choices() -> list[tuple[str, str]]:
    """(code, label) for form fields, second-level entries indented under their parent."""
    return [
        (d.code, d.label if not d.parent else f"　{d.label}") for d in all_disciplines().values()
    ]


def by_name() -> dict[str, str]:
    """Name → code, for Excel cells that give a discipline by name."""
    return {d.name: d.code for d in all_disciplines().values()}


NAME_MATCHES_MAX = 40


def codes_named(text: str) -> list[str]:
    """Codes whose name contains `text` (a search by discipline name), children of a matched
    first-level discipline left out since its code prefix already finds them."""
    text = text.strip()
    if not text:
        return []
    hits = [d for d in all_disciplines().values() if text in d.name]
    parents = {d.code for d in hits if not d.parent}
    return [d.code for d in hits if d.parent not in parents][:NAME_MATCHES_MAX]


def parse(values: list[str]) -> tuple[list[str], list[str]]:
    """Codes (or names) → (valid codes in order, unknown entries)."""
    known = all_disciplines()
    names = by_name()
    codes: list[str] = []
    unknown: list[str] = []
    for raw in values:
        value = raw.strip().replace(".", "")
        if not value:
            continue
        code = value if value in known else names.get(raw.strip(), "")
        if not code:
            token = value.split(" ")[0]
            code = token if token in known else ""
        if code:
            if code not in codes:
                codes.append(code)
        else:
            unknown.append(raw.strip())
    return codes, unknown
