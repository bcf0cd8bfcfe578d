"""Deadline normalisation (deadlines.py) — the table of readings is in its docstring."""

from __future__ import annotations

import pytest

from apps.supervision.extraction.deadlines import (
    document_year,
    find_deadline,
    normalize_deadline,
)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("2024年底前", "2024-12-31"),
        ("2024年年底前", "2024-12-31"),
        ("2025年底前", "2025-12-31"),
        ("2024年12月底前", "2024-12-31"),
        ("6月底前", "2024-06-30"),
        ("2月底", "2024-02-29"),
        ("2024年6月前", "2024-05-31"),
        ("2024年6月15日前", "2024-06-15"),
        ("2023年9月", "2023-09-30"),
        ("年内", "2024-12-31"),
        ("年底前", "2024-12-31"),
        ("上半年", "2024-06-30"),
        ("第三季度", "2024-09-30"),
        ("一季度末", "2024-03-31"),
        ("2023年", "2023-12-31"),
        ("2022-2024年", "2024-12-31"),
        ("长期", "ongoing"),
        ("长期坚持", "ongoing"),
        ("持续推进", "ongoing"),
        ("每季度", "ongoing"),
        ("", None),
        ("按要求", None),
        # two limits in one cell: the later (round 49's 启动 / 完成, round 54's 调研 / 建成)
        ("2024年6月底前启动,2027年底前完成", "2027-12-31"),
        ("上半年完成调研摸底,年底前建成", "2024-12-31"),
    ],
)
def test_normalize(written: str, normalised: str | None) -> None:
    assert normalize_deadline(written, 2024) == normalised


def test_without_a_year_month_deadlines_are_yearless_iso() -> None:
    assert normalize_deadline("6月底前", None) == "--06-30"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("年内完成研究院注册并投入运行", "2024-12-31"),
        ("2025年底前组建2个以上", "2025-12-31"),
        ("2024年9月底前完成摸底", "2024-09-30"),
        ("第三季度完成专场活动", "2024-09-30"),
        ("2024年6月底前完成首批发布,2024年10月底前完成第二批", "2024-10-31"),
        ("到2026年,全市高新技术企业达到150家", None),
        ("力争在2022世界VR产业大会前取得实质性进展", None),
        ("持续推进科技创新平台建设", None),
        ("近年内取得明显成效", None),
        ("7月中旬前完成项目立项，第三季度开工建设", "2024-09-30"),
        ("每半年对各地各部门任务推进情况进行调度通报", "ongoing"),
        ("开展绩效评价，每年评价一次", "ongoing"),
        ("请各单位于每月5日前将上月进展报送办公室", "ongoing"),
        ("总结评估阶段(2026年7月—12月)。开展评估。", "2026-12-31"),
        ("建立联系服务制度，常态化开展走访慰问", "ongoing"),
        ("按季度报送海外引才引智工作进展", "ongoing"),
    ],
)
def test_find_in_text(text: str, deadline: str | None) -> None:
    assert find_deadline(text, 2024) == deadline


def test_document_year() -> None:
    assert document_year("2024年南昌市科技创新工作要点", "") == 2024
    assert document_year("三年行动方案(2020-2022年)", "") == 2020
    assert document_year("", "2023年……2023年……2022年") == 2023
    assert document_year("", "没有年份") is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("全年入库科技型中小企业不少于50家。(2024年6月)", "2024-06-30"),
        ("入驻企业20家以上。(2025年12月)", "2025-12-31"),
        ("落实《行动方案(2021-2023年)》", None),
        ("到2025年底,科技贷款余额突破50亿元", None),
        ("年内引进高层次人才50名以上", "2024-12-31"),
        ("3年内建成", None),
    ],
)
def test_more_readings_in_text(text: str, deadline: str | None) -> None:
    assert find_deadline(text, 2024) == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("实现重点村全覆盖,此项工作长期坚持。", "ongoing"),
        ("扩大赋权改革试点范围,持续推进。", "ongoing"),
        ("每季度召开一次科技创新工作调度会", "ongoing"),
        ("市财政每年安排科技专项资金不少于3亿元", "ongoing"),
        ("组织企业参加人才对接活动,每季度不少于1次", "ongoing"),
        ("持续推进科技创新平台建设", None),  # a verb, not a standing task
        ("每年新增入库企业不少于50家", None),  # a yearly quota, not a recurring meeting
        ("2024年6月底前完成首批发布,每季度调度一次", "2024-06-30"),  # a limit wins
    ],
)
def test_standing_and_recurring_tasks_are_ongoing(text: str, deadline: str | None) -> None:
    assert find_deadline(text, 2024) == deadline


