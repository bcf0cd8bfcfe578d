"""Rules added after the first sight of rounds 49–66 (decision 0005): each case is the shape
of a miss on a document nobody here had seen, written afresh (not copied from it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from apps.supervision.extraction import extract, read_document
from apps.supervision.extraction.deadlines import find_deadline, normalize_deadline
from apps.supervision.extraction.targets import find_targets
from apps.supervision.extraction.units import find_units, split_units


def _roles(text: str) -> tuple[list[str], list[str]]:
    finding = find_units(text)
    return finding.lead, finding.assisting


def _targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text)]


def test_a_tab_separated_cell_quoted_over_two_lines_stays_one_cell(tmp_path: Path) -> None:
    """Round 57/58: a spreadsheet saved as text quotes a cell holding a line break; the row's
    second line was read as an item of its own."""
    path = tmp_path / "ledger.txt"
    path.write_text(
        "示例市水利科技任务分解表\n"
        "序号\t工作任务\t具体内容及目标\t牵头单位\t配合单位\t完成时限\n"
        '1\t推进数字孪生建设\t"完成干流数字孪生先行先试;\n监测设施覆盖率达到100%"\t局科技科\t市设计院\t12.31前\n'
        "2\t加强成果推广\t推广先进实用技术10项\t局科技科\t各县(区)水利局\t2025.11\n",
        encoding="utf-8",
    )
    items = extract(read_document(path))["items"]
    assert [i["title"] for i in items] == ["推进数字孪生建设", "加强成果推广"]
    assert [(t["value"], t["unit"]) for t in items[0]["targets"]] == [(100, "%")]


def test_an_expected_outcome_column_holds_the_rows_targets() -> None:
    """Round 55: 预期成效 was no known column (targets recall 0.11), and a row whose 预期成效
    cell is empty lost its columns."""
    sheet = "\n".join(
        [
            "示例市科技计划项目管理改革任务清单",
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t预期成效",
            "1\t完善专家评审\t扩充专家库\t市科技局\t—\t2025.9.30\t入库专家达到1500人",
            "2\t强化结果运用\t评价结果与立项挂钩\t市科技局\t各县(市、区)科技局\t2025年12月31日\t",
        ]
    )
    items = extract(sheet)["items"]
    assert [i["title"] for i in items] == ["完善专家评审", "强化结果运用"]
    assert [(t["value"], t["unit"]) for t in items[0]["targets"]] == [(1500, "人")]
    assert items[0]["assisting_units"] == []  # — : no one
    assert items[1]["assisting_units"] == ["各县(市、区)科技局"]


@pytest.mark.parametrize("empty", ["—", "/", "无", "——"])
def test_a_cell_left_empty_on_purpose_names_no_unit(empty: str) -> None:
    assert split_units(empty) == []


@pytest.mark.parametrize(
    ("text", "lead", "assisting", "limit"),
    [
        # a time limit among the labelled units (rounds 57, 58)
        (
            "新建示范基地20个。〔责任单位:市农业农村局、市科技局,各县(市、区)人民政府,9月底前〕",
            ["市农业农村局"],
            ["市科技局", "各县(市、区)人民政府"],
            "9月底前",
        ),
        ("实行跟踪培养。(责任单位:市科协、市科技局,2025年9月底前)", ["市科协"], ["市科技局"], None),
    ],
)
def test_a_time_limit_inside_a_labelled_unit_bracket(
    text: str, lead: list[str], assisting: list[str], limit: str | None
) -> None:
    finding = find_units(text)
    assert (finding.lead, finding.assisting) == (lead, assisting)
    assert finding.deadline_text == (limit or "2025年9月底前")


@pytest.mark.parametrize(
    ("text", "lead", "assisting"),
    [
        # the office opening a sentence and doing its work (rounds 55, 56, 58)
        (
            "加强监测调度。省工业和信息化厅建立全省技改项目库,每季度调度一次。",
            ["省工业和信息化厅"],
            [],
        ),
        ("加强监督评估。区科技创新局于2025年11月30日前对实施情况开展评估。", ["区科技创新局"], []),
        ("完善评价机制。市人社局、市科技局要每半年开展一次评估。", ["市人社局"], ["市科技局"]),
        # 会同 several offices, one of them a 部门 of every county (rounds 55, 60)
        (
            "加强组织领导。市科技局会同各县(市、区)科技主管部门建立协调机制。",
            ["市科技局"],
            ["各县(市、区)科技主管部门"],
        ),
        (
            "完善监测网络。市应急管理局会同市自然资源局、市水利局、市气象局,加密布设监测设备。",
            ["市应急管理局"],
            ["市自然资源局", "市水利局", "市气象局"],
        ),
        # 由A、B按职责分工负责 (round 57); an office's 处 (round 57); 长期坚持 after the roles
        (
            "全年兑现奖补资金不少于600万元。由县财政局、县科技局按职责分工负责。",
            ["县财政局"],
            ["县科技局"],
        ),
        ("选派特派员300名。局科技处牵头,局人事处配合,长期坚持。", ["局科技处"], ["局人事处"]),
        # 此项工作由A负责 (round 58); 按月调度 (round 54)
        ("加大宣传力度。此项工作由市科技局负责,长期坚持。", ["市科技局"], []),
        ("强化调度考核。市工信局按月调度各地项目进展。", ["市工信局"], []),
        # not those it exhorts
        ("强化组织保障。各地各部门要高度重视,压实工作责任。", [], []),
        # 会同 a 研究所 (round 62); the clause after the partners is the task (round 66)
        (
            "提升繁育水平。\n省水产技术推广站会同省水产科学研究所,建设良种繁育基地。",
            ["省水产技术推广站"],
            ["省水产科学研究所"],
        ),
        (
            "推动协同。市工信局会同市科技局、市商务局,组织本地企业参与协作配套。",
            ["市工信局"],
            ["市科技局", "市商务局"],
        ),
        # 此项工作由A负责,B配合 (round 62); ,B配合开展… (round 62)
        (
            "全年采集样品不少于12万份。此项工作由省动物疫病预防控制中心负责,各设区市农业农村局配合。",
            ["省动物疫病预防控制中心"],
            ["各设区市农业农村局"],
        ),
        (
            "推广日粮技术。省兽药饲料监察所负责技术指导,省饲料工业协会配合开展企业培训。",
            ["省兽药饲料监察所"],
            ["省饲料工业协会"],
        ),
        # an office of every county (round 61); 各设区市科协 doing the work by a date (round 64)
        (
            "开展专项检查。市市场监管局每季度开展一次专项检查,各县(市、区)市场监管局配合。",
            ["市市场监管局"],
            ["各县(市、区)市场监管局"],
        ),
        ("做好推荐。各设区市科协于11月30日前完成推荐并报送省科协。", ["各设区市科协"], []),
        # A、B负责 without 由: the first leads (round 64)
        ("开设宣传专栏。省科技厅、省科协负责,专栏每月更新。", ["省科技厅"], ["省科协"]),
    ],
)
def test_who_does_the_work_named_in_a_sentence(
    text: str, lead: list[str], assisting: list[str]
) -> None:
    assert _roles(text) == (lead, assisting)


def test_a_deadlines_sentence_ending_in_an_office_is_no_unit() -> None:
    """Round 59: 6月底前完成…规划并报市政府 was read as a lead unit."""
    lead, _ = _roles("新建基站1500个以上。6月底前完成年度站址规划并报市政府。(牵头单位:市工信局)")
    assert lead == ["市工信局"]


def test_places_share_the_office_named_after_the_last() -> None:
    """Round 60: 德兴市、婺源县交通运输局 — both counties' bureaus."""
    assert split_units("科技信息科、德兴市、婺源县交通运输局") == [
        "科技信息科",
        "德兴市交通运输局",
        "婺源县交通运输局",
    ]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("市级财政安排专项资金800万元,资金于上半年下达到位。", "2025-06-30"),
        ("加大金融支持。上半年设立规模不低于20亿元的产业投资基金。", "2025-06-30"),
        ("加强宣传。定期组织企业开展对接活动。", "ongoing"),
        ("建立会商机制。每月会商研判研发投入数据。", "ongoing"),
        ("引导企业投入。落实加计扣除政策。此项工作常态化推进。", "ongoing"),
        ("加快兑付进度。按季度集中兑付创新券,兑付周期缩短。", "ongoing"),
        # the span of years a count is made over (rounds 47, 55, 56)
        ("鼓励共建研发机构,2025—2027年累计共建联合研发机构30个。", "2027-12-31"),
        ("2025—2027年每年新建省级智能工厂10个以上。", "2027-12-31"),
        ("每季度在新材料产业集聚区组织一次中试供需对接活动,全年服务企业不少于300家。", "ongoing"),
        ("依托服务平台,按季度采集入库企业营收数据,形成监测报告。", "ongoing"),
        ("每年轮流承办成果对接会,促成合作项目20项以上。", "ongoing"),
        ("市科协牵头,各县(市、区)科协配合,常态化开展。", "ongoing"),
    ],
)
def test_limits_and_recurrences_in_running_text(text: str, deadline: str) -> None:
    assert find_deadline(text, 2025) == deadline


