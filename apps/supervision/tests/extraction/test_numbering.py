"""Line-start labels and how they nest (numbering.py, structure.py)."""

from __future__ import annotations

import pytest

from apps.supervision.extraction import extract
from apps.supervision.extraction.numbering import cn_to_int, parse_label


@pytest.mark.parametrize(
    ("line", "style", "n", "printed"),
    [
        ("一、开展企业创新能力提升活动", "cn", 1, "一"),
        ("十一、强化工作落实", "cn", 11, "十一"),
        ("二,科技创新平台", "cn", 2, "二"),
        ("(一)强化企业创新主体地位", "cn_paren", 1, "(一)"),
        ("(三加快成果转化", "cn_paren", 3, "(三"),
        ("三)加快成果转化", "cn_paren", 3, "三)"),
        ("1.实施研发能力提升计划", "ar", 1, "1"),
        ("12、推进企业技术中心建设", "ar", 12, "12"),
        ("(1)支持龙头企业", "ar_paren", 1, "(1)"),
        ("(5依托昌北高校科创谷", "ar_paren", 5, "(5"),
        ("6)以金玉湖科创小镇", "ar_half", 6, "6)"),
        ("③ 推动产学研合作", "circled", 3, "③"),
        ("⑵ 推动产学研合作", "ar_paren", 2, "(2)"),
        ("第二章 重点任务", "chapter", 2, "第二章"),
    ],
)
def test_labels(line: str, style: str, n: int, printed: str) -> None:
    label = parse_label(line)
    assert label is not None
    assert (label.style, label.n, label.printed) == (style, n, printed)


@pytest.mark.parametrize(
    "line",
    ["2021年全社会R&D经费投入", "1.9%的研发投入强度", "5G基站建设", "一是加强组织", "一批企业",
     "3-5家", "(2021-2023年)", "十四五规划"],
)  # fmt: skip
def test_not_labels(line: str) -> None:
    assert parse_label(line) is None


def test_chinese_numerals() -> None:
    assert [cn_to_int(t) for t in ("一", "十", "十二", "二十", "二十三", "一百零五", "两")] == [
        1, 10, 12, 20, 23, 105, 2,
    ]  # fmt: skip


def _outline(items: list[dict]) -> list:
    return [(i["number"], i["level"], _outline(i["children"])) for i in items]


def test_full_width_and_mixed_sloppy_labels_stay_siblings() -> None:
    text = (
        "工作要点\n一、总体\n１．甲项工作。\n２、乙项工作。\n3) 丙项工作。\n（4丁项工作。\n"
        "二、其他\n1.戊项工作。"
    )
    outline = _outline(extract(text)["items"])
    assert outline == [
        ("一", 1, [("1", 2, []), ("2", 2, []), ("3)", 2, []), ("(4", 2, [])]),
        ("二", 1, [("1", 2, [])]),
    ]


def test_deeper_styles_nest_and_skipped_levels() -> None:
    text = (
        "一、重点任务\n(一)平台\n1.甲。\n(1)子项一。\n(2)子项二。\n① 细项。\n2.乙。\n"
        "(二)人才\n3.丙。\n二、保障\n1.丁。"
    )
    outline = _outline(extract(text)["items"])
    assert outline == [
        (
            "一",
            1,
            [
                ("(一)", 2, [("1", 3, [("(1)", 4, []), ("(2)", 4, [("①", 5, [])])]), ("2", 3, [])]),
                ("(二)", 2, [("3", 3, [])]),
            ],
        ),
        ("二", 1, [("1", 2, [])]),
    ]


def test_one_paren_after_dot_is_a_new_level_when_it_restarts() -> None:
    outline = _outline(extract("1.甲。\n1)子一。\n2)子二。\n2.乙。")["items"])
    assert outline == [("1", 1, [("1)", 2, []), ("2)", 2, [])]), ("2", 1, [])]


def test_inline_sub_points_stay_in_the_item_text() -> None:
    ledger = extract(
        "一、布局\n1.推进科创走廊建设1)依托骨干企业。(2)打造产业集群。〔责任单位:市科技局〕"
    )
    item = ledger["items"][0]["children"][0]
    assert item["title"] == "推进科创走廊建设"
    assert item["children"] == []
    assert "(2)打造产业集群" in item["text"]


def test_unnumbered_heading_starting_a_new_list_becomes_an_item() -> None:
    text = "重点任务\n一、平台\n1.甲。\n2.乙。\n保障措施\n1.加强组织领导。\n2.强化督查。"
    outline = _outline(extract(text)["items"])
    assert outline == [
        ("一", 1, [("1", 2, []), ("2", 2, [])]),
        ("", 1, [("1", 2, []), ("2", 2, [])]),
    ]
    assert extract(text)["items"][1]["title"] == "保障措施"


