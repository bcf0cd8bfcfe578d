"""Write the four held-out documents of round 53 (written blind, run from the repo root).

Documents (all Jiangxi issuers, document year 2025):

1. ``heldout53-province-funding-relief-table.docx`` — 科研经费管理与科研减负.
   江西省科学技术厅 task-division plan (任务分工方案) drafted in Word: 仿宋 body, 黑体
   headings, an introduction, then one table 序号 | 重点任务 | 牵头处室(单位) | 配合处室(单位)
   | 完成时限 whose group rows (一、二、… merged across the table) hold numbered tasks 1–15.
   Limits in the column: 2025年6月底前, 长期坚持, 2025年第三季度, 每年, 每季度, 持续推进,
   2025年12月31日前. Traps: a 50万元 threshold qualifying 设备费, a 30% cap the policy grants
   (间接费用比例不超过30%), a two-office lead cell.
2. ``heldout53-shangrao-rd-stats-web.txt`` — 科技统计与R&D投入统计.
   上饶市科学技术局 工作要点 copied from the bureau's website with its chrome (breadcrumb,
   publish line, print/close links, footer). A 主要目标 paragraph before the first item, then
   一、/(一) items with 〔责任单位:…〕 annotations, one `(A牵头,B、C配合)` bracket; limits in
   running text (3月底前, 上半年, 6月底前, 年内, 11月底前, 9月底前, 年底前, 此项工作长期坚持,
   每季度组织一次, 持续推进, 每月会商).
3. ``heldout53-jiujiang-uni-coop-plan.pdf`` — 产学研合作与高校院所服务地方.
   九江市人民政府办公室 三年行动方案 (2025—2027年) printed from WPS to A4 PDF (weasyprint),
   page numbers `— n —` at the foot, alternating outside corners. 一、总体目标 with targets,
   二、重点任务 with (一)…(四) groups and 1.–11. tasks, 三、保障措施 (一)–(三). Units as
   sentences (`由A牵头,B、C配合。`, `由A负责,B配合。`, `A、B按职责分工负责。`), brackets
   (`(A牵头,B、C配合)`, `(责任单位:A、B)`, `(A、B,各县(市、区)人民政府,持续推进)`, an
   unlabelled bracket of offices). Yearly quotas (每年新建…3—5家) next to standing tasks
   (每季度征集, 每半年召开, 市财政每年安排).
4. ``heldout53-jingdezhen-intl-coop-sheet.txt`` — 国际科技合作与外国专家.
   景德镇市科学技术局 task list kept as a spreadsheet and saved as tab-separated text: title
   line, 填报单位 line, header 序号 | 工作任务 | 目标要求 | 牵头单位 | 责任单位 | 完成时限,
   group rows 一、二、三、 with empty cells, tasks 1–13. Spreadsheet dates 2025/12/31, 2025.10,
   12.31前, 2025.6.30, 2025.10.31, 长期, 每季度, and one 每季度末 cell whose target cell holds
   年底前.

Annotation choices (where 0005's conventions are silent or needed a decision):

* Gold items carry number/level/title/lead_units/assisting_units/deadline/targets/children (the
  held-out gold shape; no `text`). Titles are the task's short name before the first 。 (or the
  heading), without the label.
* Table group rows numbered 一、… are level-1 items with no units; their tasks are level 2.
  A lead cell with two offices gives two lead units.
* In the 景德镇 sheet the 责任单位 column stands beside 牵头单位, so it gives assisting units.
* A cap on how often something may happen to the task's object (`监督检查…原则上不超过1次`) is
  a target of the task (<= 1 次); a cap per recipient or a share granted by policy is not.
* `力争新增…1家`, `争取立项5项`: the figure is a target (`=`), 力争/争取 do not change it.
* `新建…2家` / `建成…1家` / `建设…10个以上` / `培育…200名以上` / `遴选…50名`: only 新建 is an
  increment (the list in 0005); 建成/建设/培育/遴选/选聘/选派 are level.
* `压缩至5个工作日以内` → `<=` 5, unit `个工作日`; `压减30%以上` → `>=` 30 %, kind level
  (压减 is not in the increment list).
* A yearly quota (`每年举办…不少于10场`, `每年选派…150名以上`) keeps the deadline null; a
  calendar recurrence of the task itself (`每季度征集发布`, `每半年召开一次`, `每年年底开展评估`,
  `市财政每年安排`) makes it ongoing.
* `到2027年,…` in the 行动方案 is the targets' horizon, so those items have no deadline.
* The 九江 PDF opens with the 印发通知; the ledger's title is the plan's own title.
* Signatures and publication dates after the last item belong to no item; the 印发 date and
  文号 are not targets.
* The 上饶 主要目标 paragraph before 一、 is document-level `targets`.
"""

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path("apps/supervision/tests/data/docs")


