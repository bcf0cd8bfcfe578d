"""Round 54: four held-out work plans and their gold ledgers, written blind.

Run from the repository root::

    .venv/bin/python apps/supervision/tests/data/make_round54_documents.py

Documents (all 2025, Jiangxi issuers):

1. ``heldout54-shangrao-digital-points.docx`` -- 上饶市2025年智能制造与数字化转型工作要点, a
   Word file as the 市工信局 drafts it (方正小标宋 title, 黑体 一、 headings, run-in 楷体 (一)
   headings numbered straight through the sections, 仿宋 body).  A 主要目标 paragraph before
   the first heading; units in 〔责任单位:A、B,C〕 brackets, a sentence 由A牵头,B、C配合, a
   closing sentence of nothing but office names and an office steering a recurring task;
   deadlines as 12月底前, 11月底前完成认定, 9月底前, 年内, 持续推进, 每年.
2. ``heldout54-pingxiang-green-table.pdf`` -- 萍乡市2025年绿色工厂创建和节能降碳技术改造重点任务
   清单, the 附件 of a 市工信局 notice printed to PDF (A4 landscape, running header with the
   issuer, page numbers "— n —").  A table 序号 | 重点任务 | 工作内容及目标 | 牵头单位 | 配合单位 |
   完成时限 with four task-group rows spanning the table (一、…); time limits written as
   2025年11月底, 2025年12月, 2025.12.31, 长期, 每季度, 上半年…年底前, and a 每季度末 cell whose
   target text carries 年底前.
3. ``heldout54-jian-chain-leader-web.txt`` -- 吉安市2025年重点产业链链长制工作推进方案, text
   copied from the city government's website with the page chrome (navigation, 索引号 block,
   print/close links, footer).  A 吉府办字 notice wrapping the 方案: 一、/(一) headings; units as
   (责任单位:…), an unlabelled bracket with a time limit, 由A牵头,B、C配合, A、B按职责分工负责,
   牵头单位:…;配合单位:…, 由A负责,B配合, a bare 责任单位: label; deadlines 3月底前, 6月前,
   年内, 持续推进, 定期, 每月, 12月中下旬.
4. ``heldout54-yingtan-hitech-ledger.txt`` -- 鹰潭高新区2025年创新提升工作任务台账, a spreadsheet
   saved as tab-separated text: title row, header row 类别 | 序号 | 工作任务 | 具体目标 | 责任部门 |
   配合部门 | 完成时限, the 类别 cell merged (only on a group's first row).  Departments written
   short (科技创新局), limits as 2025.11.30, 2025/12/31, 2025.10, 12.31前, 长期, 每季度.

Annotation choices (where the output conventions are silent, decided as an officer would):

* Every numbered heading is an item, including 工作目标 / 保障措施 sections and their points;
  a heading over points keeps no units of its own.  In the 工作要点 the (一)…(十) points are
  numbered straight through the 一、 sections and stay children of the section they sit in.
* A table's task group (the spanning row 一、绿色制造体系建设 in the PDF) is an item with its
  printed number 一; the spreadsheet's 类别 cell has no number, so its group is ``""``.
* 下降3%以上 (energy intensity) is read like 增长: ``>=`` 3 %, kind ``increment``.
* 新创建 is read like 新建 (increment); 创建, 培育, 建成, 争创 alone are ``level``.
* 引进…100个以上,其中投资10亿元以上项目20个: the 其中 part is its own target, an increment
  like the count it is part of; 10亿元以上 qualifies the projects and is no target.
* 每季度举办…活动不少于1次 is both a standing task (deadline ongoing) and a target ``>=`` 1 次.
* 提高5个百分点 is ``=`` 5 个百分点, increment.
* Rankings: 进入全国前100位 → ``<=`` 100 位.
* The 主要目标 paragraph of document 1 (before 一、) gives document-level ``targets``; the
  工作目标 section of document 3 is item 一 and holds its own targets (到2025年底 is the
  horizon there, not a deadline).
* Document 3's page holds the 通知 wrapper and the 方案; the title is the 方案's own
  (吉安市2025年重点产业链链长制工作推进方案), and the 通知's lines, 文号 and dates are no items.
* A unit bracket that names an office lets it lead even where the text also has an office
  as the sentence subject (document 3 (一)); the office names closing document 1's (五)
  (市工信局、市大数据发展管理局) gives the first as lead.
* Target subjects name the thing counted without the verb (新认定/新建/引进); the kind
  carries the increment.
* A 牵头单位 cell with two offices makes both lead.
* Units are kept as printed (科技创新局 in the 高新区 ledger is not expanded).
* The documents print Chinese punctuation full-width (,:;() as offices type it); the gold
  writes numbers, units and subjects with half-width punctuation, as the shape example does.
"""

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"


# Documents print Chinese punctuation full-width (,:;()); the gold writes it half-width.
FULL_WIDTH = str.maketrans(
    {",": chr(0xFF0C), ":": chr(0xFF1A), ";": chr(0xFF1B), "(": chr(0xFF08), ")": chr(0xFF09)}
)


