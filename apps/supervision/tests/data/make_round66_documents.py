"""Round 66: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:  .venv/bin/python apps/supervision/tests/data/make_round66_documents.py

The documents (all under apps/supervision/tests/data/docs/):

* heldout66-gangaotai-points.docx — 江西省科学技术厅《2025年全省赣港澳台科技合作工作要点》, a Word
  file as the office drafts it: 仿宋 body, 黑体 一、 headings, (一) items whose opening phrase is
  in 楷体. A 工作目标 sentence in the preamble carries the year's headline figures. Units written as
  〔责任单位:A、B,C〕, `(A牵头,B配合;9月底前完成立项)`, `由A负责,B、C配合`, `A、B、C按职责分工负责`,
  an office as the subject of a recurring task, and a plain `(责任单位:…)`.
* heldout66-akto-aid-table.pdf — 江西省科学技术厅《江西省2025年对口支援新疆阿克陶县科技协作任务分解表》,
  an 附件 printed from Word as a landscape A4 PDF (weasyprint): running header with the office,
  page numbers `— n —`, a table 序号 | 工作任务 | 主要内容及目标 | 牵头单位 | 配合单位 | 完成时限
  with group rows 一、… spanning the table; time limits written 2025年5月底前完成选派, 2025年11月,
  长期, 2025.10.31, 2025年底, 第三季度, 2025年6月30日前下达, 持续推进, 8月底前, 每半年.
* heldout66-changjiang-web.txt — 南昌市科学技术局 notice and its 《南昌市深化长江中游城市群科技创新合作
  三年行动方案(2025—2027年)》 copied from the bureau's website with the page's chrome (breadcrumb,
  发布时间/来源/字号, print/close links, footer). Items 一、/(一)/1. ; units as `(A牵头,B、C配合)`,
  `(A、B按职责分工负责)`, `A负责,B配合。`, `A会同B、C,…`, 〔责任单位:…〕, `由A、B牵头,C配合。`,
  a closing bracket `(南昌高新区管委会)`, a closing sentence of office names, an office as subject.
  Deadlines: 2025年底前, 2025—2027年累计共建, 2026年6月底前, 长期坚持, 2026年底前完成, 每年轮流承办,
  2026年6月前, 2025年9月底前, 每季度, 每年安排, 2027年底前.
* heldout66-jingdezhen-beltroad-sheet.txt — 景德镇市科学技术局《景德镇市2025年“一带一路”科技交流合作
  重点工作台账》, a spreadsheet saved as tab-separated text: 序号 | 类别 | 工作任务 | 量化指标 |
  牵头单位 | 配合单位 | 完成时限 | 进展情况, the 类别 cell merged in the sheet so it appears on the
  first row of its group only; dates written 2025.12.31, 2025.10, 长期, 2025/11/30, 12.31前,
  2025.9.30, 每季度, 每季度末, 2025.6, 2025年底前, 2025.12; a `/` cell.

Annotation choices (where the conventions I was given are silent):

* The gold follows the shape of the sample gold: no `text` key; `title`, `items` and (only where
  the document has targets before its first item) a top-level `targets` list.
* An item's `title` is its heading phrase up to the first 。 (the (一)/1. lead sentence); for a
  table row it is the 工作任务 cell; for a heading line (一、重点任务) the heading.
* The PDF table's spanning rows 一、… are level-1 items numbered 一 holding the rows under them
  (level 2, numbered 1, 2 …, numbering runs on across groups as printed). The spreadsheet's 类别
  column (merged cells) makes level-1 groups with number "" and title the 类别 text; its rows are
  level 2 numbered as printed.
* A 牵头单位 cell naming two offices makes both lead.
* Targets under 一、总体目标 (doc 3) belong to that item; `到2027年` is their horizon, so that item
  has no deadline. In doc 1 the 工作目标 sentence of the preamble gives top-level targets.
* The website notice (addressees, signature, 此件主动公开) and the page chrome are not items; the
  ledger's title is the plan's title, not the notice's.
* 每年轮流承办…对接会 is a recurring event → "ongoing"; 每年互派…10人 is a yearly quota → no deadline;
  市财政局每年安排…资金 → "ongoing" and the sum is a target (>= 500 万元).
* 保障措施 items are items, with units/deadlines only where the text gives them.
* A 进展情况 column left blank carries nothing; the 注 line under the PDF table is no unit.
* The sheet's 填报单位/填报日期 line is not an item and names no unit for any item.
* 聚焦平台共建、项目合作、人才交流三个重点 in doc 1's preamble counts what it classifies, so it is no
  target; only the 全年力争… sentence gives document-level targets.
* 每半年 in a 完成时限 cell (doc 2) recurs like 每季度 → "ongoing"; 2025年11月 in a cell → month end.
"""

