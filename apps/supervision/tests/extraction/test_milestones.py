"""Intermediate milestones: dated steps written inside one item become a `milestones` list."""

from __future__ import annotations

from apps.supervision.extraction.extractor import extract
from apps.supervision.extraction.milestones import find_milestones

PLAN = """2024年某市科技创新工作要点
一、平台建设
1.推进实验室建设。2024年6月底前完成选址，12月底前全面完成建设。〔责任单位:市科技局〕
2.实施专项行动。分两阶段推进：第一阶段（2024年6月底前）完成试点；第二阶段（2024年10月底前）全市推广。
3.培育企业。新增高新技术企业300家以上，2024年6月底前完成首批认定。〔责任单位:市科技局〕
4.到2025年底，全市研发投入达到100亿元；9月底前出台方案，年底前启动实施。
"""


def _tasks() -> list[dict]:
    return extract(PLAN)["items"][0]["children"]


def test_two_dated_steps_in_one_sentence_are_milestones_and_the_last_is_the_deadline():
    task = _tasks()[0]
    assert task["deadline"] == "2024-12-31"
    assert task["milestones"] == [
        {"date": "2024-06-30", "text": "完成选址"},
        {"date": "2024-12-31", "text": "全面完成建设"},
    ]


def test_stages_in_brackets():
    assert _tasks()[1]["milestones"] == [
        {"date": "2024-06-30", "text": "第一阶段完成试点"},
        {"date": "2024-10-31", "text": "第二阶段全市推广"},
    ]


def test_one_date_is_only_a_deadline_and_a_target_horizon_is_no_step():
    tasks = _tasks()
    assert tasks[2]["deadline"] == "2024-06-30" and tasks[2]["milestones"] == []
    # 到2025年底 introduces the target, not a step: the steps are the two time limits.
    assert [m["date"] for m in tasks[3]["milestones"]] == ["2024-09-30", "2024-12-31"]
    assert tasks[3]["milestones"][0]["text"] == "出台方案"


def test_section_headings_get_an_empty_list():
    assert extract(PLAN)["items"][0]["milestones"] == []


def test_same_date_steps_merge_and_dates_without_a_year_stay_yearless():
    found = find_milestones("3月底前完成调研，3月底前形成清单，6月底前印发实施。", None)
    assert found == [
        {"date": "--03-31", "text": "完成调研；形成清单"},
        {"date": "--06-30", "text": "印发实施"},
    ]


def test_quarters_and_half_years():
    found = find_milestones("第一季度完成摸底；上半年完成认定；下半年完成验收", 2025)
    assert [m["date"] for m in found] == ["2025-03-31", "2025-06-30", "2025-12-31"]
