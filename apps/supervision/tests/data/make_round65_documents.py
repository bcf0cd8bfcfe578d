"""Round 65: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round65_documents.py

The documents (all Simplified Chinese, Jiangxi issuers, document year 2025):

* ``heldout65-yichun-hitech-zone-eval.docx`` — 宜春高新区2025年综合评价争先进位工作方案, drafted in
  Word by the zone's management committee: 仿宋 body, 黑体 level-1 headings, 楷体 level-2
  headings; 一、工作目标 paragraph with the year's figures, 二、重点任务 given as a table
  (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) whose task groups are merged rows
  "(一)…", 三、保障措施 as (一)(二)(三) paragraphs.
* ``heldout65-fuzhou-gradient-plan.pdf`` — 抚州市创新型企业梯度培育三年行动计划(2025—2027年),
  printed from Word inside the 市政府办公室 notice (抚府办发〔2025〕9号); A4, 红头-style first
  lines, "— n —" page numbers; 一、 (一) 1. levels; units as 〔责任单位:A、B〕, (A牵头,B、C配合),
  (A、B按职责分工负责), 由A牵头,B配合。, A会同B负责…; 到2027年 targets, 翻一番, 年内, 2026年底前.
* ``heldout65-nanchang-gazelle-web.txt`` — 南昌高新区2025年独角兽(瞪羚)企业培育工作要点, copied
  from the zone's website with its chrome (menu, breadcrumb, 发布时间/来源, 字体 大中小, footer);
  a 2025年主要目标 paragraph before 一、; 一、 and 1. levels; units as (A牵头,B配合),
  (责任单位:…), 责任单位:…。完成时限:…。, a last sentence of office names, (牵头:A;配合:B、C),
  由A负责,B配合。, a bracket with units and a time limit, an office steering monthly work.
* ``heldout65-ganzhou-ipo-reserve-sheet.txt`` — 赣州经开区2025年上市后备科技企业培育工作台账, a
  spreadsheet saved as tab-separated text: title line, 填报单位 line, header
  序号 | 工作任务 | 工作目标 | 牵头单位 | 责任单位 | 完成时限, group rows 一…四, rows 1–12,
  deadlines as 2025.6.30 / 2025/9/30 / 2025.5 / 11.30前 / 每季度末 / 长期, a 备注 line.

Annotation choices (where the output conventions are silent or I had to decide):

* Item titles: for running text the sentence before the first 。 (the item's heading); for a
  table row the whole 工作任务 cell (a sheet's task cell is its title); group rows and 一、
  headings carry their heading text.
* Table task groups printed "(一)…" inside the table (doc 1) are level-2 items under
  二、重点任务, their numbered rows level 3. In the sheet (doc 4) the group rows 一…四 are level 1
  and the rows level 2.
* 全国排名 "进入前80位" and 全省 "保持前5位" are both `<=` in 位.
* 争创国家级研发平台1个 and 力争1家企业申报上市 are `=` 1, kind level (no increment verb).
* "其中引进投资额超过10亿元的项目不少于3个": the 10亿元 qualifies the projects (no target); the
  3个 is an increment because 引进 governs it.
* 培育科技领军企业10家 and 组建创新联合体5个以上 are kind level (培育/组建 are not increment verbs).
* "每年新增入库企业300家以上", "每年培训企业不少于500家次", "每年…引进…200名" are yearly quotas,
  not recurrences; "市、县两级财政每年安排…资金" is a recurrence (ongoing), and its sum is a target.
* "2025年至2027年每年培训…" is a span followed by a count made over it → 2027-12-31.
* In doc 1 the time-limit cell "2025年4月中旬" → 2025-04-20; "每季度末" and "每月" cells → ongoing.
* A share qualified by a clause ("营业收入增长率连续两年超过20%的企业") is no target.
* 5万平方米 / 10万平方米 fold to 50000 / 100000 平方米 (not money).
* "/" in the sheet's 责任单位 cell names no one; the sheet's 责任单位 column stands beside a
  牵头单位 column and so names the assisting units.
* The sheet's "每季度1期" time-limit cell is a recurrence → ongoing.
* Document-level targets: only doc 3 has figures before its first item (2025年主要目标); docs 1
  and 2 put theirs in a numbered 一、 item, which keeps them.
* 保障措施 paragraphs are items; they get units only where an office does the work
  (高新区党政办每季度…督查, 市科技局每半年通报, 区科技创新局每月调度).
"""

import json
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

DATA = Path("apps/supervision/tests/data")
DOCS = DATA / "docs"
GOLD = DATA / "gold"


def item(number, level, title, lead=(), assist=(), deadline=None, targets=(), children=()):
    return {
        "number": number,
        "level": level,
        "title": title,
        "lead_units": list(lead),
        "assisting_units": list(assist),
        "deadline": deadline,
        "targets": list(targets),
        "children": list(children),
    }


def tg(subject, comparator, value, unit, kind="level", **extra):
    t = {"subject": subject, "comparator": comparator, "value": value, "unit": unit, "kind": kind}
    t.update(extra)
    return t


def write_gold(name, gold):
    path = GOLD / f"{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# 1. 宜春高新区 — Word document with a task table
# ---------------------------------------------------------------------------

YICHUN_TITLE = "宜春高新区2025年综合评价争先进位工作方案"

YICHUN_INTRO = (
    "为深入贯彻落实国家和省关于推动高新区高质量发展的部署要求,对标科技部国家高新区综合评价"
    "指标体系和省科技厅全省高新区考核评价办法,补齐短板、放大优势,推动我区在2025年度评价中"
    "争先进位,结合我区实际,制定本方案。"
)

