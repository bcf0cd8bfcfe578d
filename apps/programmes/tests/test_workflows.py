"""The workflow engine alone (no database): who may do what at which stage."""

from __future__ import annotations

from apps.programmes import presets
from apps.programmes.choices import ApplicationStatus
from apps.programmes.workflows import Standing, Workflow, validate

FLOW = Workflow.parse(presets.new_product()["stages"])
COUNTY = Standing(actor="county", in_region=True)
COUNTY_ELSEWHERE = Standing(actor="county", in_region=False)
APPLICANT = Standing(actor="applicant", in_region=True)
PROVINCE = Standing(actor="province", in_region=True)


def codes(actions):
    return [a.code for a in actions]


def test_county_officer_of_the_applicants_county_may_recommend_or_return():
    allowed = FLOW.allowed(status="active", stage_code="county", standing=COUNTY)
    assert codes(allowed) == ["recommend", "return"]


def test_county_officer_elsewhere_and_province_may_not_act_at_county_stage():
    assert FLOW.allowed(status="active", stage_code="county", standing=COUNTY_ELSEWHERE) == []
    assert FLOW.allowed(status="active", stage_code="county", standing=PROVINCE) == []


def test_applicant_may_only_withdraw_before_approval_and_nothing_after():
    assert codes(FLOW.allowed(status="active", stage_code="county", standing=APPLICANT)) == [
        "withdraw"
    ]
    assert FLOW.allowed(status="active", stage_code="approval", standing=APPLICANT) == []


def test_nothing_is_allowed_in_terminal_or_editable_states():
    for status in ApplicationStatus.values:
        if status != "active":
            assert FLOW.allowed(status=status, stage_code="county", standing=COUNTY) == []


def test_county_stage_is_skipped_for_applicants_directly_under_a_city():
    assert FLOW.first(has_county=False).code == "city"
    assert FLOW.first(has_county=True).code == "county"


def test_forward_goes_to_the_next_stage_and_the_last_one_completes():
    recommend = FLOW.by_code["county"].actions[0]
    assert FLOW.outcome(stage_code="county", action=recommend, has_county=True) == (
        "active",
        "city",
    )
    last = FLOW.stages[-1]
    assert FLOW.outcome(stage_code=last.code, action=last.actions[0], has_county=True) == (
        "completed",
        last.code,
    )


def test_every_preset_is_valid_and_validation_names_problems_in_chinese():
    for _, _, _, build in presets.PROGRAMME_TYPES:
        assert validate(build()) == []
    broken = {"stages": [{"code": "a", "name": "甲", "actor": "nobody", "actions": []}]}
    assert any("办理人" in e for e in validate(broken))
    assert validate({"stages": []}) == ["至少需要一个办理环节。"]


def test_validation_names_the_field_stage_attachment_and_item_that_is_wrong():
    config = presets.new_product()
    field = config["form"]["sections"][0]["fields"][0]
    field.update(name="新 产品", min=10, max=5)
    config["stages"][0]["due_working_days"] = -3
    config["stages"][0]["actions"].append(dict(config["stages"][0]["actions"][0]))
    config["attachments"][0].update(max_mb=0, kinds=["pdf", "exe"])
    config["quotas"] = {"360100": -1, "360200": 2.5}
    config["scoring"]["items"][0]["max"] = "三十"
    config["eligibility"] = {"kinds": ["enterprise", "alien"]}
    errors = validate(config)
    label = field["label"]
    expected = [
        f"申报表字段“{label}”的编码须为字母开头的字母、数字、下划线（40 字以内）。",
        f"申报表字段“{label}”的最小值大于最大值。",
        "第 1 个环节“县级推荐”的办理时限须为正整数。",
        "第 1 个环节“县级推荐”的操作编码“recommend”重复。",
        "第 1 项附件要求“项目可行性报告（PDF）”的格式“exe”不受支持。",
        "第 1 项附件要求“项目可行性报告（PDF）”的大小上限须为正数。",
        "申报条件中的单位类型“alien”无效。",
        "地区 360100 的推荐名额须为不小于 0 的整数。",
        "地区 360200 的推荐名额须为不小于 0 的整数。",
        "第 1 个评分项“技术创新性”的满分须为正数。",
    ]
    for message in expected:
        assert message in errors, (message, errors)
    assert len(errors) == len(expected), errors
