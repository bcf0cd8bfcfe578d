"""Responsible units: lead and assisting (units.py)."""

from __future__ import annotations

import pytest

from apps.supervision.extraction import extract
from apps.supervision.extraction.units import find_units, is_time_limit, split_units, unit_prefix


@pytest.mark.parametrize(
    ("text", "lead", "assisting"),
    [
        ("推进建设。〔责任单位:市科技局、高新区、市委人才办〕", ["市科技局"],
         ["高新区", "市委人才办"]),
        ("推进建设。〔责任单位：市科技局、市工信局,各县区、开发区〕", ["市科技局"],
         ["市工信局", "各县区", "开发区"]),
        ("推进建设。(牵头单位:市科技局;配合单位:市财政局、市税务局)", ["市科技局"],
         ["市财政局", "市税务局"]),
        ("推进建设。(牵头单位:市科技局、市工信局;配合单位:市财政局)", ["市科技局", "市工信局"],
         ["市财政局"]),
        ("推进建设。(责任单位:市科技局牵头,市财政局、市税务局配合)", ["市科技局"],
         ["市财政局", "市税务局"]),
        ("推进建设。(市工信局牵头,市科技局、市财政局配合)", ["市工信局"], ["市科技局", "市财政局"]),
        ("推进建设。\n责任单位:市科技局(牵头)、各县区政府", ["市科技局"], ["各县区政府"]),
        ("推进建设。\n责任单位:市财政局、市科技局", ["市财政局"], ["市科技局"]),
        ("推进建设。【责任单位:市科技局、赣州高新区】", ["市科技局"], ["赣州高新区"]),
        ("推进建设。〔市科技局、高新区、市自然资源规划局〕", ["市科技局"],
         ["高新区", "市自然资源规划局"]),
        ("推进建设。(配合单位:各县(市、区)人民政府;牵头单位:市科技局)", ["市科技局"],
         ["各县(市、区)人民政府"]),
        # the office opening a later sentence is its subject (not one named as an object)
        ("强化考核激励。县科技局会同县农业农村局每年对科技特派员开展考核。", ["县科技局"],
         ["县农业农村局"]),
        ("加强调度。市科技局牵头,市财政局配合,每季度调度一次。", ["市科技局"], ["市财政局"]),
        ("建设平台。2025年底前建成;区工信局负责运营管理。", ["区工信局"], []),
        # 落实 marks a role like 负责, and is no part of the name
        ("推广典型案例30个。(省工业和信息化厅牵头,各设区市人民政府落实)",
         ["省工业和信息化厅"], ["各设区市人民政府"]),
        ("推进建设。由省科技厅牵头,各设区市人民政府落实。", ["省科技厅"],
         ["各设区市人民政府"]),
        ("推进建设。(市科技局、市财政局落实)", ["市科技局"], ["市财政局"]),
        ("推进建设。(市科技局牵头,县科技局具体落实)", ["市科技局"], ["县科技局"]),
        ("推进建设。(市科技局、市财政局按职责分工落实)", ["市科技局"], ["市财政局"]),
    ],
)  # fmt: skip
def test_unit_forms(text: str, lead: list[str], assisting: list[str]) -> None:
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (lead, assisting)


@pytest.mark.parametrize(
    "text",
    [
        "贯彻落实《意见》(洪发〔2018〕8号)和有关文件。",
        "推进中国(南昌)科学岛建设。",
        "按时限要求完成。",
        "打造全国知名的产业集群(2021-2023年)。",
        # an office inside a later sentence, not opening it, is no subject
        "加强组织领导。成立工作领导小组,领导小组办公室设在县科技局。",
        "加强调度。各单位负责人要亲自抓,县科技局定期通报。",
        "强化考核。考核结果报县科技局,由县政府统筹使用。",
    ],
)
def test_no_units_in_prose(text: str) -> None:
    assert not find_units(text).found


