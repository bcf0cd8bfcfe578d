"""Round 55: four held-out work-plan documents and their gold ledgers, written blind.

Run from the repository root:
``.venv/bin/python apps/supervision/tests/data/make_round55_documents.py``.
It writes the four documents under ``apps/supervision/tests/data/docs/`` and their gold ledgers
under ``apps/supervision/tests/data/gold/``. The gold was written by hand from the text below,
following the output conventions of decision 0005; it is not derived from any extractor output.

The documents
-------------
* ``heldout55-jiujiang-lab-evaluation.docx`` — 九江市科学技术局's office draft of a
  绩效评价工作方案 for city-level 重点实验室 and 工程技术研究中心 (Word, python-docx: 仿宋_GB2312
  body, 黑体 level-1 headings, 楷体 level-2 run-ins). Sections 一、 to 五、; section 四 is a
  进度安排 table (序号 | 工作环节 | 主要内容 | 牵头单位 | 配合单位 | 完成时限) whose rows are the
  section's items; section 五 has (一)(二)(三) run-in paragraphs with ``A会同B…``, a trailing
  ``(责任单位:…)`` and 长期坚持. Deadlines: 3月底前, 4月30日前, 5月中旬前, 7月31日, 8月底前,
  12月20日前. Targets: 不少于, 控制在…以内, 以上, 不低于; a per-platform cap that is not a target.
* ``heldout55-ganzhou-credit-points.pdf`` — 赣州经济技术开发区's 科技创新积分制工作实施方案,
  printed from Word (weasyprint, A4, running header with the document number, ``— n —`` page
  numbers). 一、二、三、 with (一)… and, under (五), 1. 2. 3. Units written five ways: a trailing
  ``(责任单位:A、B)``, a sentence ``A牵头,B、C配合``, ``(牵头单位:…;配合单位:…;完成时限:…)``,
  a bare bracket of offices, and the office as the sentence's subject. Deadlines: 3月底前,
  6月底前 (beside 按季度), 每半年 (ongoing), 2025年12月底前, 常态化, 每季度, 2025年11月30日前.
* ``heldout55-shangrao-rd-institutions-web.txt`` — 上饶市人民政府办公室's notice issuing a
  企业研发机构建设提升三年行动方案(2025—2027年), copied from the city government website with
  its chrome (breadcrumb, 发布时间/字号, footer). 一、(一) 1. with 1–11 numbered straight through
  the (一)–(四) groups; units in 〔责任单位:…〕 with a note ``(排第一位的为牵头单位,下同)``.
  Targets in a 到2027年 paragraph (3万人, 超过, 其中…以上), yearly quotas, 年均增长, 累计, 突破.
* ``heldout55-yichun-project-reform-table.txt`` — 宜春市科学技术局's 重点任务清单 for 深化科技计划
  项目管理改革, an Excel sheet saved as tab-separated text: a title row, a 填报 row, the header
  row, 12 numbered task rows under five 任务类别 (merged cells: the category appears only on
  its first row), and a 备注 row. 完成时限 cells: 2025年4月底前, 2025年6月30日, 2025.9.30, 持续推进,
  每季度, 2025年上半年, 2025年第三季度, 长期, 12月中下旬, 2025年12月31日, 每月调度. 预期成效
  cells carry the targets (不少于, 5-8项, 达到, ≤, 100%, 不低于).

Annotation choices (where 0005's conventions are silent or I had to decide)
----------------------------------------------------------------------------
* Shape: the gold follows the held-out shape (title, items with number/level/title/lead_units/
  assisting_units/deadline/targets/children); targets carry subject/comparator/value/unit/kind
  (and ``max`` for a range). No item ``text`` is given.
* Title of a ledger: the plan's own name, not the covering notice's (``关于印发…的通知``).
* A 工作目标/主要目标 section numbered 一、 is an item; its figures are that item's targets, and
  ``到2027年`` there is the horizon, so its deadline is null.
* Table rows: the number is the 序号 cell; the title is the short task column (工作环节 / 重点任务),
  not the longer 主要内容/具体措施 column. A 任务类别 group of a spreadsheet is an item with number
  ``""`` at level 1 and its rows are its children (level 2); a category cell left blank by a
  merged cell continues the group above. Rows in section 四 of the docx are level-2 children of 四.
* ``—`` in a 配合单位 cell means no assisting unit. Two offices in one 牵头单位 cell both lead.
* A 预期成效 cell that restates a limit given in 具体措施 yields one target, not two.
* ``其中国家级2家以上`` after a 新增…60家 figure is read as an increment (a part of the new ones).
* ``年均增长10%以上`` is ``>=`` 10 % increment; ``累计…30个`` is ``=`` 30 个 level.
* ``2025—2027年累计共建联合研发机构30个`` — a span of years followed by the work done in it — gives
  the deadline 2027-12-31; ``到2027年…`` gives none.
* ``市财政每年安排资金`` → ongoing; ``区财政金融局每年安排不少于300万元`` is a yearly sum (a
  quota), so its deadline is null and the sum (money in its printed unit) is a target.
* A per-recipient cap (每家不超过20万元, 单户授信额度最高不超过1000万元, 单个企业每年最高不超过
  200万元) is a subsidy rule, not a target.
* ``区委组织部(人才办)`` keeps its alias in brackets as one unit.
* ``人行上饶市分行`` (a bank branch, ends in 行) is an office.
* ``市科技局牵头建立…联席会议制度,每季度召开一次调度会`` → lead 市科技局, deadline ongoing.
* The 联系人 line and the 备注 row are not items.
* 九江 五(一) ``市科技局会同各县(市、区)科技主管部门建立…`` → lead 市科技局, assisting the county
  departments; the next sentence's ``各依托单位要高度重视`` is an exhortation, not a unit.
* 上饶 11 ``深化产学研合作。定期组织…`` opens its task with 定期 → ongoing.
* 上饶 1: the dated ``2025年6月底前完成摸底`` wins over ``此后每年动态调整``.
* The 赣州 PDF's running header (its document number) and the signature block are not items; the
  title wraps over two lines on the page and is one title.
"""

