"""技术合同成交额 as a computed indicator for the targets module (decision 0010).

Registered from `MarketConfig.ready`: the targets module asks `contract_turnover` for the
registered technology transaction amounts per region (seller side, the usual 成交额) and shows
them in 亿元. The cache of computed actuals is keyed by `contracts_version`, which every
registration or refusal bumps on commit, so a new registration shows on the next page.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from django.core.cache import cache

VERSION_KEY = "market_contracts_version"
YUAN_PER_YI = Decimal(100_000_000)


def contracts_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = int(time.time())
        cache.add(VERSION_KEY, version, timeout=None)
    return int(version)


def contracts_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(time.time()), timeout=None)


def _compute(year: int, as_of: dt.date) -> dict[str, Decimal]:
    from apps.market.selectors import contract_turnover

    return {
        code: amount / YUAN_PER_YI
        for code, amount in contract_turnover(year=year, until=as_of, zones_apart=True).items()
    }


def _drill(region_code: str, year: int, as_of: dt.date) -> str:
    from django.urls import reverse

    return reverse("market:contracts") + f"?status=registered&region={region_code}"


def register_source() -> None:
    from apps.supervision.sources import Source, register

    register(
        Source(
            key="contract_turnover",
            label="登记技术合同成交额（卖方所在地）",
            unit="亿元",
            compute=_compute,
            drill=_drill,
            version=contracts_version,
        )
    )
