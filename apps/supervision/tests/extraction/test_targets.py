"""Quantitative targets (targets.py) — conventions in decision 0005."""

from __future__ import annotations

import pytest

from apps.supervision.extraction.targets import find_targets


def _one(text: str) -> dict:
    targets = find_targets(text)
    assert len(targets) == 1, targets
    return targets[0].as_dict()


@pytest.mark.parametrize(
    ("text", "kind", "comparator", "value", "unit"),
    [
        ("新增省级技术中心100家以上", "increment", ">=", 100, "家"),
        ("技术合同成交额突破1800亿元", "level", ">", 1800, "亿元"),
        ("研发经费投入强度达到1.9%", "level", ">=", 1.9, "%"),
        ("园区R&D投入占GDP比重达4.6%以上", "level", ">=", 4.6, "%"),
        ("新增5G基站1万个以上", "increment", ">=", 10000, "个"),
        ("宽带用户达到2700万户", "level", ">=", 27000000, "户"),
        ("高新技术产业增加值占规上工业增加值比重达到42%", "level", ">=", 42, "%"),
        ("有研发活动的企业占比不低于50%", "level", ">=", 50, "%"),
        ("评审周期控制在30天以内", "level", "<=", 30, "天"),
        ("高新技术企业超过2000家", "level", ">", 2000, "家"),
        ("每年组织实施重大科技专项5项左右", "level", "=", 5, "项"),
        ("遴选三家科技领军企业", "level", "=", 3, "家"),
        ("引进研发团队十个以上", "increment", ">=", 10, "个"),
        ("推动科技项目申请专利30余项", "level", ">", 30, "项"),
        ("孵化企业整体营收1000万元以上", "level", ">=", 1000, "万元"),
        ("市本级财政科技投入增长10%以上", "increment", ">=", 10, "%"),
        ("研发投入强度提高到2.5%", "level", ">=", 2.5, "%"),
        ("提高0.2个百分点", "increment", "=", 0.2, "个百分点"),
        ("接入部门数据超过1亿条", "level", ">", 100000000, "条"),
        ("高层次科技人才达到20万人", "level", ">=", 200000, "人"),
        ("不良贷款率低于2%", "level", "<", 2, "%"),
        ("技术合同成交额1,200亿元", "level", "=", 1200, "亿元"),
    ],
)
def test_target_readings(text: str, kind: str, comparator: str, value: float, unit: str) -> None:
    target = _one(text)
    assert (target["kind"], target["comparator"], target["value"], target["unit"]) == (
        kind,
        comparator,
        value,
        unit,
    )
    assert target["text"] == text


def test_range_has_a_max() -> None:
    target = _one("培育组建3-5家省级制造业创新中心")
    assert (target["comparator"], target["value"], target["max"]) == (">=", 3, 5)
    assert target["subject"] == "省级制造业创新中心"
    assert _one("新建示范工厂3至5家")["max"] == 5


def test_subjects() -> None:
    assert _one("力争新增省级技术中心100家以上")["subject"] == "省级技术中心"
    assert _one("技术合同成交额突破110亿元")["subject"] == "技术合同成交额"
    assert _one("组建45家市级重点实验室")["subject"] == "市级重点实验室"


@pytest.mark.parametrize(
    "text",
    [
        "开展第25批省级技术中心申报",
        "2022年是党的二十大召开之年",
        "落实《行动方案(2021-2023年)》",
        "贯彻洪发〔2018〕8号文件",
        "推动营业收入3亿元以上工业企业研发机构全覆盖",
        "实施“十四五”规划,省市区三级联动",
        "加快组建一批省级产业技术研究院,打造一个平台",
        "实施新品精品“三百”计划,一企一策",
        "推进5G网络和4+4+X产业布局",
        "每季度调度一次",
        "力争在2022世界VR产业大会前取得进展",
        "每万人口高价值发明专利",
        "评估结果分为优秀、良好、合格和不合格四个等次",
        "项目分成3类",
    ],
)
def test_not_targets(text: str) -> None:
    assert find_targets(text) == []


def test_several_targets_in_one_sentence() -> None:
    targets = find_targets("引进和培养高层次科技创新人才20名、高层次科技创新团队20个")
    assert [(t.value, t.unit, t.kind) for t in targets] == [
        (20, "名", "increment"),
        (20, "个", "increment"),
    ]
    assert targets[1].subject == "高层次科技创新团队"


def _triples(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text)]


def test_unit_written_once_for_a_list_of_figures() -> None:
    assert _triples("带动新增销售收入2000亿、利税300亿元以上") == [
        (2000, "亿元", ">="),
        (300, "亿元", ">="),
    ]


def test_one_verb_for_two_figures() -> None:
    assert _triples("比重分别达到40%和25%") == [(40, "%", ">="), (25, "%", ">=")]
    assert _triples("专利申请量和授权量分别达到10万件和6万件") == [
        (100000, "件", ">="),
        (60000, "件", ">="),
    ]


