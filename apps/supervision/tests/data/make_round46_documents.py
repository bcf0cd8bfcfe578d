"""Write round 46's held-out documents (decision 0005, round 46).

Written by an author who had not read the extractor, imitating what Jiangxi science-and-
technology offices commonly upload:

* heldout46-jiujiang-work-points.docx — a city bureau's 2025 科技工作要点 in Word, filed as the
  attachment of its notice: a preamble with the year's 主要预期目标, 一、 sections, (一) tasks
  opening with a short heading sentence and closing with (责任科室：…) brackets.
* heldout46-province-transfer-table.pdf — a provincial 任务分解表 for 科技成果转移转化 printed to
  PDF: the issuing notice (文号, 主送, signature) on a portrait page, then a landscape table
  序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 with 一、 group rows, page numbers, 抄送 and
  印发 lines.
* heldout46-xiushui-envoy-plan.docx — a county 科技特派员 实施方案 in Word: 一、工作目标 (a
  paragraph of figures), 二、重点任务 with (一) tasks each followed by a 责任单位： line,
  三、保障措施, signature and date.
* heldout46-jian-platform-division.txt — a city 分工方案 for 科技创新平台 copied from the
  government website: site header, the 市政府办公室 notice, then 1. tasks under 一、 sections,
  each closing with (牵头单位：…；配合单位：…；完成时限：…), and the site footer.

Annotation choices (where decision 0005's output conventions are silent):

* An item's `title` is its heading sentence when the task opens with one (`（一）积极争创重点
  实验室。支持…` → 积极争创重点实验室); otherwise the whole task text without its trailing
  。 and without the unit/time bracket or 责任单位 line.
* Numbered sections that hold no task of their own (一、工作目标, 三、保障措施 and their (一)
  points) are items, as printed; a 工作目标 section's figures are that item's targets. The
  notice before a plan and its closing requirements are not items.
* The document title is the plan's own name, not the notice that issues it.
* Units are written as printed, full-width brackets included (各县（市、区）人民政府).
* 新组建, 新备案, 新培育, 新获批 and 柔性引进 read as new additions (`increment`); 认定/建设/
  组建/选派 without 新 are `level`.
* A section 一、工作目标 opening `2025年，全县…` has no deadline (the year is the horizon).
* `县财政局每年安排…经费不少于200万元` is a standing task (`ongoing`) whose sum is a target; the
  per-person award cap beside it is not.
* `成立…领导小组，领导小组办公室设在县科技局` names where the group's office sits, not who
  does the task: no units.
* A share written `其中中高级技术经理人300人次` is a target of its own beside the total.
* A target's `subject` is the thing counted, with the verb that makes it a count of new
  things kept (新增…, 新建…, 引进…).

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round46_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent / "docs"

SECTION_HEADS = {f"{n}、" for n in "一二三四五六七八九十"}


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _line(document: docx.document.Document, text: str, font: str, indent: bool = True) -> None:
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
    paragraph.paragraph_format.line_spacing = Pt(28)
    _font(paragraph.add_run(text), font, 16)


def _right(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(paragraph.add_run(text), "仿宋_GB2312", 16)


def _title(document: docx.document.Document, title: str) -> None:
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)


def _footer_page_number(document: docx.document.Document) -> None:
    """A centred '— PAGE —' footer, as a 公文 template carries."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run("— "), "宋体", 14)
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if attr:
            element.set(qn("w:fldCharType"), attr)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        run._element.append(element)
    _font(paragraph.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------------------------------
# 1. A city bureau's 科技工作要点 in Word, (责任科室：…) brackets after each task.

JIUJIANG_TITLE = "九江市2025年科技工作要点"
JIUJIANG_PREAMBLE = [
    "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全市科技工作要坚持以"
    "习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届二中、三中全会精神，"
    "全面落实省委、市委关于科技创新的决策部署，紧扣“长江经济带重要节点城市”定位，以科技创新"
    "引领现代化产业体系建设，为奋力谱写中国式现代化九江篇章提供有力科技支撑。",
    "2025年全市科技工作主要预期目标：全社会R&D经费投入增长12%以上；入库科技型中小企业达到"
    "2800家；技术合同成交额突破230亿元；新增省级以上创新平台25个；每万人口高价值发明专利"
    "拥有量达到4.2件。",
]
JIUJIANG = [
    "一、强化科技创新平台建设",
    "（一）积极争创重点实验室。支持九江学院、中国船舶集团第七〇七研究所九江分部等单位聚焦"
    "船舶与海洋工程、新材料等领域争创全国重点实验室，新组建省级重点实验室2个以上。"
    "（责任科室：基础研究与平台科）",
    "（二）推进新型研发机构建设。全年新备案市级新型研发机构5家，推动已备案机构开展绩效评价，"
    "10月底前完成。（责任科室：基础研究与平台科、资源配置与管理科）",
    "（三）提升共青城科创城承载能力。深化与南昌大学、江西财经大学等高校院所合作，引进大院大所"
    "共建研发平台3家。（责任科室：区域创新与合作科，共青城市科技局）",
    "二、提升企业科技创新能力",
    "（四）实施科技型企业梯次培育。开展科技型中小企业评价入库工作，全年入库2800家以上，推动"
    "入库企业向高新技术企业转化。（责任科室：高新技术科，各县（市、区）科技局）",
    "（五）推动企业加大研发投入。落实企业研发费用加计扣除、研发后补助政策，全年兑现企业研发"
    "后补助资金3000万元，规上工业企业研发活动覆盖率提高到55%。"
    "（责任科室：资源配置与管理科、政策法规科）",
    "（六）组织实施市级重点研发计划。聚焦电子信息、新材料、现代轻纺、绿色石化等重点产业链，"
    "组织实施市级重点研发计划项目40项，市财政安排资金不少于4000万元，6月底前完成项目立项。"
    "（责任科室：高新技术科、农村科技科）",
    "三、加速科技成果转移转化",
    "（七）深化校地校企合作。举办“科技成果进九江”对接活动8场以上，促成校地、校企合作项目"
    "100项。（责任科室：成果转化科）",
    "（八）做大技术市场。加强技术合同认定登记服务，全市技术合同成交额突破230亿元，年内新培育"
    "技术经理人100名。（责任科室：成果转化科，各县（市、区）科技局）",
    "（九）建设科技成果中试平台。围绕重点产业链布局中试熟化能力，9月底前新认定市级中试基地"
    "3家。（责任科室：成果转化科、高新技术科）",
    "四、深化科技人才引育",
    "（十）做好高层次人才项目申报。组织申报省“双千计划”等人才项目，力争入选30人以上。"
    "（责任科室：人才与外国专家服务科）",
    "（十一）深入推进科技特派员工作。选派省、市、县三级科技特派员团队150个，实现全市涉农乡镇"
    "全覆盖，持续推进。（责任科室：农村科技科）",
    "（十二）办好创新创业大赛。举办2025年九江市创新创业大赛，吸引参赛企业200家以上，8月前"
    "完成初赛。（责任科室：人才与外国专家服务科、资源配置与管理科）",
    "五、优化科技创新生态",
    "（十三）深化科技金融结合。推动“科贷通”放款额度达到15亿元，新增合作银行2家。"
    "（责任科室：资源配置与管理科）",
    "（十四）深化科技领域“放管服”改革。优化科技计划项目管理流程，项目立项周期压缩至90天"
    "以内。（责任科室：政策法规科）",
    "（十五）加强科研诚信建设。常态化开展科研诚信和科技伦理宣传教育，对科技计划项目实行全流程"
    "诚信管理。（责任科室：监督评估科，各县（市、区）科技局）",
    "六、加强机关党的建设",
    "（十六）落实全面从严治党主体责任。严格落实“第一议题”制度，每季度召开一次党组理论学习"
    "中心组学习会。（责任科室：机关党委、办公室）",
]


def _plan_docx(
    path: Path,
    title: str,
    lines: list[str],
    *,
    attachment: bool = False,
    closing: tuple[str, ...] = (),
    copy_to: str = "",
) -> None:
    """A plan in Word: 黑体 section heads, 仿宋 paragraphs, right-aligned signature lines."""
    document = docx.Document()
    _footer_page_number(document)
    if attachment:
        _line(document, "附件", "黑体", indent=False)
    _title(document, title)
    for text in lines:
        _line(document, text, "黑体" if text[:2] in SECTION_HEADS else "仿宋_GB2312")
    for text in closing:
        _right(document, text)
    if copy_to:
        _line(document, copy_to, "仿宋_GB2312", indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A provincial 任务分解表 printed to PDF: notice page, then a landscape table.

TRANSFER_TITLE = "江西省2025年促进科技成果转移转化重点任务分解表"
TRANSFER_NOTICE = [
    ("red", "江西省科学技术厅文件"),
    ("no", "赣科发成字〔2025〕18号"),
    (
        "h",
        "江西省科学技术厅 江西省财政厅<br>关于印发《江西省2025年促进科技成果转移转化"
        "重点任务分解表》的通知",
    ),
    ("to", "各设区市科技局、财政局，赣江新区科技创新和人才局，省直有关单位："),
    (
        "p",
        "为深入贯彻落实《江西省促进科技成果转移转化行动方案》，加快打通科技成果向现实生产力转化"
        "的通道，经研究，现将《江西省2025年促进科技成果转移转化重点任务分解表》印发给你们，请"
        "认真抓好落实，并于每季度结束后10日内将工作进展情况报送省科技厅成果转化处。",
    ),
    ("p", "附件：江西省2025年促进科技成果转移转化重点任务分解表"),
    ("sig", "江西省科学技术厅　　　　江西省财政厅"),
    ("sig", "2025年3月18日"),
    ("p", "（此件主动公开）"),
]
TRANSFER_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
TRANSFER_ROWS: list[tuple[str, ...]] = [
    ("一、强化科技成果供给",),
    (
        "1",
        "组织实施省重大科技研发专项“揭榜挂帅”项目，全年发布榜单项目30项以上",
        "省科技厅",
        "省财政厅、省工业和信息化厅",
        "2025年6月底前发布榜单",
    ),
    (
        "2",
        "推动高校院所建立科技成果转化年度报告制度，全省高校院所科技成果转化合同金额达到35亿元",
        "省教育厅",
        "省科技厅、中国科学院赣江创新研究院",
        "2025年12月31日",
    ),
    (
        "3",
        "深化职务科技成果赋权改革试点，新增试点单位10家",
        "省科技厅",
        "省教育厅、省卫生健康委、省国资委",
        "2025年9月底",
    ),
    ("二、建强成果转化载体",),
    (
        "4",
        "布局建设省级概念验证中心5家、中试基地8家",
        "省科技厅",
        "省发展改革委、省工业和信息化厅",
        "2025年11月",
    ),
    (
        "5",
        "提升江西省网上常设技术市场功能，全年线上发布技术成果和需求5000项以上",
        "省科技厅",
        "各设区市人民政府",
        "长期",
    ),
    (
        "6",
        "支持科技企业孵化器、众创空间提质增效，新增省级以上孵化载体20家",
        "省科技厅",
        "各设区市人民政府、赣江新区管委会",
        "2025年12月底",
    ),
    ("三、壮大技术转移人才队伍",),
    (
        "7",
        "实施技术经理人培育计划，全年培训技术经理人1000人次，其中中高级技术经理人300人次",
        "省科技厅",
        "省人力资源社会保障厅",
        "每季度开展",
    ),
    (
        "8",
        "开展技术转移人才职称评审，完成首批评审工作",
        "省人力资源社会保障厅",
        "省科技厅",
        "2025年9月30日",
    ),
    (
        "9",
        "引导高校院所设立专业化技术转移机构，全省技术转移机构达到120家",
        "省科技厅",
        "省教育厅",
        "2025年12月底",
    ),
    ("四、优化成果转化生态",),
    (
        "10",
        "设立省科技成果转化引导基金子基金，子基金规模不低于10亿元",
        "省财政厅",
        "省科技厅、江西省金融控股集团",
        "2025年10月底前",
    ),
    (
        "11",
        "推动“科贷通”扩面增量，全省科技型企业贷款余额增长15%以上",
        "省科技厅",
        "人民银行江西省分行、国家金融监督管理总局江西监管局",
        "2025年12月",
    ),
    (
        "12",
        "举办2025年江西省高校科技成果转化对接会，促成签约项目200项，签约金额超过50亿元",
        "省科技厅",
        "省教育厅、南昌市人民政府",
        "11月中旬",
    ),
    (
        "13",
        "落实技术合同认定登记和税收优惠政策，全省技术合同成交额达到2000亿元",
        "省科技厅",
        "国家税务总局江西省税务局",
        "2025年12月底",
    ),
    (
        "14",
        "建立科技成果转化工作季度调度机制，对各设区市工作进展进行通报",
        "省科技厅",
        "各设区市科技局",
        "每季度末",
    ),
]
TRANSFER_TAIL = [
    "抄送：科技部成果转化与区域创新司，省委办公厅、省政府办公厅。",
    "江西省科学技术厅办公室　　　　　　　　　　　　2025年3月20日印发",
]


def _transfer_pdf(path: Path) -> None:
    from weasyprint import HTML

    notice = "\n".join(f'<p class="{kind}">{text}</p>' for kind, text in TRANSFER_NOTICE)
    head = "".join(f"<th>{text}</th>" for text in TRANSFER_HEADER)
    rows = []
    for row in TRANSFER_ROWS:
        if len(row) == 1:
            rows.append(f'<tr><td class="group" colspan="5">{row[0]}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>")
    tail = "\n".join(f'<p class="tail">{text}</p>' for text in TRANSFER_TAIL)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
  font-size: 12pt; }} }}
