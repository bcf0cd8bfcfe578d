"""Fixtures for the expert database and draw tests: a call with applications at the review
stage and a seeded pool of approved experts over several cities, organisations and tiers."""

from __future__ import annotations

import random
from typing import Any

import pytest

from apps.experts import services
from apps.experts.models import Expert
from apps.programmes.models import Application, Call
from apps.programmes.tests.conftest import id_number, make_call
from apps.regions.models import Region
from tests.factories import OrganizationFactory

CITIES = ["360102", "360203", "360403", "360502", "360702", "360802", "361002", "361102"]
FIELDS = ["电子信息", "装备制造", "新材料", "生物医药", "新能源"]
DISCIPLINES = {
    "电子信息": ["51010", "52020", "51030"],
    "装备制造": ["46020", "46050", "53510"],
    "新材料": ["43040", "43045", "43070"],
    "生物医药": ["35010", "36040", "41640"],
    "新能源": ["48040", "47040", "48070"],
}
KEYWORDS = {
    "电子信息": ["机器视觉", "集成电路", "人工智能", "传感器"],
    "装备制造": ["数控机床", "工业机器人", "精密加工", "液压"],
    "新材料": ["稀土永磁", "铜基材料", "陶瓷", "锂电材料"],
    "生物医药": ["中药制剂", "生物制药", "医疗器械", "药物化学"],
    "新能源": ["锂电池", "储能", "光伏", "电池管理"],
}


def expert_make(
    actor: Any,
    name: str,
    *,
    region: str = "360102",
    org: Any = None,
    disciplines: list[str] | None = None,
    tier: str = "general",
    keywords: str = "",
    approve: bool = True,
    **extra: Any,
) -> Expert:
    data = {
        "name": name,
        "organization": org,
        "organization_name": org.name if org else f"{name}所在单位",
        "region": Region.objects.get(code=region),
        "title": "教授",
        "disciplines": disciplines or ["52020"],
        "tier": tier,
        "keywords": keywords,
        **extra,
    }
    expert = services.expert_create(actor=actor, data=data)
    if approve:
        services.expert_review(actor=actor, expert=expert, approve=True)
    return expert


def profile_for(user: Any, *, region: str = "360102", **extra: Any) -> Expert:
    """An approved profile for an existing expert account (the personas have none)."""
    from apps.core.text import search_key
    from apps.experts.choices import ExpertSource, ExpertStatus

    name = user.display_name or user.username
    fields: dict[str, Any] = {
        "organization_name": f"{name}所在单位",
        "title": "教授",
        "disciplines": ["52020"],
        **extra,
    }
    return Expert.objects.create(
        user=user,
        name=name,
        region=Region.objects.get(code=region),
        status=ExpertStatus.APPROVED,
        source=ExpertSource.ENTERED,
        search_text=search_key(name, fields["organization_name"]),
        **fields,
    )


def application_make(call: Call, org: Any, actor: Any, n: int, **data: Any) -> Application:
    return Application.objects.create(
        call=call,
        config=call.config,
        applicant=org,
        region=org.region,
        title=data.pop("title", f"测试项目{n}"),
        data=data,
        status="active",
        stage="review",
        receipt_number=f"XD-{n:04d}",
        created_by=actor,
    )


@pytest.fixture
def review_call(db: None) -> Call:
    return make_call("draw-2026")


@pytest.fixture
def seeded(province_officer: Any, review_call: Call) -> dict[str, Any]:
    """12 applications and 48 approved experts (18 core), deterministic from seed 7."""
    rng = random.Random(7)
    orgs = [
        OrganizationFactory.create(name=f"测试单位{i}有限公司", region_id=CITIES[i % len(CITIES)])
        for i in range(16)
    ]
    apps = []
    for n in range(12):
        field = FIELDS[n % len(FIELDS)]
        apps.append(
            application_make(
                review_call,
                orgs[n],
                province_officer,
                n,
                title=f"{rng.choice(KEYWORDS[field])}关键技术研发{n}",
                field=field,
                summary="、".join(rng.sample(KEYWORDS[field], 2)),
                team=[{"name": f"成员{n}", "id_digest": "", "id_masked": ""}],
            )
        )
    experts = []
    for j in range(48):
        field = FIELDS[j % len(FIELDS)]
        experts.append(
            expert_make(
                province_officer,
                f"专家{j:02d}",
                region=CITIES[(j * 3) % len(CITIES)],
                org=orgs[(j * 5) % len(orgs)],
                disciplines=rng.sample(DISCIPLINES[field], 2),
                tier="core" if j % 8 < 3 else "general",
                keywords="、".join(rng.sample(KEYWORDS[field], 2)),
            )
        )
    return {"applications": apps, "experts": experts, "orgs": orgs}


__all__ = ["application_make", "expert_make", "id_number", "profile_for"]