def fw(text):
    return text.translate(FULL_WIDTH)


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


def tgt(subject, comparator, value, unit, kind="level", maximum=None):
    t = {"subject": subject, "comparator": comparator, "value": value, "unit": unit, "kind": kind}
    if maximum is not None:
        t["max"] = maximum
    return t


def write_gold(name, gold):
    path = GOLD / f"{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# 1. 上饶市 工作要点 (.docx)
# ---------------------------------------------------------------------------

SR_TITLE = "上饶市2025年智能制造与数字化转型工作要点"

SR_INTRO = (
    "2025年是“十四五”规划收官之年,也是我市深入实施制造业数字化转型三年行动的攻坚之年。"
    "为贯彻落实省委、省政府关于加快推进制造业数字化转型的决策部署,以智能制造为主攻方向,"
    "推动新一代信息技术与制造业深度融合,加快建设数字上饶,特制定本工作要点。"
)

SR_GOALS = (
    "2025年全市主要目标是:新增规上工业企业数字化改造项目300个以上,关键工序数控化率达到63%,"
    "数字化研发设计工具普及率达到85%以上,新认定省级智能制造标杆企业10家。"
)

SR_GOAL_TARGETS = [
    tgt("规上工业企业数字化改造项目", ">=", 300, "个", "increment"),
    tgt("关键工序数控化率", ">=", 63, "%"),
    tgt("数字化研发设计工具普及率", ">=", 85, "%"),
    tgt("省级智能制造标杆企业", "=", 10, "家", "increment"),
]