def test_share_of_a_group_is_a_target_but_a_qualifier_is_not() -> None:
    assert _triples("确保95%以上的项目需求来源于产业一线") == [(95, "%", ">=")]
    assert _triples("对研发投入增长20%以上的企业给予奖励") == []


def test_policy_rules_and_quoted_names_are_not_targets() -> None:
    assert _triples("奖励资金不超过50万元") == []
    assert _triples("构建“1个省级中心,M个市级中心”的网络") == []
    assert _triples("县财政每年安排科技专项资金不低于800万元") == [(800, "万元", ">=")]


def test_comparator_after_the_noun_and_the_size_of_a_fund() -> None:
    pilots = find_targets("试点范围扩大至30家单位以上")
    assert [(t.comparator, t.value, t.unit) for t in pilots] == [(">=", 30, "家")]
    fund = find_targets("设立规模不低于50亿元的科技成果转化引导基金")
    assert [(t.comparator, t.value, t.unit) for t in fund] == [(">=", 50, "亿元")]
    assert find_targets("支持营业收入超过3亿元的企业建设研发机构") == []


def test_a_cap_per_project_is_a_rule_not_a_target() -> None:
    found = find_targets("组织实施市级重大科技专项20项,每项支持不超过300万元。")
    assert [(t.comparator, t.value, t.unit) for t in found] == [("=", 20, "项")]


def test_a_rank_within_the_first_n_and_at_least_before_a_verb() -> None:
    rank = find_targets("推动高新区综合排名进位赶超,进入全国前80位。")
    assert [(t.comparator, t.value, t.unit) for t in rank] == [("<=", 80, "位")]
    teams = find_targets("每个县(市、区)至少组建1个科技特派团")
    assert [(t.comparator, t.value, t.unit) for t in teams] == [(">=", 1, "个")]


def test_the_starting_point_of_a_change_is_not_a_target() -> None:
    found = find_targets("高新技术企业数量由2024年的520家增加到600家,入库数量从300家增加到380家")
    assert [(t.comparator, t.value, t.unit) for t in found] == [
        (">=", 600, "家"),
        (">=", 380, "家"),
    ]


def test_a_floor_before_the_verb_and_a_cap_on_support_funds() -> None:
    visits = find_targets("每月至少走访企业10家")
    assert [(t.comparator, t.value, t.unit) for t in visits] == [(">=", 10, "家")]
    capped = find_targets("实施“揭榜挂帅”项目5项,财政支持资金不超过500万元。")
    assert [(t.comparator, t.value, t.unit) for t in capped] == [("=", 5, "项")]


def test_an_indicator_table_gives_the_target_column_not_the_baseline() -> None:
    from apps.supervision.extraction.targets import indicator_table_targets

    text = """2025年主要指标如下表。
序号\t指标名称\t单位\t2024年完成值\t2025年目标值
1\t研发经费投入强度\t%\t1.62\t1.8
2\t高新技术企业数量\t万家\t0.52\t≥0.6
"""
    targets, rest = indicator_table_targets(text)
    assert [(t.subject, t.comparator, t.value, t.unit) for t in targets] == [
        ("研发经费投入强度", "=", 1.8, "%"),
        ("高新技术企业数量", ">=", 6000, "家"),
    ]
    assert "1.62" not in rest
    single, _ = indicator_table_targets("1\t研发经费投入强度\t%\t1.62\t1.8")
    assert single == []  # one row is not a table


def test_widening_to_a_figure_reaches_it() -> None:
    found = find_targets("赋权改革试点单位扩大至15家")
    assert [(t.comparator, t.value, t.unit) for t in found] == [(">=", 15, "家")]


def test_a_total_to_pay_out_is_a_target_but_a_cap_per_recipient_is_not() -> None:
    found = find_targets(
        "对新认定的高新技术企业,每家奖励不超过20万元;全年兑现科技奖补资金1500万元。"
    )
    assert [(t.comparator, t.value, t.unit) for t in found] == [("=", 1500, "万元")]


def test_a_range_with_its_unit_written_twice() -> None:
    found = find_targets("全年新增贷款投放5亿元—8亿元,建设平台3个至5个。")
    assert [(t.comparator, t.value, t.unit, t.maximum) for t in found] == [
        (">=", 5, "亿元", 8),
        (">=", 3, "个", 5),
    ]


def test_doubling_is_two_times() -> None:
    found = find_targets("科技型中小企业入库数量翻一番,技术合同成交额实现翻两番以上。")
    assert [(t.comparator, t.value, t.unit, t.kind) for t in found] == [
        ("=", 2, "倍", "increment"),
        (">=", 4, "倍", "increment"),
    ]


def test_household_visits_are_a_unit() -> None:
    found = find_targets("服务农户5万户次")
    assert [(t.value, t.unit) for t in found] == [(50000, "户次")]


