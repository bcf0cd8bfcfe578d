"""Whole documents: chrome, titles, tables written as text, Traditional characters (extract)."""

from __future__ import annotations

from apps.supervision.extraction import extract

WEB_PAGE = """首页 > 政务公开 > 通知公告
国务院@你
赣服通
2023年示例市科技工作要点
发布时间:2023-02-15 09:30  来源:示例市科技局  浏览次数:1024
字号:[ 大 中 小 ]
主要目标
全年技术合同成交额突破60亿元;新增高新技术企业100家。
一、平台建设
1.新增省级重点实验室2家。〔责任单位:市科技局〕
【打印本页】【关闭窗口】
分享到:微信 微博
责任编辑:李明
上一篇:关于开展项目申报的通知
主办单位:示例市科学技术局  赣ICP备05001234号
"""


def test_page_chrome_is_dropped_and_preamble_targets_belong_to_the_document() -> None:
    ledger = extract(WEB_PAGE)
    assert ledger["title"] == "2023年示例市科技工作要点"
    assert [(t["value"], t["unit"], t["comparator"]) for t in ledger["targets"]] == [
        (60, "亿元", ">"),
        (100, "家", "="),
    ]
    item = ledger["items"][0]["children"][0]
    assert item["text"] == "新增省级重点实验室2家。〔责任单位:市科技局〕"


def test_output_shape_follows_design_section_6() -> None:
    item = extract(WEB_PAGE)["items"][0]
    # "milestones" is an addition to §6 (extraction/milestones.py).
    assert list(item) == [
        "number", "level", "title", "text", "lead_units", "assisting_units", "deadline",
        "targets", "children", "milestones",
    ]  # fmt: skip
    target = item["children"][0]["targets"][0]
    assert list(target) == ["subject", "comparator", "value", "unit", "kind", "text"]


def test_notice_title_gives_way_to_the_plan_title() -> None:
    text = (
        "示例市人民政府办公室关于印发示例市科技创新三年行动方案的通知\n各县(区)人民政府:\n"
        "现将《示例市科技创新三年行动方案》印发给你们。\n示例市人民政府办公室\n2024年3月1日\n"
        "示例市科技创新三年行动方案\n(2024—2026年)\n一、总体目标\n到2026年,高新技术企业达到500家。"
    )
    ledger = extract(text)
    assert ledger["title"] == "示例市科技创新三年行动方案(2024—2026年)"
    assert ledger["items"][0]["targets"][0]["value"] == 500


def test_plain_text_table_with_tabs_and_spaces() -> None:
    text = (
        "2023年示例市重点任务分解表\n"
        "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限\n"
        "一、科技企业培育\n"
        "1\t新增高新技术企业200家以上。\t市科技局\t市税务局、市财政局\t2023年11月底前\n"
        "2     建设孵化器2家。     市科技局     各县(市、区)政府     长期\n"
        "3     推动企业上云1000家。     市工信局     年内\n"
        "二、成果转化\n"
        "4\t技术合同成交额突破20亿元。\t市科技局\t\t2023年12月底前\n"
    )
    ledger = extract(text)
    section, second = ledger["items"]
    rows = section["children"] + second["children"]
    assert [(r["number"], r["level"]) for r in rows] == [("1", 2), ("2", 2), ("3", 2), ("4", 2)]
    assert [r["lead_units"] for r in rows] == [
        ["市科技局"],
        ["市科技局"],
        ["市工信局"],
        ["市科技局"],
    ]
    assert rows[0]["assisting_units"] == ["市税务局", "市财政局"]
    assert rows[1]["assisting_units"] == ["各县(市、区)政府"]
    assert rows[2]["assisting_units"] == []
    assert [r["deadline"] for r in rows] == ["2023-11-30", "ongoing", "2023-12-31", "2023-12-31"]
    assert rows[0]["targets"][0]["value"] == 200
    assert rows[0]["title"] == "新增高新技术企业200家以上"


def test_table_with_a_grouping_column() -> None:
    text = (
        "序号\t重点任务\t具体措施\t牵头单位\t完成时限\n"
        "1\t壮大创新主体\t开展企业培育。\t市科技局\t年内\n"
        "2\t壮大创新主体\t推动评价入库。\t市科技局\t年内\n"
        "3\t建设平台\t建设实验室。\t市工信局\t长期\n"
    )
    items = extract(text)["items"]
    assert [(i["number"], i["title"], [c["number"] for c in i["children"]]) for i in items] == [
        ("", "壮大创新主体", ["1", "2"]),
        ("", "建设平台", ["3"]),
    ]


def test_a_task_column_with_a_cell_of_its_own_in_every_row_is_the_rows_title() -> None:
    # 重点任务 | 工作措施 where each row has its own task: the task is the row's title, the
    # measures its text (round 34); a task merged over rows groups them (the test above)
    text = (
        "序号\t重点任务\t工作措施\t牵头单位\t配合单位\t完成时限\n"
        "一、扩大科技信贷\n"
        "1\t推广科技贷产品\t扩大合作银行范围，全年新增贷款20亿元以上。\t市科技局\t市财政局\t年内\n"
        "2\t开展融资对接\t每季度推送企业白名单。\t市金融办\t各银行机构\t每季度\n"
        "二、发展创业投资\n"
        "3\t设立科技创新基金\t推动设立规模不低于10亿元的基金。\t市财政局\t市科技局\t9月底前\n"
    )
    sections = extract(text)["items"]
    rows = [row for section in sections for row in section["children"]]
    assert [(r["number"], r["title"], r["lead_units"]) for r in rows] == [
        ("1", "推广科技贷产品", ["市科技局"]),
        ("2", "开展融资对接", ["市金融办"]),
        ("3", "设立科技创新基金", ["市财政局"]),
    ]
    assert rows[0]["targets"][0]["value"] == 20
    assert all(not row["children"] for row in rows)


def test_a_title_is_the_first_clause_even_when_it_frames_the_task() -> None:
    # three of five authors who had not read the code titled such a task by its whole sentence
    # (of which the first clause is the start), two by the task clause (decision 0005)
    items = extract(
        "一、重点任务\n"
        "1.围绕锂电新能源、生物医药等产业，建设市级中试基地3个。〔责任单位：市工信局〕\n"
        "2.聚焦产业创新，增强科技支撑能力。〔责任单位：市科技局〕\n"
    )["items"][0]["children"]
    assert [item["title"] for item in items] == ["围绕锂电新能源、生物医药等产业", "聚焦产业创新"]