# ---------------------------------------------------------------------------
# 1. 省科技厅 科研经费管理改革和科研减负 任务分工方案 (.docx)
# ---------------------------------------------------------------------------

FUNDING_ROWS = [
    ("一、扩大科研项目经费管理自主权", None),
    (
        "1",
        "简化预算编制。将省级科技计划项目直接费用预算科目精简为设备费、业务费、劳务费三大类,"
        "除50万元以上的设备费外,其他费用只提供基本测算说明,不再提供明细。",
        "厅资源配置与管理处",
        "省财政厅教科文处、厅机关财务处",
        "2025年6月底前",
    ),
    (
        "2",
        "下放预算调剂权。设备费预算调剂权全部下放给项目承担单位,其他直接费用调剂由项目负责人"
        "根据实施需要自主安排,报项目承担单位备案。",
        "厅资源配置与管理处",
        "厅机关财务处",
        "2025年6月底前",
    ),
    (
        "3",
        "提高间接费用比例。项目间接费用按照直接费用扣除设备购置费后的一定比例核定,"
        "500万元以下的部分间接费用比例不超过30%,数学等纯理论基础研究项目可提高到不超过60%。",
        "厅资源配置与管理处",
        "省财政厅教科文处",
        "长期坚持",
    ),
    (
        "4",
        "扩大经费包干制试点范围。在省自然科学基金杰出青年项目、省“双千计划”等人才类项目中"
        "全面推行经费包干制,2025年实行包干制的项目不少于300项。",
        "厅基础研究处",
        "厅资源配置与管理处、省科技人才服务中心",
        "2025年12月底前",
    ),
    ("二、减轻科研人员事务性负担", None),
    (
        "5",
        "精简项目申报材料。全面推行“材料清单制”,项目申报书填报字段压减30%以上,"
        "申报阶段不再要求提供纸质材料。",
        "厅资源配置与管理处",
        "省科技项目管理服务中心",
        "2025年3月底前",
    ),
    (
        "6",
        "减少过程检查。统筹各类监督检查和评估评价,同一项目同一年度内监督检查、评估评价"
        "原则上不超过1次,推行“一表多用”、信息共享。",
        "厅监督评估与科研诚信处",
        "各业务处室",
        "长期坚持",
    ),
    (
        "7",
        "推行科研财务助理制度。推动高校、科研院所设立科研财务助理岗位,到2025年底,"
        "省属高校和省属科研院所科研财务助理配备率达到100%。",
        "厅人事处、厅资源配置与管理处",
        "省教育厅、省人力资源社会保障厅",
        "2025年12月底前",
    ),
    (
        "8",
        "升级科研项目管理信息系统。实现项目申报、评审、立项、验收“一网通办”,"
        "与省财政预算管理一体化系统互联互通,减少重复填报。",
        "厅办公室",
        "省科技项目管理服务中心",
        "2025年第三季度",
    ),
    (
        "9",
        "清理规范各类报表和评比。开展科研领域“牌子多、检查多、填表多”专项清理,"
        "取消一批不合理的报表和评比活动。",
        "厅机关党委",
        "厅办公室、厅政策法规处",
        "2025年10月底前",
    ),
    ("三、完善科研经费监督与服务", None),
    (
        "10",
        "推行“以审代查”。项目结题时由项目承担单位委托会计师事务所出具结题审计报告,"
        "不再单独开展财务验收;每年随机抽取不少于60个结题项目开展财务抽查。",
        "厅监督评估与科研诚信处",
        "厅机关财务处",
        "每年",
    ),
    (
        "11",
        "建立科研经费负面清单。制定省级科技计划项目经费使用负面清单,明确不得列支的事项,"
        "清单以外的事项由项目承担单位按规定自主管理。",
        "厅资源配置与管理处",
        "厅政策法规处、省财政厅教科文处",
        "2025年9月底前",
    ),
    (
        "12",
        "开展科研经费政策宣讲。组织“科研经费政策进高校院所”宣讲活动,覆盖全省各设区市,"
        "全年开展宣讲不少于20场,培训科研和财务人员3000人次以上。",
        "厅资源配置与管理处",
        "各设区市科技局",
        "2025年11月底前",
    ),
    ("四、强化激励和容错", None),
    (
        "13",
        "落实科研人员绩效激励。项目承担单位统筹安排间接费用时,向创新绩效突出的团队和个人"
        "倾斜,绩效支出不设比例限制。",
        "厅人事处",
        "厅资源配置与管理处",
        "持续推进",
    ),
    (
        "14",
        "建立科研容错纠错机制。对已履行勤勉尽责义务但因技术路线选择失误等导致项目未能实现"
        "预期目标的,予以免责;出台省级科技计划项目尽职免责实施细则。",
        "厅政策法规处",
        "厅监督评估与科研诚信处",
        "2025年12月31日前",
    ),
    (
        "15",
        "加强科研诚信建设。将科研经费违规使用行为纳入科研诚信记录,实行“零容忍”,定期通报典型案例。",
        "厅监督评估与科研诚信处",
        "厅机关党委",
        "每季度",
    ),
]