def test_split_keeps_parentheses_together() -> None:
    assert split_units("市科技局、各县(市、区)人民政府,市直有关部门等") == [
        "市科技局",
        "各县(市、区)人民政府",
        "市直有关部门",
    ]


def test_deadline_inside_unit_annotation() -> None:
    ledger = extract(
        "2023年要点\n一、任务\n1.培育科技领军企业。(责任单位:市科技局、市发改委;完成时限:6月底前)"
    )
    item = ledger["items"][0]["children"][0]
    assert item["lead_units"] == ["市科技局"]
    assert item["assisting_units"] == ["市发改委"]
    assert item["deadline"] == "2023-06-30"


def test_units_line_after_sub_points_belongs_to_the_task() -> None:
    text = (
        "一、任务\n2.推进评价。\n① 开展宣讲不少于10场次;\n② 入库数量增长20%以上。\n"
        "责任单位:市科技局(牵头)、各县区政府"
    )
    task = extract(text)["items"][0]["children"][0]
    assert task["lead_units"] == ["市科技局"]
    assert task["assisting_units"] == ["各县区政府"]
    assert all(not c["lead_units"] for c in task["children"])


def test_units_of_each_sub_point_stay_with_it() -> None:
    text = "一、任务\n1.推进评价。\n(1)甲。\n责任单位:市科技局\n(2)乙。\n责任单位:市财政局"
    task = extract(text)["items"][0]["children"][0]
    assert task["lead_units"] == []
    assert [c["lead_units"] for c in task["children"]] == [["市科技局"], ["市财政局"]]


@pytest.mark.parametrize(
    ("text", "lead", "assisting"),
    [
        ("开展评价。(责任处室:成果转化处、政策法规处)", ["成果转化处"], ["政策法规处"]),
        ("开展评价。(牵头处室:成果转化处,配合处室:各设区市科技局)", ["成果转化处"],
         ["各设区市科技局"]),
        ("开展评价。〔成果转化处、人事处按职责分工负责〕", ["成果转化处"], ["人事处"]),
    ],
)  # fmt: skip
def test_offices_and_shared_responsibility(
    text: str, lead: list[str], assisting: list[str]
) -> None:
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (lead, assisting)


def test_a_date_inside_the_unit_bracket_is_the_deadline() -> None:
    finding = find_units("开展评价。(责任处室:成果转化处;2025年9月底前)")
    assert (finding.lead, finding.assisting, finding.deadline_text) == (
        ["成果转化处"],
        [],
        "2025年9月底前",
    )


@pytest.mark.parametrize(
    ("text", "lead", "assisting"),
    [
        ("扩大试点范围,持续推进。由省科技厅、省教育厅牵头,省财政厅配合。",
         ["省科技厅", "省教育厅"], ["省财政厅"]),
        ("建立联席会议制度,由省发展改革委牵头。", ["省发展改革委"], []),
        ("达到8件。由省市场监管局(省知识产权局)牵头,各设区市人民政府配合。",
         ["省市场监管局(省知识产权局)"], ["各设区市人民政府"]),
        ("推进建设。省科技厅牵头,省财政厅等单位配合。", ["省科技厅"], ["省财政厅"]),
    ],
)  # fmt: skip
def test_roles_written_as_a_sentence(text: str, lead: list[str], assisting: list[str]) -> None:
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (lead, assisting)


def test_leading_in_a_task_is_not_a_unit() -> None:
    assert not find_units("支持龙头企业牵头组建创新联合体3-5个。").found
    assert not find_units("鼓励高校牵头承担国家重大科技项目,由企业出题。").found


def test_bare_host_and_co_host_labels() -> None:
    finding = find_units(
        "组建创新联合体1个。(主办:新区经济发展局;协办:新区科技创新和人才局)2025年9月底前完成。"
    )
    assert (finding.lead, finding.assisting) == (["新区经济发展局"], ["新区科技创新和人才局"])