def test_tasks_under_a_heading_that_names_offices_are_theirs() -> None:
    items = extract(
        "2025年工作任务清单\n一、市委人才办\n1.举办海外人才对接活动。\n"
        "2.建立联系服务制度。（市人社局负责）\n四、市外办、市公安局\n3.优化签证办理服务。\n"
    )["items"]
    first, second = items
    assert [c["lead_units"] for c in first["children"]] == [["市委人才办"], ["市人社局"]]
    task = second["children"][0]
    assert (task["lead_units"], task["assisting_units"]) == (["市外办"], ["市公安局"])


def test_an_annex_table_naming_the_body_tasks_allocates_them_instead_of_adding_items() -> None:
    # the body's (一)(二)(三) are allocated in an annex 分工表 numbered 1, 2, 3 (round 35)
    text = (
        "一、重点任务\n"
        "（一）开展实验室分类评估。对现有实验室开展评估。\n"
        "（二）实施整合优化调整。整合一批实验室。\n"
        "（三）新建重点领域实验室。新建实验室10家。\n"
        "附件\n重点任务分工表\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t开展实验室分类评估\t省科技厅\t省教育厅\t2025年6月底前\n"
        "2\t实施整合优化调整\t省科技厅\t省卫生健康委\t2025年12月底前\n"
        "3\t新建重点领域实验室\t省财政厅\t省科技厅\t长期坚持\n"
    )
    items = extract(text)["items"]
    assert len(items) == 1
    tasks = items[0]["children"]
    assert [(t["number"], t["lead_units"], t["assisting_units"], t["deadline"]) for t in tasks] == [
        ("(一)", ["省科技厅"], ["省教育厅"], "2025-06-30"),
        ("(二)", ["省科技厅"], ["省卫生健康委"], "2025-12-31"),
        ("(三)", ["省财政厅"], ["省科技厅"], "ongoing"),
    ]


def test_a_progress_report_reads_the_tasks_not_their_progress() -> None:
    # a 督查通报: each task, its bracket, then 进展: what was done (round 36)
    ledger = extract(
        "关于重点任务推进情况的通报\n"
        "一、总体情况\n11项重点任务中，已完成2项，序时推进7项。\n"
        "二、重点任务推进情况\n"
        "1.营业收入突破6000亿元（责任单位：各开发区管委会；完成时限：2025年12月底）。"
        "进展：1—9月累计完成4512亿元，同比增长7.8%，9月25日已报送。\n"
        "2.实际使用外资达到5亿美元（责任单位：市商务局；\n配合单位：各开发区管委会）。"
        "进展：已使用外资2.1亿美元。\n"
    )
    summary, tasks = ledger["items"]
    assert summary["targets"] == []
    first, second = tasks["children"]
    assert [(t["value"], t["unit"]) for t in first["targets"]] == [(6000, "亿元")]
    assert first["deadline"] == "2025-12-31"
    assert second["title"] == "实际使用外资达到5亿美元"
    assert second["lead_units"] == ["市商务局"]
    assert [(t["value"], t["unit"]) for t in second["targets"]] == [(5, "亿美元")]


def test_a_forms_filing_line_is_no_task() -> None:
    items = extract(
        "序号\t工作任务\t牵头单位\t完成时限\n"
        "1\t开展科技伦理宣传，发放宣传资料5000份\t市科协\t2025.5.31\n"
        "2\t报送年度工作情况\t市科技局\t2025.12.15\n"
        "填报单位：萍乡市科学技术局\t\t填报时间：2025.2.26\n"
    )["items"]
    assert [(i["number"], i["lead_units"]) for i in items] == [
        ("1", ["市科协"]),
        ("2", ["市科技局"]),
    ]
    assert [(t["value"], t["unit"]) for t in items[0]["targets"]] == [(5000, "份")]


def test_traditional_is_folded_to_simplified() -> None:
    text = (
        "2024年科技創新工作要點\n一、主要目標\n技術合同成交額達到150億元。\n二、重點任務\n"
        "1.實施高新技術企業“擴量提質”行動。【責任單位:市科技局、市財政局】\n"
    )
    ledger = extract(text)
    assert ledger["title"] == "2024年科技创新工作要点"
    assert ledger["items"][0]["targets"][0]["unit"] == "亿元"
    task = ledger["items"][1]["children"][0]
    assert task["title"] == "实施高新技术企业“扩量提质”行动"
    assert task["assisting_units"] == ["市财政局"]


def test_simplified_text_is_not_converted() -> None:
    # 乾 and 著 are folded by t2s; a Simplified document keeps them as written
    ledger = extract("2024年要点\n一、乾县科技工作\n1.显著提升创新能力。")
    assert ledger["items"][0]["title"] == "乾县科技工作"


def test_table_sections_nest_under_the_heading_around_the_table() -> None:
    text = (
        "一、工作目标\n科技贷款余额突破50亿元。\n二、任务清单\n"
        "序号\t工作任务\t责任单位\t时间节点\n"
        "一\t科技信贷\n"
        "1\t新增放款8亿元。\t市科技局牵头,市财政局配合\t年内\n"
        "二\t股权融资\n"
        "2\t设立基金5亿元。\t市国资委\t长期\n"
        "三、保障措施\n1.建立联席会议制度。"
    )
    outline = _outline(extract(text)["items"])
    assert outline == [
        ("一", 1, []),
        ("二", 1, [("一", 2, [("1", 3, [])]), ("二", 2, [("2", 3, [])])]),
        ("三", 1, [("1", 2, [])]),
    ]


def _outline(items: list[dict]) -> list:
    return [(i["number"], i["level"], _outline(i["children"])) for i in items]


def test_an_attachment_table_starts_afresh_after_the_body() -> None:
    text = """示例市科技创新实施方案
一、总体目标
到2027年,高新技术企业突破500家。
二、保障措施
(一)加强组织领导。成立工作领导小组。
(二)严格督查考核。每季度通报一次工作进展。
附件
示例市科技创新重点任务分工表
序号\t重点工作任务\t牵头单位\t配合单位\t完成时限
一、打造创新平台
1\t新建省级重点实验室3家。\t市科技局\t市发改委\t2025年底前
二、强化人才引育
2\t引进高层次人才50名以上。\t市人社局\t市科技局\t长期坚持
"""
    items = extract(text)["items"]
    assert [(item["number"], item["title"]) for item in items] == [
        ("一", "总体目标"),
        ("二", "保障措施"),
        ("一", "打造创新平台"),
        ("二", "强化人才引育"),
    ]
    assert items[1]["children"][1]["children"] == []
    row = items[3]["children"][0]
    assert (row["lead_units"], row["assisting_units"], row["deadline"]) == (
        ["市人社局"],
        ["市科技局"],
        "ongoing",
    )