def test_a_limit_before_the_document_year_is_a_condition() -> None:
    text = "2022年12月31日前认定、运行满2年的省级重点实验室。"
    assert find_deadline(text, 2025) is None
    assert find_deadline(text, 2022) == "2022-12-31"


def test_a_routine_task_is_ongoing_but_a_routine_sub_point_is_not() -> None:
    assert find_deadline("常态化开展人才服务“一站式”办理。", 2025) == "ongoing"
    text = "激发转化活力。(1)优化激励机制。(2)常态化组织成果对接、路演等活动。"
    assert find_deadline(text, 2025) is None


def test_a_task_held_at_intervals_is_ongoing() -> None:
    assert find_deadline("定期开展科技政策宣讲,全年不少于6场。", 2025) == "ongoing"
    assert find_deadline("建立定期会商机制。", 2025) is None


def test_paced_work_is_ongoing() -> None:
    assert normalize_deadline("按月推进", 2025) == "ongoing"
    assert normalize_deadline("按季度调度", 2025) == "ongoing"


def test_parts_of_a_month() -> None:
    assert find_deadline("2025年7月中旬前完成研究院注册", 2025) == "2025-07-20"
    assert normalize_deadline("7月上旬", 2025) == "2025-07-10"
    assert normalize_deadline("7月下旬", 2025) == "2025-07-31"


def test_a_phase_with_a_span_of_months_ends_with_its_last_month() -> None:
    assert find_deadline("组织实施阶段(2025年4月—10月)。按照任务分工抓好落实。", 2025) == (
        "2025-10-31"
    )


def test_mid_year() -> None:
    assert find_deadline("建设研究院,2025年年中完成注册。", 2025) == "2025-06-30"
    assert normalize_deadline("年中", 2025) == "2025-06-30"
    assert find_deadline("筹备2025年中国科技大会", 2025) is None


@pytest.mark.parametrize(
    ("cell", "deadline"),
    [
        ("2025.6.30", "2025-06-30"),
        ("2025/12/31", "2025-12-31"),
        ("2025-12-31", "2025-12-31"),
        ("2025.10", "2025-10-31"),
        ("12.31前", "2025-12-31"),
        ("3.5%", None),
        ("2022-2024年", "2024-12-31"),
    ],
)
def test_spreadsheet_dates(cell: str, deadline: str | None) -> None:
    assert normalize_deadline(cell, 2025) == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("建设孵化器1个,本年度内投入运营。", "2025-12-31"),
        ("今年底前完成主体工程。", "2025-12-31"),
        ("技术合同登记额达到1亿元,2025年度完成。", "2025-12-31"),
        ("组织对接会2场,明年一季度完成项目签约。", "2026-03-31"),
        ("今年新增高新技术企业4家。", None),
    ],
)
def test_deadlines_relative_to_the_document_year(text: str, deadline: str | None) -> None:
    assert find_deadline(text, 2025) == deadline


def test_a_task_advanced_quarter_by_quarter_is_ongoing() -> None:
    assert find_deadline("开展科技特派员服务,按季度推进。", 2025) == "ongoing"
    assert find_deadline("按季度推进项目建设,2025年9月底前完成。", 2025) == "2025-09-30"