YICHUN_GOAL = (
    "2025年,我区在全国国家高新区综合评价中排名进入前80位,在全省高新区考核评价中保持前5位;"
    "园区企业R&D经费投入占营业收入比重达到3.2%以上,高新技术企业达到260家,高新技术产业"
    "增加值占规模以上工业增加值比重达到52%。"
)

# (group heading) or (number, task, lead, assist, limit)
YICHUN_ROWS = [
    ("(一)创新能力和创业活跃度",),
    (
        "1",
        "组织园区企业开展研发费用归集辅导,全年新增有研发活动的规上工业企业30家以上。",
        "高新区科技创新局",
        "高新区经济发展局、宜春高新区税务局",
        "2025年9月底前",
    ),
    (
        "2",
        "新认定高新技术企业40家以上,科技型中小企业入库评价突破350家。",
        "高新区科技创新局",
        "高新区财政局",
        "2025年12月底前",
    ),
    (
        "3",
        "新建省级以上研发平台5个,争创国家级研发平台1个。",
        "高新区科技创新局",
        "高新区经济发展局",
        "2025年11月30日",
    ),
    (
        "4",
        "提升孵化载体服务能力,在孵企业达到180家,当年毕业企业不少于20家。",
        "高新区科技创新局",
        "高新区招商局、各孵化器运营公司",
        "长期坚持",
    ),
    ("(二)结构优化和产业价值链",),
    (
        "5",
        "实施高新技术产业提质行动,高新技术产业增加值占规模以上工业增加值比重提高到52%。",
        "高新区经济发展局",
        "高新区科技创新局、高新区统计站",
        "2025年12月31日",
    ),
    (
        "6",
        "围绕锂电新能源、生物医药主导产业开展精准招商,引进科技型产业项目15个以上,"
        "其中引进投资额超过10亿元的项目不少于3个。",
        "高新区招商局",
        "高新区经济发展局",
        "2025年10月底前",
    ),
    (
        "7",
        "加大技术合同登记服务力度,技术合同成交额达到45亿元。",
        "高新区科技创新局",
        "高新区财政局",
        "每季度末",
    ),
    ("(三)绿色发展和开放创新",),
    (
        "8",
        "推进园区节能降碳改造,单位工业增加值能耗降低至0.45吨标准煤/万元以内。",
        "高新区经济发展局",
        "宜春市生态环境局高新区分局",
        "2025年12月底前",
    ),
    (
        "9",
        "支持企业设立海外研发机构、开展国际科技合作项目8项,外贸进出口总额突破60亿元。",
        "高新区招商局",
        "高新区科技创新局、宜春海关",
        "2025年11月底前",
    ),
    ("(四)评价数据报送和过程管理",),
    (
        "10",
        "按时完成火炬统计调查数据填报和审核,企业填报率达到100%。",
        "高新区科技创新局",
        "高新区统计站、市科技局",
        "2025年3月20日前",
    ),
    (
        "11",
        "对照评价指标体系开展年度自评,形成自评报告报市科技局、省科技厅。",
        "高新区科技创新局",
        "高新区各部门",
        "2025年4月中旬",
    ),
    (
        "12",
        "建立评价指标月调度机制,对主要指标进展进行分析预警。",
        "高新区科技创新局",
        "高新区统计站",
        "每月",
    ),
]

YICHUN_GUARANTEES = [
    (
        "(一)加强组织领导。",
        "成立由管委会主任任组长的综合评价争先进位工作领导小组,统筹推进各项评价指标提升工作,"
        "各部门主要负责同志为第一责任人,确保各项指标任务落到实处。",
    ),
    (
        "(二)强化考核激励。",
        "将指标任务完成情况纳入部门年度绩效考核,对推动排名进位成效明显的部门和个人给予通报表扬。",
    ),
    (
        "(三)严格督查通报。",
        "高新区党政办每季度对各项任务推进情况进行督查,对进度滞后的部门予以通报。",
    ),
]


def _font(run, name, size):
    run.font.name = name
    run.font.size = Pt(size)
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _para(doc, text, font="仿宋_GB2312", size=16, align=None, indent=True):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), font, size)
    return p