def test_task_blocks_with_labels_on_their_own_lines() -> None:
    text = """示例区2025年科技创新重点工作任务清单
一、创新平台建设
任务1:推动产业创新中心建设,新增省级以上创新平台2个。
牵头单位:区科技局
配合单位:区发改委、区工信局
完成时限:2025年11月30日前
任务2:建设知识产权快速维权中心。
牵头单位:区市场监管局
完成时限:持续推进
"""
    section = extract(text)["items"][0]
    first, second = section["children"]
    assert (first["number"], first["title"]) == ("1", "推动产业创新中心建设")
    assert (first["lead_units"], first["assisting_units"], first["deadline"]) == (
        ["区科技局"],
        ["区发改委", "区工信局"],
        "2025-11-30",
    )
    assert (second["lead_units"], second["deadline"]) == (["区市场监管局"], "ongoing")


def test_a_table_framed_by_bars_keeps_its_empty_cells() -> None:
    text = """示例市2025年科技创新工作任务分工
| 序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |
|---|---|---|---|---|
| 一 | 企业创新主体 | | | |
| 1 | 高新技术企业净增30家。 | 市科技局(牵头)、市税务局、各县(市、区)政府 | 2025年12月 | |
"""
    (section,) = extract(text)["items"]
    (row,) = section["children"]
    assert (section["number"], row["number"], row["title"]) == ("一", "1", "高新技术企业净增30家")
    assert row["lead_units"] == ["市科技局"]
    assert row["assisting_units"] == ["市税务局", "各县(市、区)政府"]
    assert row["deadline"] == "2025-12-31"


def test_a_two_row_header_names_the_columns_under_a_merged_cell() -> None:
    text = """示例市2025年科技创新工作任务分解表
序号\t工作任务\t责任单位\t完成时限
序号\t工作任务\t牵头\t配合\t完成时限
1\t新建省级以上研发平台6个。\t市科技局\t市工信局\t2025年11月
"""
    (row,) = extract(text)["items"]
    assert (row["number"], row["lead_units"], row["assisting_units"], row["deadline"]) == (
        "1",
        ["市科技局"],
        ["市工信局"],
        "2025-11-30",
    )


def test_a_host_unit_column_leads() -> None:
    text = """示例区2025年科技创新工作任务表
编号\t工作事项\t主办单位\t协办单位\t完成期限
1\t高新技术企业总数达到260家。\t区科技局\t区税务局\t2025年12月
"""
    (row,) = extract(text)["items"]
    assert (row["lead_units"], row["assisting_units"]) == (["区科技局"], ["区税务局"])


def test_a_two_column_table_whose_task_cells_carry_their_numbers() -> None:
    text = """示例区2025年科技创新工作安排
主要工作\t责任部门
(一)创新平台
1.引进研发机构2家,2025年10月底前完成。\t区科创局、区招商局
2.新增省级企业技术中心3家。\t区经发局
"""
    (section,) = extract(text)["items"]
    first, second = section["children"]
    assert (section["number"], first["number"], second["number"]) == ("(一)", "1", "2")
    assert (first["lead_units"], first["assisting_units"], first["deadline"]) == (
        ["区科创局"],
        ["区招商局"],
        "2025-10-31",
    )


def test_a_markdown_copy_reads_like_the_plain_text() -> None:
    text = """# 示例市2025年科技工作要点
## 一、夯实创新平台
- 1. 建设创新中心,引进研发机构3家。**责任单位**:市科技局、市工信局
- 2. 建成中试平台2个。**责任单位**:市工信局
"""
    (section,) = extract(text)["items"]
    first, second = section["children"]
    assert (section["number"], first["number"], second["number"]) == ("一", "1", "2")
    assert (first["lead_units"], first["assisting_units"]) == (["市科技局"], ["市工信局"])


def test_a_table_headed_fubiao_starts_afresh_after_the_body() -> None:
    text = """示例区推进科技创新实施方案
第一部分 保障措施
(一)加强组织领导。成立工作专班。
附表1
示例区重点任务表
序号\t重点任务\t责任单位\t完成时间
一、平台建设
1\t建设产业研究院,引进研发团队5个。\t区科技局\t2025年12月
"""
    items = extract(text)["items"]
    assert [(item["number"], item["title"]) for item in items] == [
        ("第一部分", "保障措施"),
        ("一", "平台建设"),
    ]


def test_a_unit_cell_naming_both_roles() -> None:
    text = """示例市2025年科技创新任务表
序号\t工作任务\t责任单位\t完成时限
1\t建设中试基地1个。\t牵头:市科技局 配合:经开区管委会、市财政局\t2025年10月
"""
    (row,) = extract(text)["items"]
    assert (row["lead_units"], row["assisting_units"]) == (
        ["市科技局"],
        ["经开区管委会", "市财政局"],
    )


def test_a_field_column_groups_the_rows() -> None:
    text = """示例市重点产业科技创新任务表
重点领域\t序号\t具体任务\t牵头单位\t完成时限
电子信息\t1\t建设产业研究院。\t市科技局\t2025年10月
电子信息\t2\t新增高新技术企业10家。\t市科技局\t2025年12月
生物医药\t3\t建设种质资源库1个。\t市农业农村局\t2025年11月
"""
    groups = extract(text)["items"]
    assert [(g["number"], g["title"], len(g["children"])) for g in groups] == [
        ("", "电子信息", 2),
        ("", "生物医药", 1),
    ]


def test_a_decimal_outline() -> None:
    text = """示例区2025年科技创新工作计划
1 总体目标
全年新增高新技术企业20家。
2 重点任务
2.1 建设创新平台,引进研发机构3家。(责任单位:区科创局)
2.2 建设科技企业孵化器1个,2025年8月底前投入运营。(责任单位:区投控集团)
"""
    first, second = extract(text)["items"]
    assert (first["number"], first["title"], second["number"]) == ("1", "总体目标", "2")
    assert [(c["number"], c["lead_units"]) for c in second["children"]] == [
        ("2.1", ["区科创局"]),
        ("2.2", ["区投控集团"]),
    ]


def test_a_number_and_a_space_is_not_an_item_outside_an_outline() -> None:
    items = extract("示例工作要点\n一、总体要求\n1 年内完成注册。\n")["items"]
    assert [(item["number"], item["children"]) for item in items] == [("一", [])]


