"""The money filters read as people write amounts: 万元 for listings, to the fen for contracts."""

from decimal import Decimal

import pytest

from apps.core.templatetags.kc import yuan, yuan_exact


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (2210000, "221万元"),
        (Decimal("15000"), "1.5万元"),
        (Decimal("123456789.00"), "12,345.68万元"),
        (8500, "8,500元"),
        (Decimal("0.50"), "0.5元"),
        (0, "0元"),
        (None, "—"),
        ("", "—"),
    ],
)
def test_yuan(value, shown):
    assert yuan(value) == shown


def test_yuan_exact_keeps_the_fen():
    assert yuan_exact(Decimal("2210000")) == "2,210,000.00 元"
    assert yuan_exact(None) == "—"
