"""Units of measure for indicators and targets, shared with the extractor's vocabulary.

A target in a unit outside this list is reported to the person confirming it (the unit may be a
typo), never silently accepted; countable units (家, 项, 人…) cascade in whole numbers.
"""

from __future__ import annotations

from apps.supervision.extraction.targets import COUNT_UNITS, MEASURE_UNITS, MONEY_UNITS

KNOWN_UNITS: frozenset[str] = frozenset((*MONEY_UNITS, *COUNT_UNITS, *MEASURE_UNITS, "‰", "分"))


def is_known(unit: str) -> bool:
    return unit.strip() in KNOWN_UNITS


def is_countable(unit: str) -> bool:
    """Whole things: a share of 100 家 split three ways is 34 + 33 + 33, not 33.33 each."""
    return unit.strip() in COUNT_UNITS
