"""The draft list edits and checks (plain Python, no database)."""

from __future__ import annotations

from apps.ledger import drafts


def _items() -> list[dict]:
    extraction = {
        "items": [
            {
                "number": "一",
                "title": "主体培育",
                "text": "主体培育",
                "deadline": None,
                "children": [
                    {
                        "number": "1",
                        "title": "高企倍增",
                        "text": "高企倍增",
                        "lead_units": ["市科技局"],
                        "assisting_units": ["市税务局"],
                        "deadline": "--06-30",
                        "targets": [
                            {"subject": "高企", "comparator": ">=", "value": 300, "unit": "家"}
                        ],
                        "children": [],
                    },
                    {
                        "number": "2",
                        "title": "平台",
                        "text": "平台",
                        "deadline": "ongoing",
                        "targets": [{"subject": "平台", "comparator": ">=", "value": None}],
                        "children": [],
                    },
                ],
            }
        ]
    }
    return drafts.flatten(extraction, year=2022)


def test_flatten_keeps_order_levels_and_fills_the_year_of_a_yearless_deadline():
    items = _items()
    assert [(i["number"], i["level"]) for i in items] == [("一", 1), ("1", 2), ("2", 2)]
    assert items[1]["deadline"] == "2022-06-30"
    assert items[2]["deadline_text"] == drafts.ONGOING_TEXT
    assert items[1]["targets"][0]["value"] == "300"
    assert drafts.tree_parents(items) == [None, 0, 0]


def test_flags_name_missing_units_values_and_unknown_units():
    items = _items()
    items[1]["targets"][0]["unit"] = "斤"
    assert any("单位“斤”不在单位表中" in f for f in drafts.flags(items, 1))
    flags = drafts.flags(items, 2)
    assert "未明确牵头（责任）单位。" in flags
    assert any("缺少数值" in f for f in flags)
    assert drafts.flags(items, 0) == []  # a heading with children needs no units
    assert any("缺少数值" in e for e in drafts.blocking(items, []))


def test_indent_outdent_merge_delete():
    items = _items()
    assert drafts.indent(items, 2) == "该条目上方没有同级条目，无法降级。"
    assert drafts.indent(items, 3) == ""
    assert [i["level"] for i in items] == [1, 2, 3]
    assert drafts.outdent(items, 3) == ""
    assert drafts.outdent(items, 1) == "该条目已是最高一级。"
    assert drafts.merge_up(items, 3) == ""
    merged = drafts.find(items, 2)
    assert merged["text"] == "高企倍增\n平台"
    assert len(merged["targets"]) == 2
    drafts.delete(items, 1)
    assert [(i["key"], i["level"]) for i in items] == [(2, 1)]


def test_typed_units_and_deadlines():
    assert drafts.split_units("市科技局、各县(市、区)人民政府，高新区") == [
        "市科技局",
        "各县(市、区)人民政府",
        "高新区",
    ]
    assert drafts.parse_deadline("2022-09-30", 2022) == ("2022-09-30", "")
    assert drafts.parse_deadline("6月底前", 2022) == ("2022-06-30", "")
    assert drafts.parse_deadline("长期坚持", 2022) == ("", "长期坚持")


def test_locate_finds_the_source_line_of_traditional_text():
    items = [{"key": 1, "number": "1", "title": "推进科技创新", "level": 1}]
    drafts.locate(items, "標題\n\n1.推進科技創新。這是繁體文字，用於測試定位。\n")
    assert items[0]["line"] == 2


def test_suggest_indicator_prefers_the_plain_match_and_stays_silent_when_unsure():
    from types import SimpleNamespace

    library = [
        SimpleNamespace(name=name, unit=unit)
        for name, unit in [
            ("有效期内高新技术企业数", "家"),
            ("当年新认定高新技术企业数", "家"),
            ("科技型中小企业数", "家"),
            ("技术合同成交额", "亿元"),
            ("全社会研发经费支出占GDP比重", "%"),
            ("规模以上工业企业R&D投入强度", "%"),
            ("新增国家级平台载体", "个"),
        ]
    ]

    def name_of(subject: str, unit: str, kind: str = "level") -> str | None:
        found = drafts.suggest_indicator({"subject": subject, "unit": unit, "kind": kind}, library)
        return found.name if found else None

    assert name_of("全市高新技术企业", "家") == "有效期内高新技术企业数"
    assert name_of("新增高新技术企业", "家", "increment") == "当年新认定高新技术企业数"
    assert name_of("科技型中小企业", "家", "increment") == "科技型中小企业数"
    assert name_of("技术合同成交额", "亿元") == "技术合同成交额"
    assert name_of("规上工业企业研发投入强度", "%") == "规模以上工业企业R&D投入强度"
    assert name_of("技术合同成交额", "万元") is None  # a unit the library does not keep
    assert name_of("研发投入强度", "%") is None  # R&D/GDP or enterprises'? the officer says
    assert name_of("省级重点实验室", "个") is None
    assert name_of("省级平台", "个", "increment") is None  # sharing 平台 is not enough
    assert name_of("", "家") is None


def test_a_long_extracted_or_typed_value_is_kept_whole_and_blocks_confirmation_by_name():
    """Titles, numbers, units and indicator names were cut to their column when extracted or
    edited; the officer checking the draft could not see what was lost. The draft now keeps
    them whole and names each one over its limit; nothing is created until it is shortened."""
    long_title = "实施高新技术企业倍增计划" * 26  # 312 characters
    items = drafts.flatten(
        {"items": [{"number": "1", "title": long_title, "targets": [{"unit": "家" * 21}]}]},
        year=2022,
    )
    assert items[0]["title"] == long_title and items[0]["targets"][0]["unit"] == "家" * 21
    problems = drafts.blocking(items, [{"subject": "指" * 201, "value": "1", "unit": "个"}])
    assert "第 1 项：「任务名称」最多300字，现为312字。" in problems
    assert "第 1 项：「单位」最多20字，现为21字。" in problems
    assert "第 1 个总体目标：「指标」最多200字，现为201字。" in problems
    drafts.update_item(items, items[0]["key"], {"title": "实施高新技术企业倍增计划"}, year=2022)
    assert not any("任务名称" in p for p in drafts.blocking(items, []))


def test_a_long_step_of_the_document_is_shortened_visibly():
    """Steps are not edited on the draft page; the task keeps the whole sentence."""
    steps = drafts.milestone_fields([{"date": "2022-06-30", "text": "完成" * 150}], 2022)
    assert len(steps[0]["title"]) == 200 and steps[0]["title"].endswith("…")


def test_a_multi_year_plans_ledger_year_is_its_first_year():
    """《…三年行动方案(2025—2027年)》 gave the ledger the year 2027 (only 2027 is followed by
    年), while its deadlines were read in 2025: the draft now takes the extractor's year."""
    assert drafts.year_of("示例市科技合作三年行动方案(2025—2027年)", "") == 2025
    assert drafts.year_of("示例市2026年工作要点", "2025年…2025年") == 2026
    assert drafts.year_of("工作要点", "2024年底前;2025年6月;2025年底前") == 2025
