"""Round 58: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:

    .venv/bin/python apps/supervision/tests/data/make_round58_documents.py

It writes four documents to ``apps/supervision/tests/data/docs/`` and their gold ledgers to
``apps/supervision/tests/data/gold/``. The author had not read the extractor.

The documents
-------------
1. ``heldout58-ganzhou-talent-eval.docx`` — 赣州市深化科技人才评价和职称制度改革重点任务分工方案,
   a city 分工方案 drafted in Word as the attachment of a notice (``附件`` line, 黑体 headings,
   仿宋 body). 一、工作目标 paragraph with 到2026年底 targets; 二、重点任务分工 is a table
   (序号 | 改革任务 | 主要内容 | 牵头单位 | 配合单位 | 完成时限) whose task groups (一)…(三) are
   merged rows and whose rows are numbered 1–10 straight through; 三、工作要求 has three
   (一)…(三) paragraphs, one naming its offices as the subject (``市人社局、市科技局要每半年…``).
   Time cells: ``2026年6月底前``, ``长期坚持``, ``常态化开展``, ``2026年12月``, ``2026年11月30日``,
   ``每季度``.
2. ``heldout58-yichun-young-talent.pdf`` — 宜春市青年科技人才托举工程实施方案(2025—2027年),
   printed from Word/WPS (weasyprint, A4, ``— n —`` page numbers at the foot): a red-headed
   notice of three offices on page 1 (文号, addressees, signature), the plan as its 附件 from
   page 2. 一、总体目标 with 到2027年 targets; 二、重点任务 (一)…(三) with 1.–10. items;
   三、保障措施 (一)…(三). Units as ``(牵头单位:…;配合单位:…)``, ``(牵头单位:A、B;持续推进)``,
   ``(责任单位:A、B,2025年9月底前)``, ``由A负责,B配合。``, ``A、B按职责分工负责``, a bare
   bracket ``(市科技局、市工信局)``, ``(市科协牵头,市科技局配合)``, and offices as subjects in
   保障措施. Deadlines ``2025年6月底前``, ``2025年12月底前``, ``每年…`` recurrences.
3. ``heldout58-shangrao-workstations.txt`` — 上饶市2026年院士工作站和博士后科研工作站建设工作要点,
   in **Traditional characters**, copied from the city portal's 繁體版 page with its chrome
   (navigation, 發布時間/來源/瀏覽次數, 字體 大中小, 打印本頁, footer with ICP number), the
   notice of three offices (饒科字〔2026〕9號) and then the 工作要點. A 主要目標 sentence before
   the first item; 一、…三、 with (一)…(三). Units as ``由A牵頭,B、C配合``, label lines
   ``責任單位:`` / ``完成時限:`` under the paragraph, ``A、B按職責分工負責``,
   ``(牽頭單位:…;配合單位:…)``,
   ``A牽頭,B配合。`` as its own sentence, ``責任單位:A、B、C。`` inside the paragraph, an office
   as subject (``市委人才辦牽頭建立…``), a bare ``(A、B,9月底前)`` and
   ``此項工作由A負責,長期堅持。``
   Deadlines ``10月底前``, ``2026年11月底前``, ``第三季度完成``, ``12月中下旬完成兌現``.
4. ``heldout58-jian-sci-awards.txt`` — 2026年吉安市科学技术奖励工作任务清单, an Excel task sheet
   saved as tab-separated text (title row and 填报单位 row with trailing tabs, header row
   序号 | 工作任务 | 具体内容 | 牵头单位 | 配合单位 | 完成时限 | 备注, merged group rows 一、…三、
   in the first cell, one content cell with a line break quoted as Excel writes it, a 注 row at
   the end). Time cells ``2026.4.30``, ``2026/5/31``, ``2026.6.30``, ``2026.8``, ``9月底前``,
   ``2026.10.31``, ``12.31前``, ``持续推进``, ``2026年11月``, ``每年``, ``常态化``,
   ``2026年第四季度``.

Annotation choices (where the conventions I was given are silent)
-----------------------------------------------------------------
* ``title`` of the gold is the plan's own title; for the PDF, whose first page is the covering
  notice, it is the attached plan's title, not the notice's 关于印发《…》的通知.
* An item's ``title`` is its heading as printed without the closing 。 (``(一)新建一批院士工作站。
  圍繞…`` → 新建一批院士工作站); for a table or sheet row it is the 改革任务/工作任务 cell.
  Merged group rows of a table/sheet are items (number as printed, e.g. ``(一)`` or ``一``) whose
  children are the numbered rows; in the Word table they sit under 二、重点任务分工.
* A ``牵头单位:`` label naming two offices makes both lead units (the label says so); the
  ``配合单位:`` label names the assisting units. ``责任单位:A、B、C`` → A leads, B and C assist.
* ``到2026年底,…`` / ``到2027年,…`` in a 目标 section is the horizon of the targets, not a
  deadline; those items have deadline null.
* ``全年…`` (全年新建, 全年兑现) is a target's period, not a deadline: no deadline is inferred from
  it alone.
* A yearly selection quota with its own dated limit
  (``每年遴选…100名左右,2025年6月底前完成首批遴选``) takes the dated limit.
  ``2025年起每年安排专项资金不少于800万元`` is a recurring budget task → ``ongoing``
  (and the sum a target). ``每季度走访设站单位`` → ``ongoing``.
* A frequency of a routine without an indicator (每半年调度一次) gives no target. A dated limit in
  the same item wins (``每半年…调度,年底前形成总结报告`` → -12-31).
* Per-person subsidies (每人每年5万元 连续支持3年, 1:1配套, 一次性资助50万元, 每人生活补贴10万元)
  are subsidy rules, not targets; a total to pay out (全年兑现资助资金800万元,
  全年兑现科技奖励资金500万元) is a target.
* ``左右`` → ``=``. ``新设立``, ``新招收`` read like 新建/新增 → ``increment``; a plain ``建设``,
  ``遴选``, ``组建``, ``下放`` → ``level``. ``年增长10%以上`` → ``>=`` 10 % ``increment``.
* ``控制在60项以内`` / ``不超过6项`` for the number of prizes to grant are targets (``<=``), since
  they bound what the task produces, not a subsidy per recipient.
* ``分为优秀、良好、合格、不合格四个等次`` classifies and ``连续两年`` is a condition: no targets.
* A table cell ``2026年12月`` / ``2026.8`` / ``2026年11月`` → that month's last day;
  ``2026年第四季度`` → 2026-12-31; ``12.31前`` → 2026-12-31.
* The Traditional document's gold keeps the characters as printed (units, titles, subjects).
* Items with no unit of their own get empty unit lists; the document's issuer is not filled in.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"


def T(subject, comparator, value, unit, kind, maximum=None):
    t = {"subject": subject, "comparator": comparator, "value": value, "unit": unit, "kind": kind}
    if maximum is not None:
        t["max"] = maximum
    return t


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


def write_gold(slug, title, items, targets=None):
    gold = {"title": title, "items": items}
    if targets:
        gold["targets"] = targets
    path = GOLD / f"heldout58-{slug}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. 赣州 — Word 分工方案 with a table
# ---------------------------------------------------------------------------------------------

GZ_TITLE = "赣州市深化科技人才评价和职称制度改革重点任务分工方案"

GZ_GOAL = (
    "到2026年底,基本建立以创新价值、能力、贡献为导向的科技人才分类评价体系,职称评审更加科学规范,"
    "全市新增具有高级职称的专业技术人才2000人以上,向重点企业下放中级职称评审权限不少于10家,"
    "组建科技人才自主评价试点单位20家左右,人才评价“指挥棒”作用充分发挥。"
)

# (group number, group title, rows); row = (no, task, content, lead, assist, time)
GZ_TABLE = [
    (
        "(一)",
        "健全科技人才分类评价体系",
        [
            (
                "1",
                "制定分类评价指导目录",
                "按照基础研究、应用研究和技术开发、社会公益研究、成果转化等不同类型,分别制定科技人才"
                "评价标准,形成赣州市科技人才分类评价指导目录。",
                "市人社局",
                "市科技局、市委人才办",
                "2026年6月底前",
            ),
            (
                "2",
                "推行代表性成果评价",
                "破除“唯论文、唯职称、唯学历、唯奖项”,在江西理工大学、赣南师范大学、赣南医科大学"
                "等3所高校和5家科研院所开展代表性成果评价试点。",
                "市科技局",
                "市教育局、市人社局",
                "2026年9月底前",
            ),
            (
                "3",
                "实行重大任务里程碑考核",
                "对承担国家和省重大科技任务的科技人才实行“里程碑式”考核评价,减少过程评价频次,"
                "注重标志性成果质量和实际贡献。",
                "市科技局",
                "市财政局",
                "长期坚持",
            ),
        ],
    ),
    (
        "(二)",
        "深化职称制度改革",
        [
            (
                "4",
                "增设产业急需评审专业",
                "围绕稀土新材料、电子信息、现代家具、新能源汽车等产业链,新增职称评审专业3个以上。",
                "市人社局",
                "市工信局、市林业局",
                "2026年10月底前",
            ),
            (
                "5",
                "下放职称评审权限",
                "向符合条件的链主企业、新型研发机构下放中级职称评审权,全年下放不少于10家,"
                "加强事中事后监管。",
                "市人社局",
                "赣州经开区管委会、章贡区人民政府、南康区人民政府",
                "2026年12月底前",
            ),
            (
                "6",
                "开辟职称评审绿色通道",
                "对引进的高层次人才和急需紧缺人才,以及业绩突出的青年科技人才,按规定破格申报高级职称。",
                "市人社局",
                "市委人才办",
                "常态化开展",
            ),
            (
                "7",
                "建设职称评审专家库",
                "分专业建立全市职称评审专家库,实行动态管理,入库专家达到800人。",
                "市人社局",
                "各县(市、区)人社局",
                "2026年8月底前",
            ),
        ],
    ),
    (
        "(三)",
        "强化评价结果运用",
        [
            (
                "8",
                "推动评价结果挂钩使用",
                "将科技人才评价结果与科技项目立项、创新平台建设、人才计划遴选相衔接,"
                "避免重复评价、多头评价。",
                "市科技局",
                "市委人才办、市财政局",
                "2026年12月",
            ),
            (
                "9",
                "开展科研人员减负行动",
                "清理规范涉及科研人员的各类评审、评价、考核活动,精简比例达到30%以上。",
                "市科技局",
                "市人社局、市财政局、市审计局",
                "2026年11月30日",
            ),
            (
                "10",
                "跟踪评估试点成效",
                "建立科技人才评价改革试点跟踪评估机制,调度试点单位工作进展,及时总结推广经验做法。",
                "市科技局",
                "市人社局",
                "每季度",
            ),
        ],
    ),
]

GZ_REQUIREMENTS = [
    (
        "(一)",
        "加强组织领导",
        "各牵头单位要切实履行主体责任,主要负责同志亲自抓,细化工作举措,明确时间节点;"
        "各配合单位要主动协同,形成工作合力。",
    ),
    (
        "(二)",
        "强化督促落实",
        "市人社局、市科技局要每半年对各项任务落实情况开展一次调度,年底前形成改革工作总结报告,"
        "报市委人才工作领导小组。",
    ),
    (
        "(三)",
        "营造良好氛围",
        "充分利用报刊、广播电视、网络等媒体,大力宣传科技人才评价和职称制度改革政策措施及成效,"
        "营造识才爱才敬才用才的良好环境。",
    ),
]


def _font(run, east_asia, size, bold=False):
    run.font.name = east_asia
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:ascii"), east_asia)
    rfonts.set(qn("w:hAnsi"), east_asia)


def _para(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    _font(p.add_run(text), font, size, bold)
    return p


def _cell(cell, text, font="仿宋_GB2312", size=11, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), font, size, bold)


def make_ganzhou():
    doc = Document()
    sec = doc.sections[0]
    from docx.shared import Cm

    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    _para(doc, "附件", font="黑体", indent=False)
    _para(
        doc, GZ_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False
    )
    _para(
        doc,
        "为贯彻落实中共中央办公厅、国务院办公厅《关于进一步加强青年科技人才培养和使用的若干措施》"
        "和《江西省深化科技人才评价改革实施方案》精神,加快构建符合科技创新规律和人才成长规律的"
        "科技人才评价体系,结合我市实际,制定本分工方案。",
    )
    _para(doc, "一、工作目标", font="黑体")
    _para(doc, GZ_GOAL)
    _para(doc, "二、重点任务分工", font="黑体")

    header = ["序号", "改革任务", "主要内容", "牵头单位", "配合单位", "完成时限"]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _cell(cell, text, font="黑体", size=11, center=True)
    for gno, gtitle, rows in GZ_TABLE:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _cell(merged, f"{gno}{gtitle}", font="黑体", size=11)
        for row in rows:
            cells = table.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
                _cell(cell, text, center=i in (0, 5))
    widths = [Cm(1.1), Cm(2.6), Cm(6.2), Cm(2.0), Cm(2.6), Cm(2.1)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w

    _para(doc, "三、工作要求", font="黑体")
    for no, head, body in GZ_REQUIREMENTS:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        _font(p.add_run(f"{no}{head}。"), "楷体_GB2312", 16, bold=True)
        _font(p.add_run(body), "仿宋_GB2312", 16)
    doc.save(DOCS / "heldout58-ganzhou-talent-eval.docx")

    items = [
        item(
            "一",
            1,
            "工作目标",
            targets=[
                T("新增具有高级职称的专业技术人才", ">=", 2000, "人", "increment"),
                T("向重点企业下放中级职称评审权限", ">=", 10, "家", "level"),
                T("科技人才自主评价试点单位", "=", 20, "家", "level"),
            ],
        ),
        item(
            "二",
            1,
            "重点任务分工",
            children=[
                item(
                    "(一)",
                    2,
                    "健全科技人才分类评价体系",
                    children=[
                        item(
                            "1",
                            3,
                            "制定分类评价指导目录",
                            ["市人社局"],
                            ["市科技局", "市委人才办"],
                            "2026-06-30",
                        ),
                        item(
                            "2",
                            3,
                            "推行代表性成果评价",
                            ["市科技局"],
                            ["市教育局", "市人社局"],
                            "2026-09-30",
                            [
                                T("开展代表性成果评价试点的高校", "=", 3, "所", "level"),
                                T("开展代表性成果评价试点的科研院所", "=", 5, "家", "level"),
                            ],
                        ),
                        item(
                            "3", 3, "实行重大任务里程碑考核", ["市科技局"], ["市财政局"], "ongoing"
                        ),
                    ],
                ),
                item(
                    "(二)",
                    2,
                    "深化职称制度改革",
                    children=[
                        item(
                            "4",
                            3,
                            "增设产业急需评审专业",
                            ["市人社局"],
                            ["市工信局", "市林业局"],
                            "2026-10-31",
                            [T("新增职称评审专业", ">=", 3, "个", "increment")],
                        ),
                        item(
                            "5",
                            3,
                            "下放职称评审权限",
                            ["市人社局"],
                            ["赣州经开区管委会", "章贡区人民政府", "南康区人民政府"],
                            "2026-12-31",
                            [T("下放中级职称评审权", ">=", 10, "家", "level")],
                        ),
                        item(
                            "6", 3, "开辟职称评审绿色通道", ["市人社局"], ["市委人才办"], "ongoing"
                        ),
                        item(
                            "7",
                            3,
                            "建设职称评审专家库",
                            ["市人社局"],
                            ["各县(市、区)人社局"],
                            "2026-08-31",
                            [T("职称评审专家库入库专家", ">=", 800, "人", "level")],
                        ),
                    ],
                ),
                item(
                    "(三)",
                    2,
                    "强化评价结果运用",
                    children=[
                        item(
                            "8",
                            3,
                            "推动评价结果挂钩使用",
                            ["市科技局"],
                            ["市委人才办", "市财政局"],
                            "2026-12-31",
                        ),
                        item(
                            "9",
                            3,
                            "开展科研人员减负行动",
                            ["市科技局"],
                            ["市人社局", "市财政局", "市审计局"],
                            "2026-11-30",
                            [T("各类评审、评价、考核活动精简比例", ">=", 30, "%", "level")],
                        ),
                        item("10", 3, "跟踪评估试点成效", ["市科技局"], ["市人社局"], "ongoing"),
                    ],
                ),
            ],
        ),
        item(
            "三",
            1,
            "工作要求",
            children=[
                item("(一)", 2, "加强组织领导"),
                item("(二)", 2, "强化督促落实", ["市人社局"], ["市科技局"], "2026-12-31"),
                item("(三)", 2, "营造良好氛围"),
            ],
        ),
    ]
    write_gold("ganzhou-talent-eval", GZ_TITLE, items)


# ---------------------------------------------------------------------------------------------
# 2. 宜春 — PDF printed from Word: red-headed notice + the plan as its attachment
# ---------------------------------------------------------------------------------------------

YC_TITLE = "宜春市青年科技人才托举工程实施方案(2025—2027年)"

YC_BODY = [
    ("h1", "一、总体目标"),
    (
        "p",
        "到2027年,全市累计遴选托举青年科技人才300名以上,其中入选省级托举人才不少于50名;"
        "青年科技人才主持市级以上科技项目400项以上;建设青年科技人才创新团队30个,"
        "形成一支结构合理、梯次衔接、充满活力的青年科技人才队伍。",
    ),
    ("h1", "二、重点任务"),
    ("h2", "(一)实施青年人才托举计划"),
    (
        "p",
        "1.分层分类遴选托举对象。面向全市高校、科研院所、医疗卫生机构和企业,每年遴选市级托举对象"
        "100名左右,择优推荐申报省级青年科技人才托举项目,2025年6月底前完成首批遴选。"
        "(牵头单位:市科技局;配合单位:市科协、市人社局)",
    ),
    (
        "p",
        "2.加大托举支持力度。对入选市级托举对象的,给予每人每年5万元科研经费支持,连续支持3年;"
        "对入选省级托举项目的,按省级支持额度给予1:1配套。(牵头单位:市科技局、市财政局;持续推进)",
    ),
    (
        "p",
        "3.推行“双导师”培养。由院士、省级以上人才担任学术导师,由企业技术负责人担任产业导师,"
        "对托举对象实行“一人一策”跟踪培养。(责任单位:市科协、市科技局,2025年9月底前)",
    ),
    ("h2", "(二)拓宽青年人才成长通道"),
    (
        "p",
        "4.支持青年人才挑大梁。市级科技计划项目中,45岁以下青年科技人才担任项目负责人的比例"
        "不低于40%。由市科技局负责,各县(市、区)科技主管部门配合。",
    ),
    (
        "p",
        "5.设立青年科学基金项目。2025年起市财政每年安排青年科学基金专项资金不少于800万元,"
        "支持青年科技人才开展自由探索和原创性研究。市科技局、市财政局按职责分工负责。",
    ),
    (
        "p",
        "6.畅通职称晋升通道。对取得重大科研成果的青年科技人才,按规定破格评审高级职称。(责任单位:市人社局)",
    ),
    (
        "p",
        "7.鼓励企业青年人才承担项目。支持企业青年科技人才牵头承担市级科技项目,"
        "企业青年科技人才牵头承担项目数年增长10%以上。(市科技局、市工信局)",
    ),
    ("h2", "(三)搭建青年人才交流平台"),
    (
        "p",
        "8.办好青年科技创新创业大赛。每年举办宜春市青年科技创新创业大赛,吸引参赛项目200个以上,"
        "对获奖项目优先推荐入库培育。(牵头单位:团市委、市科技局;配合单位:市科协)",
    ),
    (
        "p",
        "9.建设青年科技人才驿站。在宜春经开区、袁州区、樟树市新建青年科技人才驿站3个,"
        "为青年人才提供政策咨询、交流研讨等服务。(牵头单位:市委人才办;配合单位:宜春经开区管委会、"
        "袁州区人民政府、樟树市人民政府;2025年12月底前)",
    ),
    (
        "p",
        "10.开展学术交流研修。组织青年科技人才赴省内外高校院所开展学术交流、访学研修不少于100人次。"
        "(市科协牵头,市科技局配合)",
    ),
    ("h1", "三、保障措施"),
    (
        "p",
        "(一)加强组织领导。成立由市政府分管领导任组长的青年科技人才托举工程工作专班,"
        "专班办公室设在市科技局,统筹推进各项工作。",
    ),
    ("p", "(二)强化经费保障。市财政局每年统筹安排托举工程资金,保障各项支持政策落实到位。"),
    (
        "p",
        "(三)加强考核评估。市科技局会同市人社局建立托举对象年度考核制度,考核结果作为后续支持的重要依据。",
    ),
]

YC_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 14pt; } }
body { font-family: "FangSong", "Noto Serif CJK SC"; font-size: 16pt; line-height: 28pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.red { color: #d00; font-family: "Noto Serif CJK SC"; font-weight: bold; text-align: center;
  font-size: 30pt; line-height: 40pt; letter-spacing: 2pt; text-indent: 0; }
.redline { border-top: 2pt solid #d00; margin: 6pt 0 24pt 0; }
.docno { text-align: center; text-indent: 0; margin-top: 18pt; }
.title { font-family: "Noto Serif CJK SC"; font-size: 22pt; line-height: 34pt; text-align: center;
  text-indent: 0; margin: 18pt 0; }
.h1 { font-family: "Noto Sans CJK SC"; }
.h2 { font-family: "KaiTi", "Noto Serif CJK SC"; font-weight: bold; }
.noind { text-indent: 0; }
.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.break { page-break-before: always; }
"""