# (heading, [(number, run-in title, body, gold item)])
SR_SECTIONS = [
    (
        ("一", "加快推进企业数字化改造"),
        [
            (
                "(一)",
                "实施“智改数转”全覆盖行动。",
                "组织第三方服务机构深入企业开展免费数字化诊断,“一企一策”制定改造方案,"
                "全年完成企业数字化诊断500家以上,推动规上工业企业数字化改造覆盖率达到70%,"
                "12月底前完成年度诊断任务。〔责任单位:市工信局、市财政局,"
                "各县(市、区)政府、上饶经开区管委会〕",
                item(
                    "(一)",
                    2,
                    "实施“智改数转”全覆盖行动",
                    ["市工信局"],
                    ["市财政局", "各县(市、区)政府", "上饶经开区管委会"],
                    "2025-12-31",
                    [
                        tgt("企业数字化诊断", ">=", 500, "家"),
                        tgt("规上工业企业数字化改造覆盖率", ">=", 70, "%"),
                    ],
                ),
            ),
            (
                "(二)",
                "建设智能工厂和数字化车间。",
                "聚焦光伏新能源、有色金属、汽车及零部件等主导产业,推广应用工业机器人、"
                "智能物流等装备,新认定市级智能工厂15个、数字化车间40个,11月底前完成认定。"
                "〔责任单位:市工信局〕",
                item(
                    "(二)",
                    2,
                    "建设智能工厂和数字化车间",
                    ["市工信局"],
                    [],
                    "2025-11-30",
                    [
                        tgt("市级智能工厂", "=", 15, "个", "increment"),
                        tgt("数字化车间", "=", 40, "个", "increment"),
                    ],
                ),
            ),
            (
                "(三)",
                "推进中小企业数字化转型城市试点。",
                "用好中央财政试点资金,遴选细分行业开展“小快轻准”数字化产品推广,"
                "试点期内带动不少于200家中小企业完成数字化改造。由市工信局牵头,"
                "市财政局、市大数据发展管理局配合。此项工作持续推进。",
                item(
                    "(三)",
                    2,
                    "推进中小企业数字化转型城市试点",
                    ["市工信局"],
                    ["市财政局", "市大数据发展管理局"],
                    "ongoing",
                    [tgt("完成数字化改造的中小企业", ">=", 200, "家")],
                ),
            ),
        ],
    ),
    (
        ("二", "夯实数字基础设施"),
        [
            (
                "(四)",
                "加快5G和工业互联网网络建设。",
                "新建5G基站1500个,累计达到1.2万个,实现重点工业园区5G网络全覆盖。"
                "〔责任单位:市通信发展管理办公室、市工信局,中国电信上饶分公司、"
                "中国移动上饶分公司、中国联通上饶分公司〕",
                item(
                    "(四)",
                    2,
                    "加快5G和工业互联网网络建设",
                    ["市通信发展管理办公室"],
                    ["市工信局", "中国电信上饶分公司", "中国移动上饶分公司", "中国联通上饶分公司"],
                    None,
                    [
                        tgt("5G基站", "=", 1500, "个", "increment"),
                        tgt("5G基站累计", ">=", 12000, "个"),
                    ],
                ),
            ),
            (
                "(五)",
                "培育工业互联网平台。",
                "支持龙头企业建设行业级工业互联网平台,培育省级工业互联网平台3家以上,"
                "推动上云企业突破5000家。市工信局、市大数据发展管理局",
                item(
                    "(五)",
                    2,
                    "培育工业互联网平台",
                    ["市工信局"],
                    ["市大数据发展管理局"],
                    None,
                    [
                        tgt("省级工业互联网平台", ">=", 3, "家"),
                        tgt("上云企业", ">", 5000, "家"),
                    ],
                ),
            ),
        ],
    ),
    (
        ("三", "壮大数字产业"),
        [
            (
                "(六)",
                "做强电子信息等数字产业。",
                "依托上饶高新区、上饶经开区,加快光学、电子信息、大数据等产业集聚,"
                "数字经济核心产业营业收入增长15%左右。〔责任单位:市工信局、市发改委、市商务局〕",
                item(
                    "(六)",
                    2,
                    "做强电子信息等数字产业",
                    ["市工信局"],
                    ["市发改委", "市商务局"],
                    None,
                    [tgt("数字经济核心产业营业收入增长", "=", 15, "%", "increment")],
                ),
            ),
            (
                "(七)",
                "引进培育智能制造系统解决方案供应商。",
                "9月底前引进智能制造系统解决方案供应商5家,组建市级智能制造专家服务团,"
                "为企业提供咨询、设计、实施一体化服务。〔责任单位:市工信局、市投资促进局,"
                "上饶经开区管委会、上饶高新区管委会〕",
                item(
                    "(七)",
                    2,
                    "引进培育智能制造系统解决方案供应商",
                    ["市工信局"],
                    ["市投资促进局", "上饶经开区管委会", "上饶高新区管委会"],
                    "2025-09-30",
                    [tgt("智能制造系统解决方案供应商", "=", 5, "家", "increment")],
                ),
            ),
        ],
    ),
    (
        ("四", "强化要素保障"),
        [
            (
                "(八)",
                "加大财政支持力度。",
                "市级财政每年安排制造业数字化转型专项资金5000万元,对企业数字化改造项目"
                "按设备和软件投资额给予补助,单个项目补助不超过200万元。"
                "〔责任单位:市财政局、市工信局〕",
                item(
                    "(八)",
                    2,
                    "加大财政支持力度",
                    ["市财政局"],
                    ["市工信局"],
                    "ongoing",
                    [tgt("制造业数字化转型专项资金", "=", 5000, "万元")],
                ),
            ),
            (
                "(九)",
                "加强数字化人才培养。",
                "年内开展数字化转型专题培训20场次以上,培训企业负责人和技术骨干1000人次,"
                "支持职业院校开设工业互联网、智能制造相关专业。〔责任单位:市人社局、市工信局、"
                "市教育局〕",
                item(
                    "(九)",
                    2,
                    "加强数字化人才培养",
                    ["市人社局"],
                    ["市工信局", "市教育局"],
                    "2025-12-31",
                    [
                        tgt("数字化转型专题培训", ">=", 20, "场次"),
                        tgt("培训企业负责人和技术骨干", "=", 1000, "人次"),
                    ],
                ),
            ),
            (
                "(十)",
                "强化工作调度考核。",
                "建立月调度、季通报工作机制,市工信局按月调度各地项目进展,"
                "将数字化转型工作纳入市对县(市、区)高质量发展综合考核。",
                item(
                    "(十)",
                    2,
                    "强化工作调度考核",
                    ["市工信局"],
                    [],
                    "ongoing",
                    [],
                ),
            ),
        ],
    ),
]


def set_run_font(run, east_asian, size=16, bold=False):
    run.font.name = east_asian
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east_asian)
    rfonts.set(qn("w:ascii"), east_asian)
    rfonts.set(qn("w:hAnsi"), east_asian)


def body_paragraph(doc, indent=True):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)
    return p


def make_shangrao():
    doc = Document()
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(SR_TITLE), "方正小标宋简体", size=22)
    body_paragraph(doc, indent=False)

    set_run_font(body_paragraph(doc).add_run(fw(SR_INTRO)), "仿宋_GB2312")
    set_run_font(body_paragraph(doc).add_run(fw(SR_GOALS)), "仿宋_GB2312")

    gold_items = []
    for (num, heading), points in SR_SECTIONS:
        set_run_font(body_paragraph(doc).add_run(f"{num}、{heading}"), "黑体")
        children = []
        for number, runin, body, gold in points:
            p = body_paragraph(doc)
            set_run_font(p.add_run(fw(number + runin)), "楷体_GB2312", bold=True)
            set_run_font(p.add_run(fw(body)), "仿宋_GB2312")
            children.append(gold)
        gold_items.append(item(num, 1, heading, children=children))

    body_paragraph(doc, indent=False)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_run_font(p.add_run("上饶市工业和信息化局"), "仿宋_GB2312")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_run_font(p.add_run("2025年2月26日"), "仿宋_GB2312")

    doc.save(DOCS / "heldout54-shangrao-digital-points.docx")
    write_gold(
        "heldout54-shangrao-digital-points",
        {"title": SR_TITLE, "targets": SR_GOAL_TARGETS, "items": gold_items},
    )