@pytest.mark.parametrize("cell", ["按季度", "每学期"])
def test_a_cell_that_only_recurs_is_standing(cell: str) -> None:
    assert normalize_deadline(cell, 2025) == "ongoing"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("其中10亿元以上项目不少于5个", [(5, "个", ">=")]),  # the sum sizes what is counted
        ("奖励完成人和团队的比例不低于70%", []),  # a share the policy grants, named first
        ("用于奖励完成人和团队的比例不低于70%", []),
        ("单个项目榜额不低于200万元", []),  # a floor on each project, a rule of the call
        ("区财政局每年安排不少于300万元专项资金", [(300, "万元", ">=")]),  # the money itself
        ("智能算力规模达到3000PFlops以上", [(3000, "PFlops", ">=")]),
        ("新增光伏装机10GW以上", [(10, "GW", ">=")]),
        ("单位产值能耗降至540千克标准煤以下", [(540, "千克标准煤", "<=")]),
        ("对接基础库回流数据20类以上", [(20, "类", ">=")]),
        ("全年配送量超过20万单", [(200000, "单", ">")]),
        ("作业面积达到100万亩次", [(1000000, "亩次", ">=")]),
        ("检验检测服务5000台件以上", [(5000, "台件", ">=")]),
        ("产能达到80万吨/年以上", [(800000, "吨/年", ">=")]),
        ("单位增加值能耗降低至0.45吨标准煤/万元以内", [(0.45, "吨标准煤/万元", "<=")]),
        ("全年繁育优质苗种50亿尾以上", [(5000000000, "尾", ">=")]),
        ("发放检验检测券80张", [(80, "张", "=")]),
    ],
)
def test_target_readings_from_rounds_49_to_66(text: str, found: list) -> None:
    assert _targets(text) == found