def test_bare_role_words_are_labels_only_with_a_colon() -> None:
    finding = find_units("推进建设。(牵头:市科技局;配合:市财政局、管委会;时限:2025年12月)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市财政局", "管委会"])
    assert finding.deadline_text == "2025年12月"
    marked = find_units("推进建设。(责任单位:市科技局牵头,市财政局配合)")
    assert (marked.lead, marked.assisting) == (["市科技局"], ["市财政局"])


def test_labels_in_their_own_brackets() -> None:
    text = "引进检测认证机构2家。【责任单位】区科技局、各乡镇(街道)【完成时限】2025年6月底"
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (["区科技局"], ["各乡镇(街道)"])
    assert finding.deadline_text == "2025年6月底"


def test_responsibility_written_as_a_sentence() -> None:
    finding = find_units("举办培训班30期以上,由县农业农村局负责,各乡镇人民政府配合。")
    assert (finding.lead, finding.assisting) == (["县农业农村局"], ["各乡镇人民政府"])
    assert find_units("完成年度考核。由县科技局负责。").lead == ["县科技局"]
    assert not find_units("企业负责人要高度重视。").found


def test_a_unit_bracket_closing_each_clause() -> None:
    text = (
        "推进研究院建设,年内完成实体化运营(区科技局);支持企业建设研发中心10家(区工信局、区科技局)。"
    )
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (["区科技局", "区工信局"], [])
    assert not find_units("推进中国(南昌)科学岛建设,覆盖各县(市、区)。").found


def test_an_association_is_a_unit() -> None:
    finding = find_units("组织对接活动50场次。(市科技局(牵头)、市科协)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市科协"])


def test_and_other_departments_is_dropped() -> None:
    assert split_units("市科技局等有关部门、市财政局") == ["市科技局", "市财政局"]


def test_a_unit_bracket_closing_a_heading_line() -> None:
    finding = find_units("培育高新技术企业【县科技局、县税务局】\n全年新增高新技术企业4家。")
    assert (finding.lead, finding.assisting) == (["县科技局"], ["县税务局"])


def test_overall_and_carrying_out_markers() -> None:
    finding = find_units("新增企业50家以上。(市科技局负总责,各县〔市、区〕人民政府具体落实)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["各县〔市、区〕人民政府"])


def test_units_and_time_after_a_dash() -> None:
    finding = find_units("新建省级重点实验室2家。——责任单位:市科技局、市财政局;时间:2025年11月")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市财政局"])
    assert finding.deadline_text == "2025年11月"
    assert not find_units("时间紧、任务重,各单位要抓紧推进。").found


def test_a_label_then_assisting_marker_leads_with_the_unmarked_units() -> None:
    finding = find_units("提升10位以上。责任单位:九江经开区管委会、共青城市人民政府,市科技局配合。")
    assert (finding.lead, finding.assisting) == (
        ["九江经开区管委会", "共青城市人民政府"],
        ["市科技局"],
    )
    finding = find_units("推进建设。(市科技局牵头,市财政局、市税务局)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市财政局", "市税务局"])


def test_units_in_a_bracket_mixing_separators_with_a_time_limit_among_them() -> None:
    finding = find_units(
        "组建创新联合体2-3个。(市科技局、市工信局,各县(市、区)人民政府,6月底前启动)"
    )
    assert (finding.lead, finding.assisting) == (
        ["市科技局"],
        ["市工信局", "各县(市、区)人民政府"],
    )
    assert finding.deadline_text == "6月底前启动"
    finding = find_units("新增平台10个。(井冈山农业科技园区管委会;市农业农村局、市科技局)")
    assert (finding.lead, finding.assisting) == (
        ["井冈山农业科技园区管委会"],
        ["市农业农村局", "市科技局"],
    )
    assert not find_units("开展活动(2025年6月底前)。").found