# ---------------------------------------------------------------------------
# 2. 萍乡市 任务清单 (.pdf, landscape table)
# ---------------------------------------------------------------------------

PX_TITLE = "萍乡市2025年绿色工厂创建和节能降碳技术改造重点任务清单"

# group rows: (number, title); task rows: (seq, task, content, lead, assist, limit, gold)
PX_ROWS = [
    ("一", "绿色制造体系建设"),
    (
        "1",
        "绿色工厂梯度培育",
        "建立绿色工厂培育库,新创建省级绿色工厂12家、市级绿色工厂20家,力争国家级绿色工厂实现新突破。",
        "市工信局",
        "各县(区)人民政府、萍乡经开区管委会",
        "2025年11月底",
        item(
            "1",
            2,
            "绿色工厂梯度培育",
            ["市工信局"],
            ["各县(区)人民政府", "萍乡经开区管委会"],
            "2025-11-30",
            [
                tgt("省级绿色工厂", "=", 12, "家", "increment"),
                tgt("市级绿色工厂", "=", 20, "家", "increment"),
            ],
        ),
    ),
    (
        "2",
        "绿色工业园区建设",
        "推动萍乡经开区、湘东产业园开展绿色园区创建,园区工业固体废物综合利用率达到80%以上。",
        "萍乡经开区管委会、湘东区人民政府",
        "市工信局、市生态环境局",
        "2025年12月底",
        item(
            "2",
            2,
            "绿色工业园区建设",
            ["萍乡经开区管委会", "湘东区人民政府"],
            ["市工信局", "市生态环境局"],
            "2025-12-31",
            [tgt("园区工业固体废物综合利用率", ">=", 80, "%")],
        ),
    ),
    (
        "3",
        "绿色供应链管理",
        "引导龙头企业建立绿色供应链管理体系,带动上下游企业协同降碳,培育绿色供应链管理企业2家。",
        "市工信局",
        "市商务局",
        "2025年12月",
        item(
            "3",
            2,
            "绿色供应链管理",
            ["市工信局"],
            ["市商务局"],
            "2025-12-31",
            [tgt("绿色供应链管理企业", "=", 2, "家")],
        ),
    ),
    ("二", "节能降碳技术改造"),
    (
        "4",
        "重点行业节能降碳改造",
        "聚焦钢铁、建材、化工、有色等重点行业,实施节能降碳技术改造项目30个以上,"
        "规上工业单位增加值能耗下降3%以上。",
        "市工信局",
        "市发改委、市生态环境局",
        "2025.12.31",
        item(
            "4",
            2,
            "重点行业节能降碳改造",
            ["市工信局"],
            ["市发改委", "市生态环境局"],
            "2025-12-31",
            [
                tgt("节能降碳技术改造项目", ">=", 30, "个"),
                tgt("规上工业单位增加值能耗下降", ">=", 3, "%", "increment"),
            ],
        ),
    ),
    (
        "5",
        "工业锅炉窑炉能效提升",
        "完成燃煤工业锅炉、工业窑炉节能改造40台(套),依法淘汰35蒸吨/小时以下燃煤锅炉。",
        "市市场监管局",
        "市工信局、市生态环境局",
        "2025年10月31日前",
        item(
            "5",
            2,
            "工业锅炉窑炉能效提升",
            ["市市场监管局"],
            ["市工信局", "市生态环境局"],
            "2025-10-31",
            [tgt("燃煤工业锅炉、工业窑炉节能改造", "=", 40, "台(套)")],
        ),
    ),
    (
        "6",
        "重点用能设备更新",
        "推广高效节能电机、变压器等设备,更新改造高效电机10万千瓦以上。",
        "市工信局",
        "国网萍乡供电公司",
        "2025年12月底前",
        item(
            "6",
            2,
            "重点用能设备更新",
            ["市工信局"],
            ["国网萍乡供电公司"],
            "2025-12-31",
            [tgt("更新改造高效电机", ">=", 100000, "千瓦")],
        ),
    ),
    (
        "7",
        "数字化能碳管理",
        "支持重点用能企业建设能源管理中心,建成数字化能碳管理中心8个。",
        "市工信局",
        "市发改委",
        "上半年完成调研摸底,年底前建成",
        item(
            "7",
            2,
            "数字化能碳管理",
            ["市工信局"],
            ["市发改委"],
            "2025-12-31",
            [tgt("数字化能碳管理中心", "=", 8, "个")],
        ),
    ),
    ("三", "资源综合利用"),
    (
        "8",
        "工业固废综合利用",
        "推进粉煤灰、冶炼渣、煤矸石等大宗工业固废综合利用,一般工业固体废物综合利用率达到65%。",
        "市工信局",
        "市生态环境局、市发改委",
        "长期",
        item(
            "8",
            2,
            "工业固废综合利用",
            ["市工信局"],
            ["市生态环境局", "市发改委"],
            "ongoing",
            [tgt("一般工业固体废物综合利用率", ">=", 65, "%")],
        ),
    ),
    (
        "9",
        "工业节水增效",
        "创建省级节水型企业5家,规上工业用水重复利用率提高到92%。",
        "市水利局",
        "市工信局",
        "2025年11月底",
        item(
            "9",
            2,
            "工业节水增效",
            ["市水利局"],
            ["市工信局"],
            "2025-11-30",
            [
                tgt("省级节水型企业", "=", 5, "家"),
                tgt("规上工业用水重复利用率", ">=", 92, "%"),
            ],
        ),
    ),
    ("四", "保障措施"),
    (
        "10",
        "绿色金融支持",
        "建立绿色技改项目融资需求清单,推动金融机构新增绿色贷款20亿元以上。",
        "市委金融办",
        "人行萍乡市分行、国家金融监督管理总局萍乡监管分局",
        "每季度",
        item(
            "10",
            2,
            "绿色金融支持",
            ["市委金融办"],
            ["人行萍乡市分行", "国家金融监督管理总局萍乡监管分局"],
            "ongoing",
            [tgt("绿色贷款", ">=", 20, "亿元", "increment")],
        ),
    ),
    (
        "11",
        "节能监察与诊断服务",
        "对30家重点用能企业开展专项节能监察,为50家企业提供免费节能诊断服务。",
        "市发改委",
        "市工信局",
        "9月底前",
        item(
            "11",
            2,
            "节能监察与诊断服务",
            ["市发改委"],
            ["市工信局"],
            "2025-09-30",
            [
                tgt("专项节能监察重点用能企业", "=", 30, "家"),
                tgt("免费节能诊断服务企业", "=", 50, "家"),
            ],
        ),
    ),
    (
        "12",
        "工作调度和评估",
        "每季度调度一次重点项目进展,年底前开展综合评估。",
        "市工信局",
        "各县(区)人民政府、萍乡经开区管委会",
        "每季度末",
        item(
            "12",
            2,
            "工作调度和评估",
            ["市工信局"],
            ["各县(区)人民政府", "萍乡经开区管委会"],
            "2025-12-31",
            [],
        ),
    ),
]