def make_yichun():
    doc = Document()
    _para(
        doc,
        YICHUN_TITLE,
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    _para(doc, YICHUN_INTRO)
    _para(doc, "一、工作目标", font="黑体")
    _para(doc, YICHUN_GOAL)
    _para(doc, "二、重点任务", font="黑体")
    _para(doc, "围绕综合评价五大类一级指标,明确以下12项重点任务(详见下表)。")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(
        table.rows[0].cells, ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], strict=True
    ):
        cell.text = ""
        _font(cell.paragraphs[0].add_run(head), "黑体", 12)
    for row in YICHUN_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[4])
            merged.text = ""
            _font(merged.paragraphs[0].add_run(row[0]), "楷体_GB2312", 12)
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = ""
            _font(cell.paragraphs[0].add_run(value), "仿宋_GB2312", 12)
    _para(doc, "三、保障措施", font="黑体")
    for head, body in YICHUN_GUARANTEES:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        _font(p.add_run(head), "楷体_GB2312", 16)
        _font(p.add_run(body), "仿宋_GB2312", 16)
    _para(doc, "")
    _para(doc, "宜春高新技术产业开发区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, "2025年3月6日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.save(DOCS / "heldout65-yichun-hitech-zone-eval.docx")

    kc = "高新区科技创新局"
    gold = {
        "title": YICHUN_TITLE,
        "items": [
            item(
                "一",
                1,
                "工作目标",
                targets=[
                    tg("全国国家高新区综合评价排名", "<=", 80, "位"),
                    tg("全省高新区考核评价排名", "<=", 5, "位"),
                    tg("园区企业R&D经费投入占营业收入比重", ">=", 3.2, "%"),
                    tg("高新技术企业", ">=", 260, "家"),
                    tg("高新技术产业增加值占规模以上工业增加值比重", ">=", 52, "%"),
                ],
            ),
            item(
                "二",
                1,
                "重点任务",
                children=[
                    item(
                        "(一)",
                        2,
                        "创新能力和创业活跃度",
                        children=[
                            item(
                                "1",
                                3,
                                YICHUN_ROWS[1][1],
                                [kc],
                                ["高新区经济发展局", "宜春高新区税务局"],
                                "2025-09-30",
                                [tg("新增有研发活动的规上工业企业", ">=", 30, "家", "increment")],
                            ),
                            item(
                                "2",
                                3,
                                YICHUN_ROWS[2][1],
                                [kc],
                                ["高新区财政局"],
                                "2025-12-31",
                                [
                                    tg("新认定高新技术企业", ">=", 40, "家", "increment"),
                                    tg("科技型中小企业入库评价", ">", 350, "家"),
                                ],
                            ),
                            item(
                                "3",
                                3,
                                YICHUN_ROWS[3][1],
                                [kc],
                                ["高新区经济发展局"],
                                "2025-11-30",
                                [
                                    tg("新建省级以上研发平台", "=", 5, "个", "increment"),
                                    tg("争创国家级研发平台", "=", 1, "个"),
                                ],
                            ),
                            item(
                                "4",
                                3,
                                YICHUN_ROWS[4][1],
                                [kc],
                                ["高新区招商局", "各孵化器运营公司"],
                                "ongoing",
                                [
                                    tg("在孵企业", ">=", 180, "家"),
                                    tg("当年毕业企业", ">=", 20, "家"),
                                ],
                            ),
                        ],
                    ),
                    item(
                        "(二)",
                        2,
                        "结构优化和产业价值链",
                        children=[
                            item(
                                "5",
                                3,
                                YICHUN_ROWS[6][1],
                                ["高新区经济发展局"],
                                [kc, "高新区统计站"],
                                "2025-12-31",
                                [tg("高新技术产业增加值占规模以上工业增加值比重", ">=", 52, "%")],
                            ),
                            item(
                                "6",
                                3,
                                YICHUN_ROWS[7][1],
                                ["高新区招商局"],
                                ["高新区经济发展局"],
                                "2025-10-31",
                                [
                                    tg("引进科技型产业项目", ">=", 15, "个", "increment"),
                                    tg("引进投资额超过10亿元的项目", ">=", 3, "个", "increment"),
                                ],
                            ),
                            item(
                                "7",
                                3,
                                YICHUN_ROWS[8][1],
                                [kc],
                                ["高新区财政局"],
                                "ongoing",
                                [tg("技术合同成交额", ">=", 45, "亿元")],
                            ),
                        ],
                    ),
                    item(
                        "(三)",
                        2,
                        "绿色发展和开放创新",
                        children=[
                            item(
                                "8",
                                3,
                                YICHUN_ROWS[10][1],
                                ["高新区经济发展局"],
                                ["宜春市生态环境局高新区分局"],
                                "2025-12-31",
                                [tg("单位工业增加值能耗", "<=", 0.45, "吨标准煤/万元")],
                            ),
                            item(
                                "9",
                                3,
                                YICHUN_ROWS[11][1],
                                ["高新区招商局"],
                                [kc, "宜春海关"],
                                "2025-11-30",
                                [
                                    tg("设立海外研发机构、开展国际科技合作项目", "=", 8, "项"),
                                    tg("外贸进出口总额", ">", 60, "亿元"),
                                ],
                            ),
                        ],
                    ),
                    item(
                        "(四)",
                        2,
                        "评价数据报送和过程管理",
                        children=[
                            item(
                                "10",
                                3,
                                YICHUN_ROWS[13][1],
                                [kc],
                                ["高新区统计站", "市科技局"],
                                "2025-03-20",
                                [tg("火炬统计调查企业填报率", ">=", 100, "%")],
                            ),
                            item(
                                "11",
                                3,
                                YICHUN_ROWS[14][1],
                                [kc],
                                ["高新区各部门"],
                                "2025-04-20",
                            ),
                            item(
                                "12",
                                3,
                                YICHUN_ROWS[15][1],
                                [kc],
                                ["高新区统计站"],
                                "ongoing",
                            ),
                        ],
                    ),
                ],
            ),
            item(
                "三",
                1,
                "保障措施",
                children=[
                    item("(一)", 2, "加强组织领导"),
                    item("(二)", 2, "强化考核激励"),
                    item("(三)", 2, "严格督查通报", ["高新区党政办"], [], "ongoing"),
                ],
            ),
        ],
    }
    write_gold("heldout65-yichun-hitech-zone-eval", gold)


# ---------------------------------------------------------------------------
# 2. 抚州市 — PDF printed from Word (notice + three-year action plan)
# ---------------------------------------------------------------------------

FUZHOU_TITLE = "抚州市创新型企业梯度培育三年行动计划(2025—2027年)"

FUZHOU_BODY = [
    (
        "p",
        "为深入实施创新驱动发展战略,构建“科技型中小企业—高新技术企业—专精特新企业—科技领军企业”"
        "梯度培育体系,加快壮大创新型企业群体,结合我市实际,制定本行动计划。",
    ),
    ("h1", "一、总体目标"),
    (
        "p",
        "到2027年,全市科技型中小企业入库评价达到1500家,高新技术企业突破900家,省级专精特新中小企业"
        "达到400家以上,培育科技领军企业10家;规上工业企业研发机构覆盖率达到50%,全社会R&D经费投入"
        "年均增长15%以上。",
    ),
    ("h1", "二、重点任务"),
    ("h2", "(一)夯实科技型中小企业“基础层”"),
    (
        "p",
        "1.建立企业培育库。依托省科技型企业培育库,实行“入库—培育—评价—认定”动态管理,每年新增入库"
        "企业300家以上。各县(区)科技部门要在2025年6月底前完成首批入库企业遴选。"
        "〔责任单位:市科技局、各县(区)人民政府〕",
    ),
    (
        "p",
        "2.开展“科小”入库提质行动。组织科技型中小企业评价政策宣讲和申报培训,2025年至2027年每年"
        "培训企业不少于500家次,提高企业入库评价通过率。〔责任单位:市科技局、市税务局〕",
    ),
    ("h2", "(二)壮大高新技术企业“主体层”"),
    (
        "p",
        "3.实施高企倍增计划。对入库企业开展“一企一策”精准辅导,建立高企申报后备名单,力争到2027年"
        "高新技术企业数量比2024年翻一番。(市科技局牵头,市财政局、市税务局配合)",
    ),
    (
        "p",
        "4.落实高企奖补政策。对首次认定的高新技术企业给予一次性奖励20万元,重新认定的给予10万元奖励。"
        "市、县两级财政每年安排高企培育资金不少于3000万元。(市财政局、市科技局按职责分工负责)",
    ),
    ("h2", "(三)打造专精特新企业“骨干层”"),
    (
        "p",
        "5.推动科技型企业专精特新发展。建立专精特新中小企业梯度培育库,年内新增省级专精特新中小企业"
        "80家、国家级专精特新“小巨人”企业5家以上。〔责任单位:市工信局、市科技局〕",
    ),
    (
        "p",
        "6.支持企业建设研发机构。深入推进规上工业企业研发机构全覆盖行动,2026年底前新建市级以上"
        "企业研发中心60家。〔责任单位:市科技局、市工信局、市发展改革委〕",
    ),
    ("h2", "(四)培育科技领军企业“引领层”"),
    (
        "p",
        "7.遴选科技领军企业。从高新技术企业、专精特新“小巨人”企业中遴选营业收入10亿元以上、研发"
        "实力强的企业,建立科技领军企业培育名单,2025年9月底前发布首批培育名单。由市科技局牵头,"
        "市工信局、市发展改革委配合。",
    ),
    (
        "p",
        "8.支持领军企业组建创新联合体。支持科技领军企业牵头组建创新联合体,承担省级以上重大科技"
        "项目,到2027年组建创新联合体5个以上。市科技局会同市财政局负责项目遴选和资金保障。",
    ),
    ("h2", "(五)优化梯度培育服务生态"),
    (
        "p",
        "9.强化科技金融支撑。扩大“科贷通”业务规模,2027年底前科技型企业“科贷通”贷款余额达到80亿元,"
        "设立规模不低于10亿元的科技创新基金。〔责任单位:市委金融办、中国人民银行抚州市分行、市科技局〕",
    ),
    (
        "p",
        "10.推进企业上市培育。常态化开展企业上市辅导培训,将符合条件的高新技术企业纳入上市后备"
        "资源库,每年新增入库科技企业20家。〔责任单位:市委金融办、市科技局〕",
    ),
    (
        "p",
        "11.加强人才引育。深入实施“才聚抚州”计划,每年为梯度培育企业引进硕士以上人才200名。"
        "〔责任单位:市委人才办、市人社局、市科技局〕",
    ),
    ("h1", "三、保障措施"),
    (
        "p",
        "(一)加强统筹协调。建立创新型企业梯度培育工作联席会议制度,每季度召开一次"
        "调度会,及时协调解决培育工作中的困难问题。",
    ),
    (
        "p",
        "(二)强化考核评价。将梯度培育工作纳入对各县(区)高质量发展综合考核。市科技局每半年通报"
        "一次各地工作进展。",
    ),
    (
        "p",
        "(三)营造良好氛围。加强政策宣传解读,及时总结推广梯度培育典型经验,营造支持企业创新的良好氛围。",
    ),
]

FUZHOU_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —";
    font-family: "Noto Serif CJK SC"; font-size: 14pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 28pt; }