def test_a_visitor_counter_and_a_note_under_a_table_are_no_targets() -> None:
    """Round 56: 您是本站第 3506217 位访客 read as a target; rounds 51/52: the 注 under a task
    table (…每季度末前5个工作日报送) read as a target of the whole document."""
    sheet = "\n".join(
        [
            "示例区重点工作台账",
            "序号\t工作任务\t具体目标\t牵头单位\t完成时限",
            "1\t征集技术需求\t征集需求不少于60项\t区科技局\t2027.3.31",
            "注:各责任单位于每季度末前5个工作日报送进展。",
            "您是本站第 3506217 位访客",
        ]
    )
    ledger = extract(sheet)
    assert ledger["targets"] == []
    assert [(t["value"], t["unit"]) for t in ledger["items"][0]["targets"]] == [(60, "项")]


def test_a_share_of_the_grant_is_how_it_is_paid() -> None:
    """Round 52: 首期拨付不超过支持额度的50% read as a target."""
    assert _targets("按任务书拨付首期资金,首期拨付不超过支持额度的50%") == []
    assert _targets("研发投入占营业收入的3%以上") == [(3, "%", ">=")]


def test_a_funding_rules_bracket_and_cap_are_no_targets() -> None:
    """Round 53: 500万元以下的部分间接费用比例不超过30% — how funds may be spent."""
    assert _targets("500万元以下的部分间接费用比例不超过30%") == []


def test_a_task_naming_what_it_builds_is_no_office() -> None:
    """Round 61: a task cell 共建检测联合实验室 was read as a second lead."""
    assert _roles("共建检测联合实验室") == ([], [])


def test_offices_by_full_name_side_by_side_are_no_units() -> None:
    """Rounds 52, 63, 64: a web page's footer of government links, and two offices signing
    side by side with no date under them, were read as the last task's units."""
    plan = "\n".join(
        [
            "示例市2025年工作要点",
            "一、强化调度督导。市工信局每月调度重点项目进展。",
            "国务院  江西省人民政府  赣州市人民政府",
            "赣州市科学技术协会        赣州市科学技术局",
        ]
    )
    item = extract(plan)["items"][0]
    assert item["lead_units"] == ["市工信局"]
    assert item["assisting_units"] == []