PX_CSS = """
@page {
  size: A4 landscape;
  margin: 2.2cm 2cm 2cm 2cm;
  @top-left {
    content: "萍乡市工业和信息化局";
    font-family: "Noto Serif CJK SC";
    font-size: 9pt;
  }
  @top-right {
    content: "萍工信字〔2025〕21号附件";
    font-family: "Noto Serif CJK SC";
    font-size: 9pt;
  }
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: "Noto Serif CJK SC";
    font-size: 11pt;
  }
}
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }
.attach { font-family: "Noto Sans CJK SC"; font-size: 14pt; }
h1 { text-align: center; font-size: 18pt; font-weight: bold; margin: 6pt 0 12pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 4pt 5pt; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC"; font-weight: bold; text-align: center; }
td.c { text-align: center; }
tr.group td { font-family: "Noto Sans CJK SC"; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


def make_pingxiang():
    from html import escape

    from weasyprint import HTML

    rows = []
    gold_items = []
    current = None
    for row in PX_ROWS:
        if len(row) == 2:
            num, title = row
            rows.append(f'<tr class="group"><td colspan="6">{num}、{escape(title)}</td></tr>')
            current = item(num, 1, title)
            gold_items.append(current)
            continue
        seq, task, content, lead, assist, limit, gold = row
        cells = [escape(fw(c)) for c in (seq, task, content, lead, assist, limit)]
        rows.append(
            "<tr>"
            f'<td class="c">{cells[0]}</td><td>{cells[1]}</td><td>{cells[2]}</td>'
            f'<td class="c">{cells[3]}</td><td>{cells[4]}</td><td class="c">{cells[5]}</td>'
            "</tr>"
        )
        current["children"].append(gold)

    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>{PX_CSS}</style></head>
<body>
<p class="attach">附件</p>
<h1>{PX_TITLE}</h1>
<table>
<colgroup><col style="width:5%"><col style="width:14%"><col style="width:41%">
<col style="width:13%"><col style="width:17%"><col style="width:10%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作内容及目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout54-pingxiang-green-table.pdf")
    write_gold("heldout54-pingxiang-green-table", {"title": PX_TITLE, "items": gold_items})


# ---------------------------------------------------------------------------
# 3. 吉安市 链长制方案 (website .txt)
# ---------------------------------------------------------------------------

JA_TITLE = "吉安市2025年重点产业链链长制工作推进方案"

JA_TEXT = """吉安市人民政府
首页
政务公开
政务服务
互动交流
走进吉安
当前位置:首页 > 政务公开 > 政府文件 > 市政府办公室文件