def test_a_bare_list_of_offices_after_the_task() -> None:
    finding = find_units("引进高层次人才50名以上。市人社局、市科技局、市委人才办")
    assert (finding.lead, finding.assisting) == (["市人社局"], ["市科技局", "市委人才办"])
    finding = find_units("新增企业10家。\n国家税务总局江西省税务局,省科技厅;各设区市人民政府。")
    assert finding.lead == ["国家税务总局江西省税务局"]
    assert finding.assisting == ["省科技厅", "各设区市人民政府"]
    # places and things are not offices
    assert not find_units("新增企业10家。建设赣江新区、南昌高新区").found
    # a sentence starting with 各 that is not a name; one office alone on its own line is
    # the issuer's signature
    assert not find_units("抓好落实。各地各部门要于每季度末将工作进展报送市科技局。").found
    assert not find_units("建立工作台账。\n上犹县科学技术局").found
    # a table's task cell leaves units to its columns
    assert not find_units("新增人才10名。人才科技局", bare_lists=False).found


def test_units_and_time_limit_in_columns_after_the_task() -> None:
    text = "新增高新技术企业15家以上,比重达到40%        区科技局、区工信局       2025年12月"
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (["区科技局"], ["区工信局"])
    assert finding.deadline_text == "2025年12月"
    finding = find_units("开展服务不少于300人次      区科技局、各乡镇(街道)      长期")
    assert (finding.lead, finding.assisting, finding.deadline_text) == (
        ["区科技局"],
        ["各乡镇(街道)"],
        "长期",
    )
    # a labelled pair in columns is read by its labels; figures are not time limits
    finding = find_units("牵头单位:县科技局\u3000\u3000配合单位:县财政局、县税务局")
    assert (finding.lead, finding.assisting) == (["县科技局"], ["县财政局", "县税务局"])
    assert not find_units("1\t研发经费投入强度\t%\t1.62\t1.8").found


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2025年12月", True), ("6月底前启动", True), ("长期", True), ("2025.6.30", True),
     ("1.8", False), ("2025年目标", False), ("区科技局", False)],
)  # fmt: skip
def test_a_time_limit_cell(cell: str, expected: bool) -> None:
    assert is_time_limit(cell) is expected


def test_a_responsible_label_beside_a_lead_label_assists() -> None:
    finding = find_units("推进建设。(牵头单位:市科技局;责任单位:各县(市、区)人民政府、市财政局)")
    assert (finding.lead, finding.assisting) == (
        ["市科技局"],
        ["各县(市、区)人民政府", "市财政局"],
    )
    finding = find_units("推进建设。(责任单位:市科技局、市财政局)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市财政局"])


def test_labels_inside_a_bracket_after_its_time_limit() -> None:
    finding = find_units("新增企业150家。(持续推进;牵头:市科技局,参与:市税务局、市财政局)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市税务局", "市财政局"])
    assert finding.deadline_text == "持续推进"


def test_places_before_the_last_name_share_its_government() -> None:
    finding = find_units(
        "提高到45%。(市工信局牵头负责,贵溪市、余江区、月湖区人民政府,鹰潭高新区管委会按职责落实)"
    )
    assert (finding.lead, finding.assisting) == (
        ["市工信局"],
        ["贵溪市人民政府", "余江区人民政府", "月湖区人民政府", "鹰潭高新区管委会"],
    )
    assert split_units("高新区、经开区") == ["高新区", "经开区"]


def test_a_sentence_of_offices_inside_the_text_with_its_time_limit() -> None:
    finding = find_units("争创平台8个,其中国家级1个。市科技局、市发展改革委,9月份完成申报。")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市发展改革委"])
    assert finding.deadline_text == "9月份完成申报"
    finding = find_units("研发投入增长10%左右。市工业和信息化局;市统计局。2025年三季度末前完成。")
    assert (finding.lead, finding.assisting) == (["市工业和信息化局"], ["市统计局"])
    # an inline sub-point naming a station is a task, not an office
    assert not find_units("建设观测站。(2)争创国家野外科学观测研究站。").found


