"""The programme types of the Jiangxi seed work plans, as configurations (demo and tests).

Built from a few stage helpers so each type reads as its lifecycle. A province adjusts these
in the configuration page; a new version is saved and running calls keep theirs.
"""

from __future__ import annotations

from typing import Any


def _a(code: str, label: str, kind: str = "forward", **extra: Any) -> dict[str, Any]:
    return {"code": code, "label": label, "kind": kind, **extra}


def county(days: int | None = 10) -> dict[str, Any]:
    return {
        "code": "county",
        "name": "县级推荐",
        "actor": "county",
        "due_working_days": days,
        "actions": [_a("recommend", "推荐"), _a("return", "退回修改", "return")],
    }


def city(days: int | None = 15) -> dict[str, Any]:
    return {
        "code": "city",
        "name": "市级推荐",
        "actor": "city",
        "quota": True,
        "due_working_days": days,
        "actions": [_a("recommend", "推荐"), _a("return", "退回修改", "return")],
    }


def formal() -> dict[str, Any]:
    return {
        "code": "formal",
        "name": "形式审查",
        "actor": "province",
        "checklist": [
            "申报单位符合申报条件",
            "申报书内容完整、填写规范",
            "必备附件齐全、盖章有效",
            "无重复申报",
        ],
        "actions": [
            _a("pass", "形式审查通过"),
            _a("return", "退回修改", "return"),
            _a("reject", "形式审查不通过", "reject"),
        ],
    }


def review(name: str = "专家评审") -> dict[str, Any]:
    return {
        "code": "review",
        "name": name,
        "actor": "province",
        "review": True,
        "actions": [_a("finish_review", "结束评审"), _a("reject", "评审未通过", "reject")],
    }


def approval(label: str = "拟立项", amount: bool = True) -> dict[str, Any]:
    return {
        "code": "approval",
        "name": "审批",
        "actor": "province",
        "withdrawable": False,
        "actions": [
            _a("approve", label, needs_amount=amount, check_blacklist=True),
            _a("reject", "不予立项", "reject"),
        ],
    }


def publicity(final: str = "正式立项", days: int = 5) -> dict[str, Any]:
    return {
        "code": "publicity",
        "name": "公示",
        "actor": "province",
        "publicity_days": days,
        "public": True,
        "withdrawable": False,
        "actions": [
            _a("finalize", final, after_publicity=True, check_blacklist=True, notify=True),
            _a("reject", "公示有异议，不予立项", "reject"),
        ],
    }