索 引 号:JA00100-0200-2025-0015
发文机关:吉安市人民政府办公室
成文日期:2025-03-10
发布日期:2025-03-14
文  号:吉府办字〔2025〕15号
主题分类:工业、交通

吉安市人民政府办公室关于印发吉安市2025年重点产业链链长制工作推进方案的通知

字号:【大 中 小】  浏览次数:

各县(市、区)人民政府,井冈山经开区、吉安高新区管委会,市政府各部门:
《吉安市2025年重点产业链链长制工作推进方案》已经市政府同意,现印发给你们,请认真贯彻落实。

吉安市人民政府办公室
2025年3月10日

吉安市2025年重点产业链链长制工作推进方案

为深入贯彻落实全省制造业重点产业链现代化建设“1269”行动计划,进一步发挥链长制作用,推动我市电子信息、新能源、先进装备制造、绿色食品等重点产业链延链补链强链,结合我市实际,制定本方案。

一、工作目标
到2025年底,全市重点产业链营业收入突破3500亿元,其中电子信息产业链营业收入达到2000亿元以上;新增规上工业企业150家,培育链主企业20家,产业链供应链韧性和安全水平明显提升。

二、组织架构
每条重点产业链由一名市领导担任链长,明确一个市直部门作为链长办公室,建立“链长+链主+专班”工作机制。链长负责统筹产业链发展规划、重大项目、要素保障等工作,链长办公室负责日常调度和协调服务。

三、重点任务
(一)绘制产业链图谱。各链长办公室梳理产业链上下游企业、关键环节和薄弱环节,形成“一链一图一清单”,3月底前完成。(责任单位:各产业链链长办公室)
(二)实施链主企业培育。建立链主企业培育库,支持链主企业开展兼并重组、延伸产业链条,全年新增营业收入超百亿元企业2家。由市工信局牵头,市发改委、市国资委配合。
(三)开展产业链精准招商。围绕产业链缺失环节和关键配套,编制招商目标企业清单,全年引进产业链重点项目100个以上,其中投资10亿元以上项目20个。(市商务局、市投资促进中心,各县(市、区)人民政府,持续推进)
(四)推动上下游协作配套。每季度举办产业链供需对接活动不少于1次,引导链主企业优先采购本地配套产品,本地配套率提高5个百分点。市工信局、市商务局按职责分工负责。
(五)强化创新链支撑。围绕产业链关键核心技术,实施“揭榜挂帅”科技项目10项以上,新建省级以上创新平台8家。责任单位:市科技局、市工信局。
(六)加强要素保障。6月前出台产业链重点项目要素保障清单,土地、用能、资金等要素向产业链重点项目倾斜,产业链重点项目用地保障率达到100%。牵头单位:市自然资源局、市发改委;配合单位:市财政局、市工信局。
(七)优化金融服务。推动金融机构为链上企业提供“链贷通”融资服务,年内新增贷款50亿元。由市委金融办负责,人行吉安市分行配合。

四、保障措施
(一)加强组织领导。定期召开链长制工作推进会,研究解决产业链发展中的重大问题。(市工信局)
(二)建立调度机制。链长办公室每月调度重点项目进展情况,每半年向链长报告一次工作进展。(各产业链链长办公室)
(三)强化考核激励。将链长制工作纳入市对县(市、区)高质量发展综合考核,12月中下旬完成年度考评,考评结果作为评先评优的重要依据。(市委督查室、市考评办)

【打印本页】 【关闭窗口】

扫一扫在手机打开当前页