def _font(run, name, size):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _para(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    run = p.add_run(text)
    run.bold = bold
    _font(run, font, size)
    return p


def _cell(cell, text, font="仿宋_GB2312", size=11, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    _font(run, font, size)


def write_funding_docx(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _para(doc, "赣科发资字〔2025〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _para(
        doc,
        "江西省科学技术厅关于落实科研经费管理改革和\n减轻科研人员负担的任务分工方案",
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    _para(doc, "厅机关各处室、直属各单位:", indent=False)
    _para(
        doc,
        "为深入贯彻《国务院办公厅关于改革完善中央财政科研经费管理的若干意见》和省委、"
        "省政府关于减轻科研人员负担、激发创新活力的部署要求,进一步扩大科研经费管理自主权,"
        "让科研人员把主要精力投入到科研工作中,经厅党组研究,现将2025年重点任务分工如下。",
    )
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(8.2), Cm(2.6), Cm(2.8), Cm(2.0)]
    for cell, head, width in zip(
        table.rows[0].cells,
        ["序号", "重点任务", "牵头处室(单位)", "配合处室(单位)", "完成时限"],
        widths,
        strict=True,
    ):
        _cell(cell, head, font="黑体", size=11, center=True)
        cell.width = width
    for row in FUNDING_ROWS:
        cells = table.add_row().cells
        if row[1] is None:
            merged = cells[0].merge(cells[4])
            _cell(merged, row[0], font="黑体", size=11)
            continue
        for cell, value, width in zip(cells, row, widths, strict=True):
            _cell(cell, value, center=cell is cells[0])
            cell.width = width
    _para(
        doc,
        "各牵头处室(单位)要切实履行牵头责任,细化工作措施,配合处室(单位)要积极支持配合。"
        "各项任务进展情况于每季度末报厅资源配置与管理处,由其汇总后报厅党组。",
    )
    _para(doc, "江西省科学技术厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. 上饶市科技局 科技统计和研发投入攻坚工作要点 (website .txt)
# ---------------------------------------------------------------------------

SHANGRAO_TEXT = """\
上饶市科学技术局
首页 | 机构概况 | 政务公开 | 科技动态 | 政策法规 | 办事服务 | 互动交流
当前位置:首页 > 政务公开 > 计划规划

上饶市2025年科技统计和研发投入攻坚工作要点

发布时间:2025-03-18 10:26    来源:市科技局    浏览次数:    字体:[大 中 小]

为深入实施创新驱动发展战略,全面提升全市研发投入水平和科技统计工作质量,根据省科技厅、\
省统计局关于做好研发投入统计工作的要求,结合我市实际,制定本工作要点。

主要目标:全市全社会R&D经费投入增长15%以上,R&D经费投入强度达到1.85%;规上工业企业\
有研发活动的比例达到45%;新增R&D经费投入超亿元企业2家。

一、健全研发投入统计工作体系

(一)建立市县两级统计工作专班。市科技局会同市统计局建立R&D统计工作专班,各县(市、区)\
同步成立工作专班,明确专人负责,3月底前完成专班组建。〔责任单位:市科技局、市统计局,\
各县(市、区)人民政府〕

(二)建立重点企业研发投入监测库。将研发费用加计扣除额500万元以上企业、高新技术企业和\
规上工业企业全部纳入监测库,入库企业达到1200家以上,实行“一企一档”动态管理,上半年完成\
入库。〔责任单位:市科技局、市工信局、市税务局〕

(三)规范统计调查单位名录库。对“四上”企业名录和研发活动单位名录进行比对核查,做到应统\
尽统、应报尽报。此项工作长期坚持。〔责任单位:市统计局、市市场监管局〕

二、加强统计业务培训指导

(一)开展分级分类培训。市级每季度组织一次全市R&D统计业务培训,县级对辖区内重点企业\
财务和统计人员实现培训全覆盖,全年培训人员不少于1500人次。〔责任单位:市科技局、市统计局〕

(二)组建统计服务专员队伍。从高校、会计师事务所遴选统计服务专员50名,“一对一”联系研发\
投入重点企业,帮助企业规范设置研发支出辅助账,6月底前完成遴选。〔责任单位:市科技局〕

(三)推进企业研发准备金制度。引导规上工业企业建立研发准备金制度,年内新增建立研发准备金\
制度企业100家。(市工信局牵头,市科技局、市财政局配合)

三、着力提升研发投入强度

(一)实施规上工业企业研发活动“清零”行动。对无研发活动的规上工业企业开展分类帮扶,\
11月底前力争新增有研发活动企业200家。〔责任单位:市工信局、市科技局,各县(市、区)人民政府〕

(二)发挥高校和医疗卫生机构研发投入作用。推动上饶师范学院、上饶职业技术学院和市属公立\
医院加大研发投入,高校和医疗卫生机构R&D经费支出增长10%以上。〔责任单位:市教育局、\
市卫生健康委、市科技局〕

(三)落实研发投入后补助政策。按企业上年度研发投入增量给予后补助,单个企业补助不超过\
100万元,全年兑现后补助资金3000万元,9月底前完成兑现。〔责任单位:市科技局、市财政局〕

(四)落实研发费用加计扣除政策。开展政策精准推送和“一对一”辅导,享受研发费用加计扣除\
政策企业户数增长20%左右,持续推进。〔责任单位:市税务局、市科技局、市工信局〕

四、强化统计数据质量管控

(一)建立数据会商机制。每月会商研判研发投入数据,对波动异常的企业数据及时核实、\
督促整改。〔责任单位:市科技局、市统计局〕

(二)严肃统计纪律。严厉查处统计造假、弄虚作假行为,确保研发投入数据真实准确。\
〔责任单位:市统计局〕

(三)纳入高质量发展考核。将R&D经费投入强度及增幅纳入对各县(市、区)高质量发展综合考核,\
年底前开展考评。〔责任单位:市委考核办、市科技局〕

上饶市科学技术局
2025年3月14日

【打印本页】  【关闭窗口】

主办单位:上饶市科学技术局    地址:上饶市信州区    联系电话:0793-8200000
"""


# ---------------------------------------------------------------------------
# 3. 九江市 产学研合作三年行动方案 (PDF printed from WPS)
# ---------------------------------------------------------------------------

JIUJIANG_BODY = [
    ("h1", "一、总体目标"),
    (
        "p",
        "以服务全市产业高质量发展为导向,推动驻浔高校院所与企业深度合作。到2027年,"
        "全市与高校院所共建新型研发机构达到20家,技术合同成交额突破150亿元,"
        "高校院所科技成果在浔转化项目累计达到300项。",
    ),
    ("h1", "二、重点任务"),
    ("h2", "(一)搭建校地合作平台"),
    (
        "p",
        "1.共建新型研发机构。支持企业与国内知名高校院所共建产业技术研究院等新型研发机构,"
        "每年新建新型研发机构3—5家。由市科技局牵头,市教育局、市财政局配合。",
    ),
    (
        "p",
        "2.建设大学科技园。支持九江学院、九江职业大学建设大学科技园,2026年底前建成省级"
        "大学科技园1家。(责任单位:市科技局、市教育局、九江学院)",
    ),
    (
        "p",
        "3.布局建设中试基地。围绕石化、电子信息、新材料等产业,依托高校院所和龙头企业建设"
        "中试基地,到2027年建设市级以上中试基地10个以上。市科技局、市工信局按职责分工负责。",
    ),
    ("h2", "(二)促进科技成果转移转化"),
    (
        "p",
        "4.开展“百校千企”对接活动。组织企业走进高校院所、专家走进企业,每年举办产学研"
        "对接活动不少于10场,促成合作项目100项以上。(市科技局牵头,市工信局、市工商联配合)",
    ),
    (
        "p",
        "5.建设技术转移机构。2025年底前,九江学院、九江职业大学完成技术转移办公室组建;"
        "到2027年培育技术经理人200名以上。(责任单位:市科技局、市人社局)",
    ),
    (
        "p",
        "6.落实成果转化收益分配政策。高校院所科技成果转化净收入用于奖励完成人和团队的"
        "比例不低于70%,此项工作长期坚持。(责任单位:市科技局、市财政局、市人社局)",
    ),
    ("h2", "(三)加强科技人才双向流动"),
    (
        "p",
        "7.深入实施科技特派员制度。每年从高校院所选派科技特派员150名以上,服务企业和乡村"
        "产业发展。市科技局牵头,市农业农村局、市委组织部配合。",
    ),
    (
        "p",
        "8.推行“产业教授”“科技副总”制度。从高校院所选聘产业教授和科技副总50名到企业"
        "兼职,2025年6月底前完成首批选聘。(市委人才办、市科技局、市教育局)",
    ),
    (
        "p",
        "9.建设研究生工作站。推动高校在重点企业设立研究生工作站,新建省级研究生工作站"
        "5个。(市教育局、市科技局,各县(市、区)人民政府,持续推进)",
    ),
    ("h2", "(四)强化企业创新需求对接"),
    (
        "p",
        "10.建立企业技术需求库。每季度征集发布企业技术需求,全年发布技术需求不少于300项。"
        "(责任单位:市工信局、市科技局)",
    ),
    (
        "p",
        "11.实施“揭榜挂帅”项目。面向高校院所每年发布“揭榜挂帅”项目10项以上,"
        "单个项目支持不超过300万元。由市科技局负责,市财政局配合。",
    ),
    ("h1", "三、保障措施"),
    (
        "p",
        "(一)加强组织领导。建立市级产学研合作联席会议制度,联席会议办公室设在市科技局,"
        "每半年召开一次联席会议,研究解决重大问题。",
    ),
    (
        "p",
        "(二)加大资金保障。市财政每年安排产学研合作专项资金2000万元,统筹用于平台建设、"
        "成果转化和人才引育。(责任单位:市财政局、市科技局)",
    ),
    (
        "p",
        "(三)强化考核评估。将产学研合作成效纳入对高校院所服务地方的评价,每年年底开展评估,"
        "评估结果作为政策支持的重要依据。",
    ),
]

JIUJIANG_CSS = """
@page {
  size: A4;
  margin: 3.7cm 2.6cm 3.5cm 2.8cm;
}
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
  font-size: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
  font-size: 14pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 28pt; }
.fwh { text-align: center; }
h1.title { font-size: 22pt; text-align: center; line-height: 34pt; margin: 12pt 0 20pt 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.h1 { font-family: "Noto Sans CJK SC"; }
p.h2 { font-weight: bold; }
p.sig { text-align: right; text-indent: 0; }
p.to { text-indent: 0; }
"""


def write_jiujiang_pdf(path):
    from weasyprint import HTML

    parts = [
        '<p class="fwh">九府办发〔2025〕9号</p>',
        '<h1 class="title">九江市人民政府办公室<br/>关于印发九江市深化产学研合作推动高校院所'
        "服务地方发展三年行动方案(2025—2027年)的通知</h1>",
        '<p class="to">各县(市、区)人民政府,市政府各部门:</p>',
        "<p>《九江市深化产学研合作推动高校院所服务地方发展三年行动方案(2025—2027年)》"
        "已经市政府同意,现印发给你们,请认真贯彻落实。</p>",
        '<p class="sig">九江市人民政府办公室</p>',
        '<p class="sig">2025年4月2日</p>',
        '<p style="page-break-before: always"></p>',
        '<h1 class="title">九江市深化产学研合作推动高校院所服务地方发展<br/>'
        "三年行动方案(2025—2027年)</h1>",
        "<p>为深入实施创新驱动发展战略,充分发挥驻浔及省内外高校院所科技人才优势,"
        "促进创新链产业链深度融合,制定本方案。</p>",
    ]
    for kind, text in JIUJIANG_BODY:
        cls = {"h1": ' class="h1"', "h2": ' class="h2"', "p": ""}[kind]
        parts.append(f"<p{cls}>{text}</p>")
    html = (
        '<html><head><meta charset="utf-8"><style>'
        + JIUJIANG_CSS
        + "</style></head><body>"
        + "".join(parts)
        + "</body></html>"
    )
    HTML(string=html).write_pdf(path)


# ---------------------------------------------------------------------------
# 4. 景德镇市 国际科技合作与引才引智 任务清单 (spreadsheet saved as text)
# ---------------------------------------------------------------------------

JINGDEZHEN_ROWS = [
    ["一、国际科技合作平台建设", "", "", "", "", ""],
    [
        "1",
        "争创国家级国际科技合作基地",
        "力争新增国家级国际科技合作基地1家",
        "市科技局",
        "高新区管委会、昌南新区管委会",
        "2025/12/31",
    ],
    [
        "2",
        "建设省级国际联合研究中心",
        "支持景德镇陶瓷大学、中国直升机设计研究所等单位开展国际合作,新认定省级国际联合研究中心2家",
        "市科技局",
        "景德镇陶瓷大学、中国直升机设计研究所",
        "2025.10",
    ],
    [
        "3",
        "推进“一带一路”陶瓷科技合作",
        "与“一带一路”沿线国家联合实施科技合作项目3项以上",
        "市科技局",
        "市外办、景德镇陶瓷大学",
        "12.31前",
    ],
    ["二、外国专家引进与服务", "", "", "", "", ""],
    [
        "4",
        "引进外国高端人才",
        "全年引进外国高端人才(A类)20人以上",
        "市科技局",
        "市委人才办、市人社局",
        "2025/12/31",
    ],
    [
        "5",
        "申报国家外国专家项目",
        "组织申报国家外国专家项目不少于15项,争取立项5项",
        "市科技局",
        "各县(市、区)科技主管部门",
        "2025.6.30",
    ],
    [
        "6",
        "优化外国人来华工作许可办理",
        "工作许可审批时限压缩至5个工作日以内",
        "市科技局",
        "市公安局、市政务服务管理局",
        "长期",
    ],
    [
        "7",
        "开展外国专家“瓷都行”活动",
        "组织外国专家走进企业开展技术咨询服务不少于30人次",
        "市科技局",
        "各县(市、区)人民政府",
        "2025年11月",
    ],
    [
        "8",
        "落实外国人才服务保障",
        "为外国专家提供子女入学、医疗保障、出入境等“一站式”服务",
        "市科技局",
        "市教育局、市卫生健康委、市公安局",
        "每季度",
    ],
    ["三、国际交流与开放合作", "", "", "", "", ""],
    [
        "9",
        "办好瓷博会国际科技合作专场",
        "依托中国景德镇国际陶瓷博览会举办国际科技合作专场,签约国际科技合作项目10个以上",
        "市科技局",
        "市商务局、市外办",
        "2025.10.31",
    ],
    [
        "10",
        "组织企业参加海外创新对接",
        "组织企业赴境外参加科技展会、对接活动不少于5批次",
        "市商务局",
        "市科技局、市工信局",
        "2025/12/31",
    ],
    [
        "11",
        "支持企业设立海外研发中心",
        "新建海外研发中心或离岸创新中心2家",
        "市科技局",
        "市工信局、市商务局",
        "12.31前",
    ],
    [
        "12",
        "开展国际科技合作政策培训",
        "举办培训班2期,培训企业管理和技术人员200人次以上",
        "市科技局",
        "市外办",
        "2025年9月底前",
    ],
    [
        "13",
        "建立重点任务调度机制",
        "每季度末报送工作进展,年底前开展综合考评",
        "市科技局",
        "各县(市、区)科技主管部门",
        "每季度末",
    ],
]


def write_jingdezhen_txt(path):
    lines = [
        "景德镇市2025年国际科技合作与引才引智工作任务清单\t\t\t\t\t",
        "填报单位:景德镇市科学技术局(盖章)\t\t\t\t填报时间:2025年2月\t",
        "序号\t工作任务\t目标要求\t牵头单位\t责任单位\t完成时限",
    ]
    lines += ["\t".join(row) for row in JINGDEZHEN_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_funding_docx(OUT / "heldout53-province-funding-relief-table.docx")
    (OUT / "heldout53-shangrao-rd-stats-web.txt").write_text(SHANGRAO_TEXT, encoding="utf-8")
    write_jiujiang_pdf(OUT / "heldout53-jiujiang-uni-coop-plan.pdf")
    write_jingdezhen_txt(OUT / "heldout53-jingdezhen-intl-coop-sheet.txt")


if __name__ == "__main__":
    main()
