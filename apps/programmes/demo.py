"""Demo data for programmes: the six programme types, calls, and applications at every stage.

Applications are written through the services (so they carry timelines, audit rows, receipt
numbers and quota use like real ones), acting as the demo officers and as one contact account
per applicant organisation. Runs inside `manage.py demo` after the organisations and accounts.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from typing import Any

from django.db.models import Q
from django.utils import timezone

from apps.accounts.choices import Role
from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.demo.extensions import DemoContext
from apps.organizations.models import Organization
from apps.programmes import configuration, presets, services
from apps.programmes.models import Application, Call, ProgrammeType, ReviewAssignment

HOLIDAYS = [
    ("2026-01-01", "元旦", False),
    ("2026-02-16", "春节", False),
    ("2026-02-17", "春节", False),
    ("2026-02-18", "春节", False),
    ("2026-02-19", "春节", False),
    ("2026-02-20", "春节", False),
    ("2026-02-14", "春节调休", True),
    ("2026-04-06", "清明节", False),
    ("2026-05-01", "劳动节", False),
    ("2026-05-04", "劳动节", False),
    ("2026-05-05", "劳动节", False),
    ("2026-06-19", "端午节", False),
    ("2026-09-25", "中秋节", False),
    ("2026-10-01", "国庆节", False),
    ("2026-10-02", "国庆节", False),
    ("2026-10-05", "国庆节", False),
    ("2026-10-06", "国庆节", False),
    ("2026-10-07", "国庆节", False),
    ("2026-10-10", "国庆调休", True),
    ("2027-01-01", "元旦", False),
]
TITLES = [
    "高精度非球面光学镜头",
    "新能源汽车电机控制器",
    "稀土永磁伺服电机",
    "锂电池隔膜涂覆设备",
    "智能配电终端",
    "中药配方颗粒生产线",
    "医用可降解缝合线",
    "5G 小基站射频模组",
    "光伏组件智能清洗机器人",
    "铜基高导电合金线材",
    "VR 头显光学模组",
    "有机硅新型密封胶",
    "智能温室环境控制系统",
    "航空锻件精密加工工艺",
    "陶瓷基复合刹车片",
    "工业互联网网关",
]


def _id_number(rng: random.Random) -> str:
    born = f"19{rng.randint(60, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"
    body = f"3601{rng.randint(10, 99)}{born}{rng.randint(100, 999)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def _fill(form: dict[str, Any], rng: random.Random, title: str) -> dict[str, Any]:
    """Plausible values for any configured form (the new-product form gets richer ones)."""
    base = _data(rng, title)
    out: dict[str, Any] = {}
    for section in form.get("sections", []):
        for f in section.get("fields", []):
            if f["name"] in base:
                out[f["name"]] = base[f["name"]]
            elif f.get("type") == "number":
                low, high = float(f.get("min") or 0), float(f.get("max") or 1000)
                out[f["name"]] = str(
                    int(low + (min(high, low + 5000) - low) * rng.uniform(0.2, 0.8))
                )
            elif f.get("type") == "choice":
                out[f["name"]] = rng.choice(f["choices"])
            elif f.get("type") == "team":
                out[f["name"]] = base["team"]
            else:
                out[f["name"]] = (
                    _fake(f) if f.get("type") != "text" else title[: f.get("max_length", 100)]
                )
    return out


def _data(rng: random.Random, title: str) -> dict[str, Any]:
    return {
        "product": title,
        "field": rng.choice(["电子信息", "装备制造", "新材料", "生物医药", "新能源"]),
        "start": "2026-01-01",
        "end": "2027-12-31",
        "budget": str(rng.randint(200, 3000)),
        "rd_ratio": str(round(rng.uniform(3, 12), 1)),
        "expected_sales": str(rng.randint(1000, 20000)),
        "summary": f"{title}：突破关键工艺，形成自主知识产权，替代进口产品。",
        "team": [
            {
                "name": rng.choice("张王李赵刘陈杨黄") + rng.choice(["伟", "敏", "磊", "静", "洋"]),
                "id_number": _id_number(rng),
                "role": "项目负责人",
            },
            {
                "name": rng.choice("周吴郑孙") + rng.choice(["军", "丽", "强", "芳"]),
                "id_number": _id_number(rng),
                "role": "技术骨干",
            },
        ],
    }


PDF = b"%PDF-1.4\n% demo attachment\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _attach(actor: User, app: Application) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    for slot in app.config.attachments:
        if slot.get("required"):
            name = f"{slot['label'].split('（')[0]}.pdf"
            services.attachment_add(
                actor=actor,
                application=app,
                slot=slot["code"],
                upload=SimpleUploadedFile(name, PDF),
                name=name,
            )


def _contact(org: Organization) -> User:
    """The applicant organisation's account (the demo enterprise already has one)."""
    existing = User.objects.filter(
        organization=org, role__in=[Role.ENTERPRISE, Role.UNIVERSITY]
    ).first()
    if existing is not None:
        return existing
    role = Role.UNIVERSITY if org.kind in ("university", "institute") else Role.ENTERPRISE
    user = user_create(
        actor=None,
        username=f"applicant_{org.pk}",
        password=secrets.token_urlsafe(24),
        role=role,
        display_name=f"{org.name[:20]}申报联系人",
        organization=org,
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return user


def load(context: DemoContext) -> dict[str, int]:
    rng = random.Random(context.seed)
    users = {
        u.username: u
        for u in User.objects.filter(
            username__in=[
                "province_admin",
                "nanchang_officer",
                "ganzhou_officer",
                "county_clerk",
                "expert_user",
                "enterprise_user",
            ]
        )
    }
    province = users["province_admin"]
    for day, name, workday in HOLIDAYS:
        configuration.holiday_set(
            actor=None, day=dt.date.fromisoformat(day), name=name, is_workday=workday
        )
    types: dict[str, ProgrammeType] = {}
    for order, (code, name, description, build) in enumerate(presets.PROGRAMME_TYPES):
        ptype = ProgrammeType.objects.create(
            code=code, name=name, description=description, sort_order=order
        )
        configuration.config_publish(
            actor=None, programme_type=ptype, config=build(), note="初始配置"
        )
        types[code] = ptype
    now = timezone.now()
    year = context.as_of.year

    def open_call(code: str, ptype: str, name: str, days_left: int, guide: str = "") -> Call:
        return configuration.call_open(
            actor=None,
            programme_type=types[ptype],
            code=code,
            name=name,
            year=year,
            opens_at=now - dt.timedelta(days=30),
            closes_at=now + dt.timedelta(days=days_left),
            guide=guide,
        )

    last_year = open_call(f"xcp-{year - 1}", "new-product", f"{year - 1}年度省新产品开发计划", 60)
    last_research = open_call(f"kjjh-{year - 1}", "research", f"{year - 1}年度省科技计划项目", 60)
    current = open_call(
        f"xcp-{year}",
        "new-product",
        f"{year}年度省新产品开发计划",
        4,
        guide="重点支持电子信息、装备制造、新材料、生物医药、新能源等领域新产品开发。\n申报单位须为在赣注册的企业，项目负责人不得同时承担两项以上省级计划项目。",
    )
    centre = open_call(f"qyjszx-{year}-25", "tech-centre", "第25批省级企业技术中心认定", 25)
    challenge = open_call(
        f"jbgs-{year}",
        "challenge",
        f"{year}年度产业关键共性技术攻关（揭榜挂帅）",
        40,
        guide="榜单见“揭榜榜单”：由企业提出、经审核的关键共性技术需求；企业与高校院所组队揭榜。",
    )
    open_call(f"zdsys-{year}", "key-lab", f"{year}年度省重点实验室建设", 30)
    research = open_call(
        f"kjjh-{year}",
        "research",
        f"{year}年度省科技计划项目（依据需求储备库指南）",
        45,
        guide="本批次指南方向由项目需求储备库遴选的产业需求编制，申报须对应一个指南方向。",
    )
    demand = open_call(f"xqzj-{year}", "demand", f"{year}年度项目需求征集", 15)
    # The province adjusts the new-product form after the calls opened: calls keep version 1.
    edited = presets.new_product()
    edited["form"]["sections"][1]["fields"].append(
        {"name": "jobs", "label": "预计新增就业（人）", "type": "number", "min": 0, "max": 100000}
    )
    configuration.config_publish(
        actor=province,
        programme_type=types["new-product"],
        config=edited,
        note="增加“预计新增就业”",
    )

    enterprises = list(
        Organization.objects.filter(kind="enterprise", is_active=True)
        .filter(
            Q(region__path__contains="/360100/")
            | Q(region__path__contains="/360423/")
            | Q(region__path__contains="/360700/")
            | Q(region__path__contains="/360400/")
        )
        .exclude(users__role=Role.ENTERPRISE)
        .order_by("id")[:400]
    )
    rng.shuffle(enterprises)
    wuning = [o for o in enterprises if "/360423/" in o.region.path][:3]
    others = [o for o in enterprises if o not in wuning]
    counts = {"applications": 0}
    officer_for = {"360100": users["nanchang_officer"], "360700": users["ganzhou_officer"]}

    def county_officer(app: Application) -> User | None:
        if "/360423/" in app.region.path:
            return users["county_clerk"]
        return None

    def advance(app: Application, target: str) -> None:
        """Walk an application forward to `target` the way officers would."""
        order = [s["code"] for s in app.config.stages]
        while app.stage != target and app.status == "active":
            stage = next(s for s in app.config.stages if s["code"] == app.stage)
            if stage["actor"] == "county":
                actor = county_officer(app) or _county_user(app)
                services.application_transition(
                    actor=actor, application=app, action="recommend", reason="经核实，同意推荐"
                )
            elif stage["actor"] == "city":
                city = app.region.path.split("/")[1]
                actor = officer_for.get(city) or _city_user(city)
                services.application_transition(
                    actor=actor, application=app, action="recommend", reason="同意推荐"
                )
            elif stage.get("checklist"):
                services.application_transition(
                    actor=province, application=app, action="pass", checklist=stage["checklist"]
                )
            elif stage.get("review"):
                pool = _more_experts(6)
                panel = [users["expert_user"], *rng.sample(pool[:4], 4)]
                services.review_seat(
                    actor=province,
                    application=app,
                    panel=panel,
                    backups=pool[4:],
                    core={panel[0].pk, panel[1].pk},
                )
                harsh = rng.choice(panel)
                for assignment in app.reviews.filter(is_backup=False):
                    low = 0.45 if assignment.reviewer_id == harsh.pk else 0.6
                    scores = {
                        i["code"]: rng.randint(int(i["max"] * low), i["max"])
                        for i in app.config.scoring["items"]
                    }
                    services.review_declare(
                        actor=assignment.reviewer, assignment=assignment, conflict=False
                    )
                    services.review_submit(
                        actor=assignment.reviewer,
                        assignment=assignment,
                        scores=scores,
                        comment="方案可行，建议支持。",
                    )
                services.application_transition(
                    actor=province, application=app, action="finish_review"
                )
            elif stage["code"] == "approval":
                amount = (
                    rng.choice([30, 50, 80, 100])
                    if any(a.get("needs_amount") for a in stage["actions"])
                    else None
                )
                services.application_transition(
                    actor=province, application=app, action="approve", amount=amount
                )
            elif stage["code"] == "publicity":
                Application.objects.filter(pk=app.pk).update(
                    publicity_ends_on=context.as_of - dt.timedelta(days=1)
                )
                app.refresh_from_db()
                services.application_transition(actor=province, application=app, action="finalize")
            elif stage["actor"] == "applicant":
                applicant = _contact(app.applicant)
                form = {
                    f["name"]: _fake(f) for sec in stage["form"]["sections"] for f in sec["fields"]
                }
                services.application_transition(
                    actor=applicant, application=app, action="submit_report", form_data=form
                )
            elif stage["code"] == "excellence":
                services.application_transition(
                    actor=province, application=app, action="to_followup"
                )
            else:
                services.application_transition(actor=province, application=app, action="accept")
            assert order.index(app.stage) >= 0

    def apply(call: Call, org: Organization, title: str) -> Application | None:
        if services.policies.eligibility_problems(call, org.pk):
            return None
        actor = _contact(org)
        app = services.application_create(
            actor=actor, call=call, title=title, data=_fill(call.config.form, rng, title)
        )
        _attach(actor, app)
        services.application_submit(
            actor=actor, application=app, idempotency_key=f"demo-{call.pk}-{org.pk}"
        )
        counts["applications"] += 1
        return app

    # This year's new-product call: the demo enterprise has a draft; others at every early stage.
    mine = users["enterprise_user"]
    if mine.organization_id is not None and not services.policies.eligibility_problems(
        current, mine.organization_id
    ):
        draft_data = _data(rng, "智能工业视觉检测模组")
        draft_data.pop("summary")
        services.application_create(
            actor=mine, call=current, title="智能工业视觉检测模组", data=draft_data
        )
    plan = [
        "county",
        "county",
        "city",
        "city",
        "formal",
        "formal",
        "review",
        "returned",
        "approval",
        "withdrawn",
    ]
    for org, title in zip(wuning, TITLES, strict=False):
        apply(current, org, title)
    for org, goal in zip(others[:10], plan, strict=False):
        app = apply(current, org, rng.choice(TITLES))
        if app is None:
            continue
        if goal == "returned":
            advance(app, "city")
            city = app.region.path.split("/")[1]
            services.application_transition(
                actor=officer_for.get(city) or _city_user(city),
                application=app,
                action="return",
                reason="可行性报告缺少盖章页，请补充后重新提交。",
            )
        elif goal == "withdrawn":
            services.application_transition(
                actor=_contact(org), application=app, action="withdraw", reason="企业调整研发计划"
            )
        elif goal == "review":
            advance(app, "review")
            _review_in_progress(app, province, users["expert_user"])
        else:
            advance(app, goal)
    # Last year's call: approved projects in publicity and in execution, then closed.
    later = [
        "publicity",
        "publicity",
        "publicity",
        "trial",
        "trial_check",
        "acceptance",
        "acceptance_check",
        "excellence",
        "followup",
        "done",
    ]
    for org, goal in zip(others[10:20], later, strict=False):
        app = apply(last_year, org, rng.choice(TITLES))
        if app is None:
            continue
        advance(app, goal if goal != "done" else "__end__")
        if goal == "publicity":
            pass
    # The demo enterprise's own funded project, due to report at mid-term (中期报告): the
    # applicant's side of execution can be walked from its 我的申报 (decision 0006).
    if mine.organization is not None:
        funded = apply(last_research, mine.organization, "工业视觉缺陷检测算法与装备研制")
        if funded is not None:
            advance(funded, "midterm")
    Call.objects.filter(pk__in=[last_year.pk, last_research.pk]).update(
        opens_at=now - dt.timedelta(days=400), closes_at=now - dt.timedelta(days=300)
    )
    for org, title in zip(others[20:26], ["企业技术中心"] * 6, strict=False):
        app = apply(centre, org, f"{org.name[:12]}{title}")
        if app is None:
            continue
        advance(app, rng.choice(["county", "city", "formal"]))
    for call in (last_year,):
        reviewed = {
            r.reviewer_id: r.reviewer
            for r in ReviewAssignment.objects.filter(
                application__call=call, status="submitted"
            ).select_related("reviewer")
        }
        for expert in sorted(reviewed.values(), key=lambda u: u.pk)[:4]:
            services.review_rate(
                actor=province,
                call=call,
                expert=expert,
                parts={
                    "ethics": 25,
                    "competence": rng.randint(18, 25),
                    "discipline": rng.randint(20, 25),
                    "integrity": 25,
                },
                comment="按时完成评审，意见具体。",
            )
    from apps.programmes.demo_needs import load_needs

    counts.update(
        load_needs(
            rng=rng,
            province=province,
            users=users,
            calls={"challenge": challenge, "research": research, "demand": demand},
            enterprises=others[26:],
            contact=_contact,
            attach=_attach,
            fill=_fill,
            experts=[users["expert_user"], *_more_experts()],
            city_user=_city_user,
            as_of=context.as_of,
        )
    )
    counts["reminders"] = services.deadline_reminders_send(today=context.as_of)
    return {"programme_types": len(types), "calls": Call.objects.count(), **counts}


def _fake(field: dict[str, Any]) -> str:
    if field.get("type") == "number":
        return str(max(int(field.get("min") or 0), 100))
    if field.get("type") == "choice":
        return str(field["choices"][0])
    if field.get("type") == "date":
        return "2026-06-30"
    return "按计划完成各项任务，经费使用规范。"


def _county_user(app: Application) -> User:
    code = next(
        c for c in app.region.path.rstrip("/").split("/") if len(c) == 6 and not c.endswith("00")
    )
    return _officer(code, Role.COUNTY_OFFICER)


def _city_user(code: str) -> User:
    return _officer(code, Role.CITY_OFFICER)


def _officer(code: str, role: str) -> User:
    from apps.regions.models import Region

    username = f"officer_{code}"
    found = User.objects.filter(username=username).first()
    if found is not None:
        return found
    user = user_create(
        actor=None,
        username=username,
        password=secrets.token_urlsafe(24),
        role=role,
        display_name=f"{Region.objects.get(code=code).name}科技局",
        region=Region.objects.get(code=code),
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return user


EXPERT_NAMES = ["王建国", "李秀英", "张志强", "刘晓燕", "陈立新", "杨海波", "周文斌", "吴春梅"]


def _review_in_progress(
    app: Application, province: User, expert: User, *, accepted: bool = False
) -> None:
    """A panel mid-review: the demo expert invited (or accepted and cleared of conflicts),
    one colleague declined (a backup took the seat), one scored, one still to answer."""
    pool = _more_experts(6)
    services.review_seat(
        actor=province,
        application=app,
        panel=[expert, pool[0], pool[1], pool[2]],
        backups=[pool[4], pool[5]],
        core={expert.pk, pool[1].pk},
    )
    seats = {r.reviewer_id: r for r in app.reviews.all()}
    services.review_respond(
        actor=pool[0], assignment=seats[pool[0].pk], accept=False, reason="近期出差，时间冲突"
    )
    services.review_declare(actor=pool[1], assignment=seats[pool[1].pk], conflict=False)
    services.review_submit(
        actor=pool[1],
        assignment=seats[pool[1].pk],
        scores={i["code"]: int(i["max"] * 0.8) for i in app.config.scoring["items"]},
        comment="技术路线清晰，建议支持。",
    )
    if accepted:
        services.review_declare(actor=expert, assignment=seats[expert.pk], conflict=False)


def _more_experts(count: int = 2) -> list[User]:
    experts = list(
        User.objects.filter(role=Role.EXPERT, username__startswith="reviewer_").order_by("id")[
            :count
        ]
    )
    while len(experts) < count:
        n = len(experts) + 1
        user = user_create(
            actor=None,
            username=f"reviewer_{n}",
            password=secrets.token_urlsafe(24),
            role=Role.EXPERT,
            display_name=EXPERT_NAMES[(n - 1) % len(EXPERT_NAMES)],
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
        experts.append(user)
    return experts