主办单位:吉安市人民政府办公室  承办单位:吉安市大数据中心
联系我们 | 网站地图 | 隐私声明
"""

JA_GOLD = {
    "title": JA_TITLE,
    "items": [
        item(
            "一",
            1,
            "工作目标",
            targets=[
                tgt("重点产业链营业收入", ">", 3500, "亿元"),
                tgt("电子信息产业链营业收入", ">=", 2000, "亿元"),
                tgt("规上工业企业", "=", 150, "家", "increment"),
                tgt("链主企业", "=", 20, "家"),
            ],
        ),
        item("二", 1, "组织架构"),
        item(
            "三",
            1,
            "重点任务",
            children=[
                item(
                    "(一)",
                    2,
                    "绘制产业链图谱",
                    ["各产业链链长办公室"],
                    [],
                    "2025-03-31",
                ),
                item(
                    "(二)",
                    2,
                    "实施链主企业培育",
                    ["市工信局"],
                    ["市发改委", "市国资委"],
                    None,
                    [tgt("营业收入超百亿元企业", "=", 2, "家", "increment")],
                ),
                item(
                    "(三)",
                    2,
                    "开展产业链精准招商",
                    ["市商务局"],
                    ["市投资促进中心", "各县(市、区)人民政府"],
                    "ongoing",
                    [
                        tgt("产业链重点项目", ">=", 100, "个", "increment"),
                        tgt("投资10亿元以上项目", "=", 20, "个", "increment"),
                    ],
                ),
                item(
                    "(四)",
                    2,
                    "推动上下游协作配套",
                    ["市工信局"],
                    ["市商务局"],
                    "ongoing",
                    [
                        tgt("产业链供需对接活动", ">=", 1, "次"),
                        tgt("本地配套率", "=", 5, "个百分点", "increment"),
                    ],
                ),
                item(
                    "(五)",
                    2,
                    "强化创新链支撑",
                    ["市科技局"],
                    ["市工信局"],
                    None,
                    [
                        tgt("“揭榜挂帅”科技项目", ">=", 10, "项"),
                        tgt("省级以上创新平台", "=", 8, "家", "increment"),
                    ],
                ),
                item(
                    "(六)",
                    2,
                    "加强要素保障",
                    ["市自然资源局", "市发改委"],
                    ["市财政局", "市工信局"],
                    "2025-05-31",
                    [tgt("产业链重点项目用地保障率", ">=", 100, "%")],
                ),
                item(
                    "(七)",
                    2,
                    "优化金融服务",
                    ["市委金融办"],
                    ["人行吉安市分行"],
                    "2025-12-31",
                    [tgt("贷款", "=", 50, "亿元", "increment")],
                ),
            ],
        ),
        item(
            "四",
            1,
            "保障措施",
            children=[
                item("(一)", 2, "加强组织领导", ["市工信局"], [], "ongoing"),
                item("(二)", 2, "建立调度机制", ["各产业链链长办公室"], [], "ongoing"),
                item(
                    "(三)",
                    2,
                    "强化考核激励",
                    ["市委督查室"],
                    ["市考评办"],
                    "2025-12-31",
                ),
            ],
        ),
    ],
}


def make_jian():
    (DOCS / "heldout54-jian-chain-leader-web.txt").write_text(fw(JA_TEXT), encoding="utf-8")
    write_gold("heldout54-jian-chain-leader-web", JA_GOLD)


# ---------------------------------------------------------------------------
# 4. 鹰潭高新区 台账 (spreadsheet saved as tab-separated text)
# ---------------------------------------------------------------------------

YT_TITLE = "鹰潭高新区2025年创新提升工作任务台账"

# (category or "", seq, task, goal, lead, assist, limit, gold)
YT_ROWS = [
    (
        "科技创新主体培育",
        "1",
        "高新技术企业培育",
        "新认定高新技术企业35家,高新技术企业总数达到180家以上",
        "科技创新局",
        "经济发展局、税务分局",
        "2025.11.30",
        item(
            "1",
            2,
            "高新技术企业培育",
            ["科技创新局"],
            ["经济发展局", "税务分局"],
            "2025-11-30",
            [
                tgt("高新技术企业", "=", 35, "家", "increment"),
                tgt("高新技术企业总数", ">=", 180, "家"),
            ],
        ),
    ),
    (
        "",
        "2",
        "科技型中小企业评价入库",
        "评价入库科技型中小企业260家以上",
        "科技创新局",
        "各园区服务中心",
        "2025/12/31",
        item(
            "2",
            2,
            "科技型中小企业评价入库",
            ["科技创新局"],
            ["各园区服务中心"],
            "2025-12-31",
            [tgt("评价入库科技型中小企业", ">=", 260, "家")],
        ),
    ),
    (
        "",
        "3",
        "专精特新企业培育",
        "新增省级专精特新中小企业15家,争创国家级专精特新“小巨人”企业2家",
        "经济发展局",
        "科技创新局",
        "2025.10",
        item(
            "3",
            2,
            "专精特新企业培育",
            ["经济发展局"],
            ["科技创新局"],
            "2025-10-31",
            [
                tgt("省级专精特新中小企业", "=", 15, "家", "increment"),
                tgt("国家级专精特新“小巨人”企业", "=", 2, "家"),
            ],
        ),
    ),
    (
        "创新平台建设",
        "4",
        "铜基新材料研发平台建设",
        "支持铜产业研究院建设,新建省级以上研发平台6个",
        "科技创新局",
        "经济发展局",
        "12.31前",
        item(
            "4",
            2,
            "铜基新材料研发平台建设",
            ["科技创新局"],
            ["经济发展局"],
            "2025-12-31",
            [tgt("省级以上研发平台", "=", 6, "个", "increment")],
        ),
    ),
    (
        "",
        "5",
        "孵化载体提质增效",
        "科技企业孵化器、众创空间在孵企业达到300家,新增孵化面积2万平方米",
        "科技创新局",
        "规划建设局",
        "长期",
        item(
            "5",
            2,
            "孵化载体提质增效",
            ["科技创新局"],
            ["规划建设局"],
            "ongoing",
            [
                tgt("在孵企业", ">=", 300, "家"),
                tgt("孵化面积", "=", 20000, "平方米", "increment"),
            ],
        ),
    ),
    (
        "",
        "6",
        "深化产学研合作",
        "与南昌大学、华东交通大学等高校共建产学研合作基地3-5个,技术合同成交额达到15亿元",
        "科技创新局",
        "人才服务中心",
        "2025.12",
        item(
            "6",
            2,
            "深化产学研合作",
            ["科技创新局"],
            ["人才服务中心"],
            "2025-12-31",
            [
                tgt("产学研合作基地", ">=", 3, "个", maximum=5),
                tgt("技术合同成交额", ">=", 15, "亿元"),
            ],
        ),
    ),
    (
        "创新投入与产出",
        "7",
        "研发投入攻坚",
        "规上工业企业研发投入增长20%以上,R&D经费投入强度达到3.2%",
        "经济发展局",
        "科技创新局、统计局",
        "每季度",
        item(
            "7",
            2,
            "研发投入攻坚",
            ["经济发展局"],
            ["科技创新局", "统计局"],
            "ongoing",
            [
                tgt("规上工业企业研发投入增长", ">=", 20, "%", "increment"),
                tgt("R&D经费投入强度", ">=", 3.2, "%"),
            ],
        ),
    ),
    (
        "",
        "8",
        "知识产权创造",
        "每万人口高价值发明专利拥有量达到12件,PCT国际专利申请10件",
        "市场监管分局",
        "科技创新局",
        "2025.12.31",
        item(
            "8",
            2,
            "知识产权创造",
            ["市场监管分局"],
            ["科技创新局"],
            "2025-12-31",
            [
                tgt("每万人口高价值发明专利拥有量", ">=", 12, "件"),
                tgt("PCT国际专利申请", "=", 10, "件"),
            ],
        ),
    ),
    (
        "",
        "9",
        "高新技术产业发展",
        "高新技术产业增加值占规上工业增加值比重达到55%以上",
        "经济发展局",
        "统计局",
        "2025/12/31",
        item(
            "9",
            2,
            "高新技术产业发展",
            ["经济发展局"],
            ["统计局"],
            "2025-12-31",
            [tgt("高新技术产业增加值占规上工业增加值比重", ">=", 55, "%")],
        ),
    ),
    (
        "创新生态优化",
        "10",
        "科技金融赋能",
        "设立规模不低于5亿元的科创投资基金,“科贷通”放款突破3亿元",
        "财政局",
        "科技创新局、金融服务中心",
        "2025.9.30",
        item(
            "10",
            2,
            "科技金融赋能",
            ["财政局"],
            ["科技创新局", "金融服务中心"],
            "2025-09-30",
            [
                tgt("科创投资基金规模", ">=", 5, "亿元"),
                tgt("“科贷通”放款", ">", 3, "亿元"),
            ],
        ),
    ),
    (
        "",
        "11",
        "人才引育",
        "引进高层次创新创业人才50名,新增技能人才1000人",
        "人才服务中心",
        "科技创新局、人社局",
        "2025.12.31",
        item(
            "11",
            2,
            "人才引育",
            ["人才服务中心"],
            ["科技创新局", "人社局"],
            "2025-12-31",
            [
                tgt("高层次创新创业人才", "=", 50, "名", "increment"),
                tgt("技能人才", "=", 1000, "人", "increment"),
            ],
        ),
    ),
    (
        "",
        "12",
        "惠企政策兑现",
        "全年兑现科技创新奖补资金3000万元,单个企业年度奖励不超过200万元",
        "财政局",
        "科技创新局",
        "12.31前",
        item(
            "12",
            2,
            "惠企政策兑现",
            ["财政局"],
            ["科技创新局"],
            "2025-12-31",
            [tgt("科技创新奖补资金", "=", 3000, "万元")],
        ),
    ),
    (
        "",
        "13",
        "园区综合评价争先进位",
        "国家高新区综合评价排名进入全国前100位",
        "科技创新局",
        "各部门",
        "长期",
        item(
            "13",
            2,
            "园区综合评价争先进位",
            ["科技创新局"],
            ["各部门"],
            "ongoing",
            [tgt("国家高新区综合评价排名", "<=", 100, "位")],
        ),
    ),
]


def make_yingtan():
    lines = [YT_TITLE + "\t" * 6, "类别\t序号\t工作任务\t具体目标\t责任部门\t配合部门\t完成时限"]
    gold_items = []
    for category, seq, task, goal, lead, assist, limit, gold in YT_ROWS:
        lines.append(fw("\t".join([category, seq, task, goal, lead, assist, limit])))
        if category:
            gold_items.append(item("", 1, category))
        gold_items[-1]["children"].append(gold)
    lines.append(fw("填报单位:鹰潭高新区科技创新局\t\t\t\t填报时间:2025年3月5日\t\t"))
    (DOCS / "heldout54-yingtan-hitech-ledger.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )
    write_gold("heldout54-yingtan-hitech-ledger", {"title": YT_TITLE, "items": gold_items})


def main():
    make_shangrao()
    make_pingxiang()
    make_jian()
    make_yingtan()


if __name__ == "__main__":
    main()