import json
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DATA = Path(__file__).resolve().parent
DOCS = DATA / "docs"
GOLD = DATA / "gold"


def tg(subject, comparator, value, unit, kind="level", max_value=None):
    target = {
        "subject": subject,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "kind": kind,
    }
    if max_value is not None:
        target["max"] = max_value
    return target


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


def write_gold(name, gold):
    path = GOLD / f"{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. 九江: Word office draft with a schedule table
# ---------------------------------------------------------------------------------------------

JJ_TITLE = "九江市重点实验室和工程技术研究中心绩效评价工作方案"

JJ_SCHEDULE = [
    ("序号", "工作环节", "主要内容", "牵头单位", "配合单位", "完成时限"),
    (
        "1",
        "发布通知",
        "印发绩效评价工作通知,公布参评平台名单,明确评价指标和材料要求。",
        "市科技局",
        "各县(市、区)科技主管部门",
        "2025年3月底前",
    ),
    (
        "2",
        "平台自评",
        "参评平台对照评价指标开展自评,填报《绩效评价报告》并提供佐证材料。",
        "各依托单位",
        "—",
        "2025年4月30日前",
    ),
    (
        "3",
        "初审推荐",
        "对参评材料的真实性、完整性进行审核,出具推荐意见,按时报送市科技局。",
        "各县(市、区)科技主管部门",
        "各依托单位",
        "2025年5月中旬前",
    ),
    (
        "4",
        "专家评审",
        "委托第三方机构组织专家开展材料评审和现场考察,现场考察比例不低于30%。",
        "市科技局",
        "市科技发展服务中心",
        "2025年7月31日",
    ),
    (
        "5",
        "结果公示",
        "综合材料评审和现场考察情况形成评价结果,在市科技局门户网站公示,公示无异议后发文公布。",
        "市科技局",
        "—",
        "2025年8月底前",
    ),
    (
        "6",
        "结果运用",
        "对评价为优秀的平台给予一次性后补助,每家不超过20万元;对评价为不合格的平台限期整改,"
        "整改不到位的撤销认定。",
        "市科技局",
        "市财政局",
        "2025年12月20日前",
    ),
]