def test_kangxi_radicals_from_a_pdf_font_read_as_ordinary_characters() -> None:
    ledger = extract("⾼安市2025年科技⼯作要点\n⼀、培育创新主体\n1.新增⾼新技术企业10家。\n")
    assert ledger["title"] == "高安市2025年科技工作要点"
    assert ledger["items"][0]["number"] == "一"
    assert ledger["items"][0]["children"][0]["title"] == "新增高新技术企业10家"


def test_percentages_in_words() -> None:
    ledger = extract(
        "示例县工作要点\n一、企业培育\n1.研发投入增长百分之十五以上,覆盖率达到百分之四十。\n"
    )
    targets = ledger["items"][0]["children"][0]["targets"]
    assert [(t["comparator"], t["value"], t["unit"]) for t in targets] == [
        (">=", 15, "%"),
        (">=", 40, "%"),
    ]


def test_a_responsible_column_beside_a_lead_column_assists() -> None:
    text = """示例市2025年科技创新工作任务分解表
序号\t工作任务\t牵头单位\t责任单位\t完成时间
1\t全年新增高新技术企业60家以上。\t市科技局\t市财政局、各县(区)人民政府\t2025年12月31日
"""
    (row,) = extract(text)["items"]
    assert (row["lead_units"], row["assisting_units"]) == (
        ["市科技局"],
        ["市财政局", "各县(区)人民政府"],
    )


def test_a_target_column_gives_the_row_its_targets() -> None:
    text = """2025年全省科技创新重点任务清单
序号\t重点任务\t目标要求\t责任单位\t完成时限
1\t提升省级创新平台能级\t新认定省技术创新中心20家以上\t省科技厅、省发展改革委\t2025年11月
"""
    (row,) = extract(text)["items"]
    assert [(t["comparator"], t["value"], t["unit"]) for t in row["targets"]] == [(">=", 20, "家")]
    assert (row["lead_units"], row["deadline"]) == (["省科技厅"], "2025-11-30")


def test_a_wrapped_time_limit_run_into_the_unit_cell_is_rejoined() -> None:
    text = """示例任务清单
序号\t重点任务\t责任单位\t完成时限
5\t落实研发费用加计扣除政策\t省税务局、省科技厅、省财政厅月底前\t2025年6
"""
    (row,) = extract(text)["items"]
    assert (row["assisting_units"], row["deadline"]) == (["省科技厅", "省财政厅"], "2025-06-30")


def test_a_table_without_a_header_in_columns_of_spaces() -> None:
    text = """示例区2025年科技工作重点任务
一、企业创新
1.新增高新技术企业15家以上,比重达到40%        区科技局、区工信局        2025年12月
2.科技型中小企业入库评价40家以上               区科技局                  持续推进
"""
    (section,) = extract(text)["items"]
    first, second = section["children"]
    assert (first["lead_units"], first["assisting_units"], first["deadline"]) == (
        ["区科技局"],
        ["区工信局"],
        "2025-12-31",
    )
    assert [(t["value"], t["unit"]) for t in first["targets"]] == [(15, "家"), (40, "%")]
    assert (second["lead_units"], second["deadline"]) == (["区科技局"], "ongoing")


def test_a_column_header_with_a_note_in_brackets() -> None:
    text = """示例市2025年科技创新重点任务分工表
序号\t重点任务\t具体举措\t责任单位(排第一位的为牵头单位)\t责任人\t完成时限
1\t锂电产业科技攻关\t实施锂电关键技术攻关项目10项以上。\t市科技局、市工信局\t李某某\t2025年12月
"""
    (group,) = extract(text)["items"]
    (row,) = group["children"]
    assert (group["number"], group["title"]) == ("", "锂电产业科技攻关")
    assert (row["lead_units"], row["assisting_units"], row["deadline"]) == (
        ["市科技局"],
        ["市工信局"],
        "2025-12-31",
    )


def test_an_indicator_table_in_an_annex_of_its_own_belongs_to_the_document() -> None:
    text = """示例市2025年科技创新工作要点
一、平台建设
1.新建省级重点实验室2家。(市科技局)
附件
2025年示例市科技创新主要指标
序号\t指标名称\t单位\t2024年基数\t2025年目标
1\t研发经费投入强度\t%\t1.72\t1.9
2\t高新技术企业数量\t家\t720\t800
"""
    ledger = extract(text)
    assert [(t["value"], t["unit"]) for t in ledger["targets"]] == [(1.9, "%"), (800, "家")]
    assert [(t["value"], t["unit"]) for t in ledger["items"][0]["children"][0]["targets"]] == [
        (2, "家")
    ]


def test_sections_headed_by_the_office_responsible() -> None:
    text = """示例市2025年科技创新重点工作责任分工
一、市科技局
1.全年新增高新技术企业50家以上。
二、各县(区)人民政府、示例高新区管委会
2.每季度报送工作进展。
三、建设技术转移机构
3.新建技术转移机构2家。
"""
    first, second, third = extract(text)["items"]
    # the tasks under an office heading are that office's (round 38; decision 0005)
    assert (first["lead_units"], first["children"][0]["lead_units"]) == (["市科技局"], ["市科技局"])
    assert (second["lead_units"], second["assisting_units"]) == (
        ["各县(区)人民政府"],
        ["示例高新区管委会"],
    )
    assert third["lead_units"] == []


def test_a_web_table_copied_one_cell_per_line() -> None:
    text = """示例区2025年科技创新重点任务清单
序号
重点任务
责任单位
完成时限
1
新增高新技术企业25家以上。
区科技局、区工信局
2025年12月底前
2
建设省级以上科技创新平台3个。
区科技局
持续推进
【打印本页】【关闭窗口】
"""
    first, second = extract(text)["items"]
    assert (first["number"], first["lead_units"], first["assisting_units"]) == (
        "1",
        ["区科技局"],
        ["区工信局"],
    )
    assert (first["deadline"], second["deadline"]) == ("2025-12-31", "ongoing")
    assert [(t["value"], t["unit"]) for t in second["targets"]] == [(3, "个")]


def test_units_written_before_the_task() -> None:
    text = """示例省2025年科技创新重点任务分工方案
一、平台建设
1.省科技厅、国家税务总局江西省税务局:落实税收优惠政策,高新技术企业数量突破1.4万家。
2.责任单位:省科技厅
"""
    (section,) = extract(text)["items"]
    first = section["children"][0]
    assert first["title"] == "落实税收优惠政策"
    assert (first["lead_units"], first["assisting_units"]) == (
        ["省科技厅"],
        ["国家税务总局江西省税务局"],
    )


