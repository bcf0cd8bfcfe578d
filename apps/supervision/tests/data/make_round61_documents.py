"""Round 61: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:
``.venv/bin/python apps/supervision/tests/data/make_round61_documents.py``.
It writes the four documents to ``docs/`` and their gold ledgers to ``gold/``.

Documents
---------
1. ``heldout61-yichun-pilot-plan.docx`` — 宜春市科技成果转化中试与产业化提升行动方案(2025—2027年),
   a city action plan drafted in Word (仿宋 body, 黑体 headings, 楷体 second-level labels):
   一、 over (一) items; each task closes with a bracket `(牵头单位:…;配合单位:…)`;
   one task with two lead units under the label, one `A、B按职责分工负责,C配合`
   sentence, a 保障措施 part with a `市科技局每季度召开…` sentence and a
   `(责任单位:A、B)` bracket. Deadlines: 2027年底前, 2026年6月底前, 2025年11月底前,
   a dated limit beside a 常态化 recurrence, `此项工作长期坚持`, `2025—2027年累计`.
   Targets: 以上/不少于/突破/不低于…的基金规模/新建/累计达到.
2. ``heldout61-ganzhou-ip-pledge-table.pdf`` — 赣州市2025年知识产权质押融资“入园惠企”行动任务清单,
   a landscape table printed from WPS (weasyprint): 序号 | 重点任务 | 工作措施及目标 | 牵头单位 |
   配合单位 | 完成时限, grouped by full-width rows 一、…四、; a 工作目标 paragraph before the table
   (document-level targets); page header with the office name, `— n —` page numbers.
   Deadlines: 2025年12月底前, 2025年6月30日前, 持续推进, 2025年9月底前, 2025年第三季度,
   2025.12.31, 2025年11月底前, 上半年, 每季度, 10月底前, 长期. Targets: 扩大到, 降低至…以内,
   突破, 3-5家 range, 压缩至…以内, 增长…以上, a total of subsidies paid out.
3. ``heldout61-shangrao-standard-web.txt`` — 上饶市2025年标准化和计量检测工作要点, copied from the
   市场监督管理局 website with its chrome (nav, 发布时间/来源/字号, footer). A 主要目标 paragraph
   before the items (document-level targets); 一、 over (一). Units written as
   `(A牵头,B、C配合)`, a `责任单位:A、B、C` line, `由A负责,B配合`, an unlabelled bracket of offices,
   a 牵头单位:…;配合单位:… sentence without brackets, `由A、B牵头,C配合`, and an office opening a
   sentence and doing the work (`市市场监管局每季度开展…,…配合`).
4. ``heldout61-fuzhou-testing-sheet.txt`` —
   抚州高新区2025年检验检测认证服务业高质量发展重点任务台账, an Excel task table saved as
   tab-separated text: 序号 | 任务类别 | 重点任务 | 工作目标 |
   牵头单位 | 配合单位 | 完成时限 | 备注, the 任务类别 cell written only on the first row of each
   group (a merged cell as Excel exports it). Time limits as spreadsheet cells: 2025.12.31,
   2025/11/30, 每季度, 2025.10, 12.31前, 长期, 2025年11月底前, 2025.9.30, 2025年12月中下旬, 每月,
   第三季度; 配合单位 cells of `/` and `—`.

Annotation choices (where the conventions are silent or I had to decide)
------------------------------------------------------------------------
* Item titles are the item's heading sentence (up to the first 。) for running text, and the
  重点任务 cell for tables. Gold carries no ``text`` fields (as in the shape file).
* In a table, each task group (一、… row in the PDF; 任务类别 in the sheet) is a level-1 item with
  no units; the sheet's groups have no printed label, so their number is ``""``; tasks are level 2.
* Targets stated `到2027年` in 主要目标 (docx) are the horizon of the plan, so the 主要目标 item
  has no deadline. `年内` → 2025-12-31 in the three-year plan (its document year is 2025).
* `每个省级中试平台年服务企业不少于30家`, `每季度不少于1场`, `每年选派…不少于150人`: per-period
  quotas are targets with the printed figure (no multiplication). A per-recipient cap
  (`每家不超过30万元`) and a subsidy rate (`利息的50%给予贴息`, `按不超过40%的比例`) are not
  targets.
* `培育…50家`, `建设…2个`, `建成…20项`, `争取获批5个`, `组建…2个`, `帮扶…30家` are `level`
  (the verb is not in the increment list); `新增/新建/引进/引进培育` are increments;
  `更新改造…4项` is level.
* `保持在90%以上` → `>=` 90 %. `覆盖率达到100%` → `>=` 100 %. `办理时间压缩至3个工作日以内` →
  `<=` 3 个工作日. `2万小时` → 20000 小时. `100台(套)以上` → unit 台(套).
* `营业收入达到3亿元,同比增长15%` → two targets: `>=` 3 亿元 level and `=` 15 % increment.
* In the sheet, `高新区…` unit names are kept as printed (no expansion to 抚州高新区…).
* `市市场监管局(知识产权局)` keeps its alias bracket as part of the name.
* `宜春学院、市科技局按职责分工负责,市教育局配合` → lead 宜春学院, assisting 市科技局, 市教育局.
* `每年底开展评估` (考核评估) and `…配合,常态化推进` at a task's end read as standing tasks:
  ongoing. `全年…` inside a table's measure cell is no limit; the 完成时限 column decides.
* A 工作目标 / 主要目标 paragraph printed before the first numbered item without a number of its
  own gives document-level ``targets``; a numbered 一、主要目标 (docx) is an item.
* The sheet's footnote `注:牵头单位负责统筹…每季度末报送` and the 备注 column give no units.
* The 工作要求 item `各县(市、区)、各有关部门要…每季度末报送` exhorts everyone: no units, ongoing.
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


def item(number, level, title, lead=(), assist=(), deadline=None, targets=(), children=()):
    return {
        "number": number,
        "level": level,
        "title": title,
        "lead_units": list(lead),
        "assisting_units": list(assist),
        "deadline": deadline,
        "targets": [target(*t) for t in targets],
        "children": list(children),
    }


def target(subject, comparator, value, unit, kind="level", maximum=None):
    t = {"subject": subject, "comparator": comparator, "value": value, "unit": unit, "kind": kind}
    if maximum is not None:
        t["max"] = maximum
    return t


def write_gold(name, title, items, targets=None):
    data = {"title": title, "items": items}
    if targets is not None:
        data["targets"] = [target(*t) for t in targets]
    path = GOLD / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# 1. 宜春市 — Word action plan
# ---------------------------------------------------------------------------

YICHUN_TITLE = "宜春市科技成果转化中试与产业化提升行动方案(2025—2027年)"

YICHUN_INTRO = (
    "为深入实施创新驱动发展战略,打通科技成果从实验室走向生产线的“最后一公里”,"
    "加快推动科技成果在宜就地转化和产业化,根据《江西省科技成果转化中试基地建设实施方案》等文件精神,"
    "结合我市实际,制定本行动方案。"
)

YICHUN_BODY = [
    ("h1", "一、主要目标"),
    (
        "p",
        "到2027年,全市建成市级以上中试平台20个以上,其中省级中试平台5个以上;"
        "技术合同成交额突破200亿元;转化科技成果1000项以上;培育科技成果产业化示范企业50家,"
        "中试与产业化服务体系基本健全。",
    ),
    ("h1", "二、重点任务"),
    (
        "t",
        "(一)布局建设一批中试平台。",
        "聚焦锂电新能源、生物医药、先进装备制造、富硒农业等优势产业,支持龙头企业、高校院所建设概念验证中心"
        "和中试基地,2025年新建市级中试平台6个,2027年底前市级中试平台累计达到20个。"
        "(牵头单位:市科技局;配合单位:市发改委、市工信局,各县(市、区)人民政府)",
    ),
    (
        "t",
        "(二)提升中试平台服务能力。",
        "推动中试平台向社会开放共享,建立中试服务目录和收费指导标准,每个省级中试平台年服务企业不少于30家。"
        "此项工作长期坚持。(牵头单位:市科技局;配合单位:市市场监管局、宜春经开区管委会)",
    ),
    (
        "t",
        "(三)实施中试熟化项目。",
        "在市级科技计划中设立中试熟化专题,2025年11月底前完成年度项目立项,支持中试熟化项目不少于25项,"
        "安排资金不少于1500万元。(牵头单位:市科技局;配合单位:市财政局)",
    ),
    (
        "t",
        "(四)推进高校院所成果就地转化。",
        "组织宜春学院、宜春职业技术学院与企业开展“揭榜挂帅”对接,促成校地合作项目40项以上,12月底前完成。"
        "宜春学院、市科技局按职责分工负责,市教育局配合。",
    ),
    (
        "t",
        "(五)打造成果产业化示范基地。",
        "依托宜春经开区、宜丰工业园等园区,建设锂电新能源科技成果产业化基地2个,2026年6月底前完成认定。"
        "(牵头单位:市工信局;配合单位:市科技局、宜春经开区管委会、宜丰县人民政府)",
    ),
    (
        "t",
        "(六)壮大技术转移人才队伍。",
        "开展技术经理人专项培训,2025—2027年累计培养技术经理人300名以上;每年选派科技特派员不少于150人,"
        "深入企业开展成果对接。(牵头单位:市科技局;配合单位:市人社局、市科协)",
    ),
    (
        "t",
        "(七)强化科技金融赋能。",
        "设立规模不低于5亿元的市科技成果转化基金,推广“科贷通”“赣科贷”等产品,"
        "年内为中试及产业化项目发放贷款10亿元以上。"
        "(牵头单位:市财政局、市金融办;配合单位:人行宜春市分行、市科技局)",
    ),
    (
        "t",
        "(八)优化成果转化服务生态。",
        "建设宜春市科技成果转化公共服务平台,2025年9月底前上线运行;常态化举办科技成果路演活动,"
        "每季度不少于1场。(牵头单位:市科技局;配合单位:市委人才办、市工商联)",
    ),
    ("h1", "三、保障措施"),
    (
        "t",
        "(一)加强组织领导。",
        "成立由市政府分管领导任组长的科技成果转化工作专班,统筹推进中试与产业化工作。"
        "市科技局每季度召开一次调度会,通报各地工作进展。",
    ),
    (
        "t",
        "(二)强化政策落实。",
        "落实科技成果转化收益分配政策,允许高校院所提取不低于70%的比例用于奖励科研团队。"
        "(责任单位:市科技局、市财政局)",
    ),
    (
        "t",
        "(三)严格考核评估。",
        "将中试平台建设和成果转化情况纳入对各县(市、区)科技创新工作考核,每年底开展评估,"
        "对成效明显的予以通报表扬。",
    ),
]


def set_run_font(run, east_asia, size_pt, bold=False):
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def body_paragraph(doc, indent=True):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def make_yichun():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(YICHUN_TITLE), "方正小标宋简体", 22)
    body_paragraph(doc)
    p = body_paragraph(doc)
    set_run_font(p.add_run(YICHUN_INTRO), "仿宋_GB2312", 16)
    for kind, *parts in YICHUN_BODY:
        p = body_paragraph(doc)
        if kind == "h1":
            set_run_font(p.add_run(parts[0]), "黑体", 16)
        elif kind == "p":
            set_run_font(p.add_run(parts[0]), "仿宋_GB2312", 16)
        else:
            set_run_font(p.add_run(parts[0]), "楷体_GB2312", 16, bold=True)
            set_run_font(p.add_run(parts[1]), "仿宋_GB2312", 16)
    body_paragraph(doc)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(footer.add_run("— "), "宋体", 14)
    run = footer.add_run()
    set_run_font(run, "宋体", 14)
    for tag, attrs, text in (
        ("w:fldChar", {qn("w:fldCharType"): "begin"}, None),
        ("w:instrText", {qn("xml:space"): "preserve"}, " PAGE "),
        ("w:fldChar", {qn("w:fldCharType"): "separate"}, None),
        ("w:t", {}, "1"),
        ("w:fldChar", {qn("w:fldCharType"): "end"}, None),
    ):
        el = run._element.makeelement(qn(tag), attrs)
        if text is not None:
            el.text = text
        run._element.append(el)
    set_run_font(footer.add_run(" —"), "宋体", 14)
    doc.save(DOCS / "heldout61-yichun-pilot-plan.docx")

    items = [
        item(
            "一",
            1,
            "主要目标",
            targets=[
                ("市级以上中试平台", ">=", 20, "个"),
                ("省级中试平台", ">=", 5, "个"),
                ("技术合同成交额", ">", 200, "亿元"),
                ("转化科技成果", ">=", 1000, "项"),
                ("培育科技成果产业化示范企业", "=", 50, "家"),
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
                    "布局建设一批中试平台",
                    ["市科技局"],
                    ["市发改委", "市工信局", "各县(市、区)人民政府"],
                    "2027-12-31",
                    [
                        ("新建市级中试平台", "=", 6, "个", "increment"),
                        ("市级中试平台累计", ">=", 20, "个"),
                    ],
                ),
                item(
                    "(二)",
                    2,
                    "提升中试平台服务能力",
                    ["市科技局"],
                    ["市市场监管局", "宜春经开区管委会"],
                    "ongoing",
                    [("每个省级中试平台年服务企业", ">=", 30, "家")],
                ),
                item(
                    "(三)",
                    2,
                    "实施中试熟化项目",
                    ["市科技局"],
                    ["市财政局"],
                    "2025-11-30",
                    [
                        ("支持中试熟化项目", ">=", 25, "项"),
                        ("中试熟化项目安排资金", ">=", 1500, "万元"),
                    ],
                ),
                item(
                    "(四)",
                    2,
                    "推进高校院所成果就地转化",
                    ["宜春学院"],
                    ["市科技局", "市教育局"],
                    "2025-12-31",
                    [("促成校地合作项目", ">=", 40, "项")],
                ),
                item(
                    "(五)",
                    2,
                    "打造成果产业化示范基地",
                    ["市工信局"],
                    ["市科技局", "宜春经开区管委会", "宜丰县人民政府"],
                    "2026-06-30",
                    [("锂电新能源科技成果产业化基地", "=", 2, "个")],
                ),
                item(
                    "(六)",
                    2,
                    "壮大技术转移人才队伍",
                    ["市科技局"],
                    ["市人社局", "市科协"],
                    "2027-12-31",
                    [
                        ("累计培养技术经理人", ">=", 300, "名"),
                        ("每年选派科技特派员", ">=", 150, "人"),
                    ],
                ),
                item(
                    "(七)",
                    2,
                    "强化科技金融赋能",
                    ["市财政局", "市金融办"],
                    ["人行宜春市分行", "市科技局"],
                    "2025-12-31",
                    [
                        ("市科技成果转化基金规模", ">=", 5, "亿元"),
                        ("为中试及产业化项目发放贷款", ">=", 10, "亿元"),
                    ],
                ),
                item(
                    "(八)",
                    2,
                    "优化成果转化服务生态",
                    ["市科技局"],
                    ["市委人才办", "市工商联"],
                    "2025-09-30",
                    [("科技成果路演活动", ">=", 1, "场")],
                ),
            ],
        ),
        item(
            "三",
            1,
            "保障措施",
            children=[
                item("(一)", 2, "加强组织领导", ["市科技局"], [], "ongoing"),
                item("(二)", 2, "强化政策落实", ["市科技局"], ["市财政局"]),
                item("(三)", 2, "严格考核评估", deadline="ongoing"),
            ],
        ),
    ]
    write_gold("heldout61-yichun-pilot-plan", YICHUN_TITLE, items)


# ---------------------------------------------------------------------------
# 2. 赣州市 — landscape PDF task list
# ---------------------------------------------------------------------------

GANZHOU_TITLE = "赣州市2025年知识产权质押融资“入园惠企”行动任务清单"
IPO = "市市场监管局(知识产权局)"
RH = "人行赣州市分行"
JG = "国家金融监督管理总局赣州监管分局"

# (group number, group title, rows: (序号, 重点任务, 措施及目标, 牵头, 配合, 时限))
GANZHOU_GROUPS = [
    (
        "一",
        "扩大质押融资覆盖面",
        [
            (
                "1",
                "开展“入园惠企”专项行动",
                "组织银行机构走进全市各工业园区开展政银企对接,全年举办对接活动不少于20场。",
                IPO,
                f"{RH}、{JG}、各县(市、区)人民政府",
                "2025年12月底前",
            ),
            (
                "2",
                "建立质押融资需求企业库",
                "梳理有融资需求的知识产权优势企业,入库企业300家以上,实行动态管理。",
                IPO,
                "市工信局、市科技局",
                "2025年6月30日前",
            ),
            (
                "3",
                "推动银行扩面增量",
                "各银行机构单列知识产权质押融资信贷计划,知识产权质押贷款户数增长20%以上。",
                JG,
                f"{RH}、各商业银行",
                "持续推进",
            ),
        ],
    ),
    (
        "二",
        "完善风险分担机制",
        [
            (
                "4",
                "扩大风险补偿资金池",
                "市本级知识产权质押融资风险补偿资金池规模扩大到5000万元,"
                "对合作银行发生的不良贷款按不超过40%的比例给予风险补偿。",
                "市财政局",
                IPO,
                "2025年9月底前",
            ),
            (
                "5",
                "发挥政府性融资担保作用",
                "市融资担保集团开发知识产权质押担保专属产品,担保费率降低至1%以内。",
                "市融资担保集团",
                "市财政局",
                "2025年第三季度",
            ),
            (
                "6",
                "开展知识产权质押融资保险",
                "推广知识产权质押融资保证保险,承保金额突破3亿元。",
                JG,
                f"{IPO}、各保险机构",
                "2025.12.31",
            ),
        ],
    ),
    (
        "三",
        "优化评估与处置服务",
        [
            (
                "7",
                "培育知识产权评估机构",
                "引进培育专业知识产权评估机构3-5家,建立评估机构和评估专家名录库。",
                IPO,
                "市财政局",
                "2025年11月底前",
            ),
            (
                "8",
                "畅通质押登记与质物处置",
                "依托江西省知识产权运营服务平台,建立登记、评估、处置一体化服务通道,"
                "专利权质押登记办理时间压缩至3个工作日以内。",
                IPO,
                "市中级人民法院、市司法局",
                "上半年",
            ),
            (
                "9",
                "落实贴息奖补政策",
                "对企业知识产权质押贷款按贷款合同利息的50%给予贴息,全年兑现贴息资金800万元。",
                IPO,
                "市财政局",
                "每季度",
            ),
        ],
    ),
    (
        "四",
        "强化宣传与督导",
        [
            (
                "10",
                "开展政策宣讲培训",
                "举办知识产权金融政策培训班,培训企业及银行人员1000人次以上。",
                IPO,
                "市工商联、各县(市、区)市场监管局",
                "10月底前",
            ),
            (
                "11",
                "建立工作调度通报制度",
                "按月统计各县(市、区)质押融资登记数据,每季度通报一次工作进展。",
                IPO,
                RH,
                "长期",
            ),
        ],
    ),
]

GANZHOU_CSS = """
@page {
  size: A4 landscape; margin: 2.2cm 2cm 2cm 2cm;
  @top-right { content: "赣州市市场监督管理局(知识产权局)"; font-family: "Noto Serif CJK SC";
               font-size: 9pt; color: #444; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 11pt; }
}
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.6; }
.att { font-family: "Noto Sans CJK SC"; font-size: 14pt; }
h1 { font-family: "Noto Serif CJK SC"; font-size: 19pt; text-align: center; margin: 0.3cm 0 0.4cm 0;
     font-weight: bold; }