def _set_run_font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _para(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    _set_run_font(p.add_run(text), font, size, bold)
    return p


def _runin(doc, head, body):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    _set_run_font(p.add_run(head), "楷体_GB2312", 16, True)
    _set_run_font(p.add_run(body), "仿宋_GB2312", 16)
    return p


def make_jiujiang():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    _para(
        doc, JJ_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False
    )
    _para(
        doc,
        "(征求意见稿)",
        font="楷体_GB2312",
        size=16,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    _para(doc, "")
    _para(
        doc,
        "为进一步加强市级重点实验室和工程技术研究中心(以下简称“市级平台”)的运行管理,推动平台"
        "提质增效,根据《九江市重点实验室建设与运行管理办法》《九江市工程技术研究中心建设与运行"
        "管理办法》有关规定,市科技局决定于2025年对市级平台开展绩效评价。为确保评价工作规范有序"
        "开展,特制定本方案。",
    )
    _para(doc, "一、评价目标", font="黑体")
    _para(
        doc,
        "通过绩效评价,全面掌握市级平台建设运行情况,建立“优胜劣汰、有进有出”的动态管理机制。"
        "全年参评平台不少于120家,评价结果为优秀的比例控制在20%以内,推动5家以上评价优秀的平台"
        "申报省级重点实验室或省级工程技术研究中心。",
    )
    _para(doc, "二、评价范围", font="黑体")
    _para(
        doc,
        "2021年12月31日前认定的市级重点实验室和市级工程技术研究中心。已升级为省级以上平台的,"
        "不再参加本次市级评价;建设期未满的平台不参加本次评价。",
    )
    _para(doc, "三、评价内容", font="黑体")
    _para(
        doc,
        "评价主要包括研究开发能力、成果转化与产业贡献、人才队伍建设、开放交流与运行管理四个方面,"
        "采取定量与定性相结合的方式进行,评价结果分为优秀、良好、合格、不合格四个等次。具体评价"
        "指标另行印发。",
    )
    _para(doc, "四、评价程序及进度安排", font="黑体")
    table = doc.add_table(rows=len(JJ_SCHEDULE), cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.1), Cm(2.0), Cm(6.4), Cm(2.2), Cm(2.3), Cm(2.2)]
    for r, row in enumerate(JJ_SCHEDULE):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            if c != 2 or r == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(
                p.add_run(value), "黑体" if r == 0 else "仿宋_GB2312", 12 if r == 0 else 11
            )
    _para(doc, "五、工作要求", font="黑体")
    _runin(
        doc,
        "(一)加强组织领导。",
        "市科技局会同各县(市、区)科技主管部门建立评价工作协调机制,及时研究解决评价过程中"
        "遇到的问题。各依托单位要高度重视,如实填报评价材料。",
    )
    _runin(
        doc,
        "(二)严格评价纪律。",
        "评价专家实行回避制度,与参评平台存在利害关系的专家不得参与评价。对弄虚作假的平台,"
        "一经查实,取消评价资格,3年内不得申报市级科技计划项目。",
    )
    _runin(
        doc,
        "(三)强化动态管理。",
        "建立市级平台“有进有出”的动态调整机制,评价结果作为市级科技计划项目立项、推荐申报"
        "省级平台的重要依据,此项工作长期坚持。(责任单位:市科技局)",
    )
    _para(doc, "")
    _para(doc, "联系人:市科技局平台与基础研究科  刘××,电话:0792-8123456。")
    doc.save(DOCS / "heldout55-jiujiang-lab-evaluation.docx")

    schedule = [
        it("1", 2, "发布通知", ["市科技局"], ["各县(市、区)科技主管部门"], "2025-03-31"),
        it("2", 2, "平台自评", ["各依托单位"], [], "2025-04-30"),
        it("3", 2, "初审推荐", ["各县(市、区)科技主管部门"], ["各依托单位"], "2025-05-20"),
        it(
            "4",
            2,
            "专家评审",
            ["市科技局"],
            ["市科技发展服务中心"],
            "2025-07-31",
            [tg("现场考察比例", ">=", 30, "%")],
        ),
        it("5", 2, "结果公示", ["市科技局"], [], "2025-08-31"),
        it("6", 2, "结果运用", ["市科技局"], ["市财政局"], "2025-12-20"),
    ]
    gold = {
        "title": JJ_TITLE,
        "items": [
            it(
                "一",
                1,
                "评价目标",
                targets=[
                    tg("参评平台", ">=", 120, "家"),
                    tg("评价结果为优秀的比例", "<=", 20, "%"),
                    tg("评价优秀的平台申报省级重点实验室或省级工程技术研究中心", ">=", 5, "家"),
                ],
            ),
            it("二", 1, "评价范围"),
            it("三", 1, "评价内容"),
            it("四", 1, "评价程序及进度安排", children=schedule),
            it(
                "五",
                1,
                "工作要求",
                children=[
                    it("(一)", 2, "加强组织领导", ["市科技局"], ["各县(市、区)科技主管部门"]),
                    it("(二)", 2, "严格评价纪律"),
                    it("(三)", 2, "强化动态管理", ["市科技局"], [], "ongoing"),
                ],
            ),
        ],
    }
    write_gold("heldout55-jiujiang-lab-evaluation", gold)


# ---------------------------------------------------------------------------------------------
# 2. 赣州经开区: PDF printed from Word
# ---------------------------------------------------------------------------------------------

GZ_TITLE = "赣州经济技术开发区2025年科技创新积分制工作实施方案"

GZ_BODY = [
    (
        "p",
        "为深入实施创新驱动发展战略,精准识别和支持科技型企业成长,根据科技部火炬中心关于推广"
        "科技创新积分制的工作部署和《江西省科技创新积分制实施方案》有关要求,结合我区实际,"
        "制定本方案。",
    ),
    ("h1", "一、工作目标"),
    (
        "p",
        "2025年,全区纳入科技创新积分评价的企业达到300家以上,入库企业获得“积分贷”授信总额"
        "突破10亿元,培育高新技术企业新增30家,科技型中小企业入库评价达到450家,形成以积分"
        "识别企业、以积分配置资源的科技创新政策体系。",
    ),
    ("h1", "二、重点任务"),
    (
        "p",
        "<b>(一)建立积分评价指标体系。</b>围绕技术创新能力、成长经营能力、创新投入等维度,构建"
        "“基础指标+特色指标”的积分评价体系,结合我区电子信息、新能源汽车、生物医药等主导产业"
        "设置特色指标,3月底前印发《赣州经开区科技创新积分评价指标(试行)》。"
        "(责任单位:区科技创新局、区经发局)",
    ),
    (
        "p",
        "<b>(二)开展企业数据归集。</b>依托区企业综合服务平台,归集企业研发投入、知识产权、人才、"
        "纳税等数据,实现积分数据按季度自动更新。区科技创新局牵头,区税务局、区市场监管局、"
        "区人社局配合,6月底前完成首批企业数据归集。",
    ),
    (
        "p",
        "<b>(三)发布企业积分榜单。</b>每半年发布一次企业科技创新积分榜单,对积分排名靠前的企业"
        "予以通报表扬,并向金融机构推送企业名单。(牵头单位:区科技创新局;完成时限:每半年)",
    ),
    (
        "p",
        "<b>(四)推出“积分贷”金融产品。</b>联合合作银行推出“积分贷”“科创积分保”等专属产品,"
        "根据企业积分等级给予差异化授信,单户授信额度最高不超过1000万元。全年“积分贷”放款"
        "不少于5亿元,惠及企业100家以上。(牵头单位:区财政金融局;配合单位:区科技创新局、"
        "各合作银行;完成时限:2025年12月底前)",
    ),
    ("p", "<b>(五)强化积分结果运用。</b>将企业积分作为配置创新资源的重要依据。"),
    (
        "p",
        "1.项目立项。区级科技计划项目向高积分企业倾斜,高积分企业立项比例不低于60%。(区科技创新局)",
    ),
    (
        "p",
        "2.研发后补助。对积分排名前列的企业按研发投入增量给予后补助,全年兑现研发后补助资金"
        "1500万元。(区科技创新局、区财政金融局)",
    ),
    (
        "p",
        "3.人才支持。积分评价结果与区“苏区之光”人才计划评审挂钩,推荐高积分企业人才申报"
        "省级以上人才项目20人次以上。(区委组织部(人才办)、区人社局)",
    ),
    (
        "p",
        "<b>(六)开展政策宣传培训。</b>常态化开展科技创新积分制政策宣讲进园区、进企业活动,"
        "全年举办培训不少于6场。(责任单位:区科技创新局、各街道办事处)",
    ),
    ("h1", "三、保障措施"),
    (
        "p",
        "<b>(一)加强组织领导。</b>成立区科技创新积分制工作专班,统筹协调积分评价、结果运用等"
        "工作,专班每季度召开一次调度会,研究解决工作推进中的困难和问题。",
    ),
    (
        "p",
        "<b>(二)落实经费保障。</b>区财政金融局每年安排不少于300万元专项资金,用于积分评价、"
        "数据平台运维和积分结果运用。",
    ),
    (
        "p",
        "<b>(三)加强监督评估。</b>区科技创新局于2025年11月30日前对积分制实施情况开展评估,"
        "形成评估报告报区管委会。",
    ),
]

GZ_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-right { content: "赣经开办发〔2025〕9号"; font-family: "Noto Serif CJK SC"; font-size: 9pt;
    color: #555; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 12pt; } }
body { font-family: "FangSong", "Noto Serif CJK SC"; font-size: 16pt; line-height: 28pt; }
h1.title { font-family: "Noto Serif CJK SC"; font-weight: bold; font-size: 22pt; text-align: center;
  line-height: 34pt; margin: 0 0 28pt 0; }
h2 { font-family: "SimHei", "Noto Sans CJK SC"; font-weight: normal; font-size: 16pt;
  margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p b { font-family: "KaiTi", "Noto Serif CJK SC"; }
.sign { text-align: right; margin-top: 28pt; text-indent: 0; }
"""


def make_ganzhou():
    from weasyprint import HTML

    parts = [f'<h1 class="title">{GZ_TITLE}</h1>']
    for kind, text in GZ_BODY:
        parts.append(f"<h2>{text}</h2>" if kind == "h1" else f"<p>{text}</p>")
    parts.append('<p class="sign">赣州经济技术开发区管理委员会办公室<br>2025年2月20日</p>')
    head = f"<head><meta charset='utf-8'><style>{GZ_CSS}</style></head>"
    html = f"<html>{head}<body>{''.join(parts)}</body></html>"
    HTML(string=html).write_pdf(DOCS / "heldout55-ganzhou-credit-points.pdf")

    gold = {
        "title": GZ_TITLE,
        "items": [
            it(
                "一",
                1,
                "工作目标",
                targets=[
                    tg("纳入科技创新积分评价的企业", ">=", 300, "家"),
                    tg("入库企业获得“积分贷”授信总额", ">", 10, "亿元"),
                    tg("培育高新技术企业", "=", 30, "家", "increment"),
                    tg("科技型中小企业入库评价", ">=", 450, "家"),
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
                        "建立积分评价指标体系",
                        ["区科技创新局"],
                        ["区经发局"],
                        "2025-03-31",
                    ),
                    it(
                        "(二)",
                        2,
                        "开展企业数据归集",
                        ["区科技创新局"],
                        ["区税务局", "区市场监管局", "区人社局"],
                        "2025-06-30",
                    ),
                    it("(三)", 2, "发布企业积分榜单", ["区科技创新局"], [], "ongoing"),
                    it(
                        "(四)",
                        2,
                        "推出“积分贷”金融产品",
                        ["区财政金融局"],
                        ["区科技创新局", "各合作银行"],
                        "2025-12-31",
                        [tg("“积分贷”放款", ">=", 5, "亿元"), tg("惠及企业", ">=", 100, "家")],
                    ),
                    it(
                        "(五)",
                        2,
                        "强化积分结果运用",
                        children=[
                            it(
                                "1",
                                3,
                                "项目立项",
                                ["区科技创新局"],
                                targets=[tg("高积分企业立项比例", ">=", 60, "%")],
                            ),
                            it(
                                "2",
                                3,
                                "研发后补助",
                                ["区科技创新局"],
                                ["区财政金融局"],
                                targets=[tg("兑现研发后补助资金", "=", 1500, "万元")],
                            ),
                            it(
                                "3",
                                3,
                                "人才支持",
                                ["区委组织部(人才办)"],
                                ["区人社局"],
                                targets=[
                                    tg("推荐高积分企业人才申报省级以上人才项目", ">=", 20, "人次")
                                ],
                            ),
                        ],
                    ),
                    it(
                        "(六)",
                        2,
                        "开展政策宣传培训",
                        ["区科技创新局"],
                        ["各街道办事处"],
                        "ongoing",
                        [tg("举办培训", ">=", 6, "场")],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "保障措施",
                children=[
                    it("(一)", 2, "加强组织领导", deadline="ongoing"),
                    it(
                        "(二)",
                        2,
                        "落实经费保障",
                        ["区财政金融局"],
                        targets=[tg("专项资金", ">=", 300, "万元")],
                    ),
                    it("(三)", 2, "加强监督评估", ["区科技创新局"], [], "2025-11-30"),
                ],
            ),
        ],
    }
    write_gold("heldout55-ganzhou-credit-points", gold)


# ---------------------------------------------------------------------------------------------
# 3. 上饶: notice copied from the city government website
# ---------------------------------------------------------------------------------------------

SR_TITLE = "上饶市企业研发机构建设提升三年行动方案(2025—2027年)"

SR_TEXT = """\
无障碍 | 长者模式 | English
上饶市人民政府
首页 政务公开 政务服务 互动交流 走进上饶
当前位置:首页 > 政务公开 > 政策文件 > 市政府办文件

上饶市人民政府办公室关于印发上饶市企业研发机构建设提升三年行动方案(2025—2027年)的通知

发布时间:2025-04-18 10:32  来源:市政府办公室  浏览次数:1268  字号:[大 中 小]

索引号:014251369/2025-0418003  发文字号:饶府办字〔2025〕15号  主题分类:科技、教育

各县(市、区)人民政府,上饶经开区、上饶高新区、三清山风景名胜区、鄱阳湖生态旅游区管委会,市政府各部门:

《上饶市企业研发机构建设提升三年行动方案(2025—2027年)》已经市政府同意,现印发给你们,请认真抓好贯彻落实。

上饶市人民政府办公室

2025年4月16日

(此件主动公开)

上饶市企业研发机构建设提升三年行动方案(2025—2027年)

为深入贯彻落实省委、省政府关于强化企业科技创新主体地位的部署要求,引导企业加大研发投入、建设高水平研发机构,全面提升我市企业自主创新能力,结合我市实际,制定本方案。

一、主要目标

到2027年,全市规模以上工业企业研发机构覆盖率达到45%以上,有研发活动的规上工业企业占比超过50%;新增省级以上企业技术中心、工程研究中心、工程技术研究中心等研发平台60家,其中国家级2家以上;企业研发人员总数达到3万人。

二、重点任务

(一)实施研发机构“全覆盖”行动

1.建立培育清单。对全市规上工业企业研发机构建设情况开展摸底调查,建立“有研发机构、有研发活动、有研发投入”企业培育清单,2025年6月底前完成摸底,此后每年动态调整。〔责任单位:市科技局、市工信局,各县(市、区)人民政府〕(排第一位的为牵头单位,下同)

2.推动规上企业研发机构建设。引导营业收入5亿元以上的工业企业全部建立研发机构,每年新建市级以上企业研发机构100家以上。〔责任单位:市工信局、市科技局、市发改委,各县(市、区)人民政府〕

3.支持中小企业共建研发机构。鼓励科技型中小企业与高校、科研院所共建研发中心,2025—2027年累计共建联合研发机构30个。〔责任单位:市科技局、市教育局〕

(二)实施研发机构“提能级”行动

4.争创国家级研发平台。支持龙头企业牵头组建创新联合体,争创国家企业技术中心、国家工程研究中心,力争2027年底前新增国家级研发平台2家。〔责任单位:市发改委、市工信局、市科技局〕

5.提升省级平台建设水平。每年推荐申报省级企业技术中心、省级工程技术研究中心不少于20家,省级平台绩效评价优良率达到80%。〔责任单位:市工信局、市科技局〕

6.建设新型研发机构。围绕光伏新能源、有色金属、汽车及零部件等主导产业,布局建设一批新型研发机构,到2027年备案市级新型研发机构15家、省级5家。〔责任单位:市科技局,各县(市、区)人民政府〕

(三)实施研发机构“强投入”行动

7.落实研发投入奖补。对企业研发投入增量部分给予奖补,单个企业每年最高不超过200万元;市财政每年安排资金用于企业研发机构建设奖补。〔责任单位:市科技局、市财政局〕

8.落实税收优惠政策。全面落实研发费用加计扣除、高新技术企业所得税优惠等政策,享受研发费用加计扣除政策企业数量年均增长10%以上。〔责任单位:市税务局、市科技局、市工信局〕

9.强化金融支持。推广“科贷通”“赣科贷”等产品,引导银行机构为设有研发机构的企业提供信用贷款,三年累计投放科技贷款突破50亿元。〔责任单位:市金融办、人行上饶市分行、市科技局〕

(四)实施研发人才“聚集”行动

10.引育研发人才。依托“饶商回归”“才聚饶城”等工程,每年为企业研发机构引进高层次人才和急需紧缺人才500名以上。〔责任单位:市委人才办、市人社局、市科技局〕

11.深化产学研合作。定期组织企业与南昌大学、上饶师范学院等高校院所开展产学研对接活动,推动高校科研人员到企业研发机构兼职。〔责任单位:市科技局、市教育局〕

三、保障措施

(一)加强组织协调。市科技局牵头建立企业研发机构建设联席会议制度,每季度召开一次调度会,协调解决重大问题。

(二)强化考核评价。将企业研发机构建设情况纳入对各县(市、区)高质量发展综合考核,年底前开展综合考评。〔责任单位:市考评办、市科技局〕

(三)营造良好氛围。加强政策宣传解读,及时总结推广企业研发机构建设的典型经验和做法,营造全社会支持企业创新的良好氛围。

【打印本页】 【关闭窗口】

相关链接:
江西省人民政府 | 中国政府网 | 上饶市人民政府办公室

主办:上饶市人民政府办公室  承办:上饶市大数据发展管理局
网站标识码:3611000001  赣ICP备05004172号  赣公网安备36110202000123号
"""


def make_shangrao():
    (DOCS / "heldout55-shangrao-rd-institutions-web.txt").write_text(SR_TEXT, encoding="utf-8")
    counties = "各县(市、区)人民政府"
    gold = {
        "title": SR_TITLE,
        "items": [
            it(
                "一",
                1,
                "主要目标",
                targets=[
                    tg("规模以上工业企业研发机构覆盖率", ">=", 45, "%"),
                    tg("有研发活动的规上工业企业占比", ">", 50, "%"),
                    tg(
                        "省级以上企业技术中心、工程研究中心、工程技术研究中心等研发平台",
                        "=",
                        60,
                        "家",
                        "increment",
                    ),
                    tg("国家级研发平台", ">=", 2, "家", "increment"),
                    tg("企业研发人员总数", ">=", 30000, "人"),
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
                        "实施研发机构“全覆盖”行动",
                        children=[
                            it(
                                "1",
                                3,
                                "建立培育清单",
                                ["市科技局"],
                                ["市工信局", counties],
                                "2025-06-30",
                            ),
                            it(
                                "2",
                                3,
                                "推动规上企业研发机构建设",
                                ["市工信局"],
                                ["市科技局", "市发改委", counties],
                                targets=[
                                    tg("新建市级以上企业研发机构", ">=", 100, "家", "increment")
                                ],
                            ),
                            it(
                                "3",
                                3,
                                "支持中小企业共建研发机构",
                                ["市科技局"],
                                ["市教育局"],
                                "2027-12-31",
                                [tg("累计共建联合研发机构", "=", 30, "个")],
                            ),
                        ],
                    ),
                    it(
                        "(二)",
                        2,
                        "实施研发机构“提能级”行动",
                        children=[
                            it(
                                "4",
                                3,
                                "争创国家级研发平台",
                                ["市发改委"],
                                ["市工信局", "市科技局"],
                                "2027-12-31",
                                [tg("新增国家级研发平台", "=", 2, "家", "increment")],
                            ),
                            it(
                                "5",
                                3,
                                "提升省级平台建设水平",
                                ["市工信局"],
                                ["市科技局"],
                                targets=[
                                    tg(
                                        "推荐申报省级企业技术中心、省级工程技术研究中心",
                                        ">=",
                                        20,
                                        "家",
                                    ),
                                    tg("省级平台绩效评价优良率", ">=", 80, "%"),
                                ],
                            ),
                            it(
                                "6",
                                3,
                                "建设新型研发机构",
                                ["市科技局"],
                                [counties],
                                targets=[
                                    tg("备案市级新型研发机构", "=", 15, "家"),
                                    tg("备案省级新型研发机构", "=", 5, "家"),
                                ],
                            ),
                        ],
                    ),
                    it(
                        "(三)",
                        2,
                        "实施研发机构“强投入”行动",
                        children=[
                            it("7", 3, "落实研发投入奖补", ["市科技局"], ["市财政局"], "ongoing"),
                            it(
                                "8",
                                3,
                                "落实税收优惠政策",
                                ["市税务局"],
                                ["市科技局", "市工信局"],
                                targets=[
                                    tg(
                                        "享受研发费用加计扣除政策企业数量年均增长",
                                        ">=",
                                        10,
                                        "%",
                                        "increment",
                                    )
                                ],
                            ),
                            it(
                                "9",
                                3,
                                "强化金融支持",
                                ["市金融办"],
                                ["人行上饶市分行", "市科技局"],
                                targets=[tg("三年累计投放科技贷款", ">", 50, "亿元")],
                            ),
                        ],
                    ),
                    it(
                        "(四)",
                        2,
                        "实施研发人才“聚集”行动",
                        children=[
                            it(
                                "10",
                                3,
                                "引育研发人才",
                                ["市委人才办"],
                                ["市人社局", "市科技局"],
                                targets=[
                                    tg(
                                        "为企业研发机构引进高层次人才和急需紧缺人才",
                                        ">=",
                                        500,
                                        "名",
                                        "increment",
                                    )
                                ],
                            ),
                            it("11", 3, "深化产学研合作", ["市科技局"], ["市教育局"], "ongoing"),
                        ],
                    ),
                ],
            ),
            it(
                "三",
                1,
                "保障措施",
                children=[
                    it("(一)", 2, "加强组织协调", ["市科技局"], [], "ongoing"),
                    it("(二)", 2, "强化考核评价", ["市考评办"], ["市科技局"], "2025-12-31"),
                    it("(三)", 2, "营造良好氛围"),
                ],
            ),
        ],
    }
    write_gold("heldout55-shangrao-rd-institutions-web", gold)


# ---------------------------------------------------------------------------------------------
# 4. 宜春: spreadsheet task list saved as tab-separated text
# ---------------------------------------------------------------------------------------------

YC_TITLE = "宜春市2025年深化科技计划项目管理改革重点任务清单"

YC_ROWS = [
    (
        "1",
        "项目指南编制",
        "建立“企业出题、政府立题”机制",
        "面向重点产业链企业常态化征集技术需求,凝练形成年度技术需求清单,作为编制项目指南的主要依据",
        "市科技局",
        "市工信局、各县(市、区)科技局",
        "2025年4月底前",
        "征集企业技术需求不少于200项",
    ),
    (
        "2",
        "",
        "推行“揭榜挂帅”项目组织方式",
        "聚焦锂电新能源、生物医药等产业关键核心技术,面向全国发布“揭榜挂帅”榜单",
        "市科技局",
        "市发改委、宜春经开区管委会",
        "2025年6月30日",
        "发布榜单项目5-8项",
    ),
    (
        "3",
        "项目立项评审",
        "完善专家评审制度",
        "扩充市级科技专家库,实行评审专家随机抽取、回避和信用管理",
        "市科技局",
        "—",
        "2025.9.30",
        "专家库入库专家达到1500人",
    ),
    (
        "4",
        "",
        "压缩立项周期",
        "全面推行网上申报、线上评审,项目从申报截止到立项下达时间压缩至90天以内",
        "市科技局",
        "市财政局",
        "持续推进",
        "立项周期≤90天",
    ),
    (
        "5",
        "过程管理",
        "推行项目“里程碑”管理",
        "对重大科技项目按关键节点开展跟踪检查,检查结果作为拨付后续经费的依据",
        "市科技局",
        "项目所在县(市、区)科技局",
        "每季度",
        "重大项目节点检查覆盖率100%",
    ),
    (
        "6",
        "",
        "建立项目负责人信用承诺制",
        "项目申报实行信用承诺,失信行为记录纳入科研诚信管理",
        "市科技局",
        "市发改委(市信用办)",
        "2025年6月底前",
        "信用承诺覆盖全部申报项目",
    ),
    (
        "7",
        "经费管理",
        "扩大科研经费使用自主权",
        "简化预算编制,直接费用中除设备费外其他科目调剂权全部下放项目承担单位",
        "市财政局",
        "市科技局",
        "2025年上半年",
        "修订出台市级科技计划项目资金管理办法",
    ),
    (
        "8",
        "",
        "推行经费“包干制”",
        "在基础研究和青年科技人才类项目中开展经费包干制试点",
        "市科技局",
        "市财政局",
        "2025年第三季度",
        "试点项目不少于30项",
    ),
    (
        "9",
        "",
        "加快项目经费拨付",
        "项目立项后及时拨付首笔经费,杜绝“钱等项目”",
        "市财政局、市科技局",
        "各县(市、区)财政局",
        "长期",
        "首笔经费按期拨付率达到100%",
    ),
    (
        "10",
        "绩效评价",
        "开展项目绩效评价",
        "对2022年度结题项目开展绩效抽查,委托第三方机构实施",
        "市科技局",
        "市财政局",
        "12月中下旬",
        "抽查比例不低于20%",
    ),
    (
        "11",
        "",
        "强化评价结果运用",
        "将绩效评价结果与后续项目立项、经费安排挂钩,对评价差的承担单位2年内限制申报",
        "市科技局",
        "各县(市、区)科技局",
        "2025年12月31日",
        "",
    ),
    (
        "12",
        "",
        "建立项目管理“红黄牌”制度",
        "对逾期未结题项目进行预警督办,实行“黄牌提醒、红牌约谈”",
        "市科技局",
        "—",
        "每月调度",
        "逾期未结题项目清理率达到90%",
    ),
]


def make_yichun():
    header = (
        "序号",
        "任务类别",
        "重点任务",
        "具体措施",
        "牵头单位",
        "配合单位",
        "完成时限",
        "预期成效",
    )
    lines = [
        YC_TITLE + "\t\t\t\t\t\t\t",
        "填报单位:宜春市科学技术局(政策法规科)\t\t\t\t\t\t填报日期:2025年2月26日\t",
        "\t".join(header),
    ]
    lines += ["\t".join(row) for row in YC_ROWS]
    lines.append(
        "备注:各牵头单位于每季度末5日前将任务进展情况报送市科技局政策法规科,"
        "完成时限为“持续推进”“长期”的任务按季度报送。\t\t\t\t\t\t\t"
    )
    (DOCS / "heldout55-yichun-project-reform-table.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )

    def row_item(number, title, lead, assist, deadline, targets=()):
        return it(number, 2, title, lead, assist, deadline, targets)

    gold = {
        "title": YC_TITLE,
        "items": [
            it(
                "",
                1,
                "项目指南编制",
                children=[
                    row_item(
                        "1",
                        "建立“企业出题、政府立题”机制",
                        ["市科技局"],
                        ["市工信局", "各县(市、区)科技局"],
                        "2025-04-30",
                        [tg("征集企业技术需求", ">=", 200, "项")],
                    ),
                    row_item(
                        "2",
                        "推行“揭榜挂帅”项目组织方式",
                        ["市科技局"],
                        ["市发改委", "宜春经开区管委会"],
                        "2025-06-30",
                        [tg("发布榜单项目", ">=", 5, "项", max_value=8)],
                    ),
                ],
            ),
            it(
                "",
                1,
                "项目立项评审",
                children=[
                    row_item(
                        "3",
                        "完善专家评审制度",
                        ["市科技局"],
                        [],
                        "2025-09-30",
                        [tg("专家库入库专家", ">=", 1500, "人")],
                    ),
                    row_item(
                        "4",
                        "压缩立项周期",
                        ["市科技局"],
                        ["市财政局"],
                        "ongoing",
                        [tg("立项周期", "<=", 90, "天")],
                    ),
                ],
            ),
            it(
                "",
                1,
                "过程管理",
                children=[
                    row_item(
                        "5",
                        "推行项目“里程碑”管理",
                        ["市科技局"],
                        ["项目所在县(市、区)科技局"],
                        "ongoing",
                        [tg("重大项目节点检查覆盖率", "=", 100, "%")],
                    ),
                    row_item(
                        "6",
                        "建立项目负责人信用承诺制",
                        ["市科技局"],
                        ["市发改委(市信用办)"],
                        "2025-06-30",
                    ),
                ],
            ),
            it(
                "",
                1,
                "经费管理",
                children=[
                    row_item(
                        "7", "扩大科研经费使用自主权", ["市财政局"], ["市科技局"], "2025-06-30"
                    ),
                    row_item(
                        "8",
                        "推行经费“包干制”",
                        ["市科技局"],
                        ["市财政局"],
                        "2025-09-30",
                        [tg("试点项目", ">=", 30, "项")],
                    ),
                    row_item(
                        "9",
                        "加快项目经费拨付",
                        ["市财政局", "市科技局"],
                        ["各县(市、区)财政局"],
                        "ongoing",
                        [tg("首笔经费按期拨付率", ">=", 100, "%")],
                    ),
                ],
            ),
            it(
                "",
                1,
                "绩效评价",
                children=[
                    row_item(
                        "10",
                        "开展项目绩效评价",
                        ["市科技局"],
                        ["市财政局"],
                        "2025-12-31",
                        [tg("抽查比例", ">=", 20, "%")],
                    ),
                    row_item(
                        "11", "强化评价结果运用", ["市科技局"], ["各县(市、区)科技局"], "2025-12-31"
                    ),
                    row_item(
                        "12",
                        "建立项目管理“红黄牌”制度",
                        ["市科技局"],
                        [],
                        "ongoing",
                        [tg("逾期未结题项目清理率", ">=", 90, "%")],
                    ),
                ],
            ),
        ],
    }
    write_gold("heldout55-yichun-project-reform-table", gold)


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    make_jiujiang()
    make_ganzhou()
    make_shangrao()
    make_yichun()


if __name__ == "__main__":
    main()