def test_units_and_time_limit_in_a_row_merged_under_each_task() -> None:
    text = """示例区2025年科技创新重点工作安排表
序号\t工作任务\t工作目标
1\t建设科创园\t引进科技型企业20家,园区入驻率达到80%。
责任单位:区科技局(牵头)、区发改委\u3000\u3000完成时限:2025年11月底前
2\t培育高新技术企业\t新增高新技术企业12家。
责任单位:区金融服务中心(牵头)、区科技局\u3000\u3000完成时限:长期
"""
    first, second = extract(text)["items"]
    assert (first["title"], first["lead_units"], first["assisting_units"]) == (
        "建设科创园",
        ["区科技局"],
        ["区发改委"],
    )
    assert (first["deadline"], second["deadline"]) == ("2025-11-30", "ongoing")
    assert [(t["value"], t["unit"]) for t in first["targets"]] == [(20, "家"), (80, "%")]
    assert second["lead_units"] == ["区金融服务中心"]


def test_line_breaks_in_a_wiki_table_cell() -> None:
    text = """# 示例区2025年科技工作任务清单
| 序号 | 任务 | 牵头单位 | 配合单位 | 时限 |
|:---:|---|---|---|:---:|
| 1 | 建设概念验证中心1个 | 区科技局 | 示例高新区管委会<br>区财政局 | 2025年9月底 |
"""
    (row,) = extract(text)["items"]
    assert row["assisting_units"] == ["示例高新区管委会", "区财政局"]


def test_one_line_per_task_as_key_value_pairs() -> None:
    text = """示例区2025年科技创新重点任务
1.任务:新增高新技术企业40家;牵头:区科技局;配合:区税务局、区财政局;时限:2025年12月底前
2.任务:举办沙龙活动12场;责任:区科技局、区科协;时限:每月一场
"""
    first, second = extract(text)["items"]
    assert (first["title"], first["lead_units"], first["assisting_units"], first["deadline"]) == (
        "新增高新技术企业40家",
        ["区科技局"],
        ["区税务局", "区财政局"],
        "2025-12-31",
    )
    assert (second["lead_units"], second["assisting_units"], second["deadline"]) == (
        ["区科技局"],
        ["区科协"],
        "ongoing",
    )


def test_bullets_mark_tasks_under_the_numbered_sections() -> None:
    text = """示例区2025年科技工作计划
一、企业创新
● 全年新增高新技术企业8家。(区科技局、区税务局)
● 规上工业企业研发投入增长12%以上。(区工信局、区统计局)
二、平台与人才
■ 引进培育高层次人才8名。(区委人才办、区人社局)
"""
    first, second = extract(text)["items"]
    assert [(c["number"], c["level"], c["lead_units"]) for c in first["children"]] == [
        ("", 2, ["区科技局"]),
        ("", 2, ["区工信局"]),
    ]
    assert second["children"][0]["assisting_units"] == ["区人社局"]


def test_a_word_table_without_a_header_row() -> None:
    text = """示例县2025年科技创新重点工作任务表
1\t新增高新技术企业6家。\t县科技局(牵头) 县税务局\t2025年12月底前
2\t组织企业参加对接会不少于3次。\t县科技局\t2025年11月底前
"""
    first, second = extract(text)["items"]
    assert (first["number"], first["title"], first["lead_units"], first["assisting_units"]) == (
        "1",
        "新增高新技术企业6家",
        ["县科技局"],
        ["县税务局"],
    )
    assert (first["deadline"], second["deadline"]) == ("2025-12-31", "2025-11-30")


def test_table_cells_apart_by_one_ideographic_space() -> None:
    text = """示例区2025年科技创新重点任务分解
序号\u3000重点任务\u3000责任单位\u3000完成时限
1\u3000新增高新技术企业10家\u3000区科技局、区税务局\u30002025年12月底前
"""
    (row,) = extract(text)["items"]
    assert (row["lead_units"], row["assisting_units"], row["deadline"]) == (
        ["区科技局"],
        ["区税务局"],
        "2025-12-31",
    )


def test_a_table_drawn_with_box_characters() -> None:
    text = """示例县2025年科技工作重点任务表
┏━━━┳━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━┓
┃序号┃工作任务              ┃责任单位            ┃完成时限      ┃
┣━━━╋━━━━━━━━━━━━╋━━━━━━━━━━╋━━━━━━━┫
┃ 1  ┃建设县级研究中心3个    ┃县科技局、县工信局  ┃2025年11月底前┃
┗━━━┻━━━━━━━━━━━━┻━━━━━━━━━━┻━━━━━━━┛
"""
    (row,) = extract(text)["items"]
    assert (row["number"], row["lead_units"], row["assisting_units"], row["deadline"]) == (
        "1",
        ["县科技局"],
        ["县工信局"],
        "2025-11-30",
    )


def test_units_after_dot_leaders_or_a_dash() -> None:
    text = """示例市2025年科技创新工作任务
一、培育创新主体
1.新增高新技术企业15家……………………市科技局
2.研发活动覆盖率达到50%以上——市工信局、市统计局
"""
    (section,) = extract(text)["items"]
    first, second = section["children"]
    assert (first["lead_units"], second["lead_units"], second["assisting_units"]) == (
        ["市科技局"],
        ["市工信局"],
        ["市统计局"],
    )
    assert first["title"].startswith("新增高新技术企业15家")


def test_a_note_naming_the_items_it_assigns() -> None:
    text = """示例区2025年科技工作任务
一、企业培育
1.全年新增高新技术企业8家。
2.科技型中小企业入库评价40家以上。
3.规上工业企业研发投入增长15%以上。(区工信局)
4.开展科技活动。
以上第1-2项任务由区科技局牵头,区税务局、区工信局配合。
二、平台建设
5.建设区级工程技术研究中心3个。
以上任务由区科技局、区发改委负责。
"""
    first, second = extract(text)["items"]
    units = [(c["lead_units"], c["assisting_units"]) for c in first["children"]]
    assert units == [
        (["区科技局"], ["区税务局", "区工信局"]),
        (["区科技局"], ["区税务局", "区工信局"]),
        (["区工信局"], []),  # its own units stand
        ([], []),  # not in 1-2
    ]
    assert (second["children"][0]["lead_units"], second["children"][0]["assisting_units"]) == (
        ["区科技局"],
        ["区发改委"],
    )