def test_headings_partitioning_a_flat_list() -> None:
    text = "主要任务\n1.甲。\n2.乙。\n保障措施\n1.丙。"
    ledger = extract(text)
    assert [(i["number"], i["title"]) for i in ledger["items"]] == [
        ("", "主要任务"),
        ("", "保障措施"),
    ]


def test_attachment_list_is_not_items() -> None:
    text = "一、任务\n1.甲。\n附件:\n1.重点任务分解表\n2.联系人名单"
    outline = _outline(extract(text)["items"])
    assert outline == [("一", 1, [("1", 2, [])])]


def test_paren_chinese_numbers_continuing_across_sections_stay_nested() -> None:
    text = "一、服务体系\n(一)机构。\n(二)人才。\n二、市场规模\n(三)合同登记。\n(四)对接活动。"
    assert _outline(extract(text)["items"]) == [
        ("一", 1, [("(一)", 2, []), ("(二)", 2, [])]),
        ("二", 1, [("(三)", 2, []), ("(四)", 2, [])]),
    ]


def test_task_block_labels_with_a_number_in_words_or_digits() -> None:
    first = parse_label("任务一:推动麻纺产业科技创新")
    assert first is not None and (first.style, first.n, first.printed) == ("ar", 1, "一")
    twelfth = parse_label("事项12、推动")
    assert twelfth is not None and (twelfth.n, twelfth.printed) == (12, "12")
    assert parse_label("任务书已下达") is None


def test_parenthesized_ideographs() -> None:
    label = parse_label("㈡加快创新平台建设")
    assert label is not None and (label.style, label.n, label.printed) == ("cn_paren", 2, "(二)")


def test_points_counted_in_words() -> None:
    label = parse_label("第二,推进农业科技创新。")
    assert label is not None and (label.style, label.n, label.printed) == ("cn", 2, "二")
    assert parse_label("第二批项目已下达") is None
    chapter = parse_label("第二章 重点任务")
    assert chapter is not None and chapter.style == "chapter"


def test_financial_numerals_number_the_parts_above_the_chinese_list() -> None:
    assert (cn_to_int("壹"), cn_to_int("贰"), cn_to_int("參"), cn_to_int("拾壹")) == (1, 2, 3, 11)
    label = parse_label("贰、重点任务")
    assert label is not None and (label.style, label.n, label.printed) == ("formal", 2, "贰")
    assert parse_label("参与单位:县科技局") is None
    text = """示例县2025年科技创新工作计画
壹、总体目标
全县高新技术企业达到65家。
贰、重点任务
一、强化企业创新主体地位
(一)全年新增高新技术企业10家。
参、保障措施
一、加强组织领导。
"""
    first, second, third = extract(text)["items"]
    assert [first["number"], second["number"], third["number"]] == ["壹", "贰", "参"]
    assert second["children"][0]["children"][0]["number"] == "(一)"
    assert third["children"][0]["title"] == "加强组织领导"


def test_bullets_and_headerless_table_rows() -> None:
    label = parse_label("● 全年新增高新技术企业8家。")
    assert label is not None and (label.style, label.printed) == ("bullet", "")
    row = parse_label("1\t新增企业6家。\t县科技局\t2025年12月底前")
    assert row is not None and (row.style, row.n) == ("ar", 1)
    assert parse_label("1\t研发经费投入强度\t%\t1.62\t1.8") is None  # an indicator row


def test_points_opening_with_yi_shi_nest_under_their_section() -> None:
    text = """示例区2025年科技创新工作要点
(一)壮大科技型企业群体
一是实施高新技术企业培育行动,全年新增高新技术企业25家。(区科技局、区税务局)
二是推动企业建立研发机构。(区工信局)
(二)提升创新平台能级
一是建设产业创新研究院。(区科技局)
"""
    first, second = extract(text)["items"]
    assert [(c["number"], c["level"]) for c in first["children"]] == [("一", 2), ("二", 2)]
    assert first["children"][0]["lead_units"] == ["区科技局"]
    assert second["children"][0]["title"] == "建设产业创新研究院"
    assert parse_label("一是实施高新技术企业培育行动") is None  # alone, just a phrase


def test_roman_numeral_characters_number_the_top_level() -> None:
    label = parse_label("Ⅱ、建设创新平台")
    assert label is not None and (label.style, label.n, label.printed) == ("roman", 2, "Ⅱ")
    text = (
        "示例区2025年科技工作计划\nⅠ、强化创新主体\n1.新增企业10家。\nⅡ、建设平台\n2.新建平台3个。"
    )
    first, second = extract(text)["items"]
    assert (first["number"], first["children"][0]["number"], second["number"]) == ("Ⅰ", "1", "Ⅱ")