# ruff: noqa: E501 (Chinese document text and data rows)
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"


# ---------------------------------------------------------------- gold helpers
def t(subject, comparator, value, unit, kind="level", vmax=None):
    d = {"subject": subject, "comparator": comparator, "value": value, "unit": unit, "kind": kind}
    if vmax is not None:
        d["max"] = vmax
    return d


def it(number, level, title, lead=(), assist=(), deadline=None, targets=(), children=()):
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


def write_gold(slug, gold):
    path = GOLD / f"heldout66-{slug}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 1. docx 工作要点
def _font(run, name, size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _para(doc, parts, indent=True, align=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font in parts:
        _font(p.add_run(text), font)
    return p


GANGAOTAI_TITLE = "2025年全省赣港澳台科技合作工作要点"

GANGAOTAI_PREAMBLE = (
    "2025年全省赣港澳台科技合作工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,"
    "全面贯彻党的二十大和二十届二中、三中全会精神,深入落实省委、省政府关于深化赣港澳台交流合作的"
    "部署要求,聚焦平台共建、项目合作、人才交流三个重点,推动赣港澳台科技合作走深走实。"
    "全年力争组织赣港澳台科技交流活动30场次以上,新增赣港澳台科技合作项目40项,"
    "赣港澳台技术合同成交额突破5亿元。"
)

# (heading, [(lead phrase, rest of the paragraph)])
GANGAOTAI_BODY = [
    (
        "一、共建科技合作平台",
        [
            (
                "(一)推动赣港澳联合实验室建设。",
                "支持省内高校、科研院所与香港、澳门高校共建联合实验室,聚焦稀土功能材料、"
                "中医药、电子信息等领域开展联合研究,新认定省级赣港澳联合实验室3家以上,"
                "年底前完成已建实验室年度绩效评价。〔责任单位:省科技厅、省教育厅,各设区市科技局〕",
            ),
            (
                "(二)建设赣台产业科技合作基地。",
                "依托南昌、赣州、吉安台资企业集聚区,支持建设赣台产业科技合作基地,"
                "6月底前完成第二批基地遴选,新建基地2个。〔责任单位:省台办、省科技厅、省商务厅〕",
            ),
            (
                "(三)深化与香港科技园等机构合作。",
                "推动香港科学园、澳门科技大学等机构在赣设立创新中心或技术转移分支机构,"
                "第三季度完成合作协议签署。〔责任单位:省科技厅、南昌市人民政府〕",
            ),
        ],
    ),
    (
        "二、深化项目与成果合作",
        [
            (
                "(四)实施赣港澳台科技合作专项。",
                "在省重点研发计划中设立赣港澳台合作专题,全年支持联合研发项目20项左右,"
                "省财政安排专项资金2000万元。(省科技厅牵头,省财政厅配合;9月底前完成立项)",
            ),
            (
                "(五)推动港澳科技成果在赣转化。",
                "举办“港澳科技成果江西行”对接活动不少于4场,促成签约项目15项以上,"
                "11月底前完成全年对接活动。由省科技厅负责,省工业和信息化厅、省港澳办配合。",
            ),
            (
                "(六)支持台资企业参与科技计划。",
                "落实台资企业同等享受科技创新政策,支持台资企业申报高新技术企业和省级研发平台,"
                "力争全省台资高新技术企业达到60家。持续推进。"
                "〔责任单位:省科技厅、省台办,各设区市人民政府〕",
            ),
        ],
    ),
    (
        "三、加强科技人才交流",
        [
            (
                "(七)举办赣港澳台青年科技交流活动。",
                "组织港澳台青年来赣开展科技研学、实习见习,8月底前完成暑期科技研学活动,"
                "全年参与人数达到500人次。〔责任单位:团省委、省科技厅、省教育厅〕",
            ),
            (
                "(八)引进港澳台高层次科技人才。",
                "依托“赣鄱英才555工程”等人才计划,对港澳台高层次科技人才开辟申报绿色通道,"
                "全年引进港澳台高层次科技人才30名以上。"
                "省委人才办、省科技厅、省人力资源社会保障厅按职责分工负责。",
            ),
            (
                "(九)建立赣港澳台科技专家库。",
                "面向港澳台高校、科研机构征集专家,建立赣港澳台科技专家库,入库专家突破200人,"
                "6月前完成专家库上线运行。〔责任单位:省科技厅〕",
            ),
        ],
    ),
    (
        "四、强化服务保障",
        [
            (
                "(十)加强统筹协调。",
                "省科技厅每季度召开一次赣港澳台科技合作联席会议,通报工作进展,"
                "协调解决合作中的重大问题。",
            ),
            (
                "(十一)加大宣传推广力度。",
                "充分利用各类媒体平台,宣传赣港澳台科技合作典型案例和成效,"
                "营造良好合作氛围。(责任单位:省科技厅、省委宣传部)",
            ),
        ],
    ),
]


def make_gangaotai():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(GANGAOTAI_TITLE), "方正小标宋简体", size=22)
    _para(doc, [("", "仿宋_GB2312")], indent=False)
    _para(doc, [(GANGAOTAI_PREAMBLE, "仿宋_GB2312")])
    for heading, items in GANGAOTAI_BODY:
        _para(doc, [(heading, "黑体")])
        for lead, rest in items:
            _para(doc, [(lead, "楷体_GB2312"), (rest, "仿宋_GB2312")])
    _para(doc, [("", "仿宋_GB2312")], indent=False)
    _para(
        doc,
        [("江西省科学技术厅办公室", "仿宋_GB2312")],
        indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    _para(doc, [("2025年2月20日印发", "仿宋_GB2312")], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(DOCS / "heldout66-gangaotai-points.docx")

    gold = {
        "title": GANGAOTAI_TITLE,
        "targets": [
            t("组织赣港澳台科技交流活动", ">=", 30, "场次"),
            t("新增赣港澳台科技合作项目", "=", 40, "项", "increment"),
            t("赣港澳台技术合同成交额", ">", 5, "亿元"),
        ],
        "items": [
            it(
                "一",
                1,
                "共建科技合作平台",
                children=[
                    it(
                        "(一)",
                        2,
                        "推动赣港澳联合实验室建设",
                        ["省科技厅"],
                        ["省教育厅", "各设区市科技局"],
                        "2025-12-31",
                        [t("新认定省级赣港澳联合实验室", ">=", 3, "家", "increment")],
                    ),
                    it(
                        "(二)",
                        2,
                        "建设赣台产业科技合作基地",
                        ["省台办"],
                        ["省科技厅", "省商务厅"],
                        "2025-06-30",
                        [t("新建赣台产业科技合作基地", "=", 2, "个", "increment")],
                    ),
                    it(
                        "(三)",
                        2,
                        "深化与香港科技园等机构合作",
                        ["省科技厅"],
                        ["南昌市人民政府"],
                        "2025-09-30",
                    ),
                ],
            ),
            it(
                "二",
                1,
                "深化项目与成果合作",
                children=[
                    it(
                        "(四)",
                        2,
                        "实施赣港澳台科技合作专项",
                        ["省科技厅"],
                        ["省财政厅"],
                        "2025-09-30",
                        [
                            t("支持联合研发项目", "=", 20, "项"),
                            t("省财政安排专项资金", "=", 2000, "万元"),
                        ],
                    ),
                    it(
                        "(五)",
                        2,
                        "推动港澳科技成果在赣转化",
                        ["省科技厅"],
                        ["省工业和信息化厅", "省港澳办"],
                        "2025-11-30",
                        [
                            t("“港澳科技成果江西行”对接活动", ">=", 4, "场"),
                            t("促成签约项目", ">=", 15, "项"),
                        ],
                    ),
                    it(
                        "(六)",
                        2,
                        "支持台资企业参与科技计划",
                        ["省科技厅"],
                        ["省台办", "各设区市人民政府"],
                        "ongoing",
                        [t("全省台资高新技术企业", ">=", 60, "家")],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "加强科技人才交流",
                children=[
                    it(
                        "(七)",
                        2,
                        "举办赣港澳台青年科技交流活动",
                        ["团省委"],
                        ["省科技厅", "省教育厅"],
                        "2025-08-31",
                        [t("全年参与人数", ">=", 500, "人次")],
                    ),
                    it(
                        "(八)",
                        2,
                        "引进港澳台高层次科技人才",
                        ["省委人才办"],
                        ["省科技厅", "省人力资源社会保障厅"],
                        None,
                        [t("引进港澳台高层次科技人才", ">=", 30, "名", "increment")],
                    ),
                    it(
                        "(九)",
                        2,
                        "建立赣港澳台科技专家库",
                        ["省科技厅"],
                        [],
                        "2025-05-31",
                        [t("入库专家", ">", 200, "人")],
                    ),
                ],
            ),
            it(
                "四",
                1,
                "强化服务保障",
                children=[
                    it("(十)", 2, "加强统筹协调", ["省科技厅"], [], "ongoing"),
                    it("(十一)", 2, "加大宣传推广力度", ["省科技厅"], ["省委宣传部"]),
                ],
            ),
        ],
    }
    write_gold("gangaotai-points", gold)


# ---------------------------------------------------------------- 2. PDF 任务分解表
AKTO_TITLE = "江西省2025年对口支援新疆阿克陶县科技协作任务分解表"

# group rows are (None, heading); task rows are (no, task, content, lead, assist, limit)
AKTO_ROWS = [
    (None, "一、科技人才支援"),
    (
        "1",
        "选派科技特派员",
        "选派农业、畜牧、医疗等领域科技特派员20名赴阿克陶县开展技术服务。",
        "省科技厅",
        "各设区市科技局、省农业科学院",
        "2025年5月底前完成选派",
    ),
    (
        "2",
        "开展专业技术人才培训",
        "举办特色林果、设施农业、畜牧养殖等实用技术培训班10期以上,培训基层技术人员800人次。",
        "省科技厅",
        "阿克陶县科技局",
        "2025年11月",
    ),
    (
        "3",
        "组织专家柔性支援",
        "组织省内高校、科研院所专家“组团式”赴阿克陶县开展柔性支援,全年不少于50人次。",
        "省科技厅、省教育厅",
        "南昌大学、江西农业大学",
        "长期",
    ),
    (None, "二、科技平台共建"),
    (
        "4",
        "共建农业科技示范园",
        "在阿克陶县新建设施农业科技示范园1个,示范推广新品种、新技术15项以上。",
        "省农业科学院",
        "省科技厅",
        "2025.10.31",
    ),
    (
        "5",
        "支持建设星创天地",
        "支持阿克陶县建设星创天地,力争认定自治区级星创天地1家。",
        "阿克陶县人民政府",
        "省科技厅",
        "2025年底",
    ),
    (
        "6",
        "建设远程技术服务平台",
        "依托江西省人民医院、江西农业大学建设远程诊疗和农业技术远程服务平台,实现线上问诊、在线指导。",
        "省卫生健康委",
        "省科技厅、省农业农村厅",
        "第三季度",
    ),
    (None, "三、科技项目与成果转化"),
    (
        "7",
        "实施援疆科技项目",
        "安排援疆科技项目资金500万元,支持实施科技援疆项目8项。",
        "省科技厅",
        "省财政厅",
        "2025年6月30日前下达",
    ),
    (
        "8",
        "推广适用技术成果",
        "推广节水灌溉、特色林果提质增效、高效养殖等适用技术成果10项以上,带动农牧民增收。",
        "省科技厅",
        "江西农业大学、阿克陶县农业农村局",
        "2025年12月31日",
    ),
    (
        "9",
        "引导企业开展产业科技协作",
        "引导省内科技型企业赴阿克陶县投资兴业、开展技术合作,新增合作企业5家。",
        "省工业和信息化厅",
        "省科技厅、省商务厅",
        "持续推进",
    ),
    (None, "四、交往交流交融"),
    (
        "10",
        "组织科普交流活动",
        "开展“科技列车阿克陶行”等科普活动3场,组织当地青少年来赣开展科技研学100人次。",
        "省科协",
        "省科技厅、省教育厅",
        "8月底前",
    ),
    (
        "11",
        "建立科技协作对接机制",
        "召开科技协作联席会议,通报支援项目进展,及时协调解决重点问题。",
        "省科技厅",
        "阿克陶县人民政府",
        "每半年",
    ),
]


def make_akto():
    from weasyprint import HTML

    rows = []
    for row in AKTO_ROWS:
        if row[0] is None:
            rows.append(f'<tr class="grp"><td colspan="6">{row[1]}</td></tr>')
        else:
            cells = "".join(f"<td>{c}</td>" for c in row)
            rows.append(f"<tr>{cells}</tr>")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2.2cm 2cm 2cm 2cm;
  @top-right {{ content: "赣科发外字〔2025〕15号 附件"; font-family: "Noto Serif CJK SC";
    font-size: 9pt; color: #444; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 11pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 11.5pt; }}
.att {{ font-family: "Noto Sans CJK SC"; font-size: 14pt; }}
h1 {{ font-family: "Noto Serif CJK SC"; font-weight: bold; font-size: 19pt; text-align: center;
  margin: 6pt 0 14pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.6pt solid #000; padding: 4pt 5pt; vertical-align: middle; line-height: 1.45; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; font-size: 12pt; }}
td:nth-child(1) {{ text-align: center; width: 4%; }}
td:nth-child(2) {{ width: 15%; }}
td:nth-child(3) {{ width: 41%; }}
td:nth-child(4), td:nth-child(5) {{ width: 14%; }}
td:nth-child(6) {{ width: 12%; text-align: center; }}
tr.grp td {{ font-family: "Noto Sans CJK SC"; text-align: left; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
.note {{ margin-top: 8pt; font-size: 10.5pt; }}
</style></head><body>
<div class="att">附件</div>
<h1>{AKTO_TITLE}</h1>
<table><thead><tr><th>序号</th><th>工作任务</th><th>主要内容及目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p class="note">注:配合单位排名不分先后;各牵头单位于每季度末前5个工作日将进展情况报省科技厅国际合作处。</p>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout66-akto-aid-table.pdf")

    gold = {
        "title": AKTO_TITLE,
        "items": [
            it(
                "一",
                1,
                "科技人才支援",
                children=[
                    it(
                        "1",
                        2,
                        "选派科技特派员",
                        ["省科技厅"],
                        ["各设区市科技局", "省农业科学院"],
                        "2025-05-31",
                        [t("选派科技特派员", "=", 20, "名")],
                    ),
                    it(
                        "2",
                        2,
                        "开展专业技术人才培训",
                        ["省科技厅"],
                        ["阿克陶县科技局"],
                        "2025-11-30",
                        [
                            t("实用技术培训班", ">=", 10, "期"),
                            t("培训基层技术人员", "=", 800, "人次"),
                        ],
                    ),
                    it(
                        "3",
                        2,
                        "组织专家柔性支援",
                        ["省科技厅", "省教育厅"],
                        ["南昌大学", "江西农业大学"],
                        "ongoing",
                        [t("专家柔性支援", ">=", 50, "人次")],
                    ),
                ],
            ),
            it(
                "二",
                1,
                "科技平台共建",
                children=[
                    it(
                        "4",
                        2,
                        "共建农业科技示范园",
                        ["省农业科学院"],
                        ["省科技厅"],
                        "2025-10-31",
                        [
                            t("新建设施农业科技示范园", "=", 1, "个", "increment"),
                            t("示范推广新品种、新技术", ">=", 15, "项"),
                        ],
                    ),
                    it(
                        "5",
                        2,
                        "支持建设星创天地",
                        ["阿克陶县人民政府"],
                        ["省科技厅"],
                        "2025-12-31",
                        [t("认定自治区级星创天地", "=", 1, "家")],
                    ),
                    it(
                        "6",
                        2,
                        "建设远程技术服务平台",
                        ["省卫生健康委"],
                        ["省科技厅", "省农业农村厅"],
                        "2025-09-30",
                    ),
                ],
            ),
            it(
                "三",
                1,
                "科技项目与成果转化",
                children=[
                    it(
                        "7",
                        2,
                        "实施援疆科技项目",
                        ["省科技厅"],
                        ["省财政厅"],
                        "2025-06-30",
                        [
                            t("援疆科技项目资金", "=", 500, "万元"),
                            t("支持实施科技援疆项目", "=", 8, "项"),
                        ],
                    ),
                    it(
                        "8",
                        2,
                        "推广适用技术成果",
                        ["省科技厅"],
                        ["江西农业大学", "阿克陶县农业农村局"],
                        "2025-12-31",
                        [t("推广适用技术成果", ">=", 10, "项")],
                    ),
                    it(
                        "9",
                        2,
                        "引导企业开展产业科技协作",
                        ["省工业和信息化厅"],
                        ["省科技厅", "省商务厅"],
                        "ongoing",
                        [t("新增合作企业", "=", 5, "家", "increment")],
                    ),
                ],
            ),
            it(
                "四",
                1,
                "交往交流交融",
                children=[
                    it(
                        "10",
                        2,
                        "组织科普交流活动",
                        ["省科协"],
                        ["省科技厅", "省教育厅"],
                        "2025-08-31",
                        [
                            t("科普活动", "=", 3, "场"),
                            t("组织当地青少年来赣开展科技研学", "=", 100, "人次"),
                        ],
                    ),
                    it(
                        "11",
                        2,
                        "建立科技协作对接机制",
                        ["省科技厅"],
                        ["阿克陶县人民政府"],
                        "ongoing",
                    ),
                ],
            ),
        ],
    }
    write_gold("akto-aid-table", gold)


# ---------------------------------------------------------------- 3. web page 行动方案
CJ_TITLE = "南昌市深化长江中游城市群科技创新合作三年行动方案(2025—2027年)"

CJ_TEXT = f"""首页 > 政务公开 > 政策文件 > 部门文件

南昌市科学技术局关于印发《{CJ_TITLE}》的通知

发布时间:2025-03-18 10:26   来源:市科技局   浏览次数:1358   字号:[大 中 小]   【打印】【关闭】

索引号:11360100MB1739215P/2025-0318007   发文字号:洪科字〔2025〕12号   主题分类:科技

各县(区)科技局,各开发区(新区)科技部门,市直有关单位:
    现将《{CJ_TITLE}》印发给你们,请结合实际认真贯彻落实。

南昌市科学技术局
2025年3月14日
(此件主动公开)

{CJ_TITLE}

    为深入贯彻落实国家《长江中游城市群发展“十四五”实施方案》和省委、省政府关于推动长江中游城市群协同发展的部署,进一步深化我市与武汉、长沙、合肥等城市的科技创新合作,结合我市实际,制定本行动方案。

    一、总体目标
    到2027年,我市与长江中游城市群其他城市共建跨区域创新平台15个以上,联合攻关项目累计达到50项,在城市群内部流转的技术合同成交额突破30亿元,区域协同创新体系基本形成。

    二、重点任务
    (一)共建协同创新平台
    1.共建长江中游城市群科技创新联盟。联合武汉、长沙、合肥等城市科技部门,推动组建由城市群高校院所、龙头企业共同参与的科技创新联盟,2025年底前完成联盟组建。(市科技局牵头,市教育局、南昌高新区管委会配合)
    2.共建跨区域重大科研平台。依托江西实验室、南昌大学等,与武汉、长沙高校院所共建联合研究中心,2025—2027年累计共建10个。(市科技局、市发展改革委按职责分工负责)
    3.推动大型科研仪器开放共享。推动我市高校院所大型科研仪器接入长江中游城市群大型科研仪器共享平台,2026年6月底前入网仪器设备达到800台套以上。市科技局负责,各县(区)科技局配合。
    (二)开展联合科技攻关
    4.实施跨区域联合攻关计划。围绕电子信息、新能源、航空装备等产业链,与武汉、长沙等地联合发布技术需求清单,每年联合实施攻关项目15项以上。(市科技局牵头,市工信局配合;长期坚持)
    5.推动产业链创新链协同。市工信局会同市科技局、市商务局,组织本地企业参与城市群产业链协作配套,新增跨区域配套企业30家,2026年底前完成。
    (三)促进科技成果转移转化
    6.共建技术交易市场网络。推动江西省网上常设技术市场与武汉光谷技术交易所、湖南省技术产权交易所互联互通,全市年度技术合同成交额提高到120亿元。〔责任单位:市科技局、市市场监管局〕
    7.举办科技成果对接活动。每年轮流承办长江中游城市群科技成果对接会,促成合作项目20项以上。由南昌高新区管委会、南昌经开区管委会牵头,市科技局配合。
    8.共建科技企业孵化载体。支持在武汉、长沙设立“飞地孵化器”2家,2026年6月前投入运营。(南昌高新区管委会)
    (四)推进人才与资源共享
    9.推动科技人才互认共享。落实城市群高层次人才互认,每年互派科技管理干部挂职交流10人。市委人才办、市人社局
    10.推进科技创新券跨区域通用。2025年9月底前实现科技创新券在武汉、长沙、南昌三市互认通用,全年兑付创新券资金1000万元。(市科技局牵头,市财政局配合)

    三、保障措施
    (一)加强组织领导。市科技局每季度调度各县(区)工作进展,协调解决合作中的重大问题。
    (二)强化资金保障。市财政局每年安排长江中游城市群科技合作专项资金不低于500万元,支持平台共建和联合攻关。
    (三)加强评估考核。将合作任务完成情况纳入全市科技创新考核,2027年底前开展行动方案实施总体评估。

附件下载:无

【打印本页】   【关闭窗口】

相关链接: 国务院  江西省人民政府  南昌市人民政府

主办单位:南昌市科学技术局   地址:南昌市红谷滩区卧龙路999号   邮编:330038
网站标识码:3601000021   赣ICP备05004160号   赣公网安备 36010902000123号
"""


def make_changjiang():
    (DOCS / "heldout66-changjiang-web.txt").write_text(CJ_TEXT, encoding="utf-8")
    gold = {
        "title": CJ_TITLE,
        "items": [
            it(
                "一",
                1,
                "总体目标",
                targets=[
                    t("共建跨区域创新平台", ">=", 15, "个"),
                    t("联合攻关项目累计", ">=", 50, "项"),
                    t("在城市群内部流转的技术合同成交额", ">", 30, "亿元"),
                ],
            ),
            it(
                "二",
                1,
                "重点任务",
                children=[
                    it(
                        "(一)",
                        2,
                        "共建协同创新平台",
                        children=[
                            it(
                                "1",
                                3,
                                "共建长江中游城市群科技创新联盟",
                                ["市科技局"],
                                ["市教育局", "南昌高新区管委会"],
                                "2025-12-31",
                            ),
                            it(
                                "2",
                                3,
                                "共建跨区域重大科研平台",
                                ["市科技局"],
                                ["市发展改革委"],
                                "2027-12-31",
                                [t("累计共建联合研究中心", "=", 10, "个")],
                            ),
                            it(
                                "3",
                                3,
                                "推动大型科研仪器开放共享",
                                ["市科技局"],
                                ["各县(区)科技局"],
                                "2026-06-30",
                                [t("入网仪器设备", ">=", 800, "台套")],
                            ),
                        ],
                    ),
                    it(
                        "(二)",
                        2,
                        "开展联合科技攻关",
                        children=[
                            it(
                                "4",
                                3,
                                "实施跨区域联合攻关计划",
                                ["市科技局"],
                                ["市工信局"],
                                "ongoing",
                                [t("每年联合实施攻关项目", ">=", 15, "项")],
                            ),
                            it(
                                "5",
                                3,
                                "推动产业链创新链协同",
                                ["市工信局"],
                                ["市科技局", "市商务局"],
                                "2026-12-31",
                                [t("新增跨区域配套企业", "=", 30, "家", "increment")],
                            ),
                        ],
                    ),
                    it(
                        "(三)",
                        2,
                        "促进科技成果转移转化",
                        children=[
                            it(
                                "6",
                                3,
                                "共建技术交易市场网络",
                                ["市科技局"],
                                ["市市场监管局"],
                                None,
                                [t("全市年度技术合同成交额", ">=", 120, "亿元")],
                            ),
                            it(
                                "7",
                                3,
                                "举办科技成果对接活动",
                                ["南昌高新区管委会", "南昌经开区管委会"],
                                ["市科技局"],
                                "ongoing",
                                [t("促成合作项目", ">=", 20, "项")],
                            ),
                            it(
                                "8",
                                3,
                                "共建科技企业孵化载体",
                                ["南昌高新区管委会"],
                                [],
                                "2026-05-31",
                                [t("设立“飞地孵化器”", "=", 2, "家")],
                            ),
                        ],
                    ),
                    it(
                        "(四)",
                        2,
                        "推进人才与资源共享",
                        children=[
                            it(
                                "9",
                                3,
                                "推动科技人才互认共享",
                                ["市委人才办"],
                                ["市人社局"],
                                None,
                                [t("每年互派科技管理干部挂职交流", "=", 10, "人")],
                            ),
                            it(
                                "10",
                                3,
                                "推进科技创新券跨区域通用",
                                ["市科技局"],
                                ["市财政局"],
                                "2025-09-30",
                                [t("全年兑付创新券资金", "=", 1000, "万元")],
                            ),
                        ],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "保障措施",
                children=[
                    it("(一)", 2, "加强组织领导", ["市科技局"], [], "ongoing"),
                    it(
                        "(二)",
                        2,
                        "强化资金保障",
                        ["市财政局"],
                        [],
                        "ongoing",
                        [t("长江中游城市群科技合作专项资金", ">=", 500, "万元")],
                    ),
                    it("(三)", 2, "加强评估考核", [], [], "2027-12-31"),
                ],
            ),
        ],
    }
    write_gold("changjiang-web", gold)


# ---------------------------------------------------------------- 4. spreadsheet 台账
BR_TITLE = "景德镇市2025年“一带一路”科技交流合作重点工作台账"

BR_HEADER = ["序号", "类别", "工作任务", "量化指标", "牵头单位", "配合单位", "完成时限", "进展情况"]
BR_ROWS = [
    ["1", "平台建设", "推进中外陶瓷联合实验室建设", "与意大利、乌兹别克斯坦等国高校院所共建联合实验室2个",
     "市科技局", "景德镇陶瓷大学", "2025.12.31", ""],
    ["2", "", "建设国际科技合作基地", "新认定省级国际科技合作基地1家",
     "市科技局", "高新区管委会", "2025.10", ""],
    ["3", "", "建设“一带一路”陶瓷技术转移中心", "面向共建国家转移转化技术成果不少于10项",
     "景德镇陶瓷大学", "市科技局、市商务局", "长期", ""],
    ["4", "人才交流", "举办国际陶瓷科技人才培训班", "培训共建国家学员150人次以上",
     "市科技局", "市外办、景德镇陶瓷大学", "2025/11/30", ""],
    ["5", "", "引进外国高端人才", "引进外国专家20名",
     "市人社局", "市科技局", "12.31前", ""],
    ["6", "", "实施青年科学家交流计划", "与共建国家互派青年科研人员30人次",
     "景德镇陶瓷大学", "市科技局", "2025.9.30", ""],
    ["7", "交流活动", "办好景德镇国际陶瓷博览会科技论坛", "邀请共建国家嘉宾不少于200人,签约合作项目突破15项",
     "市贸促会", "市科技局、市外办", "2025.10.31", ""],
    ["8", "", "组织企业参加海外科技展会", "组织企业赴共建国家参展5批次以上",
     "市商务局", "市科技局", "每季度", ""],
    ["9", "", "开展线上技术对接", "举办“一带一路”线上技术对接会4场",
     "市科技局", "/", "每季度末", ""],
    ["10", "项目合作", "组织申报国家和省国际科技合作项目", "争取立项8项,争取上级资金突破800万元",
     "市科技局", "各县(市、区)科技局", "2025.6", ""],
    ["11", "", "支持企业建设海外研发机构", "支持陶瓷、航空企业在共建国家设立研发机构3家",
     "市工信局", "市科技局、市商务局", "2025年底前", ""],
    ["12", "", "推动陶瓷技术标准“走出去”", "主导或参与制定国际标准2项",
     "市市场监管局", "景德镇陶瓷大学、中国轻工业陶瓷研究所", "2025.12", ""],
]  # fmt: skip


def make_beltroad():
    lines = [BR_TITLE + "\t" * 7]
    lines.append("填报单位:景德镇市科学技术局(盖章)\t\t\t\t\t填报日期:2025年3月5日\t\t")
    lines.append("\t".join(BR_HEADER))
    lines += ["\t".join(r) for r in BR_ROWS]
    lines.append("\t" * 7)
    lines.append("填报人:\t\t联系电话:\t\t审核人:\t\t\t")
    (DOCS / "heldout66-jingdezhen-beltroad-sheet.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )

    gold = {
        "title": BR_TITLE,
        "items": [
            it(
                "",
                1,
                "平台建设",
                children=[
                    it(
                        "1",
                        2,
                        "推进中外陶瓷联合实验室建设",
                        ["市科技局"],
                        ["景德镇陶瓷大学"],
                        "2025-12-31",
                        [t("共建联合实验室", "=", 2, "个")],
                    ),
                    it(
                        "2",
                        2,
                        "建设国际科技合作基地",
                        ["市科技局"],
                        ["高新区管委会"],
                        "2025-10-31",
                        [t("新认定省级国际科技合作基地", "=", 1, "家", "increment")],
                    ),
                    it(
                        "3",
                        2,
                        "建设“一带一路”陶瓷技术转移中心",
                        ["景德镇陶瓷大学"],
                        ["市科技局", "市商务局"],
                        "ongoing",
                        [t("面向共建国家转移转化技术成果", ">=", 10, "项")],
                    ),
                ],
            ),
            it(
                "",
                1,
                "人才交流",
                children=[
                    it(
                        "4",
                        2,
                        "举办国际陶瓷科技人才培训班",
                        ["市科技局"],
                        ["市外办", "景德镇陶瓷大学"],
                        "2025-11-30",
                        [t("培训共建国家学员", ">=", 150, "人次")],
                    ),
                    it(
                        "5",
                        2,
                        "引进外国高端人才",
                        ["市人社局"],
                        ["市科技局"],
                        "2025-12-31",
                        [t("引进外国专家", "=", 20, "名", "increment")],
                    ),
                    it(
                        "6",
                        2,
                        "实施青年科学家交流计划",
                        ["景德镇陶瓷大学"],
                        ["市科技局"],
                        "2025-09-30",
                        [t("与共建国家互派青年科研人员", "=", 30, "人次")],
                    ),
                ],
            ),
            it(
                "",
                1,
                "交流活动",
                children=[
                    it(
                        "7",
                        2,
                        "办好景德镇国际陶瓷博览会科技论坛",
                        ["市贸促会"],
                        ["市科技局", "市外办"],
                        "2025-10-31",
                        [
                            t("邀请共建国家嘉宾", ">=", 200, "人"),
                            t("签约合作项目", ">", 15, "项"),
                        ],
                    ),
                    it(
                        "8",
                        2,
                        "组织企业参加海外科技展会",
                        ["市商务局"],
                        ["市科技局"],
                        "ongoing",
                        [t("组织企业赴共建国家参展", ">=", 5, "批次")],
                    ),
                    it(
                        "9",
                        2,
                        "开展线上技术对接",
                        ["市科技局"],
                        [],
                        "ongoing",
                        [t("“一带一路”线上技术对接会", "=", 4, "场")],
                    ),
                ],
            ),
            it(
                "",
                1,
                "项目合作",
                children=[
                    it(
                        "10",
                        2,
                        "组织申报国家和省国际科技合作项目",
                        ["市科技局"],
                        ["各县(市、区)科技局"],
                        "2025-06-30",
                        [
                            t("争取立项", "=", 8, "项"),
                            t("争取上级资金", ">", 800, "万元"),
                        ],
                    ),
                    it(
                        "11",
                        2,
                        "支持企业建设海外研发机构",
                        ["市工信局"],
                        ["市科技局", "市商务局"],
                        "2025-12-31",
                        [t("在共建国家设立研发机构", "=", 3, "家")],
                    ),
                    it(
                        "12",
                        2,
                        "推动陶瓷技术标准“走出去”",
                        ["市市场监管局"],
                        ["景德镇陶瓷大学", "中国轻工业陶瓷研究所"],
                        "2025-12-31",
                        [t("主导或参与制定国际标准", "=", 2, "项")],
                    ),
                ],
            ),
        ],
    }
    write_gold("jingdezhen-beltroad-sheet", gold)


if __name__ == "__main__":
    make_gangaotai()
    make_akto()
    make_changjiang()
    make_beltroad()