def test_a_responsibility_matrix() -> None:
    text = """示例县2025年科技创新重点任务责任分工表
序号\t重点任务\t县科技局\t县发改委\t县工信局\t完成时限
1\t新增高新技术企业5家。\t★\t\t√\t2025年12月
2\t建设产业技术研究院。\t√\t★\t\t2025年10月
3\t开展科技服务。\t√\t\t√\t持续推进
注:★为牵头单位,√为配合单位。
"""
    rows = extract(text)["items"]
    assert [(r["lead_units"], r["assisting_units"], r["deadline"]) for r in rows] == [
        (["县科技局"], ["县工信局"], "2025-12-31"),
        (["县发改委"], ["县科技局"], "2025-10-31"),
        (["县科技局"], ["县工信局"], "ongoing"),  # no ★: the first marked office leads
    ]


def test_a_task_cell_holding_its_units_and_time_limit() -> None:
    text = """示例县2025年科技工作重点任务
序号\t工作任务及责任单位
1\t建设工作站3个。 责任单位:县科技局、县农业农村局 完成时限:2025年9月底前
"""
    (row,) = extract(text)["items"]
    assert (row["title"], row["lead_units"], row["assisting_units"], row["deadline"]) == (
        "建设工作站3个",
        ["县科技局"],
        ["县农业农村局"],
        "2025-09-30",
    )


def test_a_note_for_the_whole_section_on_its_last_line() -> None:
    text = """示例区2025年科技工作要点
一、企业创新
1.全年新增高新技术企业12家。
2.推动研发活动覆盖率达到55%。
本部分任务由区科技局牵头,区工信局、区税务局配合。
二、人才引育
3.引进培育高层次科技人才20名。(区委人才办、区人社局)
"""
    first, second = extract(text)["items"]
    assert [(c["lead_units"], c["assisting_units"]) for c in first["children"]] == [
        (["区科技局"], ["区工信局", "区税务局"]),
        (["区科技局"], ["区工信局", "区税务局"]),
    ]
    assert second["children"][0]["lead_units"] == ["区委人才办"]


def test_a_form_with_one_key_value_table_per_task() -> None:
    text = """示例县2025年科技创新重点工作督办单
1.
任务名称\t高新技术企业培育
工作目标\t全年新增高新技术企业5家。
牵头单位\t县科技局
配合单位\t县税务局、县财政局
完成时限\t2025年12月底前
"""
    (card,) = extract(text)["items"]
    assert (card["title"], card["lead_units"], card["assisting_units"], card["deadline"]) == (
        "高新技术企业培育",
        ["县科技局"],
        ["县税务局", "县财政局"],
        "2025-12-31",
    )


def test_office_columns_of_a_department() -> None:
    text = """示例厅2025年重点工作任务分解
序号\t工作任务\t责任处(科)室\t协同处室\t完成时间节点
1\t组织实施重大专项20项。\t重大专项处\t资源配置与管理处\t2025年9月
"""
    (row,) = extract(text)["items"]
    assert (row["lead_units"], row["assisting_units"], row["deadline"]) == (
        ["重大专项处"],
        ["资源配置与管理处"],
        "2025-09-30",
    )


def test_units_keyed_by_item_numbers_in_a_table_after_the_items() -> None:
    text = """示例县2025年科技工作要点
(一)全年新增高新技术企业6家。
(二)建设科技企业孵化器,2025年10月底前投入使用。
附:责任分工
任务序号\t牵头单位\t配合单位
(一)\t县科技局\t县税务局、县财政局
(二)\t县科技局\t示例工业园区管委会
"""
    first, second = extract(text)["items"]  # the key table's rows are not items
    assert (first["lead_units"], first["assisting_units"]) == (
        ["县科技局"],
        ["县税务局", "县财政局"],
    )
    assert (second["assisting_units"], second["deadline"]) == (["示例工业园区管委会"], "2025-10-31")


def test_the_office_as_the_subject_of_its_task() -> None:
    text = """示例县2025年科技创新重点工作
1.县科技局牵头组织实施县级科技计划项目10项。
2.县发改委会同县科技局推进园区建设,2025年11月底前完成规划编制。
3.县工信局负责推动研发活动覆盖率达到50%,县统计局配合。
4.县农业农村局牵头,县科技局配合,建设示范基地2个。
"""
    rows = extract(text)["items"]
    assert [(r["lead_units"], r["assisting_units"]) for r in rows] == [
        (["县科技局"], []),
        (["县发改委"], ["县科技局"]),
        (["县工信局"], ["县统计局"]),
        (["县农业农村局"], ["县科技局"]),
    ]
    assert [r["title"] for r in rows] == [
        "组织实施县级科技计划项目10项",
        "推进园区建设",
        "推动研发活动覆盖率达到50%",
        "建设示范基地2个",
    ]


def test_bracketed_task_labels_and_leaders_named_beside_their_units() -> None:
    text = """示例县2025年科技创新工作台账
【任务1】全年新增高新技术企业5家。
责任单位:县科技局(张某某,局长)、县税务局(李某某,副局长)
完成时限:十二月底前
【任务2】组织科技活动周活动约10场。
责任单位:县科协(赵某某)、县市场监管局(县知识产权局)
完成时限:五月底前
"""
    first, second = extract(text)["items"]
    assert (first["number"], first["lead_units"], first["assisting_units"]) == (
        "1",
        ["县科技局"],
        ["县税务局"],
    )
    assert (first["deadline"], second["deadline"]) == ("2025-12-31", "2025-05-31")
    assert second["assisting_units"] == ["县市场监管局(县知识产权局)"]  # an alias stays


def test_the_annex_title_does_not_displace_the_documents_and_its_goals_are_kept() -> None:
    # round 39: a short body (工作目标 paragraph) and the tasks in an annex table
    result = extract(
        "宜春市推进锂电产业科技创新工作方案\n"
        "工作目标：到2026年，锂电领域高新技术企业达到150家，攻克关键核心技术10项以上。\n"
        "附件：宜春市推进锂电产业科技创新重点任务分解表\n宜春市人民政府办公室\n2025年5月20日\n"
        "附件\n宜春市推进锂电产业科技创新重点任务分解表\n"
        "序号\t任务类别\t重点任务\t具体目标\t牵头单位\t配合单位\t完成时限\n"
        "1\t关键技术攻关\t组织实施重大科技专项\t立项攻关项目10项以上\t市科技局\t市财政局\t2025年12月底\n"
        "2\t关键技术攻关\t开展检验检测技术攻关\t检测能力覆盖200项以上\t市市场监管局\t市科技局\t2025.9.30\n"
    )
    assert result["title"] == "宜春市推进锂电产业科技创新工作方案"
    assert [(t["value"], t["unit"]) for t in result["targets"]] == [(150, "家"), (10, "项")]
    rows = [row for group in result["items"] for row in group["children"]]
    # the 具体目标 column holds each row's targets
    assert [[(t["value"], t["unit"]) for t in row["targets"]] for row in rows] == [
        [(10, "项")],
        [(200, "项")],
    ]


