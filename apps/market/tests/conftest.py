"""Market fixtures: listings written through the services (so they are moderated, audited and
indexed like real ones)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from apps.accounts.models import User
from apps.market import services
from apps.market.models import Achievement, Demand


def publish(listing: Any, moderator: User) -> Any:
    services.listing_submit(actor=listing.owner, listing=listing)
    return services.listing_review(actor=moderator, listing=listing, approve=True)


def make_achievement(owner: User, **fields: Any) -> Achievement:
    data: dict[str, Any] = {
        "title": "高镍三元正极材料低成本制备技术",
        "summary": "突破锂电池正极材料烧结与包覆工艺，能量密度提升10%。",
        "field": "new_energy",
        "keywords": "锂电、正极材料",
        "maturity": 6,
        "transfer_modes": ["license"],
        "price": Decimal("500000"),
        "contact_name": "杨老师",
        "contact_phone": "13907911234",
    }
    data.update(fields)
    return services.listing_save(actor=owner, kind="achievement", **data)  # type: ignore[return-value]


def make_demand(owner: User, **fields: Any) -> Demand:
    data: dict[str, Any] = {
        "title": "动力电池正极材料烧结能耗高",
        "summary": "我公司生产锂电池正极材料，烧结能耗高、一致性差，寻求合作。",
        "field": "new_energy",
        "keywords": "锂电、正极材料、烧结",
        "budget": Decimal("300000"),
        "contact_name": "陈工",
        "contact_phone": "13907915678",
    }
    data.update(fields)
    return services.listing_save(actor=owner, kind="demand", **data)  # type: ignore[return-value]


@pytest.fixture
def published_achievement(university_user: User, province_officer: User) -> Achievement:
    return publish(make_achievement(university_user), province_officer)  # type: ignore[no-any-return]


@pytest.fixture
def published_demand(enterprise_user: User, province_officer: User) -> Demand:
    return publish(make_demand(enterprise_user), province_officer)  # type: ignore[no-any-return]