def test_a_unit_prefix_before_the_task() -> None:
    assert unit_prefix("省科技厅、省财政厅:落实政策。") == len("省科技厅、省财政厅:")
    assert unit_prefix("责任单位:省科技厅") == 0
    assert unit_prefix("主要目标:高新技术企业达到100家。") == 0
    finding = find_units("市科技局:组织实施项目80项。")
    assert (finding.lead, finding.assisting) == (["市科技局"], [])


def test_a_note_in_brackets_after_the_unit_list() -> None:
    finding = find_units(
        "新增≥60家。(责任单位:市科技局、市税务局、市财政局(排第一位的为牵头单位,下同))"
    )
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市税务局", "市财政局"])
    finding = find_units("建成投用。(责任:市科技局、高新区管委会)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["高新区管委会"])
    assert not find_units("落实安全生产责任,压实主体责任。").found


def test_words_about_the_list_in_its_bracket() -> None:
    finding = find_units("实施专项10项。(市科技局、市发改委按职责分工负责,下同)")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市发改委"])
    finding = find_units("推进建设。由区科技局、区发改委负责。")
    assert (finding.lead, finding.assisting) == (["区科技局"], ["区发改委"])


def test_offices_joined_by_and() -> None:
    assert split_units("区文旅局及区科技局、区发改委与区财政局") == [
        "区文旅局",
        "区科技局",
        "区发改委",
        "区财政局",
    ]
    assert split_units("省工业和信息化厅、市人力资源和社会保障局") == [
        "省工业和信息化厅",
        "市人力资源和社会保障局",
    ]
    assert not find_units("支持龙头企业牵头组建创新联合体。").found


@pytest.mark.parametrize(
    "sentence",
    [
        "区科技创新工作领导小组每季度召开一次调度会。",
        "每年举办一次科技成果对接会。",
        "市科技局定期召开工作推进会。",
    ],
)
def test_a_meeting_after_the_task_is_not_a_unit(sentence: str) -> None:
    text = f"三、保障措施\n(一)加强组织领导。{sentence}\n(二)强化资金保障。"
    item = extract(text)["items"][0]["children"][0]
    assert item["lead_units"] == [] and item["assisting_units"] == []


def test_bodies_ending_in_hui_are_still_units() -> None:
    text = "一、任务\n1.推进建设。\n责任单位:市科协、市工商联、市科技局(牵头)、高新区管委会"
    task = extract(text)["items"][0]["children"][0]
    assert task["lead_units"] == ["市科技局"]
    assert task["assisting_units"] == ["市科协", "市工商联", "高新区管委会"]


def test_a_later_sentence_subject_does_not_override_the_columns_of_a_table_cell() -> None:
    text = "推进建设。县科技局会同县财政局组织验收。"
    assert find_units(text).lead == ["县科技局"]
    assert not find_units(text, bare_lists=False).found


@pytest.mark.parametrize(
    "bracket",
    ["（县科协牵头，县科技局配合；长期坚持）", "（县科协牵头，县科技局配合；2025年底前）"],
)
def test_a_role_bracket_with_its_time_limit_keeps_the_bracket_out_of_the_name(
    bracket: str,
) -> None:
    item = extract(f"一、总体\n（一）营造创新氛围。开展活动。{bracket}\n（二）其他。")["items"][0][
        "children"
    ][0]
    assert (item["lead_units"], item["assisting_units"]) == (["县科协"], ["县科技局"])
    assert item["deadline"] is not None


def test_roles_followed_by_their_time_limit_in_the_same_sentence() -> None:
    item = extract(
        "一、任务\n（一）建设园区。引进企业10家以上。由县农业农村局牵头，县科技局、"
        "县发改委配合，2025年11月底前完成年度监测评价。\n（二）其他。"
    )["items"][0]["children"][0]
    assert (item["lead_units"], item["assisting_units"]) == (
        ["县农业农村局"],
        ["县科技局", "县发改委"],
    )
    assert item["deadline"] == "2025-11-30"


def test_working_with_unnamed_departments_names_no_assisting_unit() -> None:
    finding = find_units("省科技厅会同有关部门建立省级重点实验室体系重组工作协调机制")
    assert (finding.lead, finding.assisting) == (["省科技厅"], [])


def test_where_an_office_sits_is_not_a_unit() -> None:
    item = extract(
        "一、任务\n（一）加强组织。开展活动。（县科协牵头）\n"
        "各成员单位将总结报送领导小组办公室（设在县科协）。\n（二）其他。"
    )["items"][0]["children"][0]
    assert item["lead_units"] == ["县科协"]


def test_lead_and_responsible_labels_on_lines_of_their_own_are_read_together() -> None:
    item = extract(
        "一、任务\n1.推动创新中心建设，年内完成论证。\n牵头单位：市科技局\n"
        "责任单位：市发展改革委、赣州高新区管委会\n2.其他。"
    )["items"][0]["children"][0]
    assert (item["lead_units"], item["assisting_units"]) == (
        ["市科技局"],
        ["市发展改革委", "赣州高新区管委会"],
    )


def test_led_by_an_office_that_then_does_the_work() -> None:
    finding = find_units("加强组织领导。由市科技局牵头建立工作专班，每季度召开一次调度会。")
    assert finding.lead == ["市科技局"]


def test_a_reading_note_closing_a_labelled_list_is_no_unit() -> None:
    # round 39: the note that the first office leads sat inside the labelled bracket
    finding = find_units(  # as the reader hands it over: half-width punctuation
        "建立梯次培育库。(责任单位:县科技局、县工信局、县税务局,列第一位的为牵头单位,下同)"
    )
    assert (finding.lead, finding.assisting) == (["县科技局"], ["县工信局", "县税务局"])


def test_an_office_steering_a_recurring_task_leads_it() -> None:
    finding = find_units("强化调度通报。市科技局每月调度各地培育进展，每季度在全市通报一次。")
    assert finding.lead == ["市科技局"]
    # …but not an office named as the object of the steering
    assert find_units("强化调度通报。每月调度市科技局等单位进展。").lead == []


def test_led_by_offices_after_a_comma() -> None:
    finding = find_units("纳入年度综合考核，由区党群工作部、区科创局负责督导落实。")
    assert (finding.lead, finding.assisting) == (["区党群工作部"], ["区科创局"])


def test_a_company_named_as_the_responsible_enterprise_leads() -> None:
    finding = find_units(
        "组建创新联合体。【责任企业】赣锋锂业集团股份有限公司【配合单位】区科创局【完成时限】2026年11月"
    )
    assert (finding.lead, finding.assisting) == (["赣锋锂业集团股份有限公司"], ["区科创局"])


def test_a_team_in_brackets_is_no_unit() -> None:
    finding = find_units("将职务科技成果所有权赋予成果完成人(团队),赋权成果单列管理。")
    assert finding.lead == []


def test_offices_then_etc_before_sharing_the_task() -> None:
    # round 42: 等 between the list and 按职责分工负责 hid the whole bracket
    item = extract(
        "一、任务\n4.实施高新技术企业倍增行动，高新技术企业突破8000家。"
        "（省科技厅牵头，省财政厅、省税务局等按职责分工负责）\n5.其他。"
    )["items"][0]["children"][0]
    assert (item["lead_units"], item["assisting_units"]) == (
        ["省科技厅"],
        ["省财政厅", "省税务局"],
    )


def test_two_offices_run_together_in_a_wrapped_cell_are_two() -> None:
    assert split_units("市工信局市科技局") == ["市工信局", "市科技局"]
    assert split_units("省发展改革委省财政厅") == ["省发展改革委", "省财政厅"]
    for one in ("市委组织部", "市政府办公室", "县委办", "区委区政府"):
        assert split_units(one) == [one]


def test_an_office_as_the_subject_of_a_later_clause() -> None:
    # round 41: points naming their offices mid-sentence
    assert find_units("落实税收优惠政策,市税务局负责,9月底前完成兑现。").lead == ["市税务局"]
    finding = find_units("实施培育计划,市科技局牵头对拟申报企业开展辅导。")
    assert finding.lead == ["市科技局"]
    finding = find_units("强化督促检查。省科技厅要会同省政府督查室实行清单化管理。")
    assert (finding.lead, finding.assisting) == (["省科技厅"], ["省政府督查室"])
    # a company leading is no office
    assert find_units("组建联合体,支持龙头企业牵头组建创新联合体。").lead == []


def test_led_by_offices_that_give_or_lead_together() -> None:
    finding = find_units("对首次入库企业,由各县(市、区)人民政府给予每家2万元奖励。")
    assert finding.lead == ["各县(市、区)人民政府"]
    finding = find_units("遴选骨干企业,由市工信局、市科技局牵头,建立培育名单。")
    assert finding.lead == ["市工信局", "市科技局"]  # 牵头: both lead
    finding = find_units("发放贷款20亿元以上,由市委金融办、市科技局负责,人民银行吉安市分行配合。")
    assert (finding.lead, finding.assisting) == (  # 负责: shared, the first leads
        ["市委金融办"],
        ["市科技局", "人民银行吉安市分行"],
    )
    assert find_units("本方案由市科技局负责解释。").lead == ["市科技局"]


def test_an_office_steering_with_a_partner_or_reporting() -> None:
    finding = find_units("开展系列宣讲,市科技局会同市税务局每季度组织一次集中培训。")
    assert (finding.lead, finding.assisting) == (["市科技局"], ["市税务局"])
    finding = find_units("建立联席会议制度,市科技局每半年向市政府报告一次工作进展。")
    assert finding.lead == ["市科技局"]


def test_partners_named_in_a_later_clause_without_its_subject() -> None:
    finding = find_units(
        "加强组织领导。省科技厅牵头建立协调机制,会同省发展改革委、省财政厅统筹推进方案落实。"
    )
    assert (finding.lead, finding.assisting) == (["省科技厅"], ["省发展改革委", "省财政厅"])


def test_an_office_funding_a_recurring_task_leads_it() -> None:
    finding = find_units("落实经费保障。县财政局每年安排科技特派员专项工作经费不少于200万元。")
    assert finding.lead == ["县财政局"]


def test_offices_of_a_pdf_cell_one_per_line_run_together() -> None:
    # round 48: banks, 各设区市 and provincial groups joined without a separator
    assert split_units("省财政厅人民银行江西省分行") == ["省财政厅", "人民银行江西省分行"]
    assert split_units("省科技厅各设区市人民政府") == ["省科技厅", "各设区市人民政府"]
    assert split_units("省科技厅省金控集团") == ["省科技厅", "省金控集团"]
    assert split_units("国家金融监督管理总局江西监管局") == ["国家金融监督管理总局江西监管局"]


def test_a_signature_date_run_into_a_units_cell_is_no_unit() -> None:
    assert split_units("市商务局、市投资促进局、2025年2月26日") == ["市商务局", "市投资促进局"]


def test_those_who_carry_out_what_the_lead_leads_assist_it() -> None:
    """Round 49: 有关县(市、区)人民政府负责具体实施 after the lead and its helpers was lost."""
    finding = find_units(
        "力争新增省级农业科技园区2家。市科技局牵头,市农业农村局、市财政局配合,"
        "有关县(市、区)人民政府负责具体实施。"
    )
    assert finding.lead == ["市科技局"]
    assert finding.assisting == ["市农业农村局", "市财政局", "有关县(市、区)人民政府"]