def test_an_indicator_and_task_column_is_the_tasks() -> None:
    # round 40: 指标及任务 read as a target column left the table without tasks
    result = extract(
        "工作目标责任分解表\n序号\t指标及任务\t分值\t目标值\t责任科室\t完成时限\n"
        "一、创新主体培育（30分）\n"
        "1\t高新技术企业倍增\t8\t净增80家以上\t高新技术科\t2026年12月31日\n"
        "2\t新型研发机构备案\t5\t备案新型研发机构5家\t成果转化科\t2026.11.30\n"
        "3\t科技特派员服务\t4\t选派科技特派员300人以上\t农村科技科\t长期\n"
    )
    group = result["items"][0]
    assert group["targets"] == []  # (30分) is the section's weight
    assert [row["title"] for row in group["children"]] == [
        "高新技术企业倍增",
        "新型研发机构备案",
        "科技特派员服务",
    ]
    assert [row["lead_units"] for row in group["children"]] == [
        ["高新技术科"],
        ["成果转化科"],
        ["农村科技科"],
    ]


def test_the_closing_request_after_the_last_task_is_none_of_its_text() -> None:
    # round 39: 各处室、各单位要… after the last task's units made that task recur quarterly
    result = extract(
        "2025年工作要点\n一、宣传\n"
        "15.加强典型经验宣传，全年刊发宣传报道50篇以上。（责任处室：办公室、成果转化处）\n"
        "各处室、各单位要对照工作要点，细化工作举措。工作推进情况请于每季度末报送，"
        "全年完成100项。\n"
    )
    task = result["items"][0]["children"][0]
    assert task["deadline"] is None
    assert [(t["value"], t["unit"]) for t in task["targets"]] == [(50, "篇")]
    assert result["targets"] == []


def test_articles_under_chapters_are_items() -> None:
    # round 41: a plan written like a regulation, 第一条 run into its text in a PDF
    result = extract(
        "实施方案\n第一章总则\n第一条为推进创新型城市建设,制定本方案。\n"
        "第二章重点任务\n第二条培育创新主体。高新技术企业突破2000家。"
        "(牵头单位:市科技局;责任单位:市工信局)\n第三条建设创新平台。新建平台30个。\n"
    )
    chapters = result["items"]
    assert [c["number"] for c in chapters] == ["第一章", "第二章"]
    assert [a["number"] for a in chapters[1]["children"]] == ["第二条", "第三条"]
    assert chapters[1]["children"][0]["lead_units"] == ["市科技局"]


def test_points_inside_a_paragraph_with_their_own_offices_are_items() -> None:
    text = (
        "通知\n一、重点举措\n"
        "(一)扩大企业群体。一是建立培育库,由市科技局牵头,6月底前完成遴选,入库企业不少于800家;"
        "二是开展政策宣讲,市科技局会同市税务局每季度组织一次培训;"
        "三是落实奖励,由各县(市、区)人民政府负责。\n"
        "(二)培育企业。一是建立培育库;二是开展辅导。全年入库企业不少于50家。(2026年6月)\n"
    )
    first, second = extract(text)["items"][0]["children"]
    points = first["children"]
    assert [p["number"] for p in points] == ["一", "二", "三"]
    assert [p["lead_units"] for p in points] == [
        ["市科技局"],
        ["市科技局"],
        ["各县(市、区)人民政府"],
    ]
    assert points[0]["deadline"] == "2026-06-30"
    # points without their own offices stay phrases of one task, whose figure and limit they share
    assert second["children"] == []
    assert second["deadline"] == "2026-06-30" and second["targets"][0]["value"] == 50


def test_a_recurring_time_limit_cell_gives_way_to_a_dated_limit_in_the_target_cell() -> None:
    result = extract(
        "任务清单\n序号\t工作任务\t目标要求\t牵头单位\t时间进度\n"
        "1\t工作督导\t开展季度调度,年底前开展综合考评\t县科技局\t每季度末\n"
        "2\t科技宣传\t刊发宣传稿件40篇\t县科协\t每季度末\n"
    )
    first, second = result["items"]
    assert (first["deadline"], second["deadline"]) == ("--12-31", "ongoing")  # no year given


def test_a_csv_task_list_with_line_breaks_in_cells_and_empty_last_cells() -> None:
    # round 43: one office per line in a quoted cell; rows without a 备注 lost their columns
    from apps.supervision.extraction.reader import from_csv

    text = from_csv(
        "于都县2025年重点工作任务清单,,,,,\n"
        "序号,重点工作,工作目标,责任单位,完成时限,备注\n"
        '1,实施高企培育工程,"新增高新技术企业10家,总数达到78家",县科技局,2025/12/31,\n'
        '2,开展评价入库,入库企业180家以上,"县科技局\n县工信局",2025.11,分两批组织\n'
    )
    first, second = extract(text)["items"]
    assert (first["title"], first["lead_units"]) == ("实施高企培育工程", ["县科技局"])
    assert [t["value"] for t in first["targets"]] == [10, 78]
    assert (second["lead_units"], second["assisting_units"]) == (["县科技局"], ["县工信局"])


def test_sub_numbered_rows_are_parts_of_their_row() -> None:
    # round 43: 1 实施…攻关 over 1-1, 1-2
    result = extract(
        "推进表\n序号\t工作任务\t牵头单位\t完成时限\n1\t实施锂电科技攻关\n"
        "1-1\t组织实施重大科技专项8项以上\t市科技局\t2025年12月底前\n"
        "1-2\t新增联合体成员单位10家\t市科技局\t2025年12月底前\n2\t推进平台建设\n"
        "2-1\t新建创新平台15个\t市科技局\t2025年9月30日\n"
    )
    assert [(i["number"], [c["number"] for c in i["children"]]) for i in result["items"]] == [
        ("1", ["1-1", "1-2"]),
        ("2", ["2-1"]),
    ]


