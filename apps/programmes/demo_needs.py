"""Demo of needs → challenge list (揭榜挂帅) and needs → reserve → guide (科技计划项目).

Called by `demo.load` after the calls are open; everything goes through the services, acting
as the demo officers and the organisations' contact accounts, deterministic from the seed:
needs collected and vetted, a reserve with a guide built from it and applications naming its
directions; a public challenge list with an open single-winner item with bids, a 赛马 item
with two teams in execution and milestones in several states, a draft item promoted from a
technology-market demand and one draft not yet published.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from apps.accounts.models import User
from apps.organizations.models import Organization
from apps.programmes import services
from apps.programmes import services_challenges as ch
from apps.programmes import services_milestones as ms
from apps.programmes import services_reserve as rs
from apps.programmes.models import Application, Call, Challenge

NEEDS = [
    (
        "高丰度稀土永磁晶界扩散工艺",
        "新材料",
        ["稀土", "永磁"],
        "重稀土用量高，矫顽力不足，需突破晶界扩散工艺。",
    ),
    (
        "锂电正极材料低成本制备",
        "新能源",
        ["锂电", "正极材料"],
        "磷酸锰铁锂一致性差、成本高，亟需新工艺。",
    ),
    ("VR 光学模组国产化", "电子信息", ["VR", "光学"], "Pancake 光学模组依赖进口，良率低。"),
    ("铜基高导电合金线材", "新材料", ["铜", "合金"], "高强高导兼顾难，需攻关微合金化工艺。"),
    ("车规级功率模块封装", "电子信息", ["功率半导体", "封装"], "车规级可靠性验证不足。"),
    ("中药配方颗粒质量追溯", "生物医药", ["中药", "质量"], "缺少全过程指纹图谱质控手段。"),
]


def load_needs(
    *,
    rng: random.Random,
    province: User,
    users: dict[str, User],
    calls: dict[str, Call],
    enterprises: list[Organization],
    contact: Callable[[Organization], User],
    attach: Callable[[User, Application], None],
    fill: Callable[[dict[str, Any], random.Random, str], dict[str, Any]],
    experts: list[User],
    city_user: Callable[[str], User],
    as_of: dt.date,
) -> dict[str, int]:
    counts = {"needs": 0, "reserve": 0, "challenges": 0, "bids": 0, "milestones": 0}
    now = timezone.now()

    # --- needs collected through the 需求征集 call -------------------------------------------
    accepted: list[Application] = []
    for i, org in enumerate(enterprises[:8]):
        title, _field, _tags, problem = NEEDS[i % len(NEEDS)]
        actor = contact(org)
        need = services.application_create(
            actor=actor,
            call=calls["demand"],
            title=f"需求：{title}",
            data={"need": title, "problem": problem, "budget": str(rng.randint(200, 2000))},
        )
        counts["needs"] += 1
        if i >= 7:
            continue  # a draft still being written
        services.application_submit(actor=actor, application=need, idempotency_key=f"need-{i}")
        if i >= 6:
            continue  # waiting for the city's recommendation
        city = need.region.path.split("/")[1]
        officer = users["nanchang_officer"] if city == "360100" else city_user(city)
        if users["ganzhou_officer"].region and city == "360700":
            officer = users["ganzhou_officer"]
        services.application_transition(
            actor=officer, application=need, action="recommend", reason="需求真实，同意推荐"
        )
        services.application_transition(actor=province, application=need, action="accept")
        need.refresh_from_db()
        accepted.append(need)

    # --- the reserve and the guide built from it -----------------------------------------
    entries = []
    for need in accepted[1:5]:
        title, field, tags, _ = next(n for n in NEEDS if n[0] == need.data.get("need"))
        entries.append(
            rs.reserve_add(actor=province, need=need, title=title, field=field, tags=tags)
        )
        counts["reserve"] += 1
    research = calls["research"]
    directions = []
    if len(entries) >= 3:
        directions.append(
            rs.guide_direction_save(
                actor=province,
                call=research,
                title="新能源与新材料关键工艺",
                text=(
                    "研究内容：面向锂电正极与铜基合金的低成本制备工艺。\n"
                    "考核指标：形成中试线，成本下降 20% 以上。"
                ),
                entries=entries[:2],
            )
        )
        directions.append(
            rs.guide_direction_save(
                actor=province,
                call=research,
                title="电子信息核心部件国产化",
                text=(
                    "研究内容：光学模组与车规级功率模块的设计与封装。\n"
                    "考核指标：通过车规或行业可靠性认证。"
                ),
                entries=entries[2:],
            )
        )
        rs.guide_publish(actor=province, call=research)
        research.refresh_from_db()
        for j, org in enumerate(enterprises[8:11]):
            if services.policies.eligibility_problems(research, org.pk):
                continue
            actor = contact(org)
            title = ["正极材料连续化制备", "车规级功率模块双面散热封装", "高导铜合金微合金化"][j]
            app = services.application_create(
                actor=actor,
                call=research,
                title=title,
                data=fill(research.config.form, rng, title),
                direction=directions[j % 2],
            )
            attach(actor, app)
            services.application_submit(
                actor=actor, application=app, idempotency_key=f"research-{j}"
            )

    # --- the challenge list ----------------------------------------------------------------
    jb = calls["challenge"]
    academics = list(
        Organization.objects.filter(kind__in=["university", "institute"], is_active=True).order_by(
            "id"
        )[:6]
    )
    closes = min(jb.closes_at, now + dt.timedelta(days=20))

    def bid_on(challenge: Challenge, lead: Organization, partner: Organization, title: str) -> Any:
        actor = contact(lead)
        app = ch.challenge_bid(
            actor=actor,
            challenge=challenge,
            title=title,
            partners=[{"credit_code": partner.credit_code, "role": "联合攻关"}],
            data=fill(jb.config.form, rng, title),
        )
        attach(actor, app)
        services.application_submit(actor=actor, application=app, idempotency_key=f"bid-{app.pk}")
        app.refresh_from_db()
        counts["bids"] += 1
        return app

    def to_award(app: Application) -> None:
        checklist = next(s for s in app.config.stages if s["code"] == "formal")["checklist"]
        services.application_transition(
            actor=province, application=app, action="pass", checklist=checklist
        )
        services.review_assign(actor=province, application=app, reviewers=experts)
        for assignment in app.reviews.all():
            scores = {
                i["code"]: rng.randint(int(i["max"] * 0.6), i["max"])
                for i in app.config.scoring["items"]
            }
            services.review_declare(
                actor=assignment.reviewer, assignment=assignment, conflict=False
            )
            services.review_submit(
                actor=assignment.reviewer, assignment=assignment, scores=scores, comment="可行"
            )
        services.application_transition(actor=province, application=app, action="finish_review")

    def to_execution(app: Application, amount: int) -> None:
        services.application_transition(
            actor=province, application=app, action="pick", amount=amount, reason="综合评分领先"
        )
        Application.objects.filter(pk=app.pk).update(publicity_ends_on=as_of - dt.timedelta(days=1))
        app.refresh_from_db()
        services.application_transition(actor=province, application=app, action="finalize")

    made: list[Challenge] = []
    for k, need in enumerate(accepted[:1] + accepted[4:6]):
        made.append(
            ch.challenge_from_need(
                actor=province,
                need=need,
                call=jb,
                budget=[800, 1200, 600][k],
                bid_closes_at=closes,
                mode="race" if k == 1 else "single",
                max_winners=2 if k == 1 else 1,
            )
        )
    leads = enterprises[12:16]
    if len(made) < 3 or len(academics) < 4 or len(leads) < 4:
        return counts  # a tiny demo: the needs and the reserve only
    single, race = made[:2]  # the third stays a draft, not on the public list
    for c in (single, race):
        ch.challenge_publish(actor=province, challenge=c)
        c.refresh_from_db()
    counts["challenges"] = 3
    # The open single-winner item: two teams have bid, one already passed the formal check.
    first = bid_on(single, leads[0], academics[0], f"{single.title}揭榜方案")
    bid_on(single, leads[1], academics[1], f"{single.title}联合攻关方案")
    checklist = next(s for s in first.config.stages if s["code"] == "formal")["checklist"]
    services.application_transition(
        actor=province, application=first, action="pass", checklist=checklist
    )
    # The 赛马 item: bidding closed, two teams picked and racing with their milestone gates.
    teams = [
        bid_on(race, leads[2], academics[2], f"{race.title}（A 队）"),
        bid_on(race, academics[3], leads[3], f"{race.title}（B 队）"),
    ]
    for team in teams:
        to_award(team)
    ch.challenge_close(actor=province, challenge=race)
    for team, amount in zip(teams, (500, 450), strict=True):
        to_execution(team, amount)
    start = as_of.replace(day=1)
    for team, amount in zip(teams, (500, 450), strict=True):
        gates = ms.milestones_plan(
            actor=province,
            application=team,
            milestones=[
                {
                    "title": "小试验证",
                    "due_on": (start + dt.timedelta(days=90)).isoformat(),
                    "amount": str(amount * 3 // 10),
                    "deliverable": "小试样品关键指标第三方检测",
                },
                {
                    "title": "中试线建成",
                    "due_on": (start + dt.timedelta(days=240)).isoformat(),
                    "amount": str(amount * 4 // 10),
                    "deliverable": "中试线连续运行 30 天",
                },
                {
                    "title": "产业化验证",
                    "due_on": (start + dt.timedelta(days=420)).isoformat(),
                    "amount": str(amount * 3 // 10),
                    "deliverable": "用户单位应用证明",
                },
            ],
        )
        counts["milestones"] += len(gates)
    a_gates = list(teams[0].milestones.order_by("number"))
    b_gates = list(teams[1].milestones.order_by("number"))
    lead_a, lead_b = contact(teams[0].applicant), contact(teams[1].applicant)
    ms.milestone_submit(actor=lead_a, milestone=a_gates[0], evidence="第三方检测报告：矫顽力 26kOe")
    ms.milestone_decide(actor=province, milestone=a_gates[0], approve=True, note="指标达标")
    ms.milestone_pay(actor=province, milestone=a_gates[0], reference=f"ZF-{as_of.year}-0101")
    ms.milestone_submit(actor=lead_a, milestone=a_gates[1], evidence="中试线已连续运行 32 天")
    ms.milestone_submit(actor=lead_b, milestone=b_gates[0], evidence="小试样品检测报告")
    ms.milestone_decide(actor=province, milestone=b_gates[0], approve=True, note="达标")
    ms.milestone_submit(actor=lead_b, milestone=b_gates[1], evidence="中试线建设中")
    ms.milestone_decide(
        actor=province, milestone=b_gates[1], approve=False, note="中试线未连续运行，请补充记录"
    )
    # A technology-market demand promoted by the province, still a draft of the list.
    from apps.market.models import Demand

    demand = (
        Demand.objects.filter(status="published", challenge_made__isnull=True)
        .order_by("id")
        .first()
    )
    if demand is not None:
        ch.challenge_from_demand(
            actor=province, demand=demand, call=jb, budget=300, bid_closes_at=closes
        )
        counts["challenges"] += 1
    return counts