.red { color: #c00; text-align: center; font-size: 30pt; letter-spacing: 2pt; margin: 0 0 10pt; }
.num { text-align: center; margin: 0 0 4pt; }
hr { border: 0; border-top: 2pt solid #c00; margin: 0 0 20pt; }
h1.t { font-size: 21pt; text-align: center; line-height: 32pt; font-weight: bold; margin: 12pt 0; }
h2.h1 { font-family: "Noto Sans CJK SC"; font-size: 16pt; font-weight: normal;
  margin: 0; text-indent: 2em; }
h3.h2 { font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.r { text-align: right; }
.brk { page-break-before: always; }
"""


def make_fuzhou():
    from weasyprint import HTML

    notice = (
        '<div class="red">抚州市人民政府办公室文件</div>'
        '<p class="num">抚府办发〔2025〕9号</p><hr>'
        '<h1 class="t">抚州市人民政府办公室<br>关于印发抚州市创新型企业梯度培育三年行动计划'
        "(2025—2027年)的通知</h1>"
        '<p style="text-indent:0">各县(区)人民政府,市政府各部门:</p>'
        "<p>《抚州市创新型企业梯度培育三年行动计划(2025—2027年)》已经市政府同意,现印发给你们,"
        "请认真贯彻执行。</p><p>&nbsp;</p>"
        '<p class="r">抚州市人民政府办公室</p><p class="r">2025年4月10日</p>'
        "<p>(此件主动公开)</p>"
    )
    parts = [notice, f'<h1 class="t brk">{FUZHOU_TITLE}</h1>']
    for kind, text in FUZHOU_BODY:
        tag = {"p": "<p>{}</p>", "h1": '<h2 class="h1">{}</h2>', "h2": '<h3 class="h2">{}</h3>'}[
            kind
        ]
        parts.append(tag.format(text))
    head = f"<head><meta charset='utf-8'><style>{FUZHOU_CSS}</style></head>"
    html = f"<html>{head}<body>{''.join(parts)}</body></html>"
    HTML(string=html).write_pdf(DOCS / "heldout65-fuzhou-gradient-plan.pdf")

    kj = "市科技局"
    gold = {
        "title": FUZHOU_TITLE,
        "items": [
            item(
                "一",
                1,
                "总体目标",
                targets=[
                    tg("科技型中小企业入库评价", ">=", 1500, "家"),
                    tg("高新技术企业", ">", 900, "家"),
                    tg("省级专精特新中小企业", ">=", 400, "家"),
                    tg("培育科技领军企业", "=", 10, "家"),
                    tg("规上工业企业研发机构覆盖率", ">=", 50, "%"),
                    tg("全社会R&D经费投入年均增长", ">=", 15, "%", "increment"),
                ],
            ),
            item(
                "二",
                1,
                "重点任务",
                children=[
                    item(
                        "(一)",
                        2,
                        "夯实科技型中小企业“基础层”",
                        children=[
                            item(
                                "1",
                                3,
                                "建立企业培育库",
                                [kj],
                                ["各县(区)人民政府"],
                                "2025-06-30",
                                [tg("每年新增入库企业", ">=", 300, "家", "increment")],
                            ),
                            item(
                                "2",
                                3,
                                "开展“科小”入库提质行动",
                                [kj],
                                ["市税务局"],
                                "2027-12-31",
                                [tg("每年培训企业", ">=", 500, "家次")],
                            ),
                        ],
                    ),
                    item(
                        "(二)",
                        2,
                        "壮大高新技术企业“主体层”",
                        children=[
                            item(
                                "3",
                                3,
                                "实施高企倍增计划",
                                [kj],
                                ["市财政局", "市税务局"],
                                None,
                                [tg("高新技术企业数量", "=", 2, "倍", "increment")],
                            ),
                            item(
                                "4",
                                3,
                                "落实高企奖补政策",
                                ["市财政局"],
                                [kj],
                                "ongoing",
                                [tg("市、县两级财政每年安排高企培育资金", ">=", 3000, "万元")],
                            ),
                        ],
                    ),
                    item(
                        "(三)",
                        2,
                        "打造专精特新企业“骨干层”",
                        children=[
                            item(
                                "5",
                                3,
                                "推动科技型企业专精特新发展",
                                ["市工信局"],
                                [kj],
                                "2025-12-31",
                                [
                                    tg("新增省级专精特新中小企业", "=", 80, "家", "increment"),
                                    tg(
                                        "新增国家级专精特新“小巨人”企业", ">=", 5, "家", "increment"
                                    ),
                                ],
                            ),
                            item(
                                "6",
                                3,
                                "支持企业建设研发机构",
                                [kj],
                                ["市工信局", "市发展改革委"],
                                "2026-12-31",
                                [tg("新建市级以上企业研发中心", "=", 60, "家", "increment")],
                            ),
                        ],
                    ),
                    item(
                        "(四)",
                        2,
                        "培育科技领军企业“引领层”",
                        children=[
                            item(
                                "7",
                                3,
                                "遴选科技领军企业",
                                [kj],
                                ["市工信局", "市发展改革委"],
                                "2025-09-30",
                            ),
                            item(
                                "8",
                                3,
                                "支持领军企业组建创新联合体",
                                [kj],
                                ["市财政局"],
                                None,
                                [tg("组建创新联合体", ">=", 5, "个")],
                            ),
                        ],
                    ),
                    item(
                        "(五)",
                        2,
                        "优化梯度培育服务生态",
                        children=[
                            item(
                                "9",
                                3,
                                "强化科技金融支撑",
                                ["市委金融办"],
                                ["中国人民银行抚州市分行", kj],
                                "2027-12-31",
                                [
                                    tg("科技型企业“科贷通”贷款余额", ">=", 80, "亿元"),
                                    tg("科技创新基金规模", ">=", 10, "亿元"),
                                ],
                            ),
                            item(
                                "10",
                                3,
                                "推进企业上市培育",
                                ["市委金融办"],
                                [kj],
                                "ongoing",
                                [tg("每年新增入库科技企业", "=", 20, "家", "increment")],
                            ),
                            item(
                                "11",
                                3,
                                "加强人才引育",
                                ["市委人才办"],
                                ["市人社局", kj],
                                None,
                                [
                                    tg(
                                        "每年为梯度培育企业引进硕士以上人才",
                                        "=",
                                        200,
                                        "名",
                                        "increment",
                                    )
                                ],
                            ),
                        ],
                    ),
                ],
            ),
            item(
                "三",
                1,
                "保障措施",
                children=[
                    item("(一)", 2, "加强统筹协调", deadline="ongoing"),
                    item("(二)", 2, "强化考核评价", [kj], [], "ongoing"),
                    item("(三)", 2, "营造良好氛围"),
                ],
            ),
        ],
    }
    write_gold("heldout65-fuzhou-gradient-plan", gold)


# ---------------------------------------------------------------------------
# 3. 南昌高新区 — web page text with its chrome
# ---------------------------------------------------------------------------

NANCHANG_TITLE = "南昌高新区2025年独角兽(瞪羚)企业培育工作要点"

NANCHANG_TEXT = """无障碍浏览
长者模式
登录 | 注册
南昌高新技术产业开发区管理委员会
首页
走进高新
政务公开
政务服务
投资高新
互动交流
当前位置:首页 > 政务公开 > 通知公告

南昌高新区2025年独角兽(瞪羚)企业培育工作要点

发布时间:2025-03-18 10:21    来源:区科技创新局    浏览次数:

【字体:大 中 小】  【打印本页】  【关闭窗口】

为加快培育高成长科技企业,打造独角兽、瞪羚企业集聚高地,根据《江西省瞪羚企业认定管理办法》和区党工委、管委会工作部署,制定本要点。

2025年主要目标:全区瞪羚企业(含潜在瞪羚)达到45家,新增独角兽(含种子、潜在独角兽)企业3家,瞪羚企业营业收入总额突破300亿元。

一、建立健全梯次培育体系

1.建立高成长企业库。按照“种子—潜在—瞪羚—独角兽”梯次,对营业收入增长率连续两年超过20%的企业建立培育库,入库企业不少于120家,3月底前完成首轮遴选。(区科技创新局牵头,区经济发展局、区统计局配合)

2.实施动态监测。依托高新区企业服务平台,按季度采集入库企业营收、研发投入、融资等数据,形成监测分析报告。(责任单位:区科技创新局、区统计局)

二、加大精准扶持力度

3.落实奖励政策。对首次认定为省级瞪羚企业的给予30万元奖励,对首次入选独角兽企业榜单的给予200万元奖励;全年兑现高成长企业奖补资金2000万元。责任单位:区科技创新局、区财政金融局。完成时限:2025年10月底前。

4.支持研发投入。鼓励瞪羚企业建设高水平研发机构,推动瞪羚企业研发经费投入占营业收入比重达到5%以上。区科技创新局、高新区税务局。

5.强化要素保障。优先保障高成长企业用地、用能需求,为瞪羚企业提供定制厂房不少于10万平方米。(区规划建设局、区经济发展局,年内完成)

三、深化科技金融赋能

6.设立高成长企业专项基金。联合省、市引导基金设立总规模不低于20亿元的独角兽瞪羚企业专项子基金,6月前完成基金组建。由区财政金融局负责,区科技创新局配合。

7.推广“瞪羚贷”等金融产品。推动合作银行为入库企业新增授信15亿元以上,全年开展银企对接活动不少于6场。(牵头:区财政金融局;配合:区科技创新局、各合作银行)

8.支持企业对接资本市场。推动2家以上瞪羚企业完成股份制改造,力争1家企业在科创板或北交所申报上市。区财政金融局牵头,区科技创新局配合,12月中旬前完成。

四、营造创新创业生态

9.打造高成长企业加速器。依托高新区科技园建设瞪羚企业加速器,新增加速空间5万平方米,入驻高成长企业30家以上。(区科技创新局、高新区科创投资集团,9月底前投入运营)

10.引进高成长项目。瞄准独角兽、瞪羚企业开展产业链精准招商,年内引进高成长科技型项目10个以上。由区招商合作局负责,区科技创新局配合。

11.举办创新活动。办好“瞪羚之夜”项目路演活动,每季度举办路演,全年邀请投资机构不少于50家次。(区科技创新局,持续推进)

五、强化工作保障

12.落实服务专员制度。为瞪羚企业配备服务专员,建立问题收集、交办、反馈闭环机制。区科技创新局每月调度问题办理情况。

【打印本页】  【关闭窗口】

相关链接:
江西省人民政府
江西省科学技术厅
南昌市人民政府

主办:南昌高新技术产业开发区管理委员会    承办:南昌高新区党政办公室
地址:南昌市高新区火炬大街    网站标识码:3601000099
赣ICP备05004123号-1    赣公网安备 36010902000123号
"""


def make_nanchang():
    (DOCS / "heldout65-nanchang-gazelle-web.txt").write_text(NANCHANG_TEXT, encoding="utf-8")
    kc = "区科技创新局"
    cj = "区财政金融局"
    gold = {
        "title": NANCHANG_TITLE,
        "targets": [
            tg("瞪羚企业(含潜在瞪羚)", ">=", 45, "家"),
            tg("新增独角兽(含种子、潜在独角兽)企业", "=", 3, "家", "increment"),
            tg("瞪羚企业营业收入总额", ">", 300, "亿元"),
        ],
        "items": [
            item(
                "一",
                1,
                "建立健全梯次培育体系",
                children=[
                    item(
                        "1",
                        2,
                        "建立高成长企业库",
                        [kc],
                        ["区经济发展局", "区统计局"],
                        "2025-03-31",
                        [tg("入库企业", ">=", 120, "家")],
                    ),
                    item("2", 2, "实施动态监测", [kc], ["区统计局"], "ongoing"),
                ],
            ),
            item(
                "二",
                1,
                "加大精准扶持力度",
                children=[
                    item(
                        "3",
                        2,
                        "落实奖励政策",
                        [kc],
                        [cj],
                        "2025-10-31",
                        [tg("全年兑现高成长企业奖补资金", "=", 2000, "万元")],
                    ),
                    item(
                        "4",
                        2,
                        "支持研发投入",
                        [kc],
                        ["高新区税务局"],
                        None,
                        [tg("瞪羚企业研发经费投入占营业收入比重", ">=", 5, "%")],
                    ),
                    item(
                        "5",
                        2,
                        "强化要素保障",
                        ["区规划建设局"],
                        ["区经济发展局"],
                        "2025-12-31",
                        [tg("为瞪羚企业提供定制厂房", ">=", 100000, "平方米")],
                    ),
                ],
            ),
            item(
                "三",
                1,
                "深化科技金融赋能",
                children=[
                    item(
                        "6",
                        2,
                        "设立高成长企业专项基金",
                        [cj],
                        [kc],
                        "2025-05-31",
                        [tg("独角兽瞪羚企业专项子基金总规模", ">=", 20, "亿元")],
                    ),
                    item(
                        "7",
                        2,
                        "推广“瞪羚贷”等金融产品",
                        [cj],
                        [kc, "各合作银行"],
                        None,
                        [
                            tg("合作银行为入库企业新增授信", ">=", 15, "亿元", "increment"),
                            tg("银企对接活动", ">=", 6, "场"),
                        ],
                    ),
                    item(
                        "8",
                        2,
                        "支持企业对接资本市场",
                        [cj],
                        [kc],
                        "2025-12-20",
                        [
                            tg("完成股份制改造的瞪羚企业", ">=", 2, "家"),
                            tg("在科创板或北交所申报上市企业", "=", 1, "家"),
                        ],
                    ),
                ],
            ),
            item(
                "四",
                1,
                "营造创新创业生态",
                children=[
                    item(
                        "9",
                        2,
                        "打造高成长企业加速器",
                        [kc],
                        ["高新区科创投资集团"],
                        "2025-09-30",
                        [
                            tg("新增加速空间", "=", 50000, "平方米", "increment"),
                            tg("入驻高成长企业", ">=", 30, "家"),
                        ],
                    ),
                    item(
                        "10",
                        2,
                        "引进高成长项目",
                        ["区招商合作局"],
                        [kc],
                        "2025-12-31",
                        [tg("引进高成长科技型项目", ">=", 10, "个", "increment")],
                    ),
                    item(
                        "11",
                        2,
                        "举办创新活动",
                        [kc],
                        [],
                        "ongoing",
                        [tg("全年邀请投资机构", ">=", 50, "家次")],
                    ),
                ],
            ),
            item(
                "五",
                1,
                "强化工作保障",
                children=[item("12", 2, "落实服务专员制度", [kc], [], "ongoing")],
            ),
        ],
    }
    write_gold("heldout65-nanchang-gazelle-web", gold)


# ---------------------------------------------------------------------------
# 4. 赣州经开区 — spreadsheet task table saved as tab-separated text
# ---------------------------------------------------------------------------

GANZHOU_TITLE = "赣州经开区2025年上市后备科技企业培育工作台账"

GANZHOU_ROWS = [
    ("一", "后备资源挖掘", "", "", "", ""),
    (
        "1",
        "建立上市后备科技企业库,实行分层分类管理",
        "入库企业达到60家,其中科技型企业占比不低于70%",
        "区金融办",
        "区科技创新局、区工信局",
        "2025.6.30",
    ),
    (
        "2",
        "开展高新技术企业、专精特新企业上市潜力摸排",
        "完成摸排企业200家",
        "区科技创新局",
        "区工信局、区市场监管局",
        "2025.5",
    ),
    (
        "3",
        "对入库企业开展“一企一档”建档服务",
        "建档率100%",
        "区金融办",
        "各园区服务中心",
        "2025/9/30",
    ),
    ("二", "规范化股改辅导", "", "", "", ""),
    (
        "4",
        "推动入库企业完成股份制改造",
        "新增股改企业8家",
        "区金融办",
        "区市场监管局、区税务局",
        "2025/12/31",
    ),
    (
        "5",
        "引导企业聘请保荐机构开展上市辅导",
        "新增辅导备案企业3家以上",
        "区金融办",
        "区财政局",
        "11.30前",
    ),
    (
        "6",
        "协调解决企业股改上市中的土地、社保、税务等历史遗留问题",
        "问题办结率达到95%以上",
        "区金融办",
        "区自然资源分局、区住建局、区税务局、区人社局",
        "每季度末",
    ),
    ("三", "科技赋能提升", "", "", "", ""),
    (
        "7",
        "支持后备企业申报高新技术企业和省级以上研发平台",
        "后备企业中高新技术企业占比达到80%;新建省级研发平台4个",
        "区科技创新局",
        "区金融办",
        "2025年12月",
    ),
    (
        "8",
        "落实研发费用加计扣除政策,推动后备企业研发投入稳步增长",
        "后备企业享受加计扣除政策覆盖率100%,研发投入增长15%",
        "区税务局",
        "区科技创新局",
        "长期",
    ),
    (
        "9",
        "组织后备企业参加创新创业大赛、科技成果对接活动",
        "组织参赛企业不少于20家",
        "区科技创新局",
        "/",
        "2025.8.31",
    ),
    ("四", "融资服务保障", "", "", "", ""),
    (
        "10",
        "开展“科技企业上市直通车”专题培训",
        "全年举办培训4期,培训人员300人次以上",
        "区金融办",
        "区科技创新局",
        "每季度1期",
    ),
    (
        "11",
        "发挥产业引导基金作用,投资上市后备科技企业",
        "基金投资后备企业不少于5家,投资额突破3亿元",
        "经开区产投集团",
        "区金融办、区财政局",
        "2025.12.31",
    ),
    (
        "12",
        "落实企业上市分阶段奖励政策",
        "兑现上市奖励资金1200万元",
        "区财政局",
        "区金融办",
        "2025年10月底前",
    ),
]


def make_ganzhou():
    lines = [
        GANZHOU_TITLE + "\t\t\t\t\t",
        "填报单位:经开区企业上市工作领导小组办公室(盖章)\t\t\t\t更新日期:2025年4月\t",
        "序号\t工作任务\t工作目标\t牵头单位\t责任单位\t完成时限",
    ]
    lines += ["\t".join(row) for row in GANZHOU_ROWS]
    lines.append("备注:完成时限为“长期”“每季度末”的任务,请于每季度末5日前报送进展情况。\t\t\t\t\t")
    lines.append("填表人:\t\t联系电话:\t\t\t")
    (DOCS / "heldout65-ganzhou-ipo-reserve-sheet.txt").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )

    r = {row[0]: row for row in GANZHOU_ROWS}
    jr = "区金融办"
    kc = "区科技创新局"
    gold = {
        "title": GANZHOU_TITLE,
        "items": [
            item(
                "一",
                1,
                "后备资源挖掘",
                children=[
                    item(
                        "1",
                        2,
                        r["1"][1],
                        [jr],
                        [kc, "区工信局"],
                        "2025-06-30",
                        [
                            tg("入库企业", ">=", 60, "家"),
                            tg("科技型企业占比", ">=", 70, "%"),
                        ],
                    ),
                    item(
                        "2",
                        2,
                        r["2"][1],
                        [kc],
                        ["区工信局", "区市场监管局"],
                        "2025-05-31",
                        [tg("完成摸排企业", "=", 200, "家")],
                    ),
                    item(
                        "3",
                        2,
                        r["3"][1],
                        [jr],
                        ["各园区服务中心"],
                        "2025-09-30",
                        [tg("建档率", "=", 100, "%")],
                    ),
                ],
            ),
            item(
                "二",
                1,
                "规范化股改辅导",
                children=[
                    item(
                        "4",
                        2,
                        r["4"][1],
                        [jr],
                        ["区市场监管局", "区税务局"],
                        "2025-12-31",
                        [tg("新增股改企业", "=", 8, "家", "increment")],
                    ),
                    item(
                        "5",
                        2,
                        r["5"][1],
                        [jr],
                        ["区财政局"],
                        "2025-11-30",
                        [tg("新增辅导备案企业", ">=", 3, "家", "increment")],
                    ),
                    item(
                        "6",
                        2,
                        r["6"][1],
                        [jr],
                        ["区自然资源分局", "区住建局", "区税务局", "区人社局"],
                        "ongoing",
                        [tg("问题办结率", ">=", 95, "%")],
                    ),
                ],
            ),
            item(
                "三",
                1,
                "科技赋能提升",
                children=[
                    item(
                        "7",
                        2,
                        r["7"][1],
                        [kc],
                        [jr],
                        "2025-12-31",
                        [
                            tg("后备企业中高新技术企业占比", ">=", 80, "%"),
                            tg("新建省级研发平台", "=", 4, "个", "increment"),
                        ],
                    ),
                    item(
                        "8",
                        2,
                        r["8"][1],
                        ["区税务局"],
                        [kc],
                        "ongoing",
                        [
                            tg("后备企业享受加计扣除政策覆盖率", "=", 100, "%"),
                            tg("研发投入增长", "=", 15, "%", "increment"),
                        ],
                    ),
                    item(
                        "9",
                        2,
                        r["9"][1],
                        [kc],
                        [],
                        "2025-08-31",
                        [tg("组织参赛企业", ">=", 20, "家")],
                    ),
                ],
            ),
            item(
                "四",
                1,
                "融资服务保障",
                children=[
                    item(
                        "10",
                        2,
                        r["10"][1],
                        [jr],
                        [kc],
                        "ongoing",
                        [
                            tg("全年举办培训", "=", 4, "期"),
                            tg("培训人员", ">=", 300, "人次"),
                        ],
                    ),
                    item(
                        "11",
                        2,
                        r["11"][1],
                        ["经开区产投集团"],
                        [jr, "区财政局"],
                        "2025-12-31",
                        [
                            tg("基金投资后备企业", ">=", 5, "家"),
                            tg("基金投资额", ">", 3, "亿元"),
                        ],
                    ),
                    item(
                        "12",
                        2,
                        r["12"][1],
                        ["区财政局"],
                        [jr],
                        "2025-10-31",
                        [tg("兑现上市奖励资金", "=", 1200, "万元")],
                    ),
                ],
            ),
        ],
    }
    write_gold("heldout65-ganzhou-ipo-reserve-sheet", gold)


def add_to_manifest():
    path = DATA / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    names = {d["name"] for d in manifest["documents"]}
    for name, ext in [
        ("heldout65-yichun-hitech-zone-eval", "docx"),
        ("heldout65-fuzhou-gradient-plan", "pdf"),
        ("heldout65-nanchang-gazelle-web", "txt"),
        ("heldout65-ganzhou-ipo-reserve-sheet", "txt"),
    ]:
        if name not in names:
            manifest["documents"].append(
                {"name": name, "source": "own", "split": "heldout65", "document": f"{name}.{ext}"}
            )
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    make_yichun()
    make_fuzhou()
    make_nanchang()
    make_ganzhou()
    add_to_manifest()
