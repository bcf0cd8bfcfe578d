"""Round 56: four held-out work plans and their gold ledgers, written blind.

Run from the repository root::

    .venv/bin/python apps/supervision/tests/data/make_round56_documents.py

The author read only DESIGN §6, the "Output conventions" part of decision 0005, one gold file
(for the JSON shape), the last manifest entry and the real documents in /work/shared/data.
Nothing else of the extractor was opened, and the documents were not run through it.

Documents (all under ``apps/supervision/tests/data/docs/``):

1. ``heldout56-shangrao-pv.docx`` — 上饶市2025年光伏新能源产业链高质量发展工作方案, a Word file
   as the city's industry office drafts it (仿宋 body, 黑体 headings, 小标宋 title). 一、工作目标
   is a paragraph of targets; 二、重点任务 is a table 序号 | 重点任务 | 工作内容及目标 | 牵头单位 |
   配合单位 | 完成时限 with merged group rows (一)…(四) and rows 1–12 numbered through; 三、保障
   措施 are three paragraphs, one with the office as subject (市工信局每月调度…,年底前…).
   Deadlines as cells: 2025年12月底, 2025年11月30日前, 9月底前, 持续推进, 第三季度, 长期, 每季度.
2. ``heldout56-jiangxi-smelting-techreform.pdf`` — 江西省钢铁有色金属冶炼行业技术改造升级行动方案
   (2025—2027年), printed from WPS to PDF (A4, a notice page from 省工业和信息化厅 first, footer
   page numbers "— n —"). Levels 一、/(一)/1.; units as (责任单位:A、B,X市、Y市人民政府),
   (牵头单位:…;配合单位:…), (A牵头,B、C配合), a sentence 由A牵头,B、C配合。 and the office as
   subject of a sentence. 二、主要目标 is an item of its own with the plan's "到2027年" targets.
   Deadlines in the text: 2026年底前, 2025年底前, 2026年6月底前, 2025—2027年每年…, 持续推进,
   每季度…一次.
3. ``heldout56-nanchang-county-food.txt`` — 南昌縣2025年食品產業科技創新工作要點, Traditional
   characters, copied from the county site with its chrome (breadcrumb, 來源/發佈時間, 打印本頁,
   footer). A 主要預期目標 paragraph before the first item (document-level targets), levels 一、/
   (一), units as 〔責任單位:…〕, (A牽頭,B配合), 由A負責,B配合, a closing sentence of office
   names, and A會同B… . Deadlines: 年底前, 6月底前, 9月底前, 年內, 每季度, 常態化.
4. ``heldout56-nankang-furniture-ledger.txt`` — 南康区2026年家具产业转型升级重点工作任务台账,
   a spreadsheet saved as tab-separated text: a title line, a 填报单位 line, the header
   序号 | 工作任务 | 具体目标及措施 | 牵头单位 | 责任单位 | 完成时限 | 备注, group rows 一、…五、
   and rows 1–14. Time limits as spreadsheet cells: 2026.12.31, 2026.9.30, 2026.11, 2026/6/30,
   12.31前, 每季度, 持续推进, 2026年底, 2026年第三季度, 每月, 长期.

Annotation choices (where the conventions are silent):

* Items carry no ``text`` (the sample gold has none); titles are the heading, the table's
  重点任务/工作任务 cell, or the first sentence up to 。 for a paragraph item.
* Full-width parentheses are written half-width in the gold (title, numbers, units), as in the
  sample gold's 各乡镇(场); other punctuation is kept as printed. The Traditional document's gold
  is in Traditional characters as printed (units 縣科技局, money unit 億元).
* A table's group rows (一)龙头引领 are items with their printed number at the level under
  二、重点任务; rows below them one level deeper. In the ledger (doc 4) group rows 一、… are
  level 1.
* In the ledger, beside the 牵头单位 column the 责任单位 column names the assisting units.
* 建成/培育/争创/选派/组织实施 X 个 are ``level``; 新增/新建/引进/新认定/新开设/提高…个百分点/
  增长 are ``increment``. 新开设 is read like 新建.
* 提高5个百分点 is ``=`` 5 ``个百分点``, an increment.
* A size qualifying the noun (淘汰400立方米以下高炉, 投资10亿元以上项目, 30吨以下转炉) is not a
  target; the count it qualifies (…项目不少于2个) is.
* Punctuation: the Word file, the PDF and the ledger carry full-width ,:;() as offices type
  them; the web copy keeps the half-width punctuation of the site texts in /work/shared/data.
* Doc 2's title is the plan's own title, not the covering notice's 关于印发…的通知; the notice's
  addressees, signature and (此件主动公开) are not items. Doc 3's closing signature line
  (南昌縣科學技術局) is the issuer's signature, not a unit of item 五.
* ``到2027年,…`` gives no deadline; ``2025—2027年每年新建…`` is a span of years followed by the
  work → 2027-12-31 (a yearly quota, not a recurrence). ``每年组织实施…10项以上`` alone is a yearly
  quota: no deadline. 季度调度/每季度发布一次 are ongoing; 每月调度…,年底前开展考评 is dated.
* A closing bracket/sentence of offices in the plan's 保障措施 counts like any item's units;
  the 链长 (a person's role, not an office) is no unit.
* 科技特派员 40名 / 人才 50名 keep 名; 人次 is its own unit; 80万千瓦 → 800000 千瓦 and
  220万吨 → 2200000 吨 (only money keeps 万/亿).
"""

import json
import re
from pathlib import Path

import opencc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from weasyprint import HTML

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
MANIFEST = HERE / "manifest.json"
_S2TW = opencc.OpenCC("s2tw")


def s2t(s):
    """Traditional as Jiangxi sites' 繁體 pages show it (為, 發布)."""
    return _S2TW.convert(s).replace("發佈", "發布")


# Office files (Word, PDF printed from WPS) carry full-width punctuation.
FULL_WIDTH = {ord(a): b for a, b in zip(",:;()", "\uff0c\uff1a\uff1b\uff08\uff09", strict=True)}


def fw(s):
    return s.translate(FULL_WIDTH)


# ----------------------------------------------------------------------------- gold helpers
def norm(s):
    return s.replace("(", "(").replace(")", ")")


def t(subject, comparator, value, unit, kind="level", mx=None):
    d = {
        "subject": norm(subject),
        "comparator": comparator,
        "value": value,
        "unit": norm(unit),
        "kind": kind,
    }
    if mx is not None:
        d["max"] = mx
    return d