p { text-indent: 2em; margin: 0.1cm 0; }
table { border-collapse: collapse; width: 100%; margin-top: 0.3cm; }
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; font-size: 11pt; }
th { font-family: "Noto Sans CJK SC"; font-weight: normal; text-align: center; }
td.c { text-align: center; }
tr.grp td { font-family: "Noto Sans CJK SC"; text-align: left; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""

GANZHOU_INTRO = (
    "为贯彻落实国家知识产权局等部门关于开展知识产权质押融资入园惠企行动的部署要求,"
    "进一步拓宽科技型中小企业融资渠道,推动知识产权价值转化,结合我市实际,制定本任务清单。"
)
GANZHOU_GOALS = (
    "2025年工作目标:全市知识产权质押融资登记金额达到60亿元以上,"
    "惠及企业500家以上,新增首贷企业100家。"
)


def make_ganzhou():
    from weasyprint import HTML

    rows = []
    for gnum, gtitle, tasks in GANZHOU_GROUPS:
        rows.append(f'<tr class="grp"><td colspan="6">{gnum}、{gtitle}</td></tr>')
        for num, task, measure, lead, assist, limit in tasks:
            rows.append(
                f'<tr><td class="c">{num}</td><td>{task}</td><td>{measure}</td>'
                f'<td class="c">{lead}</td><td>{assist}</td><td class="c">{limit}</td></tr>'
            )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{GANZHOU_CSS}</style></head><body>
<div class="att">附件</div>
<h1>{GANZHOU_TITLE}</h1>
<p>{GANZHOU_INTRO}</p>
<p>{GANZHOU_GOALS}</p>
<table>
<colgroup><col style="width:5%"><col style="width:15%"><col style="width:38%">
<col style="width:14%"><col style="width:17%"><col style="width:11%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作措施及目标</th><th>牵头单位</th><th>配合单位</th>
<th>完成时限</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout61-ganzhou-ip-pledge-table.pdf")

    def t(num, title, lead, assist, deadline, targets):
        return item(num, 2, title, lead, assist, deadline, targets)

    items = [
        item(
            "一",
            1,
            "扩大质押融资覆盖面",
            children=[
                t(
                    "1",
                    "开展“入园惠企”专项行动",
                    [IPO],
                    [RH, JG, "各县(市、区)人民政府"],
                    "2025-12-31",
                    [("举办政银企对接活动", ">=", 20, "场")],
                ),
                t(
                    "2",
                    "建立质押融资需求企业库",
                    [IPO],
                    ["市工信局", "市科技局"],
                    "2025-06-30",
                    [("入库企业", ">=", 300, "家")],
                ),
                t(
                    "3",
                    "推动银行扩面增量",
                    [JG],
                    [RH, "各商业银行"],
                    "ongoing",
                    [("知识产权质押贷款户数增长", ">=", 20, "%", "increment")],
                ),
            ],
        ),
        item(
            "二",
            1,
            "完善风险分担机制",
            children=[
                t(
                    "4",
                    "扩大风险补偿资金池",
                    ["市财政局"],
                    [IPO],
                    "2025-09-30",
                    [("市本级知识产权质押融资风险补偿资金池规模", ">=", 5000, "万元")],
                ),
                t(
                    "5",
                    "发挥政府性融资担保作用",
                    ["市融资担保集团"],
                    ["市财政局"],
                    "2025-09-30",
                    [("担保费率", "<=", 1, "%")],
                ),
                t(
                    "6",
                    "开展知识产权质押融资保险",
                    [JG],
                    [IPO, "各保险机构"],
                    "2025-12-31",
                    [("知识产权质押融资保证保险承保金额", ">", 3, "亿元")],
                ),
            ],
        ),
        item(
            "三",
            1,
            "优化评估与处置服务",
            children=[
                t(
                    "7",
                    "培育知识产权评估机构",
                    [IPO],
                    ["市财政局"],
                    "2025-11-30",
                    [("引进培育专业知识产权评估机构", ">=", 3, "家", "increment", 5)],
                ),
                t(
                    "8",
                    "畅通质押登记与质物处置",
                    [IPO],
                    ["市中级人民法院", "市司法局"],
                    "2025-06-30",
                    [("专利权质押登记办理时间", "<=", 3, "个工作日")],
                ),
                t(
                    "9",
                    "落实贴息奖补政策",
                    [IPO],
                    ["市财政局"],
                    "ongoing",
                    [("全年兑现贴息资金", "=", 800, "万元")],
                ),
            ],
        ),
        item(
            "四",
            1,
            "强化宣传与督导",
            children=[
                t(
                    "10",
                    "开展政策宣讲培训",
                    [IPO],
                    ["市工商联", "各县(市、区)市场监管局"],
                    "2025-10-31",
                    [("培训企业及银行人员", ">=", 1000, "人次")],
                ),
                t("11", "建立工作调度通报制度", [IPO], [RH], "ongoing", []),
            ],
        ),
    ]
    write_gold(
        "heldout61-ganzhou-ip-pledge-table",
        GANZHOU_TITLE,
        items,
        targets=[
            ("知识产权质押融资登记金额", ">=", 60, "亿元"),
            ("惠及企业", ">=", 500, "家"),
            ("新增首贷企业", "=", 100, "家", "increment"),
        ],
    )


# ---------------------------------------------------------------------------
# 3. 上饶市 — website text with chrome
# ---------------------------------------------------------------------------

SHANGRAO_TITLE = "上饶市2025年标准化和计量检测工作要点"

SHANGRAO_TEXT = f"""上饶市市场监督管理局
首页
机构概况
政务公开
政策文件
办事服务
互动交流
专题专栏
当前位置:首页 > 政务公开 > 政策文件 > 工作计划

{SHANGRAO_TITLE}

发布时间:2025-03-18 09:12    来源:标准化和计量科    浏览次数:  字号:[大 中 小]

为深入贯彻《国家标准化发展纲要》和《计量发展规划(2021—2035年)》,持续推进质量强市建设,充分发挥标准化、计量和检验检测在服务产业发展、保障民生安全中的基础支撑作用,现制定2025年全市标准化和计量检测工作要点。

2025年主要目标:全市主导和参与制修订国家标准、行业标准15项以上,新增省级标准化试点示范项目5个,建成社会公用计量标准20项,强制检定计量器具受检率达到98%以上。

一、实施标准化提升工程

(一)推动企业参与标准制定。支持光伏、汽车、有色金属、文化旅游等产业链龙头企业主导或参与制修订国家标准、行业标准,年底前新增“江西绿色生态”团体标准10项以上。(市市场监管局牵头,市工信局、市发改委配合)

(二)开展标准化试点示范。围绕现代农业、社会管理和公共服务等领域,组织申报省级标准化试点示范项目,11月底前完成申报,争取获批5个。
责任单位:市市场监管局、市农业农村局、市民政局

(三)实施企业标准“领跑者”制度。引导企业在企业标准信息公共服务平台自我声明公开标准,新增公开标准300项,培育企业标准“领跑者”8家。此项工作由市市场监管局负责,各县(市、区)人民政府配合,常态化推进。

二、夯实计量基础支撑

(一)建设社会公用计量标准。新建社会公用计量标准6项,更新改造计量标准4项,10月底前完成建标考核。(市市场监管局、市检验检测中心)

(二)加强民生计量监管。对集贸市场、加油站、眼镜制配场所等开展计量专项检查,强制检定计量器具受检率达到98%以上,定量包装商品净含量抽查合格率不低于95%。市市场监管局每季度开展一次专项检查,各县(市、区)市场监管局配合。

(三)服务企业计量能力提升。开展“计量服务中小企业行”活动,为企业免费校准仪器设备5000台件以上,帮助30家企业建立测量管理体系,2025年8月底前完成。牵头单位:市市场监管局;配合单位:市计量检定测试所、市工商联。

三、提升检验检测服务能力

(一)建设国家级质检中心。加快推进国家光伏产品质量检验检测中心(江西)扩项,新增检测项目50项以上,2025年12月31日前通过国家资质认定复评审。(牵头单位:市市场监管局;配合单位:上饶经开区管委会、市检验检测中心)

(二)推进检验检测机构整合。整合县级检验检测资源,组建区域性综合检验检测中心2个,实验室能力验证满意率保持在90%以上。由市市场监管局、市委编办牵头,各县(市、区)人民政府配合。

四、工作要求

(一)压实工作责任。各县(市、区)、各有关部门要明确专人负责,每季度末报送工作进展,确保各项任务按时完成。

(二)加强宣传引导。结合“世界标准日”“世界计量日”等节点开展宣传活动,营造全社会重视标准、计量的良好氛围。

上饶市市场监督管理局
2025年3月14日

【打印本页】 【关闭窗口】
相关链接:国家市场监督管理总局 江西省市场监督管理局 上饶市人民政府
主办:上饶市市场监督管理局  地址:上饶市信州区凤凰大道  网站标识码:3611000025
赣ICP备05004512号  赣公网安备 36110202000123号
"""


def make_shangrao():
    (DOCS / "heldout61-shangrao-standard-web.txt").write_text(SHANGRAO_TEXT, encoding="utf-8")
    sj = "市市场监管局"
    items = [
        item(
            "一",
            1,
            "实施标准化提升工程",
            children=[
                item(
                    "(一)",
                    2,
                    "推动企业参与标准制定",
                    [sj],
                    ["市工信局", "市发改委"],
                    "2025-12-31",
                    [("新增“江西绿色生态”团体标准", ">=", 10, "项", "increment")],
                ),
                item(
                    "(二)",
                    2,
                    "开展标准化试点示范",
                    [sj],
                    ["市农业农村局", "市民政局"],
                    "2025-11-30",
                    [("获批省级标准化试点示范项目", "=", 5, "个")],
                ),
                item(
                    "(三)",
                    2,
                    "实施企业标准“领跑者”制度",
                    [sj],
                    ["各县(市、区)人民政府"],
                    "ongoing",
                    [
                        ("新增公开标准", "=", 300, "项", "increment"),
                        ("培育企业标准“领跑者”", "=", 8, "家"),
                    ],
                ),
            ],
        ),
        item(
            "二",
            1,
            "夯实计量基础支撑",
            children=[
                item(
                    "(一)",
                    2,
                    "建设社会公用计量标准",
                    [sj],
                    ["市检验检测中心"],
                    "2025-10-31",
                    [
                        ("新建社会公用计量标准", "=", 6, "项", "increment"),
                        ("更新改造计量标准", "=", 4, "项"),
                    ],
                ),
                item(
                    "(二)",
                    2,
                    "加强民生计量监管",
                    [sj],
                    ["各县(市、区)市场监管局"],
                    "ongoing",
                    [
                        ("强制检定计量器具受检率", ">=", 98, "%"),
                        ("定量包装商品净含量抽查合格率", ">=", 95, "%"),
                    ],
                ),
                item(
                    "(三)",
                    2,
                    "服务企业计量能力提升",
                    [sj],
                    ["市计量检定测试所", "市工商联"],
                    "2025-08-31",
                    [
                        ("为企业免费校准仪器设备", ">=", 5000, "台件"),
                        ("帮助企业建立测量管理体系", "=", 30, "家"),
                    ],
                ),
            ],
        ),
        item(
            "三",
            1,
            "提升检验检测服务能力",
            children=[
                item(
                    "(一)",
                    2,
                    "建设国家级质检中心",
                    [sj],
                    ["上饶经开区管委会", "市检验检测中心"],
                    "2025-12-31",
                    [("新增检测项目", ">=", 50, "项", "increment")],
                ),
                item(
                    "(二)",
                    2,
                    "推进检验检测机构整合",
                    [sj, "市委编办"],
                    ["各县(市、区)人民政府"],
                    None,
                    [
                        ("组建区域性综合检验检测中心", "=", 2, "个"),
                        ("实验室能力验证满意率", ">=", 90, "%"),
                    ],
                ),
            ],
        ),
        item(
            "四",
            1,
            "工作要求",
            children=[
                item("(一)", 2, "压实工作责任", deadline="ongoing"),
                item("(二)", 2, "加强宣传引导"),
            ],
        ),
    ]
    write_gold(
        "heldout61-shangrao-standard-web",
        SHANGRAO_TITLE,
        items,
        targets=[
            ("主导和参与制修订国家标准、行业标准", ">=", 15, "项"),
            ("新增省级标准化试点示范项目", "=", 5, "个", "increment"),
            ("建成社会公用计量标准", "=", 20, "项"),
            ("强制检定计量器具受检率", ">=", 98, "%"),
        ],
    )


# ---------------------------------------------------------------------------
# 4. 抚州高新区 — spreadsheet task table saved as text
# ---------------------------------------------------------------------------

FUZHOU_TITLE = "抚州高新区2025年检验检测认证服务业高质量发展重点任务台账"
SJ = "高新区市场监管分局"
KJ = "高新区科技创新局"
JF = "高新区经济发展局"

# (序号, 任务类别, 重点任务, 工作目标, 牵头, 配合, 时限, 备注)
FUZHOU_ROWS = [
    (
        "1",
        "机构培育",
        "引进知名检验检测认证机构",
        "引进国内知名第三方检验检测认证机构2家以上",
        "高新区招商服务中心",
        SJ,
        "2025.12.31",
        "",
    ),
    (
        "2",
        "",
        "培育本土检验检测机构",
        "支持本土机构扩项升级,新增获得CMA资质认定机构3家",
        SJ,
        KJ,
        "2025/11/30",
        "",
    ),
    (
        "3",
        "",
        "推动机构规模化发展",
        "检验检测机构营业收入达到3亿元,同比增长15%",
        JF,
        f"{SJ}、高新区统计局",
        "每季度",
        "按季报送数据",
    ),
    (
        "4",
        "平台建设",
        "建设检验检测公共服务平台",
        "建成生物医药、电子信息领域检验检测公共服务平台2个",
        KJ,
        "高新区财政局",
        "2025.10",
        "",
    ),
    (
        "5",
        "",
        "共建检测联合实验室",
        "推动东华理工大学、抚州职业技术学院与企业共建检测联合实验室3个以上",
        KJ,
        "抚州职业技术学院",
        "12.31前",
        "",
    ),
    (
        "6",
        "",
        "推进大型仪器设备共享",
        "接入江西省大型科研仪器共享平台设备100台(套)以上,年服务时长不少于2万小时",
        KJ,
        "各相关企业",
        "长期",
        "",
    ),
    (
        "7",
        "认证服务",
        "扩大质量认证覆盖面",
        "推动园区企业开展质量管理体系、绿色产品等认证,新增认证证书80张",
        SJ,
        JF,
        "2025年11月底前",
        "",
    ),
    (
        "8",
        "",
        "开展小微企业质量管理体系认证提升行动",
        "帮扶小微企业30家,认证后企业产品抽检合格率不低于96%",
        SJ,
        "/",
        "2025.9.30",
        "市级重点任务",
    ),
    (
        "9",
        "服务保障",
        "落实检验检测机构奖补政策",
        "对新获得CNAS认可的机构给予一次性奖励,每家不超过30万元;全年兑现奖补资金200万元",
        "高新区财政局",
        SJ,
        "2025年12月中下旬",
        "",
    ),
    (
        "10",
        "",
        "开展“检验检测进园区”服务",
        "组织检验检测机构进企业开展技术服务,全年不少于12场次",
        SJ,
        "高新区企业服务中心",
        "每月",
        "",
    ),
    (
        "11",
        "",
        "强化检验检测行业监管",
        "开展检验检测机构“双随机、一公开”检查,检查覆盖率达到100%",
        SJ,
        "—",
        "第三季度",
        "",
    ),
]


def make_fuzhou():
    header = [
        "序号",
        "任务类别",
        "重点任务",
        "工作目标",
        "牵头单位",
        "配合单位",
        "完成时限",
        "备注",
    ]
    lines = [
        FUZHOU_TITLE + "\t" * 7,
        "填报单位:抚州高新区市场监管分局\t\t\t\t\t\t填报日期:2025年3月\t",
    ]
    lines.append("\t".join(header))
    for row in FUZHOU_ROWS:
        lines.append("\t".join(row))
    lines.append("注:牵头单位负责统筹推进并于每季度末报送进展情况。" + "\t" * 7)
    (DOCS / "heldout61-fuzhou-testing-sheet.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )

    def t(num, title, lead, assist, deadline, targets):
        return item(num, 2, title, lead, assist, deadline, targets)

    items = [
        item(
            "",
            1,
            "机构培育",
            children=[
                t(
                    "1",
                    "引进知名检验检测认证机构",
                    ["高新区招商服务中心"],
                    [SJ],
                    "2025-12-31",
                    [("引进国内知名第三方检验检测认证机构", ">=", 2, "家", "increment")],
                ),
                t(
                    "2",
                    "培育本土检验检测机构",
                    [SJ],
                    [KJ],
                    "2025-11-30",
                    [("新增获得CMA资质认定机构", "=", 3, "家", "increment")],
                ),
                t(
                    "3",
                    "推动机构规模化发展",
                    [JF],
                    [SJ, "高新区统计局"],
                    "ongoing",
                    [
                        ("检验检测机构营业收入", ">=", 3, "亿元"),
                        ("检验检测机构营业收入同比增长", "=", 15, "%", "increment"),
                    ],
                ),
            ],
        ),
        item(
            "",
            1,
            "平台建设",
            children=[
                t(
                    "4",
                    "建设检验检测公共服务平台",
                    [KJ],
                    ["高新区财政局"],
                    "2025-10-31",
                    [("检验检测公共服务平台", "=", 2, "个")],
                ),
                t(
                    "5",
                    "共建检测联合实验室",
                    [KJ],
                    ["抚州职业技术学院"],
                    "2025-12-31",
                    [("共建检测联合实验室", ">=", 3, "个")],
                ),
                t(
                    "6",
                    "推进大型仪器设备共享",
                    [KJ],
                    ["各相关企业"],
                    "ongoing",
                    [
                        ("接入江西省大型科研仪器共享平台设备", ">=", 100, "台(套)"),
                        ("年服务时长", ">=", 20000, "小时"),
                    ],
                ),
            ],
        ),
        item(
            "",
            1,
            "认证服务",
            children=[
                t(
                    "7",
                    "扩大质量认证覆盖面",
                    [SJ],
                    [JF],
                    "2025-11-30",
                    [("新增认证证书", "=", 80, "张", "increment")],
                ),
                t(
                    "8",
                    "开展小微企业质量管理体系认证提升行动",
                    [SJ],
                    [],
                    "2025-09-30",
                    [
                        ("帮扶小微企业", "=", 30, "家"),
                        ("认证后企业产品抽检合格率", ">=", 96, "%"),
                    ],
                ),
            ],
        ),
        item(
            "",
            1,
            "服务保障",
            children=[
                t(
                    "9",
                    "落实检验检测机构奖补政策",
                    ["高新区财政局"],
                    [SJ],
                    "2025-12-31",
                    [("全年兑现奖补资金", "=", 200, "万元")],
                ),
                t(
                    "10",
                    "开展“检验检测进园区”服务",
                    [SJ],
                    ["高新区企业服务中心"],
                    "ongoing",
                    [("进企业开展技术服务", ">=", 12, "场次")],
                ),
                t(
                    "11",
                    "强化检验检测行业监管",
                    [SJ],
                    [],
                    "2025-09-30",
                    [("检查覆盖率", ">=", 100, "%")],
                ),
            ],
        ),
    ]
    write_gold("heldout61-fuzhou-testing-sheet", FUZHOU_TITLE, items)


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    make_yichun()
    make_ganzhou()
    make_shangrao()
    make_fuzhou()


if __name__ == "__main__":
    main()