def test_a_round_sum_of_money_in_words() -> None:
    found = find_targets("带动企业研发投入突破百亿元,打造千亿级产业集群,形成数百亿元规模。")
    assert [(t.comparator, t.value, t.unit) for t in found] == [(">", 100, "亿元")]


def test_tenths_and_a_magnitude_with_more_than() -> None:
    from apps.supervision.extraction.normalize import normalize_text

    text = normalize_text(
        "新增示范机构三成以上来自企业,转化比例超过五成,登记1万余项,完成目标一成不变。"
    )
    assert [(t.comparator, t.value, t.unit) for t in find_targets(text)] == [
        (">=", 30, "%"),
        (">", 50, "%"),
        (">", 10000, "项"),
    ]


def test_shortened_to_is_at_most() -> None:
    found = find_targets("企业开办时间压缩至1个工作日,评价周期缩短至15个工作日。")
    assert [(t.comparator, t.value, t.unit) for t in found] == [
        ("<=", 1, "个工作日"),
        ("<=", 15, "个工作日"),
    ]


def test_reaching_a_multiple_of_last_year() -> None:
    found = find_targets("新型储能装机规模达到上年的1.2倍。")
    assert [(t.comparator, t.value, t.unit) for t in found] == [(">=", 1.2, "倍")]


def test_a_sum_paid_out_before_its_purpose_is_a_target_beside_a_cap() -> None:
    text = "统筹专项资金,安排资金3亿元支持试点城市,对单个项目的补助最高不超过200万元。"
    found = find_targets(text)
    assert [(t.comparator, t.value, t.unit) for t in found] == [("=", 3, "亿元")]
    # a figure describing what follows is still no target (营业收入3亿元以上工业企业)
    assert find_targets("支持营业收入3亿元以上工业企业开展技术改造。") == []


def test_a_floor_on_the_funds_a_task_spends_is_a_target_but_a_cap_per_project_is_not() -> None:
    target = _one("实施县级科技计划项目，财政支持资金不少于400万元")
    assert (target["comparator"], target["value"], target["unit"]) == (">=", 400, "万元")
    assert find_targets("每项支持资金不超过200万元") == []
    assert find_targets("每个项目支持资金不少于50万元") == []


def test_a_rank_qualifying_who_is_paid_is_not_a_target() -> None:
    assert find_targets("对上年度研发投入增量前20名的企业给予后补助") == []
    assert _one("力争进入全国前80位")["comparator"] == "<="


def test_a_cap_per_recipient_is_no_target_beside_the_total_paid_out() -> None:
    targets = find_targets("给予一次性奖励，每家不超过100万元，全年兑现奖补资金800万元")
    assert [(t.value, t.unit) for t in targets] == [(800, "万元")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("年度采购不少于10台套", 10, "台套"),
        ("年内发布推广目录不少于2批", 2, "批"),
        ("发放宣传资料5000份", 5000, "份"),
        ("开展流动科技馆巡展6站", 6, "站"),
        ("推广智能农机装备200台(套)", 200, "台（套）"),
    ],
)
def test_more_count_units(text: str, value: int, unit: str) -> None:
    target = _one(text)
    assert (target["value"], target["unit"]) == (value, unit)


def test_a_floor_governs_a_longer_verb_phrase() -> None:
    target = _one("每个县（市、区）至少引进海外高层次人才团队1个")
    assert (target["comparator"], target["value"]) == (">=", 1)


def test_a_sections_weight_in_points_is_no_target() -> None:
    assert find_targets("创新主体培育（30分）") == []
    # a score to reach still is one
    assert [(t.value, t.unit) for t in find_targets("综合评价得分达到85分以上")] == [(85, "分")]


def test_a_share_the_policy_grants_is_no_target() -> None:
    text = (
        "可从净收入中提取不低于70%的比例用于奖励成果完成人；"
        "对贷款损失按不超过40%的比例给予风险补偿；贷款余额突破100亿元。"
    )
    assert [(t.value, t.unit) for t in find_targets(text)] == [(100, "亿元")]
    assert [t.value for t in find_targets("有研发活动的企业占比达到45%")] == [45]


def test_figures_describing_who_are_no_targets() -> None:
    # round 41: two joined qualifiers, and a rank naming the firms served
    assert find_targets("遴选一批营业收入5亿元以上、研发投入强度3%以上的骨干企业") == []
    assert find_targets("对研发投入前500名企业实行“一企一策”精准服务") == []
    assert [t.value for t in find_targets("进入全国前80位")] == [80]


def test_a_to_a_level_verb_with_its_object_before_the_figure() -> None:
    (target,) = find_targets("扩大试点单位范围至30家")
    assert (target.comparator, target.value) == (">=", 30)
    (target,) = find_targets("审批时限压缩至15个工作日")
    assert target.comparator == "<="


def test_person_years_count() -> None:
    (target,) = find_targets("研发人员全时当量达到12.5万人年")
    assert (target.value, target.unit) == (125000, "人年")