def make_yichun():
    from weasyprint import HTML

    parts = [
        '<p class="red">宜春市科学技术局<br>宜春市财政局<br>宜春市人力资源和社会保障局</p>',
        '<p class="red" style="font-size:26pt">文件</p>',
        '<p class="docno">宜科字〔2025〕15号</p><div class="redline"></div>',
        '<p class="title">关于印发《宜春市青年科技人才托举工程实施方案(2025—2027年)》的通知</p>',
        '<p class="noind">各县(市、区)科技局、财政局、人社局,'
        "宜春经开区、宜阳新区、明月山温泉风景名胜区有关部门,市直有关单位:</p>",
        "<p>现将《宜春市青年科技人才托举工程实施方案(2025—2027年)》印发给你们,请结合实际认真贯彻落实。</p>",
        "<p>&nbsp;</p>",
        '<p class="sign">宜春市科学技术局&emsp;&emsp;宜春市财政局</p>',
        '<p class="sign">宜春市人力资源和社会保障局</p>',
        '<p class="sign">2025年3月20日</p>',
        "<p>(此件主动公开)</p>",
        '<p class="noind break h1">附件</p>',
        f'<p class="title">{YC_TITLE}</p>',
        "<p>为深入贯彻落实省委、省政府关于加强青年科技人才培养和使用的部署要求,加快培养造就一批具有"
        "发展潜力的青年科技人才,为建设锂电新能源、生物医药等优势产业创新高地提供人才支撑,"
        "结合我市实际,制定本方案。</p>",
    ]
    for kind, text in YC_BODY:
        cls = {"h1": ' class="h1"', "h2": ' class="h2"', "p": ""}[kind]
        parts.append(f"<p{cls}>{text}</p>")
    html = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>'
        + YC_CSS
        + "</style></head><body>"
        + "\n".join(parts)
        + "</body></html>"
    )
    HTML(string=html).write_pdf(DOCS / "heldout58-yichun-young-talent.pdf")

    items = [
        item(
            "一",
            1,
            "总体目标",
            targets=[
                T("累计遴选托举青年科技人才", ">=", 300, "名", "level"),
                T("入选省级托举人才", ">=", 50, "名", "level"),
                T("青年科技人才主持市级以上科技项目", ">=", 400, "项", "level"),
                T("青年科技人才创新团队", "=", 30, "个", "level"),
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
                    "实施青年人才托举计划",
                    children=[
                        item(
                            "1",
                            3,
                            "分层分类遴选托举对象",
                            ["市科技局"],
                            ["市科协", "市人社局"],
                            "2025-06-30",
                            [T("遴选市级托举对象", "=", 100, "名", "level")],
                        ),
                        item("2", 3, "加大托举支持力度", ["市科技局", "市财政局"], [], "ongoing"),
                        item("3", 3, "推行“双导师”培养", ["市科协"], ["市科技局"], "2025-09-30"),
                    ],
                ),
                item(
                    "(二)",
                    2,
                    "拓宽青年人才成长通道",
                    children=[
                        item(
                            "4",
                            3,
                            "支持青年人才挑大梁",
                            ["市科技局"],
                            ["各县(市、区)科技主管部门"],
                            None,
                            [T("45岁以下青年科技人才担任项目负责人的比例", ">=", 40, "%", "level")],
                        ),
                        item(
                            "5",
                            3,
                            "设立青年科学基金项目",
                            ["市科技局"],
                            ["市财政局"],
                            "ongoing",
                            [T("青年科学基金专项资金", ">=", 800, "万元", "level")],
                        ),
                        item("6", 3, "畅通职称晋升通道", ["市人社局"]),
                        item(
                            "7",
                            3,
                            "鼓励企业青年人才承担项目",
                            ["市科技局"],
                            ["市工信局"],
                            None,
                            [T("企业青年科技人才牵头承担项目数年增长", ">=", 10, "%", "increment")],
                        ),
                    ],
                ),
                item(
                    "(三)",
                    2,
                    "搭建青年人才交流平台",
                    children=[
                        item(
                            "8",
                            3,
                            "办好青年科技创新创业大赛",
                            ["团市委", "市科技局"],
                            ["市科协"],
                            "ongoing",
                            [T("吸引参赛项目", ">=", 200, "个", "level")],
                        ),
                        item(
                            "9",
                            3,
                            "建设青年科技人才驿站",
                            ["市委人才办"],
                            ["宜春经开区管委会", "袁州区人民政府", "樟树市人民政府"],
                            "2025-12-31",
                            [T("新建青年科技人才驿站", "=", 3, "个", "increment")],
                        ),
                        item(
                            "10",
                            3,
                            "开展学术交流研修",
                            ["市科协"],
                            ["市科技局"],
                            None,
                            [T("青年科技人才学术交流、访学研修", ">=", 100, "人次", "level")],
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
                item("(二)", 2, "强化经费保障", ["市财政局"], [], "ongoing"),
                item("(三)", 2, "加强考核评估", ["市科技局"], ["市人社局"]),
            ],
        ),
    ]
    write_gold("yichun-young-talent", YC_TITLE, items)


# ---------------------------------------------------------------------------------------------
# 3. 上饶 — Traditional-character web page (繁體版) with the portal's chrome
# ---------------------------------------------------------------------------------------------

SR_TITLE = "上饒市2026年院士工作站和博士後科研工作站建設工作要點"

SR_TEXT = f"""首頁 | 政務公開 | 政務服務 | 互動交流 | 走進上饒
簡體版 | 無障礙 | 長者模式 | 移動版
當前位置:首頁 > 政務公開 > 通知公告

關於印發《{SR_TITLE}》的通知

發布時間:2026-03-18 09:30    來源:市科技局    瀏覽次數:1263
【字體:大 中 小】

饒科字〔2026〕9號

各縣(市、區)科技局、人社局、科協,上饒經開區、上饒高新區、三清山風景名勝區管委會有關部門,各有關單位:
    現將《{SR_TITLE}》印發給你們,請結合實際認真抓好落實。

上饒市科學技術局        上饒市人力資源和社會保障局
上饒市科學技術協會
2026年3月16日

{SR_TITLE}

    為深入實施人才強市戰略,充分發揮院士工作站、博士後科研工作站在集聚高層次人才、推動產學研合作中的平臺作用,根據《江西省院士工作站管理辦法》和全省博士後工作有關部署,結合我市實際,制定本工作要點。
    今年工作的主要目標是:新建院士工作站3家、博士後科研工作站(創新實踐基地)5家,新招收博士後研究人員30名以上,引進院士團隊合作項目10項。

    一、加強站點布局建設
    (一)新建一批院士工作站。圍繞光伏新能源、有色金屬、數字經濟等主導產業,支持龍頭企業、新型研發機構與院士團隊精準對接,全年新建院士工作站3家。由市科協牽頭,市科技局、各縣(市、區)人民政府配合,10月底前完成申報推薦。
    (二)擴大博士後工作站覆蓋面。推動省級以上專精特新企業、高新技術企業設立博士後科研工作站或創新實踐基地,全年新設立博士後科研工作站和創新實踐基地5家,力爭實現縣(市、區)全覆蓋。
    責任單位:市人社局、市科技局、上饒經開區管委會
    完成時限:2026年11月底前
    (三)開展站點績效評估。對已建站點開展運行績效評估,評估結果分為優秀、良好、合格、不合格四個等次,對連續兩年評估不合格的站點予以撤銷。市科協、市人社局按職責分工負責,第三季度完成。

    二、提升引才用才實效
    (一)加大博士後招收力度。鼓勵設站單位與省內外高校聯合招收培養博士後,全年新招收博士後研究人員30名以上,其中企業工作站招收不少於20名。(牽頭單位:市人社局;配合單位:各設站單位)
    (二)推進院士團隊項目合作。支持院士工作站與設站企業聯合申報國家和省級科技計劃項目,開展關鍵核心技術攻關,全年引進院士團隊合作項目10項,技術合同成交額達到2億元。市科技局牽頭,市科協配合。
    (三)落實站點資助政策。對新獲批的國家級博士後科研工作站給予一次性資助50萬元,對新進站博士後研究人員每人給予生活補貼10萬元,全年兌現資助資金800萬元,12月中下旬完成兌現。責任單位:市財政局、市人社局、市科協。

    三、優化站點服務保障
    (一)建立聯繫服務機制。市委人才辦牽頭建立市領導聯繫院士工作站制度,每季度走訪設站單位,協調解決站點建設中的困難和問題。
    (二)搭建交流合作平臺。舉辦“院士專家上饒行”活動,組織參加全省博士後創新創業大賽。(市科協、市人社局,9月底前)
    (三)加強宣傳推廣。及時總結院士工作站和博士後工作站建設典型經驗,通過報刊、網站、新媒體等渠道加大宣傳力度。此項工作由市科技局負責,長期堅持。

【打印本頁】 【關閉窗口】

相關鏈接:江西省人民政府 | 江西省科學技術廳 | 江西省人力資源和社會保障廳 | 上饒市人民政府
主辦:上饒市人民政府辦公室  承辦:上饒市大數據發展管理局
贛ICP備05004441號  網站標識碼:3611000011
"""


def make_shangrao():
    (DOCS / "heldout58-shangrao-workstations.txt").write_text(SR_TEXT, encoding="utf-8")
    targets = [
        T("新建院士工作站", "=", 3, "家", "increment"),
        T("新建博士後科研工作站(創新實踐基地)", "=", 5, "家", "increment"),
        T("新招收博士後研究人員", ">=", 30, "名", "increment"),
        T("引進院士團隊合作項目", "=", 10, "項", "increment"),
    ]
    items = [
        item(
            "一",
            1,
            "加強站點布局建設",
            children=[
                item(
                    "(一)",
                    2,
                    "新建一批院士工作站",
                    ["市科協"],
                    ["市科技局", "各縣(市、區)人民政府"],
                    "2026-10-31",
                    [T("新建院士工作站", "=", 3, "家", "increment")],
                ),
                item(
                    "(二)",
                    2,
                    "擴大博士後工作站覆蓋面",
                    ["市人社局"],
                    ["市科技局", "上饒經開區管委會"],
                    "2026-11-30",
                    [T("新設立博士後科研工作站和創新實踐基地", "=", 5, "家", "increment")],
                ),
                item("(三)", 2, "開展站點績效評估", ["市科協"], ["市人社局"], "2026-09-30"),
            ],
        ),
        item(
            "二",
            1,
            "提升引才用才實效",
            children=[
                item(
                    "(一)",
                    2,
                    "加大博士後招收力度",
                    ["市人社局"],
                    ["各設站單位"],
                    None,
                    [
                        T("新招收博士後研究人員", ">=", 30, "名", "increment"),
                        T("企業工作站招收博士後研究人員", ">=", 20, "名", "level"),
                    ],
                ),
                item(
                    "(二)",
                    2,
                    "推進院士團隊項目合作",
                    ["市科技局"],
                    ["市科協"],
                    None,
                    [
                        T("引進院士團隊合作項目", "=", 10, "項", "increment"),
                        T("技術合同成交額", ">=", 2, "億元", "level"),
                    ],
                ),
                item(
                    "(三)",
                    2,
                    "落實站點資助政策",
                    ["市財政局"],
                    ["市人社局", "市科協"],
                    "2026-12-31",
                    [T("兌現資助資金", "=", 800, "萬元", "level")],
                ),
            ],
        ),
        item(
            "三",
            1,
            "優化站點服務保障",
            children=[
                item("(一)", 2, "建立聯繫服務機制", ["市委人才辦"], [], "ongoing"),
                item("(二)", 2, "搭建交流合作平臺", ["市科協"], ["市人社局"], "2026-09-30"),
                item("(三)", 2, "加強宣傳推廣", ["市科技局"], [], "ongoing"),
            ],
        ),
    ]
    write_gold("shangrao-workstations", SR_TITLE, items, targets)


# ---------------------------------------------------------------------------------------------
# 4. 吉安 — Excel task sheet saved as tab-separated text
# ---------------------------------------------------------------------------------------------

JA_TITLE = "2026年吉安市科学技术奖励工作任务清单"
JA_COLS = 7

# group rows are (text,), task rows are 7 cells
JA_ROWS = [
    ("一、组织开展2026年度市科学技术奖评审",),
    (
        "1",
        "修订奖励办法实施细则",
        "修订《吉安市科学技术奖励办法实施细则》,增设青年科技奖,优化奖励结构",
        "市科技局",
        "市司法局",
        "2026.4.30",
        "",
    ),
    (
        "2",
        "发布提名通知",
        "发布年度提名通知,组织提名单位和提名专家开展提名,受理提名项目150项以上",
        "市科技局",
        "各县(市、区)科技局、各提名单位",
        "2026/5/31",
        "",
    ),
    (
        "3",
        "形式审查",
        "对提名项目开展形式审查,在市科技局门户网站公示提名项目基本情况",
        "市科技局",
        "",
        "2026.6.30",
        "",
    ),
    (
        "4",
        "专家评审",
        "组织网络初评和会议终评,评审专家从市科技专家库随机抽取,专家库专家不少于300人",
        "市科技局",
        "市科协",
        "2026.8",
        "",
    ),
    (
        "5",
        "公示及异议处理",
        "对拟奖项目进行公示,妥善处理异议",
        "市科技局",
        "驻市科技局纪检监察组",
        "9月底前",
        "",
    ),
    (
        "6",
        "报批授奖",
        "报市人民政府审定,授奖项目总数控制在60项以内,其中一等奖不超过6项",
        "市科技局",
        "市政府办公室",
        "2026.10.31",
        "",
    ),
    ("二、奖励兑现与成果转化",),
    ("7", "奖金兑现", "全年兑现市科学技术奖励资金500万元", "市财政局", "市科技局", "12.31前", ""),
    (
        "8",
        "获奖成果转化",
        "推动获奖成果在本地转化应用,获奖成果本地转化率达到60%以上",
        "市科技局",
        "市工信局、井冈山经开区管委会",
        "持续推进",
        "",
    ),
    (
        "9",
        "推荐省科学技术奖",
        '"择优推荐项目申报省科学技术奖,推荐数不少于20项;\n力争获省科学技术奖8项以上"',
        "市科技局",
        "各县(市、区)科技局",
        "2026年11月",
        "省科技厅通知为准",
    ),
    ("三、社会力量设奖与诚信监管",),
    (
        "10",
        "规范社会力量设奖",
        "对社会力量设立的科学技术奖开展登记备案和年度检查",
        "市科技局",
        "市民政局",
        "每年",
        "",
    ),
    (
        "11",
        "科研诚信审核",
        "对候选人和候选项目开展科研诚信审核,实行“一票否决”",
        "市科技局",
        "各提名单位",
        "常态化",
        "",
    ),
    (
        "12",
        "宣传表彰",
        "召开全市科技创新大会,宣传获奖成果和获奖人员先进事迹",
        "市委宣传部",
        "市科技局、吉安日报社",
        "2026年第四季度",
        "",
    ),
]


def make_jian():
    lines = [JA_TITLE + "\t" * (JA_COLS - 1)]
    lines.append("填报单位:吉安市科学技术局(盖章)" + "\t" * 4 + "填报时间:2026年3月10日\t")
    lines.append("序号\t工作任务\t具体内容\t牵头单位\t配合单位\t完成时限\t备注")
    for row in JA_ROWS:
        if len(row) == 1:
            lines.append(row[0] + "\t" * (JA_COLS - 1))
        else:
            lines.append("\t".join(row))
    lines.append(
        "注:完成时限为最迟完成时间,各牵头单位于每月25日前报送工作进展。" + "\t" * (JA_COLS - 1)
    )
    (DOCS / "heldout58-jian-sci-awards.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )

    items = [
        item(
            "一",
            1,
            "组织开展2026年度市科学技术奖评审",
            children=[
                item("1", 2, "修订奖励办法实施细则", ["市科技局"], ["市司法局"], "2026-04-30"),
                item(
                    "2",
                    2,
                    "发布提名通知",
                    ["市科技局"],
                    ["各县(市、区)科技局", "各提名单位"],
                    "2026-05-31",
                    [T("受理提名项目", ">=", 150, "项", "level")],
                ),
                item("3", 2, "形式审查", ["市科技局"], [], "2026-06-30"),
                item(
                    "4",
                    2,
                    "专家评审",
                    ["市科技局"],
                    ["市科协"],
                    "2026-08-31",
                    [T("专家库专家", ">=", 300, "人", "level")],
                ),
                item(
                    "5", 2, "公示及异议处理", ["市科技局"], ["驻市科技局纪检监察组"], "2026-09-30"
                ),
                item(
                    "6",
                    2,
                    "报批授奖",
                    ["市科技局"],
                    ["市政府办公室"],
                    "2026-10-31",
                    [
                        T("授奖项目总数", "<=", 60, "项", "level"),
                        T("一等奖", "<=", 6, "项", "level"),
                    ],
                ),
            ],
        ),
        item(
            "二",
            1,
            "奖励兑现与成果转化",
            children=[
                item(
                    "7",
                    2,
                    "奖金兑现",
                    ["市财政局"],
                    ["市科技局"],
                    "2026-12-31",
                    [T("兑现市科学技术奖励资金", "=", 500, "万元", "level")],
                ),
                item(
                    "8",
                    2,
                    "获奖成果转化",
                    ["市科技局"],
                    ["市工信局", "井冈山经开区管委会"],
                    "ongoing",
                    [T("获奖成果本地转化率", ">=", 60, "%", "level")],
                ),
                item(
                    "9",
                    2,
                    "推荐省科学技术奖",
                    ["市科技局"],
                    ["各县(市、区)科技局"],
                    "2026-11-30",
                    [
                        T("推荐申报省科学技术奖项目", ">=", 20, "项", "level"),
                        T("获省科学技术奖", ">=", 8, "项", "level"),
                    ],
                ),
            ],
        ),
        item(
            "三",
            1,
            "社会力量设奖与诚信监管",
            children=[
                item("10", 2, "规范社会力量设奖", ["市科技局"], ["市民政局"], "ongoing"),
                item("11", 2, "科研诚信审核", ["市科技局"], ["各提名单位"], "ongoing"),
                item(
                    "12",
                    2,
                    "宣传表彰",
                    ["市委宣传部"],
                    ["市科技局", "吉安日报社"],
                    "2026-12-31",
                ),
            ],
        ),
    ]
    write_gold("jian-sci-awards", JA_TITLE, items)


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    make_ganzhou()
    make_yichun()
    make_shangrao()
    make_jian()


if __name__ == "__main__":
    main()