def it(number, level, title, lead=(), assist=(), deadline=None, targets=(), children=()):
    return {
        "number": norm(number),
        "level": level,
        "title": norm(title),
        "lead_units": [norm(u) for u in lead],
        "assisting_units": [norm(u) for u in assist],
        "deadline": deadline,
        "targets": list(targets),
        "children": list(children),
    }


def trad(obj):
    """Gold of the Traditional document: the same strings as printed (converted alike)."""
    if isinstance(obj, str):
        return s2t(obj)
    if isinstance(obj, list):
        return [trad(x) for x in obj]
    if isinstance(obj, dict):
        return {
            k: (trad(v) if k not in ("comparator", "kind", "deadline") else v)
            for k, v in obj.items()
        }
    return obj


def write_gold(slug, gold):
    (GOLD / f"heldout56-{slug}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# ============================================================================ 1. 上饶 光伏 docx
PV_TITLE = "上饶市2025年光伏新能源产业链高质量发展工作方案"

PV_INTRO = (
    "为深入贯彻落实省委、省政府关于制造业重点产业链现代化建设“1269”行动计划部署,"
    "进一步巩固提升我市光伏新能源产业竞争优势,加快打造世界级光伏新能源产业基地,"
    "结合我市实际,制定本方案。"
)

PV_GOAL = (
    "2025年,全市光伏新能源产业营业收入力争突破1500亿元,规上企业达到120家以上,"
    "新增高新技术企业15家;N型TOPCon、BC等高效电池量产转换效率达到26.5%以上,"
    "产业链本地配套率进一步提高。"
)

# (序号, 重点任务, 工作内容及目标, 牵头单位, 配合单位, 完成时限); a 1-tuple is a group row
PV_ROWS = [
    ("(一)龙头引领",),
    (
        "1",
        "支持龙头企业扩能提质",
        "支持晶科能源上饶基地推进N型TOPCon电池技术迭代,建成高效电池产能10GW以上;"
        "全年完成产业链技改投资50亿元以上。",
        "上饶经开区管委会",
        "市工信局、市发改委",
        "2025年12月底",
    ),
    (
        "2",
        "招引产业链配套项目",
        "围绕光伏玻璃、胶膜、边框、接线盒等辅材环节精准招商,引进产业链配套项目8个以上,"
        "其中投资10亿元以上项目不少于2个。",
        "市商务局",
        "市工信局、市投资促进中心、各县(市、区)人民政府",
        "2025年11月30日前",
    ),
    (
        "3",
        "培育专精特新企业",
        "建立光伏新能源专精特新企业培育库,新认定省级专精特新中小企业10家、"
        "国家级专精特新“小巨人”企业2家。",
        "市工信局",
        "市科技局、市市场监管局",
        "9月底前",
    ),
    ("(二)创新突破",),
    (
        "4",
        "建设高能级创新平台",
        "支持企业联合高校院所建设省级以上研发平台,新建省级工程研究中心、技术创新中心等平台3家;"
        "推动上饶光伏新能源产业研究院实体化运行。",
        "市科技局",
        "市发改委、市工信局、上饶师范学院",
        "2025年12月底前",
    ),
    (
        "5",
        "攻关关键核心技术",
        "实施光伏领域“揭榜挂帅”科技项目5项以上,重点突破钙钛矿叠层电池、0BB无主栅等技术;"
        "全年申请发明专利200件以上。",
        "市科技局",
        "市市场监管局(市知识产权局)",
        "10月底前完成项目立项",
    ),
    (
        "6",
        "推进标准与质量提升",
        "支持企业主导或参与制定国家、行业标准,全年新增主导或参与制定标准5项以上;"
        "建设光伏产品质量检验检测公共服务平台。",
        "市市场监管局",
        "市工信局",
        "持续推进",
    ),
    ("(三)应用拓展",),
    (
        "7",
        "推进分布式光伏开发",
        "推进整县(市、区)屋顶分布式光伏开发,全年新增光伏装机容量80万千瓦以上。",
        "市发改委",
        "国网上饶供电公司、各县(市、区)人民政府",
        "2025年12月31日",
    ),
    (
        "8",
        "建设新型储能项目",
        "推动“光伏+储能”一体化示范,建成新型储能电站2个,新型储能装机规模达到30万千瓦。",
        "市发改委",
        "国网上饶供电公司、市自然资源局",
        "第三季度",
    ),
    (
        "9",
        "拓展光伏应用场景",
        "推广光伏建筑一体化、农光互补、渔光互补等应用模式,打造示范项目10个左右。",
        "市住建局",
        "市农业农村局、市发改委",
        "长期",
    ),
    ("(四)要素保障",),
    (
        "10",
        "强化金融支持",
        "组织银企对接活动不少于4场,全年为产业链企业新增授信50亿元以上。",
        "市委金融办",
        "人民银行上饶市分行、国家金融监督管理总局上饶监管分局",
        "每季度",
    ),
    (
        "11",
        "加强人才引育",
        "依托“饶才”计划引进光伏新能源领域高层次人才30名,培训产业工人5000人次。",
        "市委人才办",
        "市人社局、市科技局、上饶职业技术学院",
        "2025年12月底前",
    ),
    (
        "12",
        "保障用地用能",
        "对重大光伏项目用地、能耗指标应保尽保,项目审批时限压缩至15天以内。",
        "市自然资源局",
        "市发改委、市行政审批局",
        "长期",
    ),
]

PV_MEASURES = [
    (
        "(一)加强组织领导。",
        "落实产业链链长制,市光伏新能源产业链链长每季度召开一次推进会,"
        "研究解决产业发展中的重大问题,协调推进重大项目建设。",
    ),
    (
        "(二)强化调度考核。",
        "市工信局每月调度各地重点任务进展情况,年底前对各县(市、区)、上饶经开区开展考评,"
        "考评结果纳入全市高质量发展综合考核。",
    ),
    (
        "(三)营造良好氛围。",
        "充分利用各类媒体宣传光伏新能源产业发展成效和典型经验,营造全社会关心支持产业发展的"
        "良好氛围。",
    ),
]


def _set_run_font(run, name, size):
    run.font.name = name
    run.font.size = Pt(size)
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _para(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run(fw(text))
    r.bold = bold
    _set_run_font(r, font, size)
    return p


def _cell(cell, text, font="仿宋_GB2312", size=11, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(fw(text))
    r.bold = bold
    _set_run_font(r, font, size)


def make_pv():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _para(
        doc, PV_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False
    )
    _para(doc, "")
    _para(doc, PV_INTRO)
    _para(doc, "一、工作目标", font="黑体")
    _para(doc, PV_GOAL)
    _para(doc, "二、重点任务", font="黑体")
    _para(
        doc,
        "围绕龙头引领、创新突破、应用拓展、要素保障四个方面,确定2025年重点任务12项,具体分工如下:",
    )
    cap = _para(
        doc,
        "2025年光伏新能源产业链重点任务分解表",
        font="黑体",
        size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    cap.paragraph_format.space_before = Pt(6)
    head = ["序号", "重点任务", "工作内容及目标", "牵头单位", "配合单位", "完成时限"]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(table.rows[0].cells, head, strict=True):
        _cell(c, h, font="黑体", size=11, center=True)
    for row in PV_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[5])
            _cell(merged, row[0], font="黑体", size=11)
            continue
        for i, (c, v) in enumerate(zip(cells, row, strict=True)):
            _cell(c, v, center=i in (0, 5))
    widths = [Cm(1.1), Cm(2.6), Cm(6.4), Cm(2.2), Cm(3.0), Cm(2.2)]
    for r in table.rows:
        for c, w in zip(r.cells, widths, strict=True):
            c.width = w
    _para(doc, "")
    _para(doc, "三、保障措施", font="黑体")
    for head_, body in PV_MEASURES:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        r1 = p.add_run(fw(head_))
        _set_run_font(r1, "楷体_GB2312", 16)
        r2 = p.add_run(fw(body))
        _set_run_font(r2, "仿宋_GB2312", 16)
    doc.save(DOCS / "heldout56-shangrao-pv.docx")

    G1 = "上饶经开区管委会"
    groups = [
        it(
            "(一)",
            2,
            "龙头引领",
            children=[
                it(
                    "1",
                    3,
                    "支持龙头企业扩能提质",
                    [G1],
                    ["市工信局", "市发改委"],
                    "2025-12-31",
                    [
                        t("高效电池产能", ">=", 10, "GW"),
                        t("产业链技改投资", ">=", 50, "亿元"),
                    ],
                ),
                it(
                    "2",
                    3,
                    "招引产业链配套项目",
                    ["市商务局"],
                    ["市工信局", "市投资促进中心", "各县(市、区)人民政府"],
                    "2025-11-30",
                    [
                        t("引进产业链配套项目", ">=", 8, "个", "increment"),
                        t("投资10亿元以上项目", ">=", 2, "个"),
                    ],
                ),
                it(
                    "3",
                    3,
                    "培育专精特新企业",
                    ["市工信局"],
                    ["市科技局", "市市场监管局"],
                    "2025-09-30",
                    [
                        t("新认定省级专精特新中小企业", "=", 10, "家", "increment"),
                        t("新认定国家级专精特新“小巨人”企业", "=", 2, "家", "increment"),
                    ],
                ),
            ],
        ),
        it(
            "(二)",
            2,
            "创新突破",
            children=[
                it(
                    "4",
                    3,
                    "建设高能级创新平台",
                    ["市科技局"],
                    ["市发改委", "市工信局", "上饶师范学院"],
                    "2025-12-31",
                    [
                        t("新建省级工程研究中心、技术创新中心等平台", "=", 3, "家", "increment"),
                    ],
                ),
                it(
                    "5",
                    3,
                    "攻关关键核心技术",
                    ["市科技局"],
                    ["市市场监管局(市知识产权局)"],
                    "2025-10-31",
                    [
                        t("光伏领域“揭榜挂帅”科技项目", ">=", 5, "项"),
                        t("申请发明专利", ">=", 200, "件"),
                    ],
                ),
                it(
                    "6",
                    3,
                    "推进标准与质量提升",
                    ["市市场监管局"],
                    ["市工信局"],
                    "ongoing",
                    [
                        t("新增主导或参与制定标准", ">=", 5, "项", "increment"),
                    ],
                ),
            ],
        ),
        it(
            "(三)",
            2,
            "应用拓展",
            children=[
                it(
                    "7",
                    3,
                    "推进分布式光伏开发",
                    ["市发改委"],
                    ["国网上饶供电公司", "各县(市、区)人民政府"],
                    "2025-12-31",
                    [
                        t("新增光伏装机容量", ">=", 800000, "千瓦", "increment"),
                    ],
                ),
                it(
                    "8",
                    3,
                    "建设新型储能项目",
                    ["市发改委"],
                    ["国网上饶供电公司", "市自然资源局"],
                    "2025-09-30",
                    [
                        t("建成新型储能电站", "=", 2, "个"),
                        t("新型储能装机规模", ">=", 300000, "千瓦"),
                    ],
                ),
                it(
                    "9",
                    3,
                    "拓展光伏应用场景",
                    ["市住建局"],
                    ["市农业农村局", "市发改委"],
                    "ongoing",
                    [t("示范项目", "=", 10, "个")],
                ),
            ],
        ),
        it(
            "(四)",
            2,
            "要素保障",
            children=[
                it(
                    "10",
                    3,
                    "强化金融支持",
                    ["市委金融办"],
                    ["人民银行上饶市分行", "国家金融监督管理总局上饶监管分局"],
                    "ongoing",
                    [
                        t("银企对接活动", ">=", 4, "场"),
                        t("为产业链企业新增授信", ">=", 50, "亿元", "increment"),
                    ],
                ),
                it(
                    "11",
                    3,
                    "加强人才引育",
                    ["市委人才办"],
                    ["市人社局", "市科技局", "上饶职业技术学院"],
                    "2025-12-31",
                    [
                        t("引进光伏新能源领域高层次人才", "=", 30, "名", "increment"),
                        t("培训产业工人", "=", 5000, "人次"),
                    ],
                ),
                it(
                    "12",
                    3,
                    "保障用地用能",
                    ["市自然资源局"],
                    ["市发改委", "市行政审批局"],
                    "ongoing",
                    [t("项目审批时限", "<=", 15, "天")],
                ),
            ],
        ),
    ]
    gold = {
        "title": PV_TITLE,
        "items": [
            it(
                "一",
                1,
                "工作目标",
                targets=[
                    t("光伏新能源产业营业收入", ">", 1500, "亿元"),
                    t("规上企业", ">=", 120, "家"),
                    t("新增高新技术企业", "=", 15, "家", "increment"),
                    t("高效电池量产转换效率", ">=", 26.5, "%"),
                ],
            ),
            it("二", 1, "重点任务", children=groups),
            it(
                "三",
                1,
                "保障措施",
                children=[
                    it("(一)", 2, "加强组织领导", deadline="ongoing"),
                    it("(二)", 2, "强化调度考核", ["市工信局"], deadline="2025-12-31"),
                    it("(三)", 2, "营造良好氛围"),
                ],
            ),
        ],
    }
    write_gold("shangrao-pv", gold)


# =================================================================== 2. 省 钢铁有色 技改 pdf
SM_TITLE = "江西省钢铁有色金属冶炼行业技术改造升级行动方案(2025—2027年)"

SM_NOTICE = [
    ("red", "江西省工业和信息化厅文件"),
    ("no", "赣工信原材料字〔2025〕41号"),
    (
        "h",
        "江西省工业和信息化厅关于印发《江西省钢铁有色金属冶炼行业技术改造升级行动方案"
        "(2025—2027年)》的通知",
    ),
    ("np", "各设区市、赣江新区工业和信息化主管部门,有关企业:"),
    (
        "p",
        "现将《江西省钢铁有色金属冶炼行业技术改造升级行动方案(2025—2027年)》印发给你们,"
        "请结合实际认真组织实施。",
    ),
    ("sig", "江西省工业和信息化厅"),
    ("sig", "2025年5月16日"),
    ("p", "(此件主动公开)"),
]

# (kind, text): h1 一、 heading, h2 (一) heading, p paragraph
SM_BODY = [
    ("title", SM_TITLE),
    (
        "p",
        "钢铁、有色金属是我省传统优势产业和重要支柱产业。为贯彻落实国家关于推动大规模设备更新"
        "和技术改造的决策部署,加快冶炼行业高端化、智能化、绿色化转型,制定本行动方案。",
    ),
    ("h1", "一、总体要求"),
    (
        "p",
        "坚持以习近平新时代中国特色社会主义思想为指导,完整准确全面贯彻新发展理念,以技术改造"
        "为主线,以工艺装备升级、绿色低碳改造、数字化智能化改造、创新能力提升为重点,推动我省"
        "钢铁、有色金属冶炼行业质量变革、效率变革、动力变革。",
    ),
    ("h1", "二、主要目标"),
    (
        "p",
        "到2027年,全省钢铁、有色金属冶炼行业完成技术改造项目300项以上,累计完成技改投资突破"
        "500亿元;钢铁企业全面完成超低排放改造,吨钢综合能耗降低至540千克标准煤以下;"
        "铜、铝冶炼能效标杆水平以上产能占比超过40%;数字化研发设计工具普及率达到85%,"
        "建成省级以上智能工厂15家。",
    ),
    ("h1", "三、重点任务"),
    ("h2", "(一)实施工艺装备升级工程"),
    (
        "p",
        "1.推进钢铁工艺装备大型化高效化。支持新余钢铁、方大特钢等企业实施高炉、转炉系统优化"
        "改造,推广应用高效低成本洁净钢冶炼、薄带铸轧等先进工艺,2026年底前完成炼铁、炼钢关键"
        "工序改造项目20项以上。(责任单位:省工业和信息化厅、省发展改革委,新余市、南昌市、"
        "萍乡市人民政府)",
    ),
    (
        "p",
        "2.推进有色冶炼短流程改造。支持江西铜业贵溪冶炼厂、赣州稀土集团等企业推广闪速熔炼、"
        "富氧侧吹等先进工艺,推动再生铜、再生铝短流程冶炼,到2027年,再生有色金属产量达到"
        "220万吨。(责任单位:省工业和信息化厅、省商务厅,鹰潭市、赣州市、上饶市人民政府)",
    ),
    (
        "p",
        "3.依法依规淘汰落后工艺装备。严格执行钢铁产能置换政策,依法依规淘汰400立方米以下高炉、"
        "30吨以下转炉等落后装备,此项工作持续推进。(牵头单位:省工业和信息化厅;配合单位:"
        "省发展改革委、省生态环境厅、省市场监管局)",
    ),
    ("h2", "(二)实施绿色低碳改造工程"),
    (
        "p",
        "4.全面推进超低排放改造。钢铁企业2025年底前全面完成有组织排放、无组织排放和清洁运输"
        "超低排放改造,改造完成后及时开展评估监测。由省生态环境厅牵头,省工业和信息化厅、"
        "省交通运输厅配合。",
    ),
    (
        "p",
        "5.推进节能降碳改造。实施能效“领跑者”行动,推广余热余压高效回收、高效电机等节能技术,"
        "每年组织实施节能降碳技改项目30个以上,2027年底前铜、铝冶炼能效标杆水平以上产能占比"
        "超过40%。(省发展改革委牵头,省工业和信息化厅、省能源局配合)",
    ),
    (
        "p",
        "6.推进资源综合利用。推动冶炼渣、尘泥、赤泥等固废综合利用,到2027年,钢铁行业固体废物"
        "综合利用率达到98%以上,有色冶炼渣综合利用率提高5个百分点。(责任单位:省工业和信息化"
        "厅、省生态环境厅)",
    ),
    ("h2", "(三)实施数字化智能化改造工程"),
    (
        "p",
        "7.建设智能工厂和数字化车间。推动5G、工业互联网、人工智能在冶炼全流程应用,2025—2027年"
        "每年新建省级智能工厂、数字化车间10个以上。(责任单位:省工业和信息化厅、省通信管理局,"
        "各设区市人民政府)",
    ),
    (
        "p",
        "8.建设行业工业互联网平台。支持龙头企业牵头建设钢铁、铜、稀土等行业工业互联网平台,"
        "2026年6月底前建成省级行业级平台3个。(责任单位:省工业和信息化厅)",
    ),
    ("h2", "(四)实施创新能力提升工程"),
    (
        "p",
        "9.强化关键共性技术攻关。围绕氢冶金、低品位矿高效利用、稀土绿色分离等方向,通过"
        "“揭榜挂帅”方式每年组织实施省级重点研发项目10项以上。(责任单位:省科技厅、"
        "省工业和信息化厅)",
    ),
    (
        "p",
        "10.建设高水平创新平台。依托江西理工大学、江西铜业等单位,争创国家级制造业创新中心1家,"
        "新增省级企业技术中心15家以上。(责任单位:省工业和信息化厅、省科技厅、省教育厅)",
    ),
    (
        "p",
        "11.加快技术成果推广应用。建立冶炼技术改造供需对接机制,每季度发布一次新技术新装备推广"
        "目录。(责任单位:省工业和信息化厅、省科技厅)",
    ),
    ("h1", "四、保障措施"),
    (
        "p",
        "(一)加大财政支持。统筹省级工业高质量发展专项资金,对符合条件的技改项目按设备投资额的"
        "10%给予补助,单个项目最高不超过500万元。(责任单位:省财政厅、省工业和信息化厅)",
    ),
    (
        "p",
        "(二)强化金融服务。引导金融机构加大技改贷款投放,力争技改贷款年均增长15%以上。"
        "(责任单位:人民银行江西省分行、国家金融监督管理总局江西监管局、省地方金融管理局)",
    ),
    (
        "p",
        "(三)加强监测调度。省工业和信息化厅建立全省冶炼行业技改项目库,每季度调度一次项目"
        "进展,每年通报一次实施情况。",
    ),
]

SM_CSS = """
@page { size: A4; margin: 3.7cm 2.7cm 3.3cm 2.8cm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 12pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 15.5pt; line-height: 1.75; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.np { text-indent: 0; }
.red { color: #d00; font-size: 30pt; text-align: center; text-indent: 0; letter-spacing: 2pt;
       font-weight: bold; margin-top: 0.5cm; }
.no { text-align: center; text-indent: 0; border-bottom: 2px solid #d00; padding-bottom: 6pt;
      margin-bottom: 24pt; }
.h { font-size: 20pt; text-align: center; text-indent: 0; margin: 12pt 0 18pt; }
.sig { text-align: right; text-indent: 0; padding-right: 2em; }
.title { font-size: 20pt; text-align: center; text-indent: 0; margin: 0 0 18pt;
         page-break-before: always; }
.h1 { font-family: "Noto Sans CJK SC"; }
.h2 { font-family: "Noto Serif CJK SC"; font-weight: bold; }
"""


def make_smelting():
    from html import escape

    parts = [f'<p class="{k}">{escape(fw(v))}</p>' for k, v in SM_NOTICE + SM_BODY]
    html = (
        '<html><head><meta charset="utf-8"><style>'
        + SM_CSS
        + "</style></head><body>"
        + "\n".join(parts)
        + "</body></html>"
    )
    HTML(string=html).write_pdf(DOCS / "heldout56-jiangxi-smelting-techreform.pdf")

    IND = "省工业和信息化厅"
    gold = {
        "title": SM_TITLE,
        "items": [
            it("一", 1, "总体要求"),
            it(
                "二",
                1,
                "主要目标",
                targets=[
                    t("钢铁、有色金属冶炼行业完成技术改造项目", ">=", 300, "项"),
                    t("累计完成技改投资", ">", 500, "亿元"),
                    t("吨钢综合能耗", "<=", 540, "千克标准煤"),
                    t("铜、铝冶炼能效标杆水平以上产能占比", ">", 40, "%"),
                    t("数字化研发设计工具普及率", ">=", 85, "%"),
                    t("建成省级以上智能工厂", "=", 15, "家"),
                ],
            ),
            it(
                "三",
                1,
                "重点任务",
                children=[
                    it(
                        "(一)",
                        2,
                        "实施工艺装备升级工程",
                        children=[
                            it(
                                "1",
                                3,
                                "推进钢铁工艺装备大型化高效化",
                                [IND],
                                [
                                    "省发展改革委",
                                    "新余市人民政府",
                                    "南昌市人民政府",
                                    "萍乡市人民政府",
                                ],
                                "2026-12-31",
                                [t("完成炼铁、炼钢关键工序改造项目", ">=", 20, "项")],
                            ),
                            it(
                                "2",
                                3,
                                "推进有色冶炼短流程改造",
                                [IND],
                                ["省商务厅", "鹰潭市人民政府", "赣州市人民政府", "上饶市人民政府"],
                                None,
                                [t("再生有色金属产量", ">=", 2200000, "吨")],
                            ),
                            it(
                                "3",
                                3,
                                "依法依规淘汰落后工艺装备",
                                [IND],
                                ["省发展改革委", "省生态环境厅", "省市场监管局"],
                                "ongoing",
                            ),
                        ],
                    ),
                    it(
                        "(二)",
                        2,
                        "实施绿色低碳改造工程",
                        children=[
                            it(
                                "4",
                                3,
                                "全面推进超低排放改造",
                                ["省生态环境厅"],
                                [IND, "省交通运输厅"],
                                "2025-12-31",
                            ),
                            it(
                                "5",
                                3,
                                "推进节能降碳改造",
                                ["省发展改革委"],
                                [IND, "省能源局"],
                                "2027-12-31",
                                [
                                    t("节能降碳技改项目", ">=", 30, "个"),
                                    t("铜、铝冶炼能效标杆水平以上产能占比", ">", 40, "%"),
                                ],
                            ),
                            it(
                                "6",
                                3,
                                "推进资源综合利用",
                                [IND],
                                ["省生态环境厅"],
                                None,
                                [
                                    t("钢铁行业固体废物综合利用率", ">=", 98, "%"),
                                    t("有色冶炼渣综合利用率", "=", 5, "个百分点", "increment"),
                                ],
                            ),
                        ],
                    ),
                    it(
                        "(三)",
                        2,
                        "实施数字化智能化改造工程",
                        children=[
                            it(
                                "7",
                                3,
                                "建设智能工厂和数字化车间",
                                [IND],
                                ["省通信管理局", "各设区市人民政府"],
                                "2027-12-31",
                                [t("新建省级智能工厂、数字化车间", ">=", 10, "个", "increment")],
                            ),
                            it(
                                "8",
                                3,
                                "建设行业工业互联网平台",
                                [IND],
                                [],
                                "2026-06-30",
                                [t("建成省级行业级平台", "=", 3, "个")],
                            ),
                        ],
                    ),
                    it(
                        "(四)",
                        2,
                        "实施创新能力提升工程",
                        children=[
                            it(
                                "9",
                                3,
                                "强化关键共性技术攻关",
                                ["省科技厅"],
                                [IND],
                                None,
                                [t("省级重点研发项目", ">=", 10, "项")],
                            ),
                            it(
                                "10",
                                3,
                                "建设高水平创新平台",
                                [IND],
                                ["省科技厅", "省教育厅"],
                                None,
                                [
                                    t("争创国家级制造业创新中心", "=", 1, "家"),
                                    t("新增省级企业技术中心", ">=", 15, "家", "increment"),
                                ],
                            ),
                            it("11", 3, "加快技术成果推广应用", [IND], ["省科技厅"], "ongoing"),
                        ],
                    ),
                ],
            ),
            it(
                "四",
                1,
                "保障措施",
                children=[
                    it("(一)", 2, "加大财政支持", ["省财政厅"], [IND]),
                    it(
                        "(二)",
                        2,
                        "强化金融服务",
                        ["人民银行江西省分行"],
                        ["国家金融监督管理总局江西监管局", "省地方金融管理局"],
                        None,
                        [t("技改贷款年均增长", ">=", 15, "%", "increment")],
                    ),
                    it("(三)", 2, "加强监测调度", [IND], [], "ongoing"),
                ],
            ),
        ],
    }
    write_gold("jiangxi-smelting-techreform", gold)


# ======================================================== 3. 南昌县 食品 txt (Traditional, web)
FOOD_TITLE = "南昌县2025年食品产业科技创新工作要点"

FOOD_LINES = [
    "无障碍浏览 | 长者模式 | 简体版",
    "南昌县人民政府",
    "首页  政务公开  政务服务  互动交流  走进南昌县",
    "当前位置:首页 > 政务公开 > 部门文件 > 县科技局",
    "",
    FOOD_TITLE,
    "来源:南昌县科技局    发布时间:2025-03-18 09:41    浏览次数:1236",
    "【字体:大 中 小】",
    "",
    "为深入实施创新驱动发展战略,加快推进全县食品产业链高质量发展,充分发挥科技创新对"
    "食品产业的支撑引领作用,根据《南昌县“十四五”科技创新规划》,结合我县实际,"
    "制定本工作要点。",
    "2025年全县食品产业科技创新主要预期目标:全县食品产业规上企业研发投入增长12%以上;"
    "新增食品领域高新技术企业8家、科技型中小企业30家;培育省级以上食品领域研发平台3家;"
    "食品领域技术合同成交额达到2亿元。",
    "一、强化企业创新主体地位",
    "(一)推动企业研发机构全覆盖。引导规上食品企业建立企业技术中心、工程技术研究中心等研发机构,"
    "年底前规上食品企业研发机构覆盖率达到60%。〔责任单位:县科技局、县工信局、"
    "小蓝经开区管委会〕",
    "(二)梯次培育科技型企业。建立食品领域科技型企业培育库,入库企业不少于50家,对入库企业实行"
    "“一企一策”辅导。由县科技局负责,县税务局配合,6月底前完成入库。",
    "(三)落实企业创新政策。全面落实研发费用加计扣除、高新技术企业税收优惠等政策,每季度开展一次"
    "政策宣讲。〔责任单位:县税务局、县科技局〕",
    "二、加快创新平台建设",
    "(一)建设食品产业创新中心。支持煌上煌集团牵头,联合江西农业大学、南昌大学共建县级食品产业"
    "创新中心,9月底前挂牌运行。〔责任单位:县科技局、小蓝经开区管委会〕",
    "(二)提升检验检测服务能力。推进县食品检验检测中心能力建设,新增检测项目20项以上,年内通过"
    "资质认定扩项评审。(县市场监管局牵头,县财政局配合)",
    "(三)培育新型研发机构。引导食品龙头企业联合高校院所组建新型研发机构,争取新认定省级新型"
    "研发机构1家。〔责任单位:县科技局〕",
    "三、突破关键核心技术",
    "(一)实施重点科技项目。围绕预制菜保鲜、传统米粉工业化、功能性食品开发等方向,组织实施县级"
    "科技计划项目15项,争取省级以上科技项目5项以上。〔责任单位:县科技局、县财政局〕",
    "(二)推进产学研合作。常态化开展“科技成果进园区”对接活动,全年举办对接活动不少于6场,"
    "促成校企合作项目10个以上。县科技局、县工信局",
    "(三)加强知识产权保护。新增食品领域发明专利授权30件,培育地理标志商标2件。"
    "〔责任单位:县市场监管局(县知识产权局)〕",
    "四、强化人才和金融支撑",
    "(一)引育食品科技人才。选派科技特派员40名服务食品企业,引进食品领域硕士以上人才50名。"
    "〔责任单位:县委人才办、县科技局、县人社局〕",
    "(二)加大科技金融支持。推广“科贷通”产品,全年为食品企业发放科技贷款突破1亿元。"
    "〔责任单位:县科技局、县金融服务中心,各合作银行〕",
    "五、加强组织保障",
    "县科技局会同县工信局建立食品产业科技创新工作专班,每季度调度一次工作进展,"
    "及时协调解决工作推进中的困难和问题。",
    "",
    "南昌县科学技术局",
    "2025年3月14日",
    "",
    "【打印本页】  【关闭窗口】",
    "分享到:",
    "",
    "主办单位:南昌县人民政府办公室    承办单位:南昌县大数据中心",
    "联系电话:0791-85711234    地址:南昌县莲塘镇澄湖东路",
    "您是本站第 3506217 位访客",
]


def make_food():
    text = s2t("\n".join(FOOD_LINES)) + "\n"
    (DOCS / "heldout56-nanchang-county-food.txt").write_text(text, encoding="utf-8")

    K, G, X = "县科技局", "县工信局", "小蓝经开区管委会"
    gold = {
        "title": FOOD_TITLE,
        "targets": [
            t("全县食品产业规上企业研发投入增长", ">=", 12, "%", "increment"),
            t("新增食品领域高新技术企业", "=", 8, "家", "increment"),
            t("新增科技型中小企业", "=", 30, "家", "increment"),
            t("培育省级以上食品领域研发平台", "=", 3, "家"),
            t("食品领域技术合同成交额", ">=", 2, "亿元"),
        ],
        "items": [
            it(
                "一",
                1,
                "强化企业创新主体地位",
                children=[
                    it(
                        "(一)",
                        2,
                        "推动企业研发机构全覆盖",
                        [K],
                        [G, X],
                        "2025-12-31",
                        [t("规上食品企业研发机构覆盖率", ">=", 60, "%")],
                    ),
                    it(
                        "(二)",
                        2,
                        "梯次培育科技型企业",
                        [K],
                        ["县税务局"],
                        "2025-06-30",
                        [t("入库企业", ">=", 50, "家")],
                    ),
                    it("(三)", 2, "落实企业创新政策", ["县税务局"], [K], "ongoing"),
                ],
            ),
            it(
                "二",
                1,
                "加快创新平台建设",
                children=[
                    it("(一)", 2, "建设食品产业创新中心", [K], [X], "2025-09-30"),
                    it(
                        "(二)",
                        2,
                        "提升检验检测服务能力",
                        ["县市场监管局"],
                        ["县财政局"],
                        "2025-12-31",
                        [t("新增检测项目", ">=", 20, "项", "increment")],
                    ),
                    it(
                        "(三)",
                        2,
                        "培育新型研发机构",
                        [K],
                        [],
                        None,
                        [t("新认定省级新型研发机构", "=", 1, "家", "increment")],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "突破关键核心技术",
                children=[
                    it(
                        "(一)",
                        2,
                        "实施重点科技项目",
                        [K],
                        ["县财政局"],
                        None,
                        [
                            t("组织实施县级科技计划项目", "=", 15, "项"),
                            t("争取省级以上科技项目", ">=", 5, "项"),
                        ],
                    ),
                    it(
                        "(二)",
                        2,
                        "推进产学研合作",
                        [K],
                        [G],
                        "ongoing",
                        [
                            t("举办对接活动", ">=", 6, "场"),
                            t("促成校企合作项目", ">=", 10, "个"),
                        ],
                    ),
                    it(
                        "(三)",
                        2,
                        "加强知识产权保护",
                        ["县市场监管局(县知识产权局)"],
                        [],
                        None,
                        [
                            t("新增食品领域发明专利授权", "=", 30, "件", "increment"),
                            t("培育地理标志商标", "=", 2, "件"),
                        ],
                    ),
                ],
            ),
            it(
                "四",
                1,
                "强化人才和金融支撑",
                children=[
                    it(
                        "(一)",
                        2,
                        "引育食品科技人才",
                        ["县委人才办"],
                        [K, "县人社局"],
                        None,
                        [
                            t("选派科技特派员", "=", 40, "名"),
                            t("引进食品领域硕士以上人才", "=", 50, "名", "increment"),
                        ],
                    ),
                    it(
                        "(二)",
                        2,
                        "加大科技金融支持",
                        [K],
                        ["县金融服务中心", "各合作银行"],
                        None,
                        [t("为食品企业发放科技贷款", ">", 1, "亿元")],
                    ),
                ],
            ),
            it("五", 1, "加强组织保障", [K], [G], "ongoing"),
        ],
    }
    write_gold("nanchang-county-food", trad(gold))


# ================================================== 4. 南康 家具 台账 (spreadsheet as text)
NK_TITLE = "南康区2026年家具产业转型升级重点工作任务台账"
NK_HEAD = ["序号", "工作任务", "具体目标及措施", "牵头单位", "责任单位", "完成时限", "备注"]
NK_ROWS = [
    ("一、智能制造升级",),
    (
        "1",
        "推进家具企业智能化改造",
        "全年实施智能化技改项目50个以上,新增数控设备2000台套",
        "区工信局",
        "区家具产业发展服务中心、区财政局",
        "2026.12.31",
        "",
    ),
    (
        "2",
        "建设共享智能备料中心",
        "新建共享备料中心2个,服务中小企业300家以上",
        "南康经开区管委会",
        "区家具产业发展服务中心",
        "2026.9.30",
        "",
    ),
    (
        "3",
        "打造智能制造示范工厂",
        "培育市级以上智能制造示范工厂5家、数字化车间10个",
        "区工信局",
        "区科技局",
        "2026.11",
        "",
    ),
    ("二、创新设计提升",),
    (
        "4",
        "建设家具设计创新平台",
        "推动南康家具设计研究院实体化运行,引进设计机构10家以上",
        "区家具产业发展服务中心",
        "区科技局、区商务局",
        "2026/6/30",
        "",
    ),
    (
        "5",
        "加强原创设计保护",
        "新增家具外观设计专利授权1500件,快速维权周期压缩至10天以内",
        "区市场监管局",
        "区家具产业发展服务中心",
        "每季度",
        "按季报送",
    ),
    (
        "6",
        "推进新材料新工艺研发",
        "支持企业与高校院所合作开展环保涂装、实木弯曲等技术攻关,实施区级科技项目8项",
        "区科技局",
        "区工信局",
        "12.31前",
        "",
    ),
    ("三、品牌市场拓展",),
    (
        "7",
        "提升“南康家具”区域品牌",
        "全年举办家具博览会等展会活动2场,区域品牌价值达到150亿元以上",
        "区家具产业发展服务中心",
        "区商务局、区融媒体中心",
        "2026.10.31",
        "",
    ),
    (
        "8",
        "发展跨境电商",
        "家具跨境电商交易额增长20%,新增跨境电商主体100家",
        "区商务局",
        "赣州国际陆港管委会、区家具产业发展服务中心",
        "持续推进",
        "",
    ),
    (
        "9",
        "拓展内销市场",
        "在全国重点城市新开设“南康家具”品牌体验店30家",
        "区商务局",
        "区家具产业发展服务中心",
        "2026年底",
        "",
    ),
    ("四、绿色发展",),
    (
        "10",
        "推进涂装环节集中治理",
        "新建集中喷涂中心3个,覆盖企业500家以上",
        "区生态环境局",
        "区工信局、南康经开区管委会",
        "2026.6.30",
        "",
    ),
    (
        "11",
        "推广绿色板材和环保材料",
        "绿色环保材料使用率达到85%以上",
        "区工信局",
        "区市场监管局",
        "2026年第三季度",
        "",
    ),
    ("五、要素保障",),
    (
        "12",
        "强化产业人才支撑",
        "培训家具产业技能人才3000人次,引进设计、营销等急需人才200名",
        "区人社局",
        "区委人才办、区家具产业发展服务中心",
        "2026.12.31",
        "",
    ),
    (
        "13",
        "加大金融支持力度",
        "为家具企业新增贷款20亿元,“家具贷”产品覆盖企业1000家以上",
        "区金融服务中心",
        "各银行业金融机构",
        "每月",
        "每月调度",
    ),
    (
        "14",
        "优化营商环境",
        "家具企业开办时间压缩至0.5天以内",
        "区行政审批局",
        "区市场监管局",
        "长期",
        "",
    ),
]


def make_nankang():
    lines = [
        NK_TITLE + "\t" * 6,
        "填报单位:南康区家具产业发展领导小组办公室\t\t\t\t填报时间:2026年1月\t\t",
        "\t".join(NK_HEAD),
    ]
    for r in NK_ROWS:
        lines.append(r[0] + "\t" * 6 if len(r) == 1 else "\t".join(r))
    lines.append("注:完成时限为“每季度”“每月”“长期”的任务,请于每季度末报送工作进展。" + "\t" * 6)
    (DOCS / "heldout56-nankang-furniture-ledger.txt").write_text(
        fw("\n".join(lines)) + "\n", encoding="utf-8"
    )

    S = "区家具产业发展服务中心"
    gold = {
        "title": NK_TITLE,
        "items": [
            it(
                "一",
                1,
                "智能制造升级",
                children=[
                    it(
                        "1",
                        2,
                        "推进家具企业智能化改造",
                        ["区工信局"],
                        [S, "区财政局"],
                        "2026-12-31",
                        [
                            t("实施智能化技改项目", ">=", 50, "个"),
                            t("新增数控设备", "=", 2000, "台套", "increment"),
                        ],
                    ),
                    it(
                        "2",
                        2,
                        "建设共享智能备料中心",
                        ["南康经开区管委会"],
                        [S],
                        "2026-09-30",
                        [
                            t("新建共享备料中心", "=", 2, "个", "increment"),
                            t("服务中小企业", ">=", 300, "家"),
                        ],
                    ),
                    it(
                        "3",
                        2,
                        "打造智能制造示范工厂",
                        ["区工信局"],
                        ["区科技局"],
                        "2026-11-30",
                        [
                            t("培育市级以上智能制造示范工厂", "=", 5, "家"),
                            t("数字化车间", "=", 10, "个"),
                        ],
                    ),
                ],
            ),
            it(
                "二",
                1,
                "创新设计提升",
                children=[
                    it(
                        "4",
                        2,
                        "建设家具设计创新平台",
                        [S],
                        ["区科技局", "区商务局"],
                        "2026-06-30",
                        [t("引进设计机构", ">=", 10, "家", "increment")],
                    ),
                    it(
                        "5",
                        2,
                        "加强原创设计保护",
                        ["区市场监管局"],
                        [S],
                        "ongoing",
                        [
                            t("新增家具外观设计专利授权", "=", 1500, "件", "increment"),
                            t("快速维权周期", "<=", 10, "天"),
                        ],
                    ),
                    it(
                        "6",
                        2,
                        "推进新材料新工艺研发",
                        ["区科技局"],
                        ["区工信局"],
                        "2026-12-31",
                        [t("实施区级科技项目", "=", 8, "项")],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "品牌市场拓展",
                children=[
                    it(
                        "7",
                        2,
                        "提升“南康家具”区域品牌",
                        [S],
                        ["区商务局", "区融媒体中心"],
                        "2026-10-31",
                        [
                            t("举办家具博览会等展会活动", "=", 2, "场"),
                            t("区域品牌价值", ">=", 150, "亿元"),
                        ],
                    ),
                    it(
                        "8",
                        2,
                        "发展跨境电商",
                        ["区商务局"],
                        ["赣州国际陆港管委会", S],
                        "ongoing",
                        [
                            t("家具跨境电商交易额增长", "=", 20, "%", "increment"),
                            t("新增跨境电商主体", "=", 100, "家", "increment"),
                        ],
                    ),
                    it(
                        "9",
                        2,
                        "拓展内销市场",
                        ["区商务局"],
                        [S],
                        "2026-12-31",
                        [t("新开设“南康家具”品牌体验店", "=", 30, "家", "increment")],
                    ),
                ],
            ),
            it(
                "四",
                1,
                "绿色发展",
                children=[
                    it(
                        "10",
                        2,
                        "推进涂装环节集中治理",
                        ["区生态环境局"],
                        ["区工信局", "南康经开区管委会"],
                        "2026-06-30",
                        [
                            t("新建集中喷涂中心", "=", 3, "个", "increment"),
                            t("覆盖企业", ">=", 500, "家"),
                        ],
                    ),
                    it(
                        "11",
                        2,
                        "推广绿色板材和环保材料",
                        ["区工信局"],
                        ["区市场监管局"],
                        "2026-09-30",
                        [t("绿色环保材料使用率", ">=", 85, "%")],
                    ),
                ],
            ),
            it(
                "五",
                1,
                "要素保障",
                children=[
                    it(
                        "12",
                        2,
                        "强化产业人才支撑",
                        ["区人社局"],
                        ["区委人才办", S],
                        "2026-12-31",
                        [
                            t("培训家具产业技能人才", "=", 3000, "人次"),
                            t("引进设计、营销等急需人才", "=", 200, "名", "increment"),
                        ],
                    ),
                    it(
                        "13",
                        2,
                        "加大金融支持力度",
                        ["区金融服务中心"],
                        ["各银行业金融机构"],
                        "ongoing",
                        [
                            t("为家具企业新增贷款", "=", 20, "亿元", "increment"),
                            t("“家具贷”产品覆盖企业", ">=", 1000, "家"),
                        ],
                    ),
                    it(
                        "14",
                        2,
                        "优化营商环境",
                        ["区行政审批局"],
                        ["区市场监管局"],
                        "ongoing",
                        [t("家具企业开办时间", "<=", 0.5, "天")],
                    ),
                ],
            ),
        ],
    }
    write_gold("nankang-furniture-ledger", gold)


# ----------------------------------------------------------------------------- manifest
SLUGS = [
    ("shangrao-pv", "docx"),
    ("jiangxi-smelting-techreform", "pdf"),
    ("nanchang-county-food", "txt"),
    ("nankang-furniture-ledger", "txt"),
]


def update_manifest():
    raw = MANIFEST.read_text(encoding="utf-8")
    data = json.loads(raw)
    names = {d["name"] for d in data["documents"]}
    for slug, ext in SLUGS:
        name = f"heldout56-{slug}"
        if name not in names:
            data["documents"].append(
                {"name": name, "source": "own", "split": "heldout56", "document": f"{name}.{ext}"}
            )
    indent = 2
    m = re.search(r"\n( +)\"", raw)
    if m:
        indent = len(m.group(1))
    MANIFEST.write_text(
        json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    make_pv()
    make_smelting()
    make_food()
    make_nankang()
    update_manifest()