def test_offices_in_brackets_opening_a_task_and_people_named_beside_units() -> None:
    # round 43: 【县科技局】 before the task; 责任人 beside the units is no unit
    result = extract(
        "要点\n一、任务\n(1)【县科技局、县工信局】组织开展评价入库工作,全年入库企业达到150家。\n"
        "(2)推动研发活动全覆盖。(责任单位:县工信局、县科技局;责任人:黄志强)\n"
        "(3)开展考评。(责任单位:县委县政府督查室、县科技局;责任人:刘志刚)\n"
    )
    first, second, third = result["items"][0]["children"]
    assert first["title"] == "组织开展评价入库工作"
    assert (first["lead_units"], first["assisting_units"]) == (["县科技局"], ["县工信局"])
    assert second["assisting_units"] == ["县科技局"]
    assert (third["lead_units"], third["assisting_units"]) == (["县委县政府督查室"], ["县科技局"])


def test_numbered_sections_on_lines_of_their_own_as_a_wechat_article_sets_them() -> None:
    # round 44: 01 over the heading, ◆◆◆ between sections, 12.11月… a label before a date
    result = extract(
        "上饶市2025年科技创新工作要点\n◆◆◆\n01\n强化企业创新主体地位\n"
        "1.实施梯次培育行动,全年新增高新技术企业150家以上。\n◆◆◆\n02\n集聚科技创新人才\n"
        "11.选派科技特派员500名。\n12.11月中旬前完成市级科学技术奖评审。\n"
        "13.推进中心建设,三季度投入运营。\n14.建设服务平台,10月份上线运行。\n"
    )
    first, second = result["items"]
    assert [(first["number"], first["title"]), (second["number"], second["title"])] == [
        ("01", "强化企业创新主体地位"),
        ("02", "集聚科技创新人才"),
    ]
    assert [c["number"] for c in second["children"]] == ["11", "12", "13", "14"]
    assert [c["deadline"] for c in second["children"][1:]] == [
        "2025-11-20",
        "2025-09-30",
        "2025-10-31",
    ]


def test_an_articles_units_after_its_last_sub_measure_and_who_a_measure_is_for() -> None:
    # round 44: 第三条 (一)(二) then 责任单位; 对…的企业 and per-project caps are no targets
    result = extract(
        "若干措施\n第二条支持企业加大研发投入。对年度研发费用500万元以上且增幅超过20%的企业,"
        "给予最高100万元补助。力争研发机构覆盖率达到45%以上。\n责任单位:市科技局\n"
        "第三条建设创新平台。\n(一)对新认定的省级工程技术研究中心,市级财政分别给予50万元、"
        "100万元支持。\n(二)新建市级平台10个。\n责任单位:市科技局、市财政局\n"
        "第四条实施科技专项。每年实施重大科技专项10项左右,单个项目支持不超过200万元。\n"
        "责任单位:市科技局\n第五条营造创新氛围。常态化开展科技活动周等活动,科学素质比例达到15%。\n"
    )
    second, third, fourth, fifth = result["items"]
    assert [t["value"] for t in second["targets"]] == [45]
    assert (third["lead_units"], third["assisting_units"]) == (["市科技局"], ["市财政局"])
    assert third["children"][0]["targets"] == [] and third["children"][0]["lead_units"] == []
    assert [t["value"] for t in fourth["targets"]] == [10]
    assert fifth["deadline"] == "ongoing"


def test_a_years_first_digit_printed_in_the_cell_before_the_time_limit() -> None:
    result = extract(
        "分解表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "11\t选聘科技金融专员200名\t省科技厅\t人民银行江西省分行2\t026年6月30日前\n"
    )
    (row,) = result["items"]
    assert (row["assisting_units"], row["deadline"]) == (["人民银行江西省分行"], "2026-06-30")


def test_a_spreadsheet_row_saved_as_text_keeps_its_empty_first_cell() -> None:
    """Round 54: a 类别 cell merged over its rows is saved on the first row only; the next
    rows open with a tab, and stripping it shifted every cell (the target read as the task)."""
    sheet = "\n".join(
        [
            "示例高新区2025年创新工作任务台账\t\t\t\t\t\t",
            "类别\t序号\t工作任务\t具体目标\t责任部门\t配合部门\t完成时限",
            "创新主体培育\t1\t高新技术企业培育\t新认定高新技术企业35家\t科技创新局\t税务分局\t2025.11.30",
            "\t2\t科技型中小企业评价入库\t评价入库科技型中小企业260家以上\t科技创新局\t各园区\t2025/12/31",
        ]
    )
    group = extract(sheet)["items"][0]
    assert group["title"] == "创新主体培育"
    rows = group["children"]
    assert [(r["number"], r["title"], r["deadline"]) for r in rows] == [
        ("1", "高新技术企业培育", "2025-11-30"),
        ("2", "科技型中小企业评价入库", "2025-12-31"),
    ]
    assert rows[1]["lead_units"] == ["科技创新局"]
    assert [(t["value"], t["unit"]) for t in rows[1]["targets"]] == [(260, "家")]


def test_a_tables_work_step_column_names_each_row() -> None:
    """Round 52: 工作环节 | 具体任务 — the step is the row's title, the task says how."""
    sheet = "\n".join(
        [
            "示例开发区揭榜挂帅项目工作台账",
            "序号\t工作环节\t具体任务\t量化指标\t牵头单位\t配合单位\t完成时限",
            "1\t征集企业技术需求\t面向规上企业开展技术难题征集\t征集需求不少于60项\t区科技局\t区经发局\t2027.3.31",
            "2\t凝练发布榜单\t组织专家论证,确定榜单并公开发布\t发布榜单15项以上\t区科技局\t区经发局\t2027/4/30",
        ]
    )
    items = extract(sheet)["items"]
    assert [i["title"] for i in items] == ["征集企业技术需求", "凝练发布榜单"]
    assert items[0]["lead_units"] == ["区科技局"]


def test_two_offices_signing_side_by_side_are_no_units_of_the_last_task() -> None:
    """Round 49: 吉安市农业农村局    吉安市科学技术局 above the date was read as two leads."""
    plan = "\n".join(
        [
            "示例市2025年工作要点",
            "一、强化督导考核。年底前开展综合评估。〔责任单位:市委农办、市农业农村局〕",
            "吉安市农业农村局    吉安市科学技术局",
            "2025年3月12日",
        ]
    )
    item = extract(plan)["items"][0]
    assert item["lead_units"] == ["市委农办"]
    assert item["assisting_units"] == ["市农业农村局"]
