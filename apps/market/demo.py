"""Demo data of the technology market: achievements, demands, contracts, a broker's deals and
roadshows across Jiangxi's chains, written in bulk and indexed for search.

Runs after the organisations and demo accounts (`manage.py demo`). Sizes: "small" writes a
few thousand rows; "province" scales up (the bench builds the DESIGN §5 sizes itself).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from django.utils import timezone

from apps.demo.extensions import DemoContext
from apps.market import search
from apps.market.choices import (
    BrokerLevel,
    ContractKind,
    ContractStatus,
    DealStage,
    ListingStatus,
    RoadshowKind,
    TransferMode,
)
from apps.market.demo_texts import (
    ACHIEVEMENT_PREFIX,
    ACHIEVEMENT_SUFFIX,
    CHAINS,
    DEMAND_TEMPLATES,
    DEMAND_TITLES,
    SUMMARY_TEMPLATES,
)
from apps.market.models import (
    Achievement,
    BrokerProfile,
    Deal,
    DealNote,
    Demand,
    Roadshow,
    TechContract,
    TransferOffice,
)
from apps.organizations.models import IndustrialChain, Organization

SIZES = {"small": (1200, 800, 2500), "province": (20000, 8000, 60000)}


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def _status(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.82:
        return ListingStatus.PUBLISHED
    if r < 0.90:
        return ListingStatus.PENDING
    if r < 0.95:
        return ListingStatus.DRAFT
    return ListingStatus.EXPIRED


def load(context: DemoContext) -> dict[str, int]:
    rng = random.Random(context.seed + 7)
    n_ach, n_dem, n_con = SIZES.get(context.scale, SIZES["small"])
    now = timezone.now()
    today = context.as_of
    chains = set(IndustrialChain.objects.values_list("code", flat=True))
    sellers = list(
        Organization.objects.filter(kind__in=["university", "institute"]).select_related("region")
    )
    enterprises = list(
        Organization.objects.filter(kind="enterprise")
        .select_related("region")
        .order_by("id")[:20000]
    )
    if not enterprises:
        return {}
    sellers = sellers or enterprises[:50]
    bulk_listings(
        rng,
        n_ach,
        n_dem,
        sellers=sellers,
        enterprises=enterprises,
        chains=chains,
        today=today,
        now=now,
    )
    _persona_listings(today)

    for kind in ("achievement", "demand"):
        search.rebuild(kind, search.published_terms(kind))

    contracts = _contracts(rng, n_con, sellers, enterprises, now)
    deals = _broker_and_deals(rng, context)
    shows = _roadshows(rng, now.date())
    offices = _transfer_offices(rng, sellers, today)
    return {
        "achievements": n_ach,
        "demands": n_dem,
        "contracts": contracts,
        "deals": deals,
        "roadshows": shows,
        "transfer_offices": offices,
    }


OFFICE_NAMES = [
    "技术转移中心",
    "科技成果转化办公室",
    "技术转移转化研究院",
    "知识产权与成果转化中心",
]


def _transfer_offices(rng: random.Random, sellers: list[Organization], today: dt.date) -> int:
    """Most universities and institutes have a technology-transfer office (技术转移机构)."""
    offices = []
    for org in sellers:
        if org.kind not in ("university", "institute") or rng.random() < 0.2:
            continue
        staff = rng.randint(2, 40) if org.kind == "university" else rng.randint(1, 15)
        offices.append(
            TransferOffice(
                organization=org,
                name=f"{org.name}{rng.choice(OFFICE_NAMES)}",
                established=dt.date(rng.randint(2005, today.year - 1), rng.randint(1, 12), 1),
                staff=staff,
                certified_brokers=rng.randint(0, staff),
            )
        )
    TransferOffice.objects.bulk_create(offices, batch_size=1000)
    return len(offices)


def _persona_listings(today: dt.date) -> None:
    """Give the demo enterprise and university accounts listings of their own to look at."""
    from apps.accounts.models import User

    ent = User.objects.filter(username="enterprise_user").select_related("organization").first()
    uni = User.objects.filter(username="university_user").select_related("organization").first()
    published = timezone.now() - dt.timedelta(days=3)
    if ent is not None and ent.organization is not None:
        Demand.objects.create(
            title="锂电池正极材料烧结能耗高的解决方案",
            summary="我公司生产磷酸铁锂正极材料，烧结工序能耗高、批次一致性差，寻求高校院所合作攻关。",
            field="new_energy",
            chain_id="lithium",
            keywords="锂电、正极材料、烧结",
            organization=ent.organization,
            region=ent.organization.region,
            owner=ent,
            status=ListingStatus.PUBLISHED,
            published_at=published,
            expires_on=today + dt.timedelta(days=300),
            budget=Decimal("800000"),
            contact_name="陈工",
            contact_phone="13907910001",
            notify_matches=True,
        )
        Demand.objects.create(
            title="产线设备数据采集联网改造",
            summary="车间设备品牌多、协议不统一，需要工业物联网网关和数据平台。",
            field="electronic_info",
            chain_id="electronics",
            keywords="物联网、数据采集",
            organization=ent.organization,
            region=ent.organization.region,
            owner=ent,
            status=ListingStatus.DRAFT,
            contact_name="陈工",
        )
    if uni is not None and uni.organization is not None:
        Achievement.objects.create(
            title="磷酸铁锂正极材料连续化低能耗烧结技术",
            summary="采用辊道窑分段控温与气氛循环，烧结能耗降低约20%，产品一致性显著提高。",
            field="new_energy",
            chain_id="lithium",
            keywords="锂电、正极材料、烧结",
            organization=uni.organization,
            region=uni.organization.region,
            owner=uni,
            status=ListingStatus.PUBLISHED,
            published_at=published,
            expires_on=today + dt.timedelta(days=300),
            maturity=6,
            transfer_modes=["license", "co_development"],
            negotiable=True,
            contact_name="杨老师",
            contact_phone="13807910002",
        )
        Achievement.objects.create(
            title="稀土永磁电机高效冷却结构",
            summary="面向新能源汽车驱动电机的油冷结构设计，温升降低15℃。",
            field="nonferrous",
            chain_id="rare_earth",
            keywords="稀土、永磁、电机",
            organization=uni.organization,
            region=uni.organization.region,
            owner=uni,
            status=ListingStatus.PENDING,
            maturity=5,
            transfer_modes=["assignment"],
            price=Decimal("1500000"),
            contact_name="杨老师",
        )


def _contracts(
    rng: random.Random,
    n: int,
    sellers: list[Organization],
    enterprises: list[Organization],
    now: dt.datetime,
) -> int:
    year = timezone.localtime(now).year
    rows = []
    seq: dict[str, int] = {}
    for i in range(n):
        seller = rng.choice(sellers) if rng.random() < 0.6 else rng.choice(enterprises)
        buyer = rng.choice(enterprises)
        if buyer.pk == seller.pk:
            continue
        total = Decimal(int(rng.lognormvariate(12.3, 1.1))).quantize(Decimal("1")) + 5000
        tech = (total * Decimal(rng.uniform(0.6, 1.0))).quantize(Decimal("0.01"))
        paid = (total * Decimal(rng.uniform(0.2, 1.0))).quantize(Decimal("0.01"))
        y = year if rng.random() < 0.6 else year - 1
        registered_at = timezone.make_aware(
            dt.datetime(y, 1, 1, 9)
            + dt.timedelta(
                days=rng.randrange(0, 330 if y < year else max(1, now.timetuple().tm_yday - 1))
            )
        )
        status = ContractStatus.REGISTERED if rng.random() < 0.85 else ContractStatus.SUBMITTED
        kind = rng.choice(list(ContractKind.values))
        reg_no = ""
        if status == ContractStatus.REGISTERED:
            prefix = f"{registered_at.year}{seller.region_id[:6]}"
            seq[prefix] = seq.get(prefix, 0) + 1
            reg_no = f"{prefix}{seq[prefix]:06d}"
        flags = []
        if total >= Decimal("10000000"):
            flags.append(f"大额合同：合同总金额 {total / 10000:,.2f} 万元，请重点审查。")
        rows.append(
            TechContract(
                contract_no=f"JS{y}{i:06d}",
                title=f"{rng.choice(rng.choice(CHAINS)[2])}{ContractKind(kind).label}合同",
                kind=kind,
                seller=seller,
                seller_region_id=seller.region_id,
                buyer=buyer,
                buyer_name=buyer.name,
                buyer_region_id=buyer.region_id,
                signed_on=(registered_at - dt.timedelta(days=rng.randrange(3, 40))).date(),
                total_amount=total,
                tech_amount=tech,
                paid_amount=paid,
                status=status,
                registration_no=reg_no,
                registered_at=registered_at if reg_no else None,
                flags=flags,
            )
        )
    TechContract.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _broker_and_deals(rng: random.Random, context: DemoContext) -> int:
    from apps.accounts.models import User
    from apps.accounts.services import user_create
    from apps.demo.personas import demo_password
    from apps.regions.models import Region

    broker = User.objects.filter(username="broker_user").first()
    if broker is None:
        region = Region.objects.filter(code=f"{context.province_code[:2]}0100").first()
        broker = user_create(
            actor=None,
            username="broker_user",
            password=demo_password(),
            role="broker",
            display_name="孙悦",
            region=region,
        )
    BrokerProfile.objects.get_or_create(
        user=broker,
        defaults={
            "level": BrokerLevel.INTERMEDIATE,
            "certificate_no": "JXJJR2025-0107",
            "specialties": "锂电、稀土永磁",
        },
    )
    from apps.market import matching

    pairs: list[tuple[Demand, Achievement]] = []
    for d in Demand.objects.filter(status=ListingStatus.PUBLISHED).order_by("id")[:60]:
        best = matching.best_for(d, target="achievement", limit=1)
        if best and all(best[0].obj.pk != a.pk for _, a in pairs):
            pairs.append((d, best[0].obj))
        if len(pairs) >= 30:
            break
    stages = [DealStage.CONTACT, DealStage.NEGOTIATION, DealStage.SIGNED, DealStage.CLOSED]
    made = 0
    for d, a in pairs:
        stage = rng.choice(stages)
        deal = Deal.objects.create(demand=d, achievement=a, broker=broker, stage=stage)
        DealNote.objects.create(
            deal=deal, author=broker, stage=DealStage.CONTACT, text="已联系双方，交换技术资料。"
        )
        if stage != DealStage.CONTACT:
            # Shared with the parties, so their view of a demo deal shows a step in full.
            DealNote.objects.create(
                deal=deal,
                author=broker,
                stage=stage,
                text="双方就许可费和交付方式进行洽谈。",
                shared=True,
            )
        made += 1
    return made


def _roadshows(rng: random.Random, today: dt.date) -> int:
    from apps.accounts.models import User
    from apps.regions.models import Region

    officer = User.objects.filter(role="province_officer").order_by("id").first()
    if officer is None:
        return 0
    specs = [
        ("2026年江西锂电产业科技成果路演", RoadshowKind.ROADSHOW, "360500", 20),
        ("稀土永磁材料产学研对接会", RoadshowKind.MATCHMAKING, "360700", -30),
        ("南昌航空产业技术成果发布会", RoadshowKind.ROADSHOW, "360100", 45),
    ]
    made = 0
    for title, kind, code, offset in specs:
        region = Region.objects.filter(code=code).first() or officer.region
        if region is None:
            continue
        show = Roadshow.objects.create(
            title=title,
            kind=kind,
            region=region,
            held_on=today + dt.timedelta(days=offset),
            venue=f"{region.name}科技会展中心",
            created_by=officer,
            outcome="现场签约意向项目 5 项。" if offset < 0 else "",
            deals_signed=5 if offset < 0 else 0,
            amount_signed=Decimal("32000000") if offset < 0 else 0,
        )
        show.achievements.set(
            Achievement.objects.filter(status=ListingStatus.PUBLISHED).order_by("?")[:6]
        )
        made += 1
    return made


def bulk_listings(
    rng: random.Random,
    n_ach: int,
    n_dem: int,
    *,
    sellers: list[Organization],
    enterprises: list[Organization],
    chains: set[str],
    today: dt.date,
    now: dt.datetime,
) -> None:
    """Write `n_ach` achievements and `n_dem` demands in bulk (not indexed; the caller
    rebuilds the search tables). Also used by `bench/market_speed.py` to reach scale."""
    by_chain: dict[str, list[Organization]] = {}
    for org in enterprises[:5000]:
        by_chain.setdefault(rng.choice(CHAINS)[1], []).append(org)

    def listing_common(kind: str, i: int) -> dict[str, Any]:
        field, chain, topics, problems, kws = CHAINS[i % len(CHAINS)]
        status = _status(rng)
        published = now - dt.timedelta(days=rng.randrange(1, 330))
        expires = (published + dt.timedelta(days=365)).date()
        if status == ListingStatus.EXPIRED:
            expires = today - dt.timedelta(days=rng.randrange(1, 60))
        keywords = rng.sample(kws, k=min(3, len(kws)))
        return {
            "field": field,
            "chain_id": chain if chain in chains else None,
            "keywords": "、".join(keywords),
            "status": status,
            "published_at": published if status in ("published", "expired") else None,
            "expires_on": expires if status in ("published", "expired") else None,
            "contact_name": rng.choice("王李张刘陈杨黄赵吴周") + rng.choice(["工", "老师", "经理"]),
            "contact_phone": _phone(rng),
            "notify_matches": rng.random() < 0.3,
            "_topics": topics,
            "_problems": problems,
            "_kw": keywords,
            "_chain_name": chain,
        }

    achievements = []
    for i in range(n_ach):
        c = listing_common("achievement", i)
        topic = rng.choice(c["_topics"])
        org = rng.choice(sellers) if rng.random() < 0.75 else rng.choice(enterprises)
        summary = rng.choice(SUMMARY_TEMPLATES).format(
            topic=topic,
            kw="、".join(c["_kw"]),
            pct=rng.randrange(8, 35),
            chain=c["_chain_name"],
            n=rng.randrange(1, 8),
            n2=rng.randrange(2, 12),
        )
        price = None if rng.random() < 0.35 else Decimal(rng.randrange(5, 500) * 10000)
        achievements.append(
            Achievement(
                title=f"{rng.choice(ACHIEVEMENT_PREFIX)}{topic}{rng.choice(ACHIEVEMENT_SUFFIX)}",
                summary=summary,
                organization=org,
                region_id=org.region_id,
                maturity=rng.randint(3, 9),
                transfer_modes=rng.sample(list(TransferMode.values), k=rng.randint(1, 3)),
                price=price,
                negotiable=price is None,
                patents=f"ZL20{rng.randrange(15, 25)}1{rng.randrange(10**7):07d}.{i % 10}",
                **{k: v for k, v in c.items() if not k.startswith("_")},
            )
        )
    Achievement.objects.bulk_create(achievements, batch_size=1000)

    demands = []
    for i in range(n_dem):
        c = listing_common("demand", i)
        problem = rng.choice(c["_problems"])
        pool = by_chain.get(c["_chain_name"]) or enterprises
        org = rng.choice(pool)
        budget = None if rng.random() < 0.4 else Decimal(rng.randrange(10, 300) * 10000)
        demands.append(
            Demand(
                title=rng.choice(DEMAND_TITLES).format(problem=problem),
                summary=rng.choice(DEMAND_TEMPLATES).format(
                    chain=c["_chain_name"], problem=problem, kw="、".join(c["_kw"])
                ),
                organization=org,
                region_id=org.region_id,
                budget=budget,
                negotiable=budget is None,
                deadline=today + dt.timedelta(days=rng.randrange(60, 500)),
                **{k: v for k, v in c.items() if not k.startswith("_")},
            )
        )
    Demand.objects.bulk_create(demands, batch_size=1000)
