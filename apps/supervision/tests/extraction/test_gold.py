"""Quality floor on the hand-annotated documents (decision 0005).

The floors sit a little under the figures measured when they were set (bench/policy_extraction.py
prints them): a change that loses items, units or targets on any of these documents fails here.
The shared documents are read from ../shared/data/policies beside the repository.
"""

from __future__ import annotations

from typing import Any

import pytest

from apps.supervision.extraction import extract, read_document
from apps.supervision.extraction.evaluation import add, precision_recall, score
from bench.policy_extraction import documents

FLOORS = {"items": 0.97, "units": 0.97, "targets": 0.95, "deadlines": 0.95}
DOCUMENT_FLOOR = 0.85
# a document read below the per-document floor, with the reason (decision 0005, Known gaps);
# its own floor sits a little under what it scores, so it cannot get worse unnoticed
# (heldout11-long-table and heldout29-page-split, 0.7 and 0.6 here before, read at 1.0 since
# their tables are rebuilt from the PDF's coordinates; heldout44-yichun-lithium-table, units 0
# when first fixed, reads 1.0 since a two-column PDF table numbered inside its task cells is
# read as a table).
DOCUMENT_FLOORS: dict[str, float] = {}
COMPARATORS = {">=", ">", "=", "<=", "<"}


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    import json

    found = []
    for entry in documents("all"):
        gold = json.loads(entry["gold"].read_text(encoding="utf-8"))
        found.append((entry, gold, extract(read_document(entry["path"]))))
    return found


def test_enough_documents(results: list) -> None:
    names = {entry["name"] for entry, _, _ in results}
    assert len([n for n in names if not n.startswith("20")]) >= 10  # our own documents
    assert {entry["split"] for entry, _, _ in results} >= {"dev", "heldout"}


@pytest.mark.parametrize("group", ["all", "dev", "heldout"])
def test_precision_and_recall_floors(results: list, group: str) -> None:
    total: dict[str, dict[str, int]] = {}
    for entry, gold, ledger in results:
        if group == "all" or entry["split"] == group:
            add(total, score(gold, ledger))
    for kind, floor in FLOORS.items():
        figures = precision_recall(total[kind])
        assert figures["precision"] is not None and figures["precision"] >= floor, (kind, figures)
        assert figures["recall"] is not None and figures["recall"] >= floor, (kind, figures)


def test_every_document_on_its_own(results: list) -> None:
    for entry, gold, ledger in results:
        counts = score(gold, ledger)
        for kind in ("items", "units", "targets"):
            figures = precision_recall(counts[kind])
            floor = DOCUMENT_FLOORS.get(entry["name"], DOCUMENT_FLOOR)
            for value in figures.values():
                assert value is None or value >= floor, (entry["name"], kind, figures)


def _items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    flat = []
    for item in items:
        flat.append(item)
        flat.extend(_items(item["children"]))
    return flat


def test_output_is_well_formed(results: list) -> None:
    for _, _, ledger in results:
        assert set(ledger) == {"title", "items", "targets"}
        for item in _items(ledger["items"]):
            assert isinstance(item["number"], str) and isinstance(item["level"], int)
            assert all(
                isinstance(u, str) and u for u in item["lead_units"] + item["assisting_units"]
            )
            assert item["deadline"] is None or isinstance(item["deadline"], str)
            for child in item["children"]:
                assert child["level"] == item["level"] + 1
            for target in item["targets"] + ledger["targets"]:
                assert target["comparator"] in COMPARATORS
                assert target["kind"] in {"increment", "level"}
                assert isinstance(target["value"], int | float) and target["unit"]


def test_the_score_reads_bracket_width_and_traditional_characters_alike() -> None:
    """Rounds 52 and 54 wrote 台(套) where the extractor gives 台（套）; rounds 56 and 58 kept a
    Traditional document's characters in their gold, where the ledger is Simplified."""
    item = {"number": "1", "level": 1, "deadline": None, "children": []}
    gold = {
        "items": [
            {
                **item,
                "title": "推動縣域裝備更新",
                "lead_units": ["縣科技局"],
                "assisting_units": [],
                "targets": [{"value": 40, "unit": "台(套)", "comparator": ">="}],
            }
        ]
    }
    found = {
        "items": [
            {
                **item,
                "title": "推动县域装备更新",
                "lead_units": ["县科技局"],
                "assisting_units": [],
                "targets": [{"value": 40, "unit": "台（套）", "comparator": ">="}],
            }
        ]
    }
    counts = score(gold, found)
    assert all(
        counts[kind]["tp"] == counts[kind]["gold"] == 1 for kind in ("items", "units", "targets")
    )
