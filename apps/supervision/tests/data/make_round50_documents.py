"""Write the four held-out documents of round 50 (written blind, without reading the extractor).

Run from the repository root:
``.venv/bin/python apps/supervision/tests/data/make_round50_documents.py``.

The documents
-------------
* ``heldout50-shangrao-computing-points.docx`` — 上饶市数据局 drafts the city's
  《上饶市2025年算力基础设施建设和大数据产业发展工作要点》 in Word: 黑体 一、 headings, 楷体 (一)
  run-in headings, 仿宋 body; the year's headline figures in a paragraph before the first item;
  units mostly in 〔责任单位:A、B〕 brackets, once `(A牵头,B、C配合;11月底前)`, once a bracket
  holding 责任单位 and 完成时限; deadlines as 年底前, 6月底前…9月底前, 6月前, 年内, 第三季度,
  持续推进, 每季度召开.
* ``heldout50-ganzhou-lowalt-tasks.pdf`` — 赣州经济技术开发区's 2025 低空经济 task breakdown
  table (任务分解表) printed from Word to PDF: landscape A4, “附件” and the title, a table
  序号 | 重点任务 | 工作目标 | 牵头单位 | 配合单位 | 完成时限 with four task groups 一、…四、
  as rows spanning the table, the header repeated on each page, page header and “— n —” footer.
  Time limits as 2025年9月底前, 2025年12月31日, 2025.10, 2025年11月, 2025年12月, 第三季度,
  常态化, 持续推进, and two mixed cells (`每季度调度,年底前完成考核`,
  `6月底前出台政策;12月底前完成兑现`).
* ``heldout50-xinyu-ai-plus-web.txt`` — 新余市人民政府办公室's notice issuing
  《新余市“人工智能+”行动实施方案(2025—2027年)》 as copied from the city's website: breadcrumb,
  metadata, the notice (文号, addressees, signature), the plan with 一、/(一)/1. levels and the site
  footer. Units as `(牵头单位:A;配合单位:B、C)`, `由A牵头,B、C配合。`, a `责任单位:` line,
  `(A牵头,B、C人民政府配合;持续推进)`, `A、B、C按职责分工负责。` and a bare bracket of offices.
  到2027年 figures under 一、总体要求 (a horizon, no deadline).
* ``heldout50-jian-electronics-ledger.txt`` — 吉安市电子信息产业链链长制工作办公室's 2025 work
  ledger (工作台账), an Excel sheet saved as tab-separated text: title row, 填报 row, header row
  序号 / 工作任务 / 具体目标 / 责任单位 / 完成时限 / 备注, group rows 一、… in the first column.
  Units `A(牵头)、B、C`; time limits as 2025/12/31, 12.31前, 2025.10, 2025.9.30, 2025.12,
  每季度, 长期, `2025.6.30(春季招工);2025.12.31`.

Annotation choices (where docs/decisions/0005 "Output conventions" is silent)
-----------------------------------------------------------------------------
* Item ``title`` is the item's run-in heading (the words before its first 。) or, in tables,
  the 重点任务/工作任务 cell; a task-group row ``一、基础设施建设`` is a level-1 item numbered 一
  with the table rows under it (the rows keep their running numbers 1…13).
* Document title: the plan's own title (not the notice's, not the 附件 label).
* ``其中…`` figures inherit the verb of the sentence they subdivide: `年内引进…项目30个,其中10亿元
  以上项目不少于5个` gives two increments.
* ``形成/建成/建设/打造/培育/开通/实施 + figure`` are levels (only the verbs 0005 names are
  increments).
* A recurrence stated as a target frequency (`开展安全检查每季度不少于1次`) is both ongoing and a
  target (>= 1 次).
* ``PFlops`` is kept as the printed unit of computing power; `5亿条` folds to 500000000 条.
* `1个` written with a digit is a target (`建成区级低空飞行服务站1个`), unlike the article 一个.
* 主城区、二级以上…全覆盖 and similar non-numeric aims are not targets.
* `每半年召开一次推进会` is a calendar recurrence like 每季度 → ongoing; the sentence
  `专班办公室设在市工信局` names no responsible unit.
* `市委金融办(牵头)、人行吉安市分行` — 人行吉安市分行 and 吉安金融监管分局 are units as written.
* The 上饶 title is printed over two centred lines; the gold title joins them. Its
  `2025年主要目标:…` paragraph stands before the first item, so its figures are the gold's
  top-level ``targets``; 新余's 到2027年 figures sit inside 一、总体要求 and belong to that item.
* 全年/年配送量/每年 inside a target's wording are part of its subject, not deadlines; a yearly
  quota (`每年新增…10家`, `每年培养…1000人以上`) leaves the deadline null.
* A 完成时限 cell or bracket that says 每季度/长期/常态化/持续推进 is "ongoing"; a cell with a
  recurrence and a date (`每季度调度,年底前完成考核`) takes the date; two dates take the later.
* Each table row's 配合单位 column and each `配合`-marked list are the assisting units, in the
  order printed; a bracket or line without labels (`(市科技局、市商务局、市工信局)`,
  `责任单位:A、B`) makes its first office the lead.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "docs"


# ---------------------------------------------------------------- 1. 上饶 docx


def _run(paragraph, text, font, size=16, bold=False):
    run = paragraph.add_run(text)
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return run


def _para(doc, indent=True, align=None):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


SHANGRAO_INTRO = (
    "为深入贯彻落实国家和省关于加快算力基础设施高质量发展、推进数据要素市场化配置改革的"
    "决策部署,抢抓全国一体化算力网建设机遇,加快建设区域性数据中心和大数据产业集聚区,"
    "结合我市实际,制定本工作要点。"
)
SHANGRAO_GOALS = (
    "2025年主要目标:全市算力总规模达到3000PFlops以上,其中智能算力占比超过60%;数据中心"
    "标准机架达到2.5万架;大数据及数字经济核心产业营业收入突破500亿元;新增省级大数据示范"
    "企业10家。"
)
SHANGRAO = [
    (
        "一、夯实算力基础设施底座",
        [
            (
                "(一)推进数据中心集群建设。",
                "加快中国移动(上饶)数据中心二期、华为云上饶数据中心扩容等项目建设,推动存量"
                "数据中心节能改造,年底前新增标准机架3000架。"
                "〔责任单位:市数据局、市发改委、上饶高铁经济试验区管委会、广信区人民政府〕",
            ),
            (
                "(二)建设城市智算中心。",
                "依托上饶经开区建设城市智算中心,一期形成智能算力500PFlops,6月底前完成主体"
                "设备安装调试,9月底前投入运营,面向全市企业和科研机构提供普惠算力服务。"
                "〔责任单位:上饶经开区管委会、市数据局、市财政局〕",
            ),
            (
                "(三)提升网络承载能力。",
                "新建5G基站1500个,实现乡镇以上区域5G网络连续覆盖,千兆光网覆盖家庭达到80万户,"
                "推进上饶至南昌、杭州方向数据直连链路建设。(市通管办牵头,中国电信上饶分公司、"
                "中国移动上饶分公司、中国联通上饶分公司配合;11月底前)",
            ),
        ],
    ),
    (
        "二、推动数据资源开发利用",
        [
            (
                "(一)完善公共数据资源体系。",
                "编制全市公共数据资源目录,推动市直部门政务数据应归尽归,年内归集公共数据超过"
                "5亿条,数据共享需求满足率达到95%以上。"
                "〔责任单位:市数据局,各县(市、区)人民政府,市直有关单位〕",
            ),
            (
                "(二)开展公共数据授权运营。",
                "出台《上饶市公共数据授权运营管理办法(试行)》,在交通、医疗、文旅等领域开展"
                "场景试点,6月前完成首批场景授权,培育数据产品20个以上。"
                "〔责任单位:市数据局、市国资委、市司法局〕",
            ),
            (
                "(三)培育数据要素市场。",
                "支持本地企业在江西省数据交易平台挂牌数据产品,引导金融、能源、物流等行业开展"
                "数据交易,全年数据交易额突破1亿元。"
                "〔责任单位:市数据局、市委金融办;完成时限:持续推进〕",
            ),
        ],
    ),
    (
        "三、壮大大数据产业",
        [
            (
                "(一)招引数字经济重点项目。",
                "围绕数据中心、数据标注、信创适配等领域开展精准招商,年内引进亿元以上数字经济"
                "项目30个,其中10亿元以上项目不少于5个。"
                "〔责任单位:市商务局、市数据局、市投资促进中心,各县(市、区)人民政府〕",
            ),
            (
                "(二)建设数据标注基地。",
                "推动鄱阳县、余干县建设数据标注基地,第三季度完成基地挂牌,新增数据标注从业"
                "人员2000人,培育数据标注企业10家以上。"
                "〔责任单位:市数据局、市人社局、鄱阳县人民政府、余干县人民政府〕",
            ),
            (
                "(三)推进企业上云用数。",
                "实施中小企业数字化转型城市试点,推动规上工业企业上云用数,新增上云企业800家,"
                "打造数字化转型标杆企业15家。〔责任单位:市工信局、市数据局〕",
            ),
        ],
    ),
    (
        "四、强化工作保障",
        [
            (
                "(一)健全工作机制。",
                "市数字经济发展领导小组办公室每季度召开一次调度会,及时协调解决项目建设中的"
                "用地、用能、资金等重大问题。〔责任单位:市数据局〕",
            ),
            (
                "(二)加强要素保障。",
                "落实数据中心用电支持政策,争取符合条件的数据中心纳入电力直接交易范围;市财政"
                "安排数字经济发展专项资金3000万元,支持算力设施建设和数据产业发展。"
                "〔责任单位:市发改委、市财政局、国网上饶供电公司〕",
            ),
            (
                "(三)筑牢数据安全防线。",
                "开展数据安全和网络安全专项检查,年底前实现重点数据中心安全评估全覆盖。"
                "〔责任单位:市委网信办、市公安局、市数据局〕",
            ),
        ],
    ),
]


def write_shangrao():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _run(p, "上饶市2025年算力基础设施建设和", "方正小标宋简体", 22)
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _run(p, "大数据产业发展工作要点", "方正小标宋简体", 22)
    _para(doc, indent=False)
    _run(_para(doc), SHANGRAO_INTRO, "仿宋_GB2312")
    _run(_para(doc), SHANGRAO_GOALS, "仿宋_GB2312")
    for heading, items in SHANGRAO:
        _run(_para(doc), heading, "黑体")
        for lead, body in items:
            p = _para(doc)
            _run(p, lead, "楷体_GB2312", bold=True)
            _run(p, body, "仿宋_GB2312")
    _para(doc, indent=False)
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _run(p, "上饶市数据局", "仿宋_GB2312")
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _run(p, "2025年3月10日", "仿宋_GB2312")
    doc.save(OUT / "heldout50-shangrao-computing-points.docx")


# ------------------------------------------------------------ 2. 赣州经开区 pdf

GANZHOU_TITLE = "赣州经济技术开发区2025年低空经济发展重点任务分解表"
GANZHOU = [
    (
        "一、低空基础设施建设",
        [
            (
                "1",
                "建设低空飞行服务站",
                "建成区级低空飞行服务站1个,接入省级低空飞行服务平台,实现辖区低空飞行计划"
                "“一站式”受理",
                "区建设局",
                "区经发局、区城发集团",
                "2025年9月底前",
            ),
            (
                "2",
                "布局无人机起降场点",
                "新建无人机起降点30个以上,完成通用机场选址论证等前期工作",
                "区自然资源分局",
                "区建设局、区城发集团",
                "2025年12月31日",
            ),
            (
                "3",
                "完善低空通信导航监视网络",
                "推动5G-A基站覆盖主要低空航线,建设低空监视雷达站2座",
                "区经发局",
                "中国移动赣州分公司、中国电信赣州分公司",
                "2025.10",
            ),
        ],
    ),
    (
        "二、低空产业培育",
        [
            (
                "4",
                "招引低空经济链主企业",
                "聚焦整机制造、飞控系统、动力电池等环节,引进整机制造、核心零部件企业5-8家",
                "区招商局",
                "区经发局、区科技创新局",
                "2025年底前",
            ),
            (
                "5",
                "建设低空经济产业园",
                "产业园一期标准厂房完成主体封顶,建筑面积不少于5万平方米",
                "区城发集团",
                "区建设局",
                "2025年11月",
            ),
            (
                "6",
                "支持关键技术攻关",
                "组织实施低空领域科技项目不少于6项,支持企业与南昌航空大学、江西理工大学"
                "共建研发平台",
                "区科技创新局",
                "区财政局",
                "2025年12月",
            ),
            (
                "7",
                "培育低空企业梯队",
                "低空经济相关企业达到40家,产值突破20亿元",
                "区经发局",
                "区市场监管分局、区税务局",
                "每季度调度,年底前完成考核",
            ),
        ],
    ),
    (
        "三、应用场景拓展",
        [
            (
                "8",
                "开展低空物流配送",
                "开通无人机物流航线10条以上,年配送量超过20万单",
                "区商务局",
                "区经发局、中国邮政赣州经开区分公司",
                "2025年8月底前",
            ),
            (
                "9",
                "推广应急救援与巡检应用",
                "在电力巡检、森林防火、应急救援等领域开展示范应用,形成典型应用场景8个",
                "区应急管理局",
                "国网赣州经开区供电公司、区农业农村局",
                "第三季度",
            ),
            (
                "10",
                "发展低空文旅消费",
                "打造低空观光、航空运动体验项目3个",
                "区社会事业局",
                "区城发集团",
                "2025年9月30日",
            ),
        ],
    ),
    (
        "四、要素保障",
        [
            (
                "11",
                "落实低空经济扶持政策",
                "出台区级低空经济专项扶持政策,全年兑现奖补资金2000万元",
                "区财政局",
                "区经发局",
                "6月底前出台政策;12月底前完成兑现",
            ),
            (
                "12",
                "强化飞行安全监管",
                "建立低空飞行安全联合监管机制,开展安全检查每季度不少于1次",
                "区公安分局",
                "区应急管理局、区建设局",
                "常态化",
            ),
            (
                "13",
                "加强低空人才引育",
                "联合职业院校开设无人机应用技术专业,培训无人机驾驶员500人次",
                "区人社局",
                "区社会事业局",
                "持续推进",
            ),
        ],
    ),
]

GANZHOU_CSS = """
@page { size: A4 landscape; margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "赣州经开区低空经济发展重点任务分解表"; font-family: "Noto Sans CJK SC";
    font-size: 9pt; color: #555; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 11pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 11.5pt; }
.fj { font-family: "Noto Sans CJK SC"; font-size: 14pt; margin: 0 0 6pt 0; }
h1 { font-family: "Noto Serif CJK SC"; font-weight: bold; font-size: 19pt; text-align: center;
  margin: 4pt 0 12pt 0; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th { font-family: "Noto Sans CJK SC"; font-weight: normal; font-size: 12pt; }
th, td { border: 0.8pt solid #000; padding: 4pt 5pt; vertical-align: middle; }
td.c { text-align: center; }
tr.g td { font-family: "Noto Sans CJK SC"; }
tr { page-break-inside: avoid; }
"""


def write_ganzhou():
    from weasyprint import HTML

    rows = []
    for group, tasks in GANZHOU:
        rows.append(f'<tr class="g"><td colspan="6">{group}</td></tr>')
        for number, task, goal, lead, assist, limit in tasks:
            rows.append(
                f'<tr><td class="c">{number}</td><td>{task}</td><td>{goal}</td>'
                f'<td class="c">{lead}</td><td class="c">{assist}</td>'
                f'<td class="c">{limit}</td></tr>'
            )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{GANZHOU_CSS}</style></head><body>
<p class="fj">附件</p>
<h1>{GANZHOU_TITLE}</h1>
<table>
<colgroup><col style="width:5%"><col style="width:15%"><col style="width:37%">
<col style="width:12%"><col style="width:17%"><col style="width:14%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作目标</th><th>牵头单位</th><th>配合单位</th>
<th>完成时限</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(OUT / "heldout50-ganzhou-lowalt-tasks.pdf")


# ---------------------------------------------------------------- 3. 新余 txt

XINYU = """首页 > 政务公开 > 政府信息公开目录 > 政策文件 > 市政府办文件
索引号:11360500014719498K/2025-0031215	分类:工业、交通\\其他
发布机构:新余市人民政府办公室	生成日期:2025-04-18
文号:余府办发〔2025〕9号	有效性:有效
新余市人民政府办公室关于印发新余市“人工智能+”行动实施方案(2025—2027年)的通知
发布时间:2025-04-18 16:32	来源:市政府办公室	浏览次数:1862
字体:[大 中 小]
各县(区)人民政府,各管委会,市政府各部门,市直各单位:
《新余市“人工智能+”行动实施方案(2025—2027年)》已经市政府同意,现印发给你们,请认真抓好贯彻落实。
新余市人民政府办公室
2025年4月16日
(此件主动公开)
新余市“人工智能+”行动实施方案(2025—2027年)
为贯彻落实国家和省关于深入实施“人工智能+”行动的部署要求,推动人工智能与我市实体经济深度融合,加快培育新质生产力,结合我市实际,制定本方案。
一、总体要求
以习近平新时代中国特色社会主义思想为指导,坚持场景牵引、应用驱动、数据赋能、安全可控,推动人工智能技术在制造、政务、民生、农业等领域规模化应用。到2027年,全市人工智能核心产业规模达到80亿元,培育人工智能重点企业50家以上,打造行业应用示范场景100个,重点行业规上企业人工智能应用普及率超过70%。
二、重点任务
(一)实施“人工智能+制造”行动。聚焦锂电新能源、钢铁、光伏等优势产业,推动人工智能在研发设计、生产制造、质量检测、设备运维等环节深度应用。2025年底前,建成智能工厂10家、数字化车间30个;到2027年,规上工业企业数字化转型实现全覆盖。(牵头单位:市工信局;配合单位:市数据局、市科技局、新余高新区管委会)
(二)实施“人工智能+政务”行动。依托“赣政通”和市一体化政务服务平台,部署政务大模型,推出智能问答、智能审批、智能填报等应用。2025年9月底前,上线政务智能应用场景不少于20个,高频政务服务事项“智能办”比例达到60%。由市数据局牵头,市政务服务中心、市直有关单位配合。
(三)实施“人工智能+民生”行动。
1.智慧教育。在全市中小学开设人工智能通识课程,年底前建设人工智能教育实验校30所,开展教师人工智能素养全员培训。
责任单位:市教育局、市科技局
2.智慧医疗。推动市人民医院等三级医院应用医学影像辅助诊断、智能导诊等系统,2026年6月底前实现二级以上公立医院全覆盖。
责任单位:市卫健委
3.智慧交通。建设城市交通信号智能控制系统,主城区主要路口智能信号灯改造率达到90%,建成智慧停车泊位5000个。
责任单位:市公安局、市交通运输局、市城管局
(四)实施“人工智能+农业”行动。推广农业无人机、智能灌溉、病虫害智能监测等技术,建设智慧农业示范基地5个,植保无人机作业面积达到100万亩次。(市农业农村局牵头,分宜县、渝水区人民政府配合;持续推进)
(五)夯实算力和数据支撑。推进新余市智算中心建设,2025年底前智能算力规模达到300PFlops;围绕锂电、钢铁等行业建设高质量行业数据集15个。市数据局、市发改委、市工信局按职责分工负责。
(六)培育壮大人工智能企业。实施人工智能企业梯次培育计划,每年新增人工智能领域高新技术企业10家,引进人工智能企业和项目20个以上。(市科技局、市商务局、市工信局)
(七)加强人工智能人才引育。依托新余学院、江西工程学院等高校,建设人工智能产业学院2个,每年培养人工智能应用型人才1000人以上。由市委人才办牵头,市教育局、市人社局配合。
三、保障措施
(一)加强组织领导。成立由市政府主要领导任组长的市“人工智能+”行动工作专班,专班办公室设在市工信局,每半年召开一次推进会,研究解决重大问题。
(二)加大资金支持。市财政每年统筹安排人工智能产业发展专项资金不少于5000万元,设立规模不低于10亿元的人工智能产业投资基金。(市财政局、市国资委)
(三)强化安全保障。常态化开展人工智能安全风险评估,落实生成式人工智能服务管理要求,守住数据安全和个人信息保护底线。责任单位:市委网信办、市公安局
【打印本页】【关闭窗口】
相关附件:无
主办单位:新余市人民政府办公室	承办单位:新余市大数据中心
网站标识码:3605000001	赣公网安备 36050202000123号
"""


def write_xinyu():
    (OUT / "heldout50-xinyu-ai-plus-web.txt").write_text(XINYU, encoding="utf-8")


# ---------------------------------------------------------------- 4. 吉安 txt

JIAN_ROWS = [
    ("吉安市电子信息产业链2025年工作台账", "", "", "", "", ""),
    (
        "填报单位:市电子信息产业链链长制工作办公室(市工信局)",
        "",
        "",
        "",
        "填报日期:2025年2月20日",
        "",
    ),
    ("序号", "工作任务", "具体目标", "责任单位", "完成时限", "备注"),
    ("一、强链补链", "", "", "", "", ""),
    (
        "1",
        "推动重大项目建设",
        "全市电子信息产业重大项目开工40个、竣工投产25个,完成投资150亿元以上",
        "市工信局(牵头)、市发改委、各县(市、区)政府",
        "2025/12/31",
        "纳入市重点项目调度",
    ),
    (
        "2",
        "开展精准招商",
        "引进电子信息产业链项目60个,其中投资10亿元以上项目8个",
        "市商务局(牵头)、市工信局、井冈山经开区管委会",
        "12.31前",
        "",
    ),
    (
        "3",
        "补齐关键环节",
        "围绕PCB、显示模组、半导体分立器件等环节落地补链项目10个",
        "市工信局",
        "2025.10",
        "",
    ),
    ("二、主体培育", "", "", "", "", ""),
    (
        "4",
        "培育链主企业",
        "营业收入超百亿元企业达到3家,超十亿元企业达到30家",
        "市工信局",
        "每季度",
        "按季调度",
    ),
    (
        "5",
        "壮大专精特新企业",
        "新增省级专精特新中小企业40家、国家级专精特新“小巨人”企业3家",
        "市工信局(牵头)、市市场监管局",
        "2025.9.30",
        "",
    ),
    (
        "6",
        "推动规上企业倍增",
        "新增规上电子信息企业50家以上",
        "市工信局(牵头)、市统计局、各县(市、区)政府",
        "2025/12/31",
        "",
    ),
    ("三、创新驱动", "", "", "", "", ""),
    (
        "7",
        "建设创新平台",
        "新建省级以上企业技术中心、工程研究中心8个",
        "市科技局(牵头)、市发改委、市工信局",
        "2025.11.30",
        "",
    ),
    (
        "8",
        "攻关关键技术",
        "实施电子信息领域“揭榜挂帅”项目5项,链上企业研发投入增长15%",
        "市科技局",
        "2025.12",
        "",
    ),
    (
        "9",
        "推进产学研合作",
        "与电子科技大学、华南理工大学等高校签订合作协议不少于5份",
        "市科技局(牵头)、吉安职业技术学院",
        "长期",
        "",
    ),
    ("四、要素保障", "", "", "", "", ""),
    (
        "10",
        "强化金融支持",
        "为产业链企业新增贷款30亿元以上,“财园信贷通”放贷不低于10亿元",
        "市委金融办(牵头)、人行吉安市分行、吉安金融监管分局",
        "2025/12/31",
        "",
    ),
    (
        "11",
        "保障企业用工",
        "帮助企业招工2万人次,开展岗前技能培训5000人次",
        "市人社局(牵头)、市教育局",
        "2025.6.30(春季招工);2025.12.31",
        "",
    ),
    (
        "12",
        "开展链长调度",
        "链长每季度召开一次产业链工作调度会,协调解决企业问题不少于20个",
        "市工信局",
        "每季度",
        "",
    ),
]


def write_jian():
    text = "\r\n".join("\t".join(row) for row in JIAN_ROWS) + "\r\n"
    (OUT / "heldout50-jian-electronics-ledger.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_shangrao()
    write_ganzhou()
    write_xinyu()
    write_jian()