@page wide {{ size: A4 landscape; margin: 2.4cm 2.2cm 2.4cm 2.2cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
p {{ margin: 0; text-indent: 2em; }}
p.red {{ color: #c00; text-align: center; font-size: 30pt; text-indent: 0; }}
p.no {{ text-align: center; text-indent: 0; margin-bottom: 1em;
  border-bottom: 2px solid #c00; }}
p.h {{ text-align: center; font-size: 20pt; text-indent: 0; margin: 1em 0; }}
p.to {{ text-indent: 0; }}
p.sig {{ text-align: right; margin-right: 2em; }}
div.annex {{ page: wide; break-before: page; }}
div.annex p.label {{ font-family: "Noto Sans CJK SC"; text-indent: 0; }}
div.annex h1 {{ text-align: center; font-size: 18pt; font-weight: normal; }}
table {{ border-collapse: collapse; width: 100%; font-size: 11.5pt; line-height: 1.4; }}
th, td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; white-space: nowrap; }}
td.group {{ font-family: "Noto Sans CJK SC"; }}
thead {{ display: table-header-group; }}
p.tail {{ text-indent: 0; font-size: 13pt; border-top: 1px solid #000; }}
</style></head><body>
{notice}
<div class="annex">
<p class="label">附件</p>
<h1>{TRANSFER_TITLE}</h1>
<table><colgroup><col style="width:6%"><col style="width:44%"><col style="width:14%">
<col style="width:23%"><col style="width:13%"></colgroup>
<thead><tr>{head}</tr></thead><tbody>
{"".join(rows)}
</tbody></table>
{tail}
</div>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A county 科技特派员 实施方案 in Word, a 责任单位： line under each task.

XIUSHUI_TITLE = "修水县2025年科技特派员服务乡村振兴实施方案"
XIUSHUI = [
    "为深入贯彻落实《江西省人民政府办公厅关于深入推行科技特派员制度的实施意见》，充分发挥"
    "科技特派员在推进乡村全面振兴中的科技支撑作用，助推我县宁红茶、蚕桑、中药材、油茶等特色"
    "产业高质量发展，结合我县实际，制定本方案。",
    "一、工作目标",
    "2025年，全县选派科技特派员120名以上，组建科技特派员团队15个，实现全县乡镇科技服务"
    "全覆盖；推广新品种、新技术50项以上，建设科技示范基地10个，培训农民3000人次以上。",
    "二、重点任务",
    "（一）精准选派科技特派员。围绕宁红茶、蚕桑、中药材、油茶等主导产业，从省、市农业科研"
    "院所和县直涉农单位选派科技特派员120名，3月底前完成选派和服务对接。",
    "责任单位：县科技局、县农业农村局、县林业局",
    "（二）组建产业技术服务团队。按照“一个产业一个团队”的思路，组建宁红茶、蚕桑、中药材、"
    "油茶等科技特派员团队15个，6月底前完成团队与服务对象签约。",
    "责任单位：县科技局、县农业农村局",
    "（三）建设科技示范基地。依托农业龙头企业、农民专业合作社和家庭农场，新建县级科技特派员"
    "示范基地10个，11月底前组织验收。",
    "责任单位：县科技局、县农业农村局、各乡镇人民政府",
    "（四）推广先进实用技术。推广茶园绿色防控、桑园机械化管理、中药材林下种植等新品种、新技术"
    "50项以上，建立技术推广示范点30个。",
    "责任单位：县农业农村局、县科技局、县林业局",
    "（五）开展农民技术培训。结合农时季节，采取“田间课堂”“直播带学”等方式开展实用技术培训，"
    "全年培训农民3000人次以上。",
    "责任单位：县农业农村局、县人社局、县科技局",
    "（六）推动科技成果落地转化。支持科技特派员以技术入股、技术承包等方式与服务对象结成利益"
    "共同体，促成科技成果转化项目20项。",
    "责任单位：县科技局",
    "（七）打造科技助农服务平台。建设县级科技特派员服务信息平台，实现服务需求在线发布、"
    "特派员在线响应，年中上线运行。",
    "责任单位：县科技局、县工信局",
    "（八）强化科技特派员考核管理。实行科技特派员服务日志和季度报告制度，每季度对科技特派员"
    "服务情况进行考核。",
    "责任单位：县科技局、各乡镇人民政府",
    "三、保障措施",
    "（一）加强组织领导。成立由县政府分管副县长任组长的县科技特派员工作领导小组，领导小组"
    "办公室设在县科技局，统筹推进全县科技特派员工作。",
    "（二）落实经费保障。县财政局每年安排科技特派员专项工作经费不少于200万元，对年度考核"
    "优秀的科技特派员给予每人最高不超过2万元奖励。",
    "（三）营造良好氛围。充分利用修水电视台、“修水发布”微信公众号等媒体，宣传科技特派员"
    "先进典型，全年推出典型案例不少于10篇。",
]


# ---------------------------------------------------------------------------------------
# 4. A city 分工方案 copied from the government website as plain text.

JIAN = """吉安市人民政府 门户网站
首页 > 政务公开 > 政府文件 > 吉府办字
【字体：大 中 小】　　【打印】　　【关闭】
索 引 号：JA001-0203-2025-00031　　发布机构：吉安市人民政府办公室
发布日期：2025-04-08　　　　　　　　 文　　号：吉府办字〔2025〕21号

吉安市人民政府办公室关于印发吉安市2025年科技创新平台提能升级行动重点任务分工方案的通知

各县（市、区）人民政府，井冈山经开区、吉安高新区管委会，市政府各部门：
　　《吉安市2025年科技创新平台提能升级行动重点任务分工方案》已经市政府同意，现印发给你们，请认真贯彻执行。

吉安市人民政府办公室
2025年4月3日
（此件主动公开）

吉安市2025年科技创新平台提能升级行动重点任务分工方案

　　为深入实施创新驱动发展战略，推动全市科技创新平台提质增效，以高能级平台支撑电子信息首位产业和特色优势产业高质量发展，现就2025年科技创新平台提能升级行动重点任务分工如下。

一、建强重大创新平台
　　1.推进吉安电子信息产业科技创新联合体建设，吸纳成员单位30家以上。（牵头单位：市科技局；配合单位：市工信局、吉安高新区管委会；完成时限：2025年9月底前）
　　2.支持井冈山大学与龙头企业共建研发平台，力争新获批省级重点实验室、省级技术创新中心3个以上。（牵头单位：市科技局；配合单位：市教育局、井冈山大学；完成时限：2025年12月底前）
　　3.推动井冈山经开区、吉安高新区建设科技成果中试基地，建成中试基地2个。（牵头单位：井冈山经开区管委会、吉安高新区管委会；配合单位：市科技局；完成时限：2025年12月底前）
二、壮大企业研发平台
　　4.推动规上工业企业研发机构扩面提质，新增市级以上企业研发机构60家，规上工业企业研发机构覆盖率达到45%以上。（牵头单位：市科技局；配合单位：市工信局、市发展改革委，各县（市、区）人民政府；完成时限：2025年12月底前）
　　5.落实企业研发投入后补助政策，全年兑现研发后补助资金2500万元，完成2024年度补助资金拨付。（牵头单位：市科技局；配合单位：市财政局、市统计局；完成时限：2025年5月底前）
　　6.支持龙头企业牵头组建创新联合体，组建市级创新联合体5个。（牵头单位：市科技局；配合单位：市工信局；完成时限：2025年11月底前）
三、优化平台运行机制
　　7.开展市级科技创新平台绩效评价，对评价不合格的平台予以摘牌。（牵头单位：市科技局；配合单位：各县（市、区）科技局；完成时限：2025年10月中旬）
　　8.推动科研设施与仪器开放共享，全市大型科研仪器入网共享率达到90%。（牵头单位：市科技局；配合单位：市市场监管局；完成时限：持续推进）
　　9.建立科技创新平台建设月调度机制，每月调度各县（市、区）平台建设进展。（牵头单位：市科技局；配合单位：各县（市、区）人民政府；完成时限：每月）
四、强化平台要素保障
　　10.市财政安排科技创新平台建设专项资金3000万元，对新获批的国家级平台给予最高500万元奖励。（牵头单位：市财政局；配合单位：市科技局；完成时限：2025年6月底前）
　　11.围绕平台建设需求引进高层次科技人才50名以上，柔性引进院士、博士团队10个。（牵头单位：市委人才办；配合单位：市科技局、市人社局；完成时限：2025年12月底前）
　　12.加强平台建设用地、用能保障，对纳入市重点项目的平台建设项目开辟绿色通道。（牵头单位：市自然资源局、市发展改革委；配合单位：市科技局；完成时限：长期）

　　各牵头单位要切实履行牵头职责，会同配合单位细化工作举措，于每季度结束后5日内将工作进展情况报送市科技局，市科技局汇总后报市政府。

【关闭窗口】　　【打印本页】
主办：吉安市人民政府办公室　　承办：吉安市大数据中心
赣ICP备05004262号　　赣公网安备 36080202000123号
"""


def main() -> None:
    _plan_docx(
        DOCS / "heldout46-jiujiang-work-points.docx",
        JIUJIANG_TITLE,
        JIUJIANG_PREAMBLE + JIUJIANG,
        attachment=True,
    )
    _transfer_pdf(DOCS / "heldout46-province-transfer-table.pdf")
    _plan_docx(
        DOCS / "heldout46-xiushui-envoy-plan.docx",
        XIUSHUI_TITLE,
        XIUSHUI,
        closing=("修水县科技特派员工作领导小组办公室", "2025年2月18日"),
        copy_to="抄送：九江市科技局。",
    )
    (DOCS / "heldout46-jian-platform-division.txt").write_text(JIAN, encoding="utf-8")


if __name__ == "__main__":
    main()