def test_a_span_of_months_in_running_text_ends_with_its_last_month() -> None:
    assert find_deadline("建设茶产业科技创新中心,2025年6月至12月分步实施。", 2025) == "2025-12-31"
    assert find_deadline("4月至6月开展集中走访。", 2025) == "2025-06-30"


def test_a_date_the_work_is_done_by() -> None:
    assert find_deadline("登记1万余项,于2025年11月30日完成年度统计。", 2025) == "2025-11-30"
    assert find_deadline("新增示范机构。12月中下旬完成认定。", 2025) == "2025-12-31"
    assert find_deadline("2025年11月30日,全市技术合同登记额达到120亿元。", 2025) is None


def test_a_span_of_years_worked_through_ends_with_its_last_year() -> None:
    assert find_deadline("实施重大科技专项10项,2025—2027年滚动推进。", 2025) == "2027-12-31"


def test_dates_in_chinese_numerals() -> None:
    from apps.supervision.extraction import extract
    from apps.supervision.extraction.normalize import normalize_text

    assert normalize_text("于二〇二五年十二月三十一日前完成,力争九月底前,一月一报") == (
        "于2025年12月31日前完成,力争9月底前,一月一报"
    )
    text = "二〇二五年全县科技工作要点\n(一)建设孵化器1家,力争十一月底前建成。(县科技局)"
    (item,) = extract(text)["items"]
    assert item["deadline"] == "2025-11-30"


def test_a_recurrence_over_the_year_or_followed_by_a_date() -> None:
    assert normalize_deadline("全年持续推进", 2026) == "ongoing"
    assert normalize_deadline("全年", 2026) == "2026-12-31"
    # 每季度调度,12月底前完成: the dated limit wins over the recurrence
    assert normalize_deadline("每季度调度，12月底前完成", 2026) == "2026-12-31"
    assert normalize_deadline("每季度调度", 2026) == "ongoing"


def test_a_quarterly_publication_recurs() -> None:
    assert find_deadline("建立统计监测制度，按季度发布全省技术合同登记情况。", 2025) == "ongoing"


def test_a_regular_clause_after_the_years_figures_does_not_make_the_task_standing() -> None:
    # round 42: a yearly task with a side method; round 38: a standing service
    text = "选派科技特派员3000名以上,常态化开展科技特派团产业对接活动。"
    assert find_deadline(text, 2026) is None
    assert find_deadline("建立联系服务制度,常态化开展走访慰问。", 2026) == "ongoing"


def test_a_yearly_evaluation_of_others_recurs() -> None:
    text = "建立监测评价制度,每年对各设区市培育工作开展评价。"
    assert find_deadline(text, 2026) == "ongoing"


def test_mid_year_with_the_work_done_then() -> None:
    text = "建设服务信息平台,实现需求在线发布,年中上线运行。"
    assert find_deadline(text, 2025) == "2025-06-30"


def test_a_yearly_count_is_a_quota_not_a_standing_task() -> None:
    # rounds 41, 47, 48: three blind authors; a recurring allocation of money still stands
    assert find_deadline("每年组织实施市级重大科技专项5项以上。", 2026) is None
    assert find_deadline("每年举办科普活动1000场次以上。", 2026) is None
    assert find_deadline("县财政每年安排专项经费不少于200万元。", 2026) == "ongoing"
    assert find_deadline("每季度召开一次调度会。", 2026) == "ongoing"
    assert find_deadline("精心组织示范活动,5月下旬举办科技活动周。", 2026) == "2026-05-31"


def test_quarterly_steering_with_its_object_and_a_month_when_work_is_organised() -> None:
    assert find_deadline("研发投入强度达到2.5%,按季度调度企业研发投入进展。", 2025) == "ongoing"
    assert find_deadline("全年新建联合体5个,12月中下旬组织年度成效评估。", 2025) == "2025-12-31"
