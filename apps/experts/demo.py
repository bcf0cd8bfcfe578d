"""Demo data of the expert database: a few hundred experts over Jiangxi's cities, disciplines
and tiers, linked to expert accounts, some waiting in the approval queue; and more of this
year's applications at the review stage so that a draw has a batch to work on.

Deterministic from the seed. Written in bulk (accounts with unusable passwords, profiles,
their industries and chains); the demo persona `expert_user` gets a profile of their own.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import timezone

from apps.accounts.choices import DEFAULT_SCOPE, Role
from apps.accounts.models import User
from apps.core.crypto import mac
from apps.demo.extensions import DemoContext
from apps.experts.choices import ExpertSource, ExpertStatus, ExpertTier
from apps.experts.models import Expert
from apps.organizations.models import IndustrialChain, Industry, Organization
from apps.regions.models import Region

SIZES = {"small": 320, "province": 5000}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余"
GIVEN = "伟芳娜敏静磊洋勇艳杰涛明超秀霞平刚桂英华建文辉力俊峰强军斌波宁晨阳"
TITLES = ["教授", "研究员", "正高级工程师", "副教授", "副研究员", "高级工程师"]
# (技术领域, discipline codes, keywords, chain names) — what experts in each field know
FIELDS: list[tuple[str, list[str], list[str]]] = [
    (
        "电子信息",
        ["51010", "51020", "51030", "51050", "52020", "52040", "52060", "41310"],
        ["机器视觉", "集成电路", "半导体照明", "5G通信", "人工智能", "工业互联网", "传感器"],
    ),
    (
        "装备制造",
        ["46020", "46025", "46035", "46050", "53510", "47030"],
        ["数控机床", "工业机器人", "精密加工", "智能制造", "液压传动", "增材制造"],
    ),
    (
        "新材料",
        ["43040", "43045", "43050", "43055", "43070", "45040"],
        ["稀土永磁", "铜基新材料", "有机硅", "锂电材料", "钨深加工", "陶瓷材料"],
    ),
    (
        "生物医药",
        ["35010", "35035", "36040", "41640", "41660", "53064"],
        ["中药制剂", "生物制药", "医疗器械", "药物化学", "疫苗", "天然药物"],
    ),
    (
        "新能源",
        ["48040", "48070", "47040", "48050", "41620"],
        ["锂电池", "储能系统", "光伏组件", "电池管理", "氢能", "智能电网"],
    ),
    (
        "现代农业",
        ["21030", "21040", "21045", "22045", "55020"],
        ["水稻育种", "茶叶加工", "脐橙种植", "农产品加工", "油茶", "生猪养殖"],
    ),
]
APP_TITLES = {
    "电子信息": ["高可靠车规级功率模块", "工业视觉检测系统", "Micro LED 显示驱动芯片"],
    "装备制造": ["五轴联动数控加工中心", "协作机器人关节模组", "智能液压控制阀组"],
    "新材料": ["高性能烧结钕铁硼磁体", "超细铜合金线材", "锂电正极前驱体"],
    "生物医药": ["中药配方颗粒质量控制", "一次性使用内窥镜", "重组蛋白药物制剂"],
    "新能源": ["储能电池管理系统", "高效异质结光伏组件", "钠离子电池电芯"],
    "现代农业": ["赣南脐橙采后保鲜", "油茶精深加工", "富硒茶叶连续化加工"],
}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _id_number(rng: random.Random, region: str) -> str:
    body = f"{region[:6]}{rng.randrange(1955, 1990)}{rng.randrange(1, 13):02d}"
    body += f"{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def load(context: DemoContext) -> dict[str, int]:
    rng = random.Random(context.seed + 13)
    n = SIZES.get(context.scale, SIZES["small"])
    cities = list(Region.objects.filter(level="city").order_by("code"))
    counties = {
        c.code: list(Region.objects.filter(parent=c, level="county").order_by("code"))
        for c in cities
    }
    orgs = list(
        Organization.objects.filter(kind__in=["university", "institute", "enterprise"])
        .select_related("region")
        .order_by("kind", "id")[:3000]
    )
    if not cities or not orgs:
        return {}
    academic = [o for o in orgs if o.kind in ("university", "institute")] or orgs
    chains = list(IndustrialChain.objects.filter(is_active=True))
    divisions = list(Industry.objects.filter(parent__isnull=False).order_by("code"))
    now = timezone.now()
    users: list[User] = []
    experts: list[Expert] = []
    picks: list[tuple[list[Industry], list[IndustrialChain]]] = []
    for i in range(n):
        _field, codes, words = FIELDS[i % len(FIELDS)]
        org = rng.choice(academic if rng.random() < 0.7 else orgs)
        region = org.region if rng.random() < 0.8 else rng.choice(cities)
        if region.level == "province":
            region = rng.choice(cities)
        city_code = region.path.strip("/").split("/")[1] if region.depth > 0 else region.code
        if rng.random() < 0.1 and counties.get(city_code):
            region = rng.choice(counties[city_code])
        pending = i % 16 == 5
        name = _name(rng)
        ident = _id_number(rng, region.code)
        mobile = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
        if not pending:
            users.append(
                User(
                    username=f"expert{i + 1:05d}",
                    display_name=name,
                    role=Role.EXPERT,
                    data_scope=DEFAULT_SCOPE[Role.EXPERT],
                    region=region,
                    password=make_password(None),
                    password_changed_at=now,
                )
            )
        keywords = rng.sample(words, 3)
        experts.append(
            Expert(
                name=name,
                organization=org,
                organization_name=org.name,
                region=region,
                title=rng.choice(TITLES),
                disciplines=sorted(rng.sample(codes, 2)),
                keywords="、".join(keywords),
                tier=ExpertTier.CORE if rng.random() < 0.3 else ExpertTier.GENERAL,
                unavailable=(
                    [{"start": context.as_of.isoformat(), "end": context.as_of.isoformat()}]
                    if rng.random() < 0.05
                    else []
                ),
                mobile=mobile,
                id_number=ident,
                id_digest=mac(ident.encode()),
                status=ExpertStatus.PENDING if pending else ExpertStatus.APPROVED,
                source=rng.choice(list(ExpertSource.values)),
                reviewed_at=None if pending else now,
            )
        )
        picks.append(
            (
                rng.sample(divisions, min(2, len(divisions))),
                rng.sample(chains, min(1, len(chains))),
            )
        )
    User.objects.bulk_create(users)
    by_name = {u.username: u for u in User.objects.filter(username__startswith="expert0")}
    k = 0
    for i, e in enumerate(experts):
        if e.status == ExpertStatus.APPROVED:
            e.user = by_name[f"expert{i + 1:05d}"]
            k += 1
    for e in experts:
        e.index()  # bulk_create does not call save()
    Expert.objects.bulk_create(experts)
    saved = list(Expert.objects.order_by("id"))[-len(experts) :]
    ind_rows = [
        Expert.industries.through(expert_id=e.pk, industry_id=d.pk)
        for e, (ds, _) in zip(saved, picks, strict=True)
        for d in ds
    ]
    chain_rows = [
        Expert.chains.through(expert_id=e.pk, industrialchain_id=c.pk)
        for e, (_, cs) in zip(saved, picks, strict=True)
        for c in cs
    ]
    Expert.industries.through.objects.bulk_create(ind_rows)
    Expert.chains.through.objects.bulk_create(chain_rows)
    _persona(now)
    _reviewer_profiles(rng, academic, cities, now)
    apps = _review_batch(rng, context)
    return {"experts": len(experts), "expert_accounts": k, "review_applications": apps}


def _persona(now: Any) -> None:
    """The demo expert (赵磊) keeps a profile of their own."""
    user = User.objects.filter(username="expert_user").first()
    if user is None or Expert.objects.filter(user=user).exists():
        return
    org = Organization.objects.filter(kind="university").order_by("id").first()
    region = user.region or Region.objects.filter(level="city").order_by("code").first()
    if org is None or region is None:
        return
    Expert.objects.create(
        user=user,
        name=user.display_name or "赵磊",
        organization=org,
        organization_name=org.name,
        region=region,
        title="教授",
        disciplines=["52020", "51010"],
        keywords="机器视觉、人工智能、工业互联网",
        tier=ExpertTier.CORE,
        status=ExpertStatus.APPROVED,
        source=ExpertSource.REGISTERED,
        reviewed_at=now,
    )


def _reviewer_profiles(
    rng: random.Random, academic: list[Organization], cities: list[Region], now: Any
) -> None:
    """The programme demo's reviewers (王建国, 李秀英…, accounts made before this database)
    get profiles too: an expert without one cannot be seated by hand, and the rating table
    names each by organisation and title."""
    for user in User.objects.filter(
        role=Role.EXPERT, username__startswith="reviewer_", expert_profile__isnull=True
    ).order_by("id"):
        _field, codes, words = FIELDS[user.pk % len(FIELDS)]
        org = rng.choice(academic)
        region = user.region or org.region
        if region is None or region.level == "province":
            region = rng.choice(cities)
        keywords = "、".join(rng.sample(words, 3))
        name = user.display_name or user.username
        Expert.objects.create(
            user=user,
            name=name,
            organization=org,
            organization_name=org.name,
            region=region,
            title=rng.choice(TITLES),
            disciplines=sorted(rng.sample(codes, 2)),
            keywords=keywords,
            tier=ExpertTier.CORE if user.pk % 3 == 0 else ExpertTier.GENERAL,
            status=ExpertStatus.APPROVED,
            source=ExpertSource.RECOMMENDED,
            reviewed_at=now,
        )


def _review_batch(rng: random.Random, context: DemoContext) -> int:
    """More applications of this year's call at the review stage (bulk, like the core demo)."""
    from apps.programmes.models import Application, Call

    seed_app = (
        Application.objects.filter(stage="review", status="active")
        .select_related("call")
        .order_by("-call__year", "id")
        .first()
    )
    if seed_app is None:
        return 0
    call = seed_app.call
    taken = set(Application.objects.filter(call=call).values_list("applicant_id", flat=True))
    candidates = list(
        Organization.objects.filter(kind="enterprise")
        .exclude(pk__in=taken)
        .select_related("region")
        .order_by("id")[:400]
    )
    rng.shuffle(candidates)
    size = 24 if context.scale == "small" else 200
    made = []
    for n, org in enumerate(candidates[:size]):
        field = FIELDS[n % len(FIELDS)][0]
        title = rng.choice(APP_TITLES[field])
        data = copy.deepcopy(seed_app.data)
        data.update({"field": field, "product": title, "summary": f"{title}的研发与产业化。"})
        if n == 3:
            data["avoid_experts"] = "、".join(
                Expert.objects.filter(status="approved").values_list("name", flat=True)[:1]
            )
        Call.objects.filter(pk=call.pk).update(receipt_counter=F("receipt_counter") + 1)
        counter = Call.objects.values_list("receipt_counter", flat=True).get(pk=call.pk)
        made.append(
            Application(
                call=call,
                config=seed_app.config,
                applicant=org,
                region=org.region,
                title=title,
                data=data,
                status="active",
                stage="review",
                receipt_number=f"{call.code.upper()}-{counter:05d}",
                submitted_at=timezone.now(),
                stage_entered_at=timezone.now(),
                created_by=seed_app.created_by,
            )
        )
    Application.objects.bulk_create(made)
    return len(made)