def applicant_stage(
    code: str, name: str, fields: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    actions = [_a("submit_report", f"提交{name}")]
    actions += extra.pop("more_actions", [])
    return {
        "code": code,
        "name": name,
        "actor": "applicant",
        "withdrawable": False,
        "form": {"sections": [{"title": name, "fields": fields}]},
        "actions": actions,
        **extra,
    }


def check_stage(code: str, name: str, back_to: str, passed: str = "审核通过") -> dict[str, Any]:
    return {
        "code": code,
        "name": name,
        "actor": "province",
        "withdrawable": False,
        "actions": [
            _a("accept", passed),
            _a("ask_again", "要求补充材料", to=back_to, needs_reason=True),
            _a("approve_change", "同意变更", "record", needs_reason=True),
        ],
    }


CHANGE_REQUEST = _a("change_request", "提出变更申请（延期/预算/团队）", "record", needs_reason=True)

MIDTERM = [
    {
        "name": "progress",
        "label": "项目进展",
        "type": "textarea",
        "required": True,
        "max_length": 5000,
    },
    {
        "name": "spent",
        "label": "已使用经费（万元）",
        "type": "number",
        "required": True,
        "min": 0,
        "max": 100000,
    },
]
ACCEPTANCE = [
    {"name": "results", "label": "完成情况与主要成果", "type": "textarea", "required": True},
    {
        "name": "indicators_met",
        "label": "考核指标完成情况",
        "type": "choice",
        "required": True,
        "choices": ["全部完成", "基本完成", "未完成"],
    },
    {
        "name": "spent_total",
        "label": "经费决算（万元）",
        "type": "number",
        "required": True,
        "min": 0,
        "max": 100000,
    },
]
FOLLOWUP = [
    {
        "name": "sales_y1",
        "label": "第一年新产品销售收入（万元）",
        "type": "number",
        "required": True,
        "min": 0,
        "max": 10000000,
    },
    {
        "name": "profit_y1",
        "label": "第一年新产品利润（万元）",
        "type": "number",
        "required": True,
        "min": -1000000,
        "max": 10000000,
    },
    {
        "name": "sales_y2",
        "label": "第二年新产品销售收入（万元）",
        "type": "number",
        "min": 0,
        "max": 10000000,
    },
    {
        "name": "profit_y2",
        "label": "第二年新产品利润（万元）",
        "type": "number",
        "min": -1000000,
        "max": 10000000,
    },
]


def execution(acceptance_label: str = "验收") -> list[dict[str, Any]]:
    """中期报告 → 中期检查 → 验收申请 → 验收 (the post-approval stages most types share)."""
    return [
        applicant_stage("midterm", "中期报告", MIDTERM, more_actions=[CHANGE_REQUEST]),
        check_stage("midterm_check", "中期检查", "midterm"),
        applicant_stage(
            "acceptance", f"{acceptance_label}申请", ACCEPTANCE, more_actions=[CHANGE_REQUEST]
        ),
        {
            "code": "acceptance_check",
            "name": acceptance_label,
            "actor": "province",
            "withdrawable": False,
            "actions": [
                _a("accept", f"{acceptance_label}通过"),
                _a("ask_again", "需要整改后重新申请", to="acceptance", needs_reason=True),
                _a("reject", f"{acceptance_label}不通过", "reject"),
                # A change requested in the 验收申请 stage is answered here, as earlier ones are
                # at the check stage after them.
                _a("approve_change", "同意变更", "record", needs_reason=True),
            ],
        },
    ]


def attachment(
    code: str,
    label: str,
    *,
    required: bool = True,
    count: int = 1,
    mb: int = 10,
    kinds: tuple[str, ...] = ("pdf",),
) -> dict[str, Any]:
    return {
        "code": code,
        "label": label,
        "kinds": list(kinds),
        "max_mb": mb,
        "max_count": count,
        "required": required,
    }


TEAM = {
    "name": "team",
    "label": "项目团队（姓名 身份证号 职务，每行一人）",
    "type": "team",
    "required": True,
}
AGGREGATION = {
    "trim_min_count": 5,
    "trim_drop": 1,
    "normalise": False,
    "disagreement_measure": "range",
    "disagreement_threshold": 20,
}
SCORING_ITEMS = [
    {"code": "innovation", "label": "技术创新性", "max": 30},
    {"code": "feasibility", "label": "技术可行性", "max": 25},
    {"code": "benefit", "label": "经济社会效益", "max": 25},
    {"code": "capability", "label": "承担单位能力", "max": 20},
]


def scoring(
    items: list[dict[str, Any]] | None = None, *, blind: bool, due_working_days: int = 10
) -> dict[str, Any]:
    """A scoring sheet with its review settings: blind or open, the experts' working days to
    score, and how the totals are aggregated (apps/programmes/scoring.py)."""
    return {
        "items": [dict(i) for i in (items or SCORING_ITEMS)],
        "blind": blind,
        "due_working_days": due_working_days,
        "aggregation": dict(AGGREGATION),
    }


def new_product() -> dict[str, Any]:
    """省新产品开发计划: 立项 → 试产 → 验收, then 优秀新产品 / 赣出精品, then follow-up."""
    return {
        "form": {
            "sections": [
                {
                    "title": "基本情况",
                    "fields": [
                        {
                            "name": "product",
                            "label": "新产品名称",
                            "type": "text",
                            "required": True,
                            "max_length": 100,
                        },
                        {
                            "name": "field",
                            "label": "技术领域",
                            "type": "choice",
                            "required": True,
                            "choices": [
                                "电子信息",
                                "装备制造",
                                "新材料",
                                "生物医药",
                                "新能源",
                                "现代农业",
                                "其他",
                            ],
                        },
                        {
                            "name": "start",
                            "label": "计划开始日期",
                            "type": "date",
                            "required": True,
                        },
                        {"name": "end", "label": "计划完成日期", "type": "date", "required": True},
                    ],
                },
                {
                    "title": "经费与效益",
                    "fields": [
                        {
                            "name": "budget",
                            "label": "总投资（万元）",
                            "type": "number",
                            "required": True,
                            "min": 10,
                            "max": 100000,
                        },
                        {
                            "name": "rd_ratio",
                            "label": "研发投入占营业收入比例（%）",
                            "type": "number",
                            "required": True,
                            "min": 0,
                            "max": 100,
                        },
                        {
                            "name": "expected_sales",
                            "label": "预计新增销售收入（万元）",
                            "type": "number",
                            "min": 0,
                            "max": 10000000,
                        },
                    ],
                },
                {
                    "title": "项目内容",
                    "fields": [
                        {
                            "name": "summary",
                            "label": "技术内容与创新点",
                            "type": "textarea",
                            "required": True,
                            "max_length": 5000,
                        },
                        TEAM,
                    ],
                },
            ]
        },
        "attachments": [
            attachment("plan", "项目可行性报告（PDF）", mb=20),
            attachment("license", "营业执照（PDF或图片）", kinds=("pdf", "png", "jpeg")),
            attachment("other", "其他证明材料", required=False, count=5),
        ],
        "stages": [
            county(),
            city(),
            formal(),
            review(),
            approval("拟立项"),
            publicity("正式立项"),
            applicant_stage("trial", "试产报告", MIDTERM, more_actions=[CHANGE_REQUEST]),
            check_stage("trial_check", "试产检查", "trial"),
            *execution("验收")[2:],
            {
                "code": "excellence",
                "name": "优秀新产品 / 赣出精品评选",
                "actor": "province",
                "withdrawable": False,
                "actions": [
                    _a("excellent", "评为优秀新产品", "record", needs_reason=True),
                    _a("jingpin", "入选赣出精品", "record", needs_reason=True),
                    _a("to_followup", "转入跟踪调查"),
                ],
            },
            applicant_stage("followup", "跟踪调查", FOLLOWUP),
        ],
        "eligibility": {"kinds": ["enterprise"]},
        "quotas": {
            "360100": 30,
            "360200": 10,
            "360300": 10,
            "360400": 20,
            "360500": 10,
            "360600": 10,
            "360700": 25,
            "360800": 15,
            "360900": 15,
            "361000": 10,
            "361100": 15,
        },
        "scoring": scoring(blind=False),
    }


def tech_centre() -> dict[str, Any]:
    """省级企业技术中心认定: 申报 → 县/市推荐 → 评价 → 认定 → 半年快报."""
    return {
        "form": {
            "sections": [
                {
                    "title": "技术中心基本情况",
                    "fields": [
                        {
                            "name": "centre_name",
                            "label": "技术中心名称",
                            "identifying": True,
                            "type": "text",
                            "required": True,
                            "max_length": 100,
                        },
                        {
                            "name": "revenue",
                            "label": "上年度营业收入（万元）",
                            "type": "number",
                            "required": True,
                            "min": 0,
                            "max": 100000000,
                        },
                        {
                            "name": "rd_spend",
                            "label": "上年度研发经费支出（万元）",
                            "type": "number",
                            "required": True,
                            "min": 0,
                            "max": 10000000,
                        },
                        {
                            "name": "rd_staff",
                            "label": "研发人员数（人）",
                            "type": "number",
                            "required": True,
                            "min": 10,
                            "max": 100000,
                        },
                        {
                            "name": "patents",
                            "label": "有效发明专利（件）",
                            "type": "number",
                            "required": True,
                            "min": 0,
                            "max": 100000,
                        },
                    ],
                },
                {
                    "title": "建设规划",
                    "fields": [
                        {
                            "name": "plan",
                            "label": "技术中心建设规划",
                            "type": "textarea",
                            "required": True,
                            "max_length": 8000,
                        },
                    ],
                },
            ]
        },
        "attachments": [
            attachment("report", "企业技术中心评价材料（PDF）", mb=30),
            attachment("audit", "上年度财务审计报告（PDF）", mb=30),
        ],
        "stages": [
            county(),
            city(),
            formal(),
            review("专家评价"),
            approval("拟认定", amount=False),
            publicity("正式认定"),
            applicant_stage(
                "operating",
                "运行（半年快报）",
                [
                    {
                        "name": "half_year",
                        "label": "报告期",
                        "type": "text",
                        "required": True,
                        "max_length": 20,
                    },
                    {
                        "name": "rd_spend_half",
                        "label": "本期研发经费（万元）",
                        "type": "number",
                        "required": True,
                        "min": 0,
                        "max": 10000000,
                    },
                ],
                more_actions=[_a("half_year_report", "报送半年快报", "record")],
            ),
            check_stage("operating_check", "运行评价", "operating", passed="评价合格"),
        ],
        "eligibility": {"kinds": ["enterprise"], "sizes": ["large", "medium", "small"]},
        "quotas": {"360100": 12, "360700": 8, "360400": 8},
        "scoring": scoring(
            [
                {"code": "input", "label": "创新投入", "max": 30},
                {"code": "output", "label": "创新产出", "max": 40},
                {"code": "system", "label": "创新体系与能力建设", "max": 30},
            ],
            blind=False,
        ),
    }


def challenge() -> dict[str, Any]:
    """产业关键共性技术攻关（揭榜挂帅）: a bid answers one published challenge (the challenge is
    the application's `challenge`, its partner organisations are `BidPartner`s); the award stage
    picks one team or, for a 赛马 challenge, several; milestone gates release the payments."""
    return {
        "form": {
            "sections": [
                {
                    "title": "揭榜方案",
                    "fields": [
                        {
                            "name": "approach",
                            "label": "技术路线与攻关方案",
                            "type": "textarea",
                            "required": True,
                            "max_length": 8000,
                        },
                        {
                            "name": "budget",
                            "label": "总预算（万元）",
                            "type": "number",
                            "required": True,
                            "min": 50,
                            "max": 50000,
                        },
                        {
                            "name": "milestones",
                            "label": "拟定里程碑节点（考核内容、时间、拨款比例）",
                            "type": "textarea",
                            "required": True,
                            "max_length": 3000,
                        },
                        TEAM,
                    ],
                },
            ]
        },
        "attachments": [attachment("proposal", "揭榜方案书（PDF）", mb=30)],
        "stages": [
            formal(),
            review("专家评审（择优或赛马）"),
            {
                "code": "award",
                "name": "揭榜评定",
                "actor": "province",
                "withdrawable": False,
                "actions": [
                    _a(
                        "pick",
                        "选定为揭榜方（拟支持）",
                        needs_amount=True,
                        check_blacklist=True,
                        pick=True,
                    ),
                    _a("not_picked", "未入选", "reject"),
                ],
            },
            publicity("正式立项"),
            {
                "code": "execution",
                "name": "里程碑执行（考核拨款）",
                "actor": "province",
                "milestones": True,
                "withdrawable": False,
                "actions": [
                    _a("to_acceptance", "里程碑全部通过，进入验收"),
                    _a("race_out", "赛马择优未胜出，终止攻关", "reject", race_only=True),
                    _a("approve_change", "同意变更", "record", needs_reason=True),
                ],
            },
            *execution("验收")[2:],
        ],
        "eligibility": {"kinds": ["enterprise", "university", "institute"]},
        "quotas": {},
        "scoring": scoring(blind=True),
    }


def key_lab() -> dict[str, Any]:
    """省重点实验室建设: 申报 → 评审 → 建设期 → 验收."""
    return {
        "form": {
            "sections": [
                {
                    "title": "实验室情况",
                    "fields": [
                        {
                            "name": "lab_name",
                            "label": "实验室名称",
                            "type": "text",
                            "required": True,
                            "max_length": 100,
                        },
                        {
                            "name": "direction",
                            "label": "主要研究方向",
                            "type": "textarea",
                            "required": True,
                            "max_length": 3000,
                        },
                        {
                            "name": "area",
                            "label": "科研用房面积（平方米）",
                            "type": "number",
                            "required": True,
                            "min": 500,
                            "max": 1000000,
                        },
                        {
                            "name": "equipment",
                            "label": "仪器设备原值（万元）",
                            "type": "number",
                            "required": True,
                            "min": 0,
                            "max": 1000000,
                        },
                        TEAM,
                    ],
                },
            ]
        },
        "attachments": [attachment("plan", "建设方案（PDF）", mb=30)],
        "stages": [
            city(),
            formal(),
            review(),
            approval("拟批准建设"),
            publicity("批准建设"),
            *execution("建设期满验收"),
        ],
        "eligibility": {"kinds": ["university", "institute", "enterprise"]},
        "quotas": {"360100": 10},
        "scoring": scoring(blind=False),
    }


def research_project() -> dict[str, Any]:
    """科技计划项目: applications against a guide built from the demand reserve."""
    config = new_product()
    # The guide direction answered is the application's `direction` (chosen from the guide
    # built from the reserve), not a typed field.
    config["form"]["sections"][0]["fields"][0] = {
        "name": "product",
        "label": "项目研究内容概要",
        "type": "text",
        "required": True,
        "max_length": 100,
    }
    config["stages"] = [
        county(),
        city(),
        formal(),
        review(),
        approval("拟立项"),
        publicity(),
        *execution(),
    ]
    config["eligibility"] = {"kinds": ["enterprise", "university", "institute"]}
    config["scoring"] = scoring(blind=True)  # 网评: reviewers do not know the applicant
    return config


def demand_reserve() -> dict[str, Any]:
    """项目需求征集: needs collected from industry into the reserve (项目需求储备库)."""
    return {
        "form": {
            "sections": [
                {
                    "title": "技术需求",
                    "fields": [
                        {
                            "name": "need",
                            "label": "需求名称",
                            "type": "text",
                            "required": True,
                            "max_length": 100,
                        },
                        {
                            "name": "problem",
                            "label": "需解决的关键技术问题",
                            "type": "textarea",
                            "required": True,
                            "max_length": 5000,
                        },
                        {
                            "name": "budget",
                            "label": "拟投入资金（万元）",
                            "type": "number",
                            "min": 0,
                            "max": 100000,
                        },
                    ],
                }
            ]
        },
        "attachments": [],
        "stages": [
            city(days=None),
            {
                "code": "vet",
                "name": "审核入库",
                "actor": "province",
                "actions": [
                    _a("accept", "纳入需求储备库", "complete"),
                    _a("reject", "不予入库", "reject"),
                ],
            },
        ],
        "eligibility": {},
        "quotas": {},
        "scoring": {},
    }


PROGRAMME_TYPES: list[tuple[str, str, str, Any]] = [
    (
        "new-product",
        "省新产品开发计划",
        "立项 → 试产 → 验收，评选优秀新产品、赣出精品，跟踪产业化情况。",
        new_product,
    ),
    (
        "tech-centre",
        "省级企业技术中心认定",
        "县市推荐、专家评价、认定，认定后报送半年快报。",
        tech_centre,
    ),
    (
        "challenge",
        "产业关键共性技术攻关（揭榜挂帅）",
        "发布榜单，揭榜方（企业与高校院所团队）揭榜，择优或赛马，里程碑考核拨款，验收。",
        challenge,
    ),
    ("key-lab", "省重点实验室建设", "申报、评审、建设期、验收。", key_lab),
    (
        "research",
        "科技计划项目",
        "从项目需求储备库遴选需求编制指南方向，按方向申报，需求—方向—项目可追溯。",
        research_project,
    ),
    (
        "demand",
        "项目需求征集（需求储备库）",
        "面向产业征集技术需求，审核后纳入项目需求储备库，用于编制指南。",
        demand_reserve,
    ),
]
