"""Seeding the registry's dictionaries (qualification types, industrial chains, GB/T 4754).

Used by a data migration so every database starts with them; officers edit them afterwards.
Division codes are stored with their section letter (e.g. "C39") so a code names its section.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def seed(apps: Any) -> None:
    """Create missing dictionary entries; existing ones (maybe edited) are left alone."""
    QualificationType = apps.get_model("organizations", "QualificationType")
    IndustrialChain = apps.get_model("organizations", "IndustrialChain")
    Industry = apps.get_model("organizations", "Industry")
    dictionaries = json.loads((DATA / "dictionaries.json").read_text("utf-8"))
    for i, (code, name, category) in enumerate(dictionaries["qualification_types"]):
        QualificationType.objects.get_or_create(
            code=code, defaults={"name": name, "category": category, "sort_order": i}
        )
    for i, (code, name) in enumerate(dictionaries["industrial_chains"]):
        IndustrialChain.objects.get_or_create(code=code, defaults={"name": name, "sort_order": i})
    industries = json.loads((DATA / "gbt4754_2017.json").read_text("utf-8"))
    for letter, name, divisions in industries["sections"]:
        section, _ = Industry.objects.get_or_create(code=letter, defaults={"name": name})
        for division in divisions:
            number, div_name = division.split(" ", 1)
            Industry.objects.get_or_create(
                code=f"{letter}{number}", defaults={"name": div_name, "parent": section}
            )
