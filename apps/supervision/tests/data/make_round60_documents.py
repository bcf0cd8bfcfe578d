"""Write the four held-out documents of round 60 (written blind, without reading the extractor).

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round60_documents.py

The documents
-------------
1. ``heldout60-zhangshu-health-points.docx`` — 樟树市2026年大健康产业科技创新工作要点,
   a Word file as the city S&T bureau drafts it (python-docx: title in 黑体, 黑体 一、
   headings, 楷体 (一) run-in headings, 仿宋 body).  An unnumbered 主要目标 paragraph
   before the first item, then 一、 … 五、 with (一) items restarting under each heading.
   Units are written as 〔责任单位:A、B〕, as a separate 牵头单位:…;配合单位:… line,
   as 由A牵头,B、C配合, as 由A负责,B配合, and once as
   〔责任单位:…;完成时限:2026年10月〕.  Deadlines: 年内, 10月底前, 9月底前, 11月底前,
   12月中下旬, 每季度, 常态化推进.  Signature and date at the end.
2. ``heldout60-jiujiang-eco-table.pdf`` — 九江市2026年生态环境科技创新重点任务分解表, the 附件 of a
   notice printed from WPS to PDF (weasyprint, A4 landscape, header line with the issuer, page
   numbers “— 1 —”).  One table: 序号 | 重点任务 | 工作内容及目标 | 牵头单位 | 配合单位 | 完成时限;
   group rows 一、… spanning the table; rows numbered 1–12 straight through the groups.
   Time-limit cells: 2026年12月底, 2026年11月30日, 2026年底, 2026年9月30日前, 2026年6月底前,
   每季度, 2026年12月, 长期.
3. ``heldout60-pingxiang-safety-web.txt`` —
   萍乡市2026年应急管理与安全生产科技创新工作要点, copied from the municipal
   emergency-management bureau's website with its chrome (menu, breadcrumb, 发布时间,
   the notice 萍应急字〔2026〕9号, the footer).  一、 headings and 1.–11. items numbered straight
   through.  Units: 由A牵头,B(alias)、C配合; a trailing sentence of office names; an unlabelled
   bracket (A、B); 责任单位: sentence; A会同B、C、D…; 牵头单位:…;配合单位:…;完成时限:…; a bracket
   with 持续推进 inside; offices followed by their time limit; 由A、B负责; A牵头,B、C配合.
4. ``heldout60-shangrao-transport-sheet.txt`` — 上饶市交通运输局2026年交通运输科技创新工作任务清单,
   an Excel task list saved as tab-separated text (merged 任务类别 cells come out only on the
   group's first row).  Columns 序号 | 任务类别 | 工作任务 | 具体目标 | 责任科室(单位) | 配合单位 |
   完成时限; cells 2026.9.30, 2026年底, 2026.10, 每季度, 长期, 2026年12月, 2026年9月底.

Annotation choices (where docs/decisions/0005 “Output conventions” is silent)
------------------------------------------------------------------------------
* Title: the plan's own title, not the covering notice's (萍乡), and for the PDF/spreadsheet the
  table's title line.  An item's ``title`` is its heading; for a run-in item (“(一)推进…建设。正文”)
  the first sentence without its full stop; for table rows the 重点任务 / 工作任务 cell.
* Table task groups: the PDF's group rows carry their printed 一、 (number "一", level 1) with
  the numbered rows as their children; the spreadsheet's 任务类别 groups are unnumbered
  (number "", level 1) with the rows under them.
* 责任科室 (internal divisions of the issuing bureau such as 科技信息科) are units like any other;
  the first in the 责任科室 cell leads, the rest of that cell and the 配合单位 cell assist.
* ``市发改委(市能源局)`` is one unit (alias kept).  ``武宁县、修水县人民政府`` → two 人民政府.
* 单位GDP二氧化碳排放降低3.5%: 降低 is not among the increment verbs, so ``kind`` "level",
  comparator "=".  增长30% (spreadsheet row 7) is an increment.
* 1项 / 1个 / 1家 written with the digit are targets (only the article 一 is not).
* “此项工作常态化推进”/“此项工作长期坚持” at an item's end make it ``ongoing``; 每季度开展一次 in
  a task with no dated limit makes it ``ongoing``.  The closing 工作要求 paragraph of 萍乡
  (每月10日前报送进展) is ``ongoing`` with no units (the bureau named there only receives reports).
* 主汛期前(5月底前) → 2026-05-31 (the bracket gives the date).
* In the 樟树 guarantee measures, 市大健康产业发展领导小组办公室每季度召开一次调度会 leads that item
  (an office steering a recurring task); 市财政局每年安排… leads its item and is ``ongoing``.
* Target subjects are written as a reader would name the indicator; comparators and kinds follow
  the conventions; “G320” (a road's name) is no target.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path("apps/supervision/tests/data/docs")


# --------------------------------------------------------------------------- 1. 樟树 (.docx)

ZS_TITLE = "樟树市2026年大健康产业科技创新工作要点"

ZS_INTRO = (
    "为深入贯彻落实省委、省政府关于建设中医药强省的决策部署,加快推进“中国药都”振兴,"
    "以科技创新引领全市大健康产业高质量发展,根据《樟树市大健康产业高质量发展三年行动方案"
    "(2024—2026年)》,结合我市实际,制定本工作要点。"
)

ZS_GOALS = (
    "主要目标:全市大健康产业营业收入突破400亿元;医药健康领域高新技术企业达到85家以上,"
    "科技型中小企业入库评价130家以上;新增省级以上创新平台5个;规上医药企业研发投入占营业收入"
    "比重达到3%。"
)

# (heading, [(item heading, body)])
ZS_SECTIONS = [
    (
        "一、强化创新平台建设",
        [
            (
                "(一)推进樟树中医药科创城建设。",
                "加快中医药科创城一期项目建设,年内完成主体工程并投入使用,引进高校院所研发机构3家以上,"
                "打造集研发、中试、检测于一体的创新服务综合体。"
                "〔责任单位:樟树工业园区管委会、市科技局、市发改委〕",
            ),
            (
                "(二)培育省级创新平台。",
                "支持仁和集团、庆仁药业等龙头企业建设重点实验室、技术创新中心,争创省级工程技术研究中心"
                "2家、省级企业技术中心1家,10月底前完成申报推荐工作。〔责任单位:市科技局、市工信局〕",
            ),
            (
                "(三)建设中药质量检测公共服务平台。",
                "依托市药品检验检测中心,完善中药材、中药饮片质量检测能力,开展重金属、农残等项目检测,"
                "全年为企业提供检测服务不少于2000批次。",
            ),
        ],
    ),
    (
        "二、突破关键核心技术",
        [
            (
                "(一)实施大健康领域科技专项。",
                "围绕中药炮制、经典名方二次开发、功能性食品、康养器械等方向,组织实施市级科技计划项目"
                "15项以上,争取省级以上科技项目8项。〔责任单位:市科技局、市财政局〕",
            ),
            (
                "(二)推进樟帮中药炮制技艺传承创新。",
                "系统整理樟帮炮制技艺,开展炮制工艺与饮片质量相关性研究,制定中药饮片炮制地方标准2项以上,"
                "9月底前形成樟帮饮片炮制规范(征求意见稿)。由市卫健委牵头,市市场监管局、市中医院配合。",
            ),
            (
                "(三)开展道地药材良种选育。",
                "在吴城、刘公庙、洲上等乡镇建设中药材良种繁育基地,推广标准化、生态化种植技术,"
                "新增枳壳、黄栀子等道地药材种植面积5000亩。"
                "〔责任单位:市农业农村局、市林业局、市科技局,相关乡镇人民政府〕",
            ),
        ],
    ),
    (
        "三、壮大科技创新主体",
        [
            (
                "(一)培育医药健康科技型企业。",
                "实施高新技术企业“育苗”计划,建立后备企业培育库,全年新认定医药健康领域高新技术企业"
                "12家以上。〔责任单位:市科技局、市税务局〕",
            ),
            (
                "(二)引导企业加大研发投入。",
                "落实研发费用加计扣除、研发投入后补助等政策,推动规上医药企业研发活动覆盖率达到60%以上。"
                "此项工作常态化推进。〔责任单位:市税务局、市科技局、市统计局〕",
            ),
            (
                "(三)促进科技成果转移转化。",
                "建立大健康领域科技成果转化项目库,11月底前完成年度入库工作;组织医药健康领域产学研对接"
                "活动不少于4场,技术合同成交额达到6亿元。〔责任单位:市科技局、市科协〕",
            ),
        ],
    ),
    (
        "四、加强人才引育与开放合作",
        [
            (
                "(一)引进培育高层次人才。",
                "柔性引进中医药领域高层次人才及团队10个,培养“樟帮”中药炮制技艺传承人30名。",
            ),
            (
                "(二)深化院地合作。",
                "与江西中医药大学、江西省中医药研究院共建联合研发中心,推动一批合作项目落地,"
                "12月中下旬完成合作项目年度绩效评估。由市科技局负责,市中医院、樟树工业园区管委会配合。",
            ),
            (
                "(三)发展智慧健康服务。",
                "推进“互联网+医疗健康”建设,远程医疗协作网覆盖全部乡镇卫生院,建成智慧健康养老示范点3个。"
                "〔责任单位:市卫健委、市民政局、市工信局;完成时限:2026年10月〕",
            ),
        ],
    ),
    (
        "五、保障措施",
        [
            (
                "(一)加强组织领导。",
                "市大健康产业发展领导小组办公室每季度召开一次调度会,统筹协调解决工作推进中的重大问题。",
            ),
            (
                "(二)加大资金支持。",
                "市财政局每年安排大健康产业科技创新专项资金不低于3000万元,重点支持平台建设、技术攻关和"
                "人才引进。",
            ),
            (
                "(三)强化督查考核。",
                "将工作要点任务完成情况纳入全市科技创新综合考核,对工作推进不力的单位予以通报。",
            ),
        ],
    ),
]

# extra lines written under an item (python-docx paragraph after the item's paragraph)
ZS_AFTER = {
    "(三)建设中药质量检测公共服务平台。": "牵头单位:市市场监管局;配合单位:市科技局、市卫健委。",
    "(一)引进培育高层次人才。": "牵头单位:市委人才办;配合单位:市人社局、市科技局、市卫健委。",
}


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
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)


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


def make_zhangshu():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _font(p.add_run(ZS_TITLE), "黑体", 22)
    _para(doc, indent=False)
    _font(_para(doc).add_run(ZS_INTRO), "仿宋_GB2312")
    _font(_para(doc).add_run(ZS_GOALS), "仿宋_GB2312")
    for heading, items in ZS_SECTIONS:
        _font(_para(doc).add_run(heading), "黑体")
        for head, body in items:
            p = _para(doc)
            _font(p.add_run(head), "楷体_GB2312", bold=True)
            _font(p.add_run(body), "仿宋_GB2312")
            if head in ZS_AFTER:
                _font(_para(doc).add_run(ZS_AFTER[head]), "仿宋_GB2312")
    _para(doc, indent=False)
    _para(doc, indent=False)
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _font(p.add_run("樟树市科学技术局      "), "仿宋_GB2312")
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _font(p.add_run("2026年2月26日      "), "仿宋_GB2312")
    doc.save(OUT / "heldout60-zhangshu-health-points.docx")


# --------------------------------------------------------------------------- 2. 九江 (.pdf)

JJ_TITLE = "九江市2026年生态环境科技创新重点任务分解表"

# ("group", text) or (no, task, content, lead, assist, limit)
JJ_ROWS = [
    ("group", "一、加强关键核心技术攻关"),
    (
        "1",
        "长江(九江段)水生态保护修复技术研究",
        "开展长江干流及鄱阳湖湖口水域水生态监测评估,实施水生态修复科技项目3项以上,"
        "形成水生态修复技术指南1项。",
        "市生态环境局",
        "市科技局、市水利局、市农业农村局",
        "2026年12月底",
    ),
    (
        "2",
        "大气污染物协同减排技术应用",
        "聚焦PM2.5和臭氧协同控制,开展石化、建材行业VOCs深度治理技术示范,完成重点企业治理改造"
        "20家;全市PM2.5平均浓度控制在32微克/立方米以内。",
        "市生态环境局",
        "市工信局、市科技局",
        "2026年11月30日",
    ),
    (
        "3",
        "工业固体废物资源化利用技术攻关",
        "支持瑞昌市、湖口县开展磷石膏、冶炼渣等工业固废综合利用技术攻关,一般工业固体废物综合"
        "利用率达到60%以上。",
        "市发改委",
        "市生态环境局、市工信局、瑞昌市、湖口县人民政府",
        "2026年底",
    ),
    (
        "4",
        "土壤与地下水污染风险管控",
        "在化工园区开展土壤和地下水污染风险管控技术试点,完成试点地块2个。",
        "市生态环境局",
        "市自然资源局、九江经开区管委会",
        "2026年9月30日前",
    ),
    ("group", "二、建设科技创新平台载体"),
    (
        "5",
        "长江生态环境保护科技创新平台",
        "依托九江学院、市环境科学研究院共建长江水环境实验室,争创省级重点实验室1家。",
        "市科技局",
        "市生态环境局、九江学院",
        "2026年10月底",
    ),
    (
        "6",
        "生态环境监测能力建设",
        "新建水质自动监测站8个,实现县级以上集中式饮用水水源地自动监测全覆盖。",
        "市生态环境局",
        "各县(市、区)人民政府",
        "2026年6月底前",
    ),
    (
        "7",
        "环保产业技术创新",
        "支持环保装备企业加大研发投入,培育环保领域高新技术企业10家以上,环保产业产值突破150亿元。",
        "市工信局",
        "市科技局、市生态环境局",
        "2026年12月31日",
    ),
    ("group", "三、推动科技成果转化应用"),
    (
        "8",
        "减污降碳协同创新试点",
        "在九江经开区、湖口高新区建设近零碳园区试点2个;单位GDP二氧化碳排放降低3.5%。",
        "市发改委",
        "市生态环境局、九江经开区管委会、湖口高新区管委会",
        "2026年底",
    ),
    (
        "9",
        "生态环境先进适用技术推广",
        "发布生态环境先进适用技术目录,推广应用新技术、新装备15项以上。",
        "市科技局",
        "市生态环境局",
        "每季度",
    ),
    (
        "10",
        "生态产品价值实现科技支撑",
        "在武宁县、修水县开展生态系统生产总值(GEP)核算技术应用,完成县级GEP核算2个。",
        "市发改委",
        "市统计局、武宁县、修水县人民政府",
        "2026年12月",
    ),
    ("group", "四、强化人才与要素保障"),
    (
        "11",
        "生态环境科技人才培育",
        "引进生态环境领域高层次人才5名,组建生态环境专家服务团1个,开展“环保专家进企业”服务不少于"
        "50家次。",
        "市委人才办",
        "市生态环境局、市人社局",
        "长期",
    ),
    (
        "12",
        "绿色金融支持环保科技",
        "推广“环保贷”“碳减排贷”等产品,全市绿色信贷余额达到200亿元。",
        "中国人民银行九江市分行",
        "市金融办、国家金融监督管理总局九江监管分局",
        "2026年12月31日",
    ),
]

JJ_CSS = """
@page {
  size: A4 landscape;
  margin: 2.2cm 2cm 2cm 2cm;
  @top-left { content: "九江市生态环境局"; font-family: "Noto Serif CJK SC"; font-size: 9pt;
              color: #444; border-bottom: 0.5pt solid #444; width: 100%; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 11pt; }
}
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }
.att { font-family: "Noto Sans CJK SC"; font-size: 14pt; margin: 0 0 6pt 0; }
h1 { font-family: "Noto Sans CJK SC"; font-weight: normal; font-size: 18pt; text-align: center;
     margin: 0 0 12pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 4pt 5pt; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC"; font-weight: normal; }
td.c { text-align: center; }
tr.group td { font-family: "Noto Sans CJK SC"; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


def make_jiujiang():
    from weasyprint import HTML

    rows = []
    for row in JJ_ROWS:
        if row[0] == "group":
            rows.append(f'<tr class="group"><td colspan="6">{row[1]}</td></tr>')
            continue
        no, task, content, lead, assist, limit = row
        rows.append(
            f'<tr><td class="c">{no}</td><td>{task}</td><td>{content}</td>'
            f'<td class="c">{lead}</td><td>{assist}</td><td class="c">{limit}</td></tr>'
        )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{JJ_CSS}</style></head><body>
<p class="att">附件</p>
<h1>{JJ_TITLE}</h1>
<table>
<colgroup><col style="width:5%"><col style="width:16%"><col style="width:38%">
<col style="width:11%"><col style="width:17%"><col style="width:13%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作内容及目标</th><th>牵头单位</th><th>配合单位</th>
<th>完成时限</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(OUT / "heldout60-jiujiang-eco-table.pdf")


# --------------------------------------------------------------------------- 3. 萍乡 (.txt, web)

PX_TEXT = """首页
机构概况
政务公开
政策文件
办事服务
互动交流
无障碍
长者模式

当前位置:首页 > 政务公开 > 政策文件

萍乡市应急管理局关于印发《萍乡市2026年应急管理与安全生产科技创新工作要点》的通知

发布时间:2026-03-06 10:21    来源:市应急管理局    浏览次数:1268
字号:[ 大 中 小 ]    打印本页    关闭窗口

萍应急字〔2026〕9号

各县(区)应急管理局,萍乡经济技术开发区、武功山风景名胜区安全生产监管部门,局机关各科室、各直属单位:

现将《萍乡市2026年应急管理与安全生产科技创新工作要点》印发给你们,请结合实际,认真抓好贯彻落实。

萍乡市应急管理局

2026年3月5日

(此件主动公开)

萍乡市2026年应急管理与安全生产科技创新工作要点

2026年是“十五五”开局之年。为深入实施科技兴安战略,以科技创新推动应急管理体系和能力现代化,有效防范化解重大安全风险,结合我市实际,制定本工作要点。

一、推进科技强安,提升本质安全水平

1.推进矿山智能化建设。以煤矿、非煤地下矿山为重点,推动井下智能化采掘、固定岗位无人值守改造,年底前全市煤矿智能化采掘工作面达到6个,非煤地下矿山全部完成人员定位系统升级。由市应急管理局牵头,市发改委(市能源局)、市工信局配合。

2.实施“机械化换人、自动化减人”。在烟花爆竹、危险化学品等重点行业推广自动化生产线和智能检测装备,完成烟花爆竹企业机械化改造15家以上,涉及重点监管危险化工工艺的企业自动化控制系统装备率达到100%,10月底前完成改造验收。市应急管理局、市工信局,上栗县、芦溪县、湘东区人民政府。

3.开展安全生产科技攻关。围绕煤矿冲击地压和瓦斯防治、烟花爆竹本质安全、危险化学品泄漏处置等难题,争取省级以上科技项目立项3项,组织实施市级安全生产科技项目10项。(市科技局、市应急管理局)

二、强化监测预警,提升风险防控能力

4.建设安全风险监测预警系统。推进危险化学品、尾矿库、烟花爆竹重点企业安全风险监测预警系统联网,6月底前接入重点企业不少于120家,数据联网率达到95%以上。责任单位:市应急管理局、各县(区)人民政府、萍乡经开区管委会。

5.完善自然灾害综合监测网络。市应急管理局会同市自然资源局、市水利局、市气象局,加密布设地质灾害、山洪、城市内涝监测设备,新增监测点位200个,主汛期前(5月底前)完成安装调试。

6.推进城市生命线安全工程。在安源区、萍乡经开区试点建设燃气管网、供水管网、桥梁隧道运行监测系统,覆盖燃气管网长度300公里以上。牵头单位:市住建局;配合单位:市城管局、市应急管理局、安源区人民政府、萍乡经开区管委会;完成时限:2026年11月底。

三、加强装备和平台建设,提升应急救援能力

7.提升应急救援装备水平。为综合性、专业性救援队伍配备无人机、卫星便携站、水域救援机器人等先进装备,市、县两级综合性救援队伍无人机配备率达到100%,新增应急通信保障设备50台(套)。(市应急管理局、市财政局,持续推进)

8.建设应急管理科技创新平台。支持萍乡学院、江西应用技术职业学院与重点企业共建安全生产实训基地1个,引进安全工程领域专业技术人才20名。市应急管理局、市教育局、市人社局,9月底前完成基地挂牌。

9.推进“互联网+执法”。全面应用全省安全生产执法信息系统,执法检查全过程记录率达到100%,非现场执法检查占比不低于30%。此项工作长期坚持。(市应急管理局)

四、营造科技兴安氛围,提升全民安全素质

10.开展科技兴安宣传培训。结合“安全生产月”“防灾减灾日”等活动,每季度开展一次安全科技进企业活动,全年培训企业主要负责人和安全管理人员5000人次以上。由市应急管理局、市总工会负责。

11.推广先进适用技术装备。落实国家淘汰落后安全技术装备目录,8月底前完成全市高危行业落后工艺设备排查,推广先进适用技术装备30项。市应急管理局牵头,市工信局、市市场监管局配合。

五、工作要求

各县(区)、各有关单位要高度重视应急管理科技创新工作,明确专人负责,细化工作措施,每月10日前将上月工作进展情况报送市应急管理局科技和信息化科。

相关附件:
萍乡市2026年应急管理与安全生产科技创新工作要点.docx

【打印】 【关闭】

上一篇:萍乡市应急管理局关于开展2026年安全生产“开春第一课”活动的通知
下一篇:萍乡市安全生产委员会办公室关于做好2026年清明节期间安全防范工作的通知

网站地图 | 联系我们 | 隐私声明
主办单位:萍乡市应急管理局    承办单位:萍乡市应急管理局科技和信息化科
地址:萍乡市安源区玉湖西路    邮编:337000
赣ICP备05004165号    赣公网安备 36030202000123号    网站标识码:3603000041
"""


def make_pingxiang():
    (OUT / "heldout60-pingxiang-safety-web.txt").write_text(PX_TEXT, encoding="utf-8")


# --------------------------------------------------------------------------- 4. 上饶 (.txt, sheet)

SR_TITLE = "上饶市交通运输局2026年交通运输科技创新工作任务清单"

SR_HEAD = ["序号", "任务类别", "工作任务", "具体目标", "责任科室(单位)", "配合单位", "完成时限"]

SR_ROWS = [
    [
        "1",
        "交通科技研发",
        "推进交通科技项目攻关",
        "组织申报省交通运输厅科技项目5项以上,力争立项不少于2项",
        "科技信息科",
        "市公路事业发展中心、市交通建设投资集团",
        "2026.9.30",
    ],
    [
        "2",
        "",
        "山区公路地质灾害防治技术研究",
        "在德兴、婺源等山区路段开展边坡监测预警技术应用,布设监测点60处",
        "市公路事业发展中心",
        "科技信息科、德兴市、婺源县交通运输局",
        "2026.11.30",
    ],
    [
        "3",
        "",
        "绿色低碳交通技术应用",
        "新增新能源公交车120辆,城市公交新能源车辆占比达到95%;建成高速公路服务区充电桩80个",
        "运输科",
        "市发改委、国网上饶供电公司、江西高速集团上饶管理中心",
        "2026年底",
    ],
    [
        "4",
        "智慧交通建设",
        "建设智慧交通综合管理平台",
        "完成平台二期建设并上线运行,接入重点营运车辆1.2万辆",
        "科技信息科",
        "市大数据发展管理局",
        "2026.10",
    ],
    [
        "5",
        "",
        "推进智慧公路试点",
        "在G320国道上饶段开展车路协同智慧公路试点,建设路段长度不少于20公里",
        "市公路事业发展中心",
        "科技信息科、规划科",
        "2026.12.31",
    ],
    [
        "6",
        "",
        "智慧港航建设",
        "推进信江航道电子航道图建设,覆盖航道里程150公里",
        "市港航事业发展中心",
        "科技信息科",
        "2026年9月底",
    ],
    [
        "7",
        "",
        "交通运输数据治理",
        "整合行业数据资源,数据共享交换量较上年增长30%",
        "科技信息科",
        "局机关各科室、局属各单位",
        "每季度",
    ],
    [
        "8",
        "创新能力建设",
        "培育交通领域创新平台",
        "支持市交通建设投资集团创建省级企业技术中心1家,培育交通领域高新技术企业3—5家",
        "科技信息科",
        "市科技局、市工信局",
        "2026年12月",
    ],
    [
        "9",
        "",
        "推广“四新”技术",
        "在重点工程中推广新技术、新工艺、新材料、新设备不少于10项,工程质量抽检合格率98%以上",
        "建设管理科",
        "市交通工程质量监督站",
        "2026.12.31",
    ],
    [
        "10",
        "",
        "交通科技人才培养",
        "组织行业科技人员培训不少于300人次,推荐申报省交通运输行业科技人才10名",
        "人事科",
        "科技信息科",
        "长期",
    ],
    [
        "11",
        "",
        "交通运输标准化建设",
        "编制地方标准或技术指南2项",
        "科技信息科",
        "市市场监管局",
        "2026.11.30",
    ],
    [
        "12",
        "",
        "科技成果转化应用",
        "推动交通科技成果在重点工程中转化应用,成果转化项目不少于6个,科技成果转化收益超过500万元",
        "科技信息科",
        "市交通建设投资集团",
        "2026年底前",
    ],
]


def make_shangrao():
    lines = [SR_TITLE + "\t\t\t\t\t\t", "\t".join(SR_HEAD)]
    lines += ["\t".join(r) for r in SR_ROWS]
    lines.append("注:完成时限为“长期”“每季度”的任务,请于每季度末月25日前报送进展情况。\t\t\t\t\t\t")
    (OUT / "heldout60-shangrao-transport-sheet.txt").write_text(
        "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    make_zhangshu()
    make_jiujiang()
    make_pingxiang()
    make_shangrao()


if __name__ == "__main__":
    main()
