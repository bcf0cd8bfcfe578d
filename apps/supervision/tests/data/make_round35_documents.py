"""Write round 35's held-out documents (decision 0005, round 35).

Written by an author who had not read the extractor: a provincial 实施方案 in Word whose
units stand in an annexed 分工表 keyed by task number, a county 实施方案 copied as plain text
from the government portal's 信息公开 page (units in 由…牵头 sentences, dated phases), a
city 督查 ledger printed to PDF with progress columns, a county 科学素质 工作要点 saved as
Traditional-character text, and a city task list in Word whose 重点任务 column is merged down
over its measures. Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round35_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parent / "docs"

SECTION_HEADS = tuple(f"{n}、" for n in "一二三四五六七八九十")


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _title(document: docx.document.Document, title: str) -> None:
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)


def _body(document: docx.document.Document, line: str) -> None:
    """一、 headings in 黑体, a (一) task's first sentence in 楷体, the rest in 仿宋."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(32)
    if line.startswith(SECTION_HEADS):
        _font(paragraph.add_run(line), "黑体", 16)
        return
    if line.startswith("（") and "。" in line:
        head, rest = line.split("。", 1)
        _font(paragraph.add_run(head + "。"), "楷体_GB2312", 16)
        if rest:
            _font(paragraph.add_run(rest), "仿宋_GB2312", 16)
        return
    _font(paragraph.add_run(line), "仿宋_GB2312", 16)


def _cell(cell: docx.table._Cell, text: str, font: str, centred: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), font, 12)


# ---------------------------------------------------------------------------------------
# 1. A provincial 实施方案 in Word: the tasks in the body carry no units; an annexed
#    重点任务分工表 (序号 1–8 for the body's (一)–(八)) gives lead, assisting units and limits.

LAB_TITLE = "江西省省级重点实验室体系重组实施方案"
LAB = [
    "为贯彻落实国家关于重组实验室体系的决策部署，优化我省省级重点实验室布局，提升实验室"
    "支撑高水平科技自立自强的能力，结合我省实际，制定本方案。",
    "一、总体目标",
    "通过评估调整、整合重组、新建布局，到2026年底，全省省级重点实验室总数优化调整至300家左右，"
    "学科类实验室占比不超过40%，企业牵头或参与建设的实验室占比达到35%以上，"
    "争创全国重点实验室2—3家，形成定位清晰、布局合理、运行高效的省级重点实验室体系。",
    "二、重点任务",
    "（一）开展现有实验室分类评估。对2024年12月31日前认定的省级重点实验室开展全面评估，"
    "评估结果分为优秀、良好、合格、不合格四个等次，2025年6月底前完成评估工作。",
    "（二）实施整合优化调整。对评估不合格的实验室予以撤销，对研究方向相近、布局分散的实验室"
    "进行整合，整合后的存量实验室压缩至220家以内，2025年9月底前公布首批重组名单。",
    "（三）新建一批重点领域实验室。围绕电子信息、有色金属、航空、中医药、现代农业等重点产业领域，"
    "新建省级重点实验室50家左右，其中企业牵头建设的不少于20家。",
    "（四）推进全国重点实验室培育。遴选10家基础较好、优势突出的省级重点实验室作为全国重点实验室"
    "培育对象，给予每家不超过1000万元的连续支持。",
    "（五）建立稳定支持机制。省财政每年安排省级重点实验室运行补助经费2亿元，对评估优秀的实验室"
    "给予绩效奖励。",
    "（六）深化实验室管理改革。推行实验室主任负责制和“预算+负面清单”管理，赋予实验室人员聘用、"
    "经费使用和技术路线决定权，2025年底前修订出台《江西省重点实验室管理办法》。",
    "（七）强化地方和依托单位支持。各设区市统筹安排重点实验室配套资金，全年投入不低于1.5亿元；"
    "依托单位在人员编制、科研用房、仪器设备等方面给予倾斜。",
    "（八）推动开放共享。重点实验室大型科研仪器开放共享率达到80%以上，开放课题经费占运行经费"
    "比例不低于15%。",
    "三、保障措施",
    "（一）加强组织领导。省科技厅会同有关部门建立省级重点实验室体系重组工作协调机制，"
    "统筹推进重组各项工作。",
    "（二）强化绩效管理。建立以质量、绩效、贡献为导向的实验室评价机制，评估结果与运行补助挂钩。",
    "（三）加强宣传引导。及时总结推广实验室重组的好经验好做法，营造良好氛围。",
    "附件：重点任务分工表",
]
LAB_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
LAB_ROWS = [
    ("1", "开展现有实验室分类评估", "省科技厅", "省教育厅、省卫生健康委", "2025年6月底前"),
    (
        "2",
        "实施整合优化调整",
        "省科技厅",
        "省教育厅、省卫生健康委、各设区市科技局",
        "2025年9月底前",
    ),
    (
        "3",
        "新建一批重点领域实验室",
        "省科技厅",
        "省发展改革委、省工业和信息化厅、省农业农村厅",
        "2026年6月底前",
    ),
    ("4", "推进全国重点实验室培育", "省科技厅", "省财政厅", "2026年12月底前"),
    ("5", "建立稳定支持机制", "省财政厅", "省科技厅", "每年"),
    ("6", "深化实验室管理改革", "省科技厅", "省财政厅、省人力资源社会保障厅", "2025年12月底前"),
    ("7", "强化地方和依托单位支持", "各设区市人民政府", "有关依托单位", "2025年12月底前"),
    ("8", "推动开放共享", "省科技厅", "各依托单位", "长期坚持"),
]


def _lab_docx(path: Path) -> None:
    """The 方案 typed as paragraphs, then a page break, 附件 and the 分工表 as a ruled table."""
    document = docx.Document()
    _title(document, LAB_TITLE)
    for line in LAB:
        _body(document, line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    mark = document.add_paragraph()
    _font(mark.add_run("附件"), "黑体", 16)
    _title(document, "重点任务分工表")
    table = document.add_table(rows=1, cols=len(LAB_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.2), Cm(4.4), Cm(2.6), Cm(4.6), Cm(2.8))
    for cell, text, width in zip(table.rows[0].cells, LAB_HEADER, widths, strict=True):
        cell.width = width
        _cell(cell, text, "黑体", centred=True)
    for row in LAB_ROWS:
        cells = table.add_row().cells
        for index, (cell, text, width) in enumerate(zip(cells, row, widths, strict=True)):
            cell.width = width
            _cell(cell, text, "仿宋_GB2312", centred=index in (0, 4))
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A county 实施方案 copied from the portal's 信息公开 page: metadata block, the 印发 notice,
#    then the plan; units in 由A牵头，B配合 sentences; 实施步骤 with dated phases.

RURAL = """索 引 号：360722-0101-2025-00046　　　　　　分　　类：科技　通知
发布机构：信丰县人民政府办公室　　　　　　　　　　生成日期：2025-04-02
文　　号：信府办字〔2025〕18号　　　　　　　　　　　有 效 性：有效
名　　称：信丰县人民政府办公室关于印发信丰县2025年科技支撑乡村振兴工作实施方案的通知

信丰县人民政府办公室关于印发信丰县2025年科技支撑乡村振兴工作实施方案的通知

各乡镇人民政府，县政府各部门，县直各单位：
　　《信丰县2025年科技支撑乡村振兴工作实施方案》已经县政府第45次常务会议研究同意，现印发给你们，请认真组织实施。

信丰县人民政府办公室
2025年4月1日
（此件主动公开）

信丰县2025年科技支撑乡村振兴工作实施方案

　　为深入贯彻落实中央和省、市关于推进乡村全面振兴的决策部署，强化科技对脐橙等特色产业发展的支撑作用，加快建设农业强县，结合我县实际，制定本方案。
　　一、工作目标
　　2025年，全县农业科技进步贡献率达到64%，主要农作物良种覆盖率稳定在98%以上，新增省级以上农业科技创新平台2个，培育农业科技型企业15家。
　　二、主要任务
　　（一）建设信丰脐橙省级农业科技园区。完善园区“一核两区”布局，引进入驻涉农科技型企业10家以上，园区总产值达到45亿元。由县农业农村局牵头，县科技局、县发改委、大塘埠镇人民政府配合，2025年11月底前完成省级农业科技园区年度监测评价。
　　（二）推进脐橙产业关键技术攻关。
　　1.围绕脐橙黄龙病防控、无病毒苗木繁育、采后商品化处理等关键环节，实施县级科技计划项目8项，财政支持资金不少于400万元。由县科技局牵头，县果业发展中心、县财政局配合。
　　2.与赣南师范大学国家脐橙工程技术研究中心共建脐橙产业研究院信丰分院，年内引进科研团队2个。由县果业发展中心负责，县科技局配合。
　　（三）深化农业技术推广服务。健全县乡两级农技推广服务体系，全县在岗农技推广人员达到120名，全年开展田间技术指导500场次以上。由县农业农村局牵头，各乡镇人民政府配合。
　　（四）培育农业科技型企业。支持脐橙、蔬菜、生猪等农业企业申报科技型中小企业，新增农业科技型企业15家，争取认定省级农业产业化龙头企业3家。由县科技局、县农业农村局负责。
　　（五）推广农业绿色生产技术。推广水肥一体化、测土配方施肥、病虫害绿色防控等技术，测土配方施肥技术覆盖率达到92%以上，化肥农药使用量保持负增长。县农业农村局牵头，县生态环境局配合。
　　（六）加强农村科技人才培养。实施高素质农民培育计划，培训高素质农民600人，其中培养农村实用人才带头人50名。由县农业农村局牵头，县人社局、县科协配合，10月底前完成培训任务。
　　（七）建设数字农业示范基地。建设脐橙智慧果园示范基地3个，面积不少于5000亩，第三季度完成物联网设备安装调试。由县农业农村局牵头，县工信局、中国移动信丰分公司配合。
　　三、实施步骤
　　（一）动员部署阶段（2025年4月）。制定工作方案，召开动员部署会，明确各单位任务分工。
　　（二）组织实施阶段（2025年5月至11月）。各责任单位按照任务分工抓好落实，县科技局每月调度工作进展。
　　（三）总结评估阶段（2025年12月）。全面总结工作成效，形成工作总结报县政府。
　　四、保障措施
　　（一）加强组织领导。成立由县政府分管副县长任组长的科技支撑乡村振兴工作领导小组，领导小组办公室设在县科技局。
　　（二）强化资金保障。县财政每年安排科技支撑乡村振兴专项资金1000万元，统筹用于项目实施和平台建设。
　　（三）严格督查考核。将任务完成情况纳入乡镇和部门年度综合考核，对工作推进不力的予以通报。

【打印】　　【关闭】
"""


# ---------------------------------------------------------------------------------------
# 3. A city 督查 ledger printed to PDF: landscape ruled table with progress columns filled in
#    at the half-year; units in one column with (牵头) after the lead.

HITECH_TITLE = "抚州市2025年高新技术企业培育工作推进台账"
HITECH_HEADER = ("序号", "重点任务", "目标任务", "责任单位", "完成时限", "推进情况", "进度")
HITECH_ROWS = [
    (
        "1",
        "建立高企培育库",
        "高新技术企业培育库入库企业达到400家",
        "市科技局（牵头）、各县（区）科技局",
        "2025年6月底前",
        "已入库企业326家，完成目标的81.5%。",
        "滞后",
    ),
    (
        "2",
        "新增高新技术企业",
        "全年新认定高新技术企业120家以上，高新技术企业总数突破900家",
        "市科技局（牵头）、市税务局、市财政局",
        "2025年12月底前",
        "第一批已组织申报企业168家，正在开展专家评审。",
        "序时推进",
    ),
    (
        "3",
        "开展政策宣讲培训",
        "开展高企申报政策宣讲培训不少于10场，覆盖企业500家次",
        "市科技局",
        "2025年5月底前",
        "已举办宣讲培训12场，覆盖企业536家次。",
        "已完成",
    ),
    (
        "4",
        "落实税收优惠政策",
        "高新技术企业所得税优惠应享尽享，研发费用加计扣除政策落实率达到100%",
        "市税务局（牵头）、市科技局",
        "长期坚持",
        "上半年为高新技术企业减免所得税2.3亿元。",
        "序时推进",
    ),
    (
        "5",
        "兑现认定奖励资金",
        "对首次认定的高新技术企业每家给予20万元奖励，全年兑现奖励资金2400万元",
        "市财政局（牵头）、市科技局",
        "2025年9月30日前",
        "已兑现2024年度奖励资金1860万元。",
        "序时推进",
    ),
    (
        "6",
        "推动高企上规入统",
        "高新技术企业中规模以上工业企业占比达到60%",
        "市工信局（牵头）、市统计局、市科技局",
        "2025年12月底前",
        "目前占比为54.2%。",
        "序时推进",
    ),
    (
        "7",
        "提升研发机构覆盖率",
        "规上高新技术企业研发机构覆盖率达到90%以上",
        "市科技局、市工信局",
        "2025年11月底前",
        "覆盖率为83%。",
        "序时推进",
    ),
    (
        "8",
        "开展高企认定“回头看”",
        "对2022年度认定的高新技术企业开展复核抽查，抽查比例不低于20%",
        "市科技局（牵头）、市税务局、市财政局",
        "2025年8月底前",
        "已制定抽查方案。",
        "序时推进",
    ),
    (
        "9",
        "推动高企向园区集聚",
        "抚州高新区高新技术企业数量达到280家，占全市比重30%以上",
        "抚州高新区管委会",
        "2025年12月底前",
        "高新区现有高新技术企业241家。",
        "序时推进",
    ),
    (
        "10",
        "加大金融支持力度",
        "向合作银行推送高企融资需求，新增“高企贷”授信10亿元",
        "市金融办（牵头）、人民银行抚州市分行、市科技局",
        "每季度",
        "已推送企业融资需求85家，新增授信4.6亿元。",
        "序时推进",
    ),
]


def _hitech_pdf(path: Path) -> None:
    """A4 landscape as exported from the office's spreadsheet: title, an as-at line and the
    filing line, the ruled table, the person to contact under it."""
    from weasyprint import HTML

    head = "".join(f"<th>{text}</th>" for text in HITECH_HEADER)
    rows = "".join(
        "<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in HITECH_ROWS
    )
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 1.8cm 1.6cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 10.5pt; }}
h1 {{ text-align: center; font-size: 18pt; font-family: "Noto Sans CJK SC";
  font-weight: normal; margin: 0 0 4pt 0; }}
p.asof {{ text-align: center; margin: 0 0 8pt 0; }}
p.meta {{ margin: 0 0 6pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.8pt solid #000; padding: 3pt 4pt; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; text-align: center; font-weight: normal; }}
td:nth-child(1), td:nth-child(5), td:nth-child(7) {{ text-align: center; }}
tr {{ page-break-inside: avoid; }}
</style></head><body>
<h1>{HITECH_TITLE}</h1>
<p class="asof">（截至2025年6月30日）</p>
<p class="meta">填报单位（盖章）：抚州市科学技术局　　　　　　　　　　填报日期：2025年7月4日</p>
<table><colgroup><col style="width:5%"><col style="width:12%"><col style="width:24%">
<col style="width:17%"><col style="width:10%"><col style="width:24%"><col style="width:8%">
</colgroup>
<tr>{head}</tr>
{rows}</table>
<p>联系人：高新技术科　　联系电话：0794-8264513</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 4. A county 科学素质 工作要点 saved as Traditional-character text: 一、 / (一) numbering
#    running on through the sections, units in brackets with 牵头单位/配合单位 labels or bare.

LITERACY = """上栗县2025年全民科学素质提升工作要点

　　2025年是“十四五”规划收官之年，也是《全民科学素质行动规划纲要（2021—2035年）》实施的关键之年。全县全民科学素质工作要坚持以提升公民科学素质为目标，统筹推进重点人群科学素质提升行动，力争全县公民具备科学素质比例达到13%以上。现提出如下工作要点：

　　一、实施青少年科学素质提升行动
　　（一）推进科学教育进校园。全县中小学配齐科学副校长，开展“科学家（精神）进校园”活动不少于30场次。（牵头单位：县教体局；配合单位：县科协、县科技局）
　　（二）办好青少年科技创新大赛。5月底前举办第十届上栗县青少年科技创新大赛，征集参赛作品300件以上，择优推荐参加市级以上比赛。（县科协、县教体局）
　　二、实施农民科学素质提升行动
　　（三）开展农村实用技术培训。依托新时代文明实践站和农民田间学校，全年开展种养殖实用技术培训40期，培训农民2000人次以上。（牵头单位：县农业农村局；配合单位：县科协，各乡镇人民政府）
　　（四）建设基层科普阵地。新建县级科普示范村（社区）5个，争创市级科普教育基地1—2个。（县科协牵头，各乡镇人民政府配合）
　　三、实施老年人和产业工人科学素质提升行动
　　（五）开展“智慧助老”科普行动。普及智能技术运用、防范电信网络诈骗、健康养生等知识，全年开展老年人科普讲座20场。（牵头单位：县卫健委、县科协；配合单位：县公安局、县民政局）
　　（六）提升产业工人技能素质。围绕烟花爆竹、电瓷等主导产业，开展职业技能竞赛和岗位技术培训，培训产业工人1500人次。（牵头单位：县人社局、县总工会；配合单位：县工信局、县应急管理局）
　　四、加强科普基础设施建设
　　（七）推进县科技馆建设。加快上栗县科技馆（青少年活动中心）项目建设，2025年9月底前主体工程完工，年底前完成布展并对外开放。（牵头单位：县发改委；配合单位：县科协、县住建局、县财政局）
　　（八）建设数字科普队伍。依托“科普中国”平台发展科普信息员，注册科普信息员达到3000名，年内推送科普信息1000条以上。（县科协负责）
　　五、营造浓厚科普氛围
　　（九）办好重大科普活动。精心组织全国科技活动周、全国科普日、全国科技工作者日等主题活动，全年举办各类科普活动不少于100场次，受众10万人次以上。（牵头单位：县科协；配合单位：县委宣传部、县科技局，各乡镇人民政府；长期坚持）
　　（十）做好科学素质监测评估。配合做好全省公民科学素质抽样调查工作，第四季度完成调查数据核查。（县科协）

　　各成员单位请于12月10日前将全年工作总结报送县全民科学素质工作领导小组办公室（设在县科协）。

上栗县全民科学素质工作领导小组办公室
2025年3月18日
"""


# ---------------------------------------------------------------------------------------
# 5. A city task list in Word: 工作目标 paragraph, then a table whose 重点任务 column is one
#    cell merged down over its measures; units as 牵头…配合 in one cell.

RD_TITLE = "吉安市2025年企业研发投入攻坚行动任务清单"
RD_GOAL = (
    "工作目标：2025年全市全社会研发经费投入增长18%以上，研发投入强度达到2.1%，"
    "规上工业企业研发费用增长20%。"
)
RD_HEADER = ("重点任务", "序号", "具体举措", "责任单位", "完成时限")
RD_GROUPS: list[tuple[str, list[tuple[str, ...]]]] = [
    (
        "强化财政资金引导",
        [
            (
                "1",
                "落实企业研发投入后补助政策，对上年度研发投入增量前20名的企业给予后补助，"
                "全年兑现补助资金3000万元。",
                "市科技局牵头，市财政局配合",
                "2025年9月底前",
            ),
            (
                "2",
                "稳步提高财政科技投入，市本级财政科技支出增长12%以上，占一般公共预算支出"
                "比重达到2.5%。",
                "市财政局牵头，市科技局配合",
                "2025年12月底前",
            ),
        ],
    ),
    (
        "推动企业研发活动全覆盖",
        [
            (
                "3",
                "开展规上工业企业研发活动“清零”行动，有研发活动的规上工业企业占比达到60%以上。",
                "市工信局牵头，市科技局、市统计局配合",
                "2025年12月底前",
            ),
            (
                "4",
                "新建省级以上企业技术中心、工程研究中心等研发平台15家，实现营业收入5亿元以上"
                "工业企业研发机构全覆盖。",
                "市发改委、市工信局、市科技局按职责分工负责",
                "2025年12月底前",
            ),
            (
                "5",
                "支持龙头企业牵头组建创新联合体3个，联合开展关键核心技术攻关项目10项以上。",
                "市科技局",
                "2025年10月底前",
            ),
        ],
    ),
    (
        "加强研发统计服务",
        [
            (
                "6",
                "建立重点企业研发投入联系服务制度，市县两级科技部门联系服务重点企业200家，"
                "每季度开展一次上门服务。",
                "市科技局牵头，各县（市、区）人民政府配合",
                "每季度",
            ),
            (
                "7",
                "举办研发费用归集和统计填报培训班不少于6期，培训企业财务人员800人次。",
                "市统计局牵头，市科技局、市税务局配合",
                "2025年6月底前",
            ),
            (
                "8",
                "落实研发费用加计扣除政策，享受政策企业户数增长15%，加计扣除金额达到120亿元。",
                "市税务局",
                "2025年12月底前",
            ),
        ],
    ),
    (
        "强化考核激励",
        [
            (
                "9",
                "将研发投入纳入县（市、区）高质量发展综合考核，提高研发投入指标考核权重。",
                "市委考核办牵头，市科技局、市统计局配合",
                "2025年3月底前",
            ),
            (
                "10",
                "每半年通报一次各县（市、区）研发投入进展情况，对连续两次排名后三位的县"
                "（市、区）进行约谈。",
                "市科技局",
                "每半年",
            ),
        ],
    ),
]


def _rd_docx(path: Path) -> None:
    """Landscape: title, the 工作目标 paragraph, a ruled table whose first column is merged
    vertically over each group's rows."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    _title(document, RD_TITLE)
    goal = document.add_paragraph()
    goal.paragraph_format.first_line_indent = Pt(32)
    _font(goal.add_run(RD_GOAL), "仿宋_GB2312", 16)
    table = document.add_table(rows=1, cols=len(RD_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.6), Cm(1.3), Cm(11.0), Cm(5.4), Cm(3.0))
    for cell, text, width in zip(table.rows[0].cells, RD_HEADER, widths, strict=True):
        cell.width = width
        _cell(cell, text, "黑体", centred=True)
    for group, rows in RD_GROUPS:
        first = len(table.rows)
        for row in rows:
            cells = table.add_row().cells
            for index, (cell, text, width) in enumerate(
                zip(cells[1:], row, widths[1:], strict=True), start=1
            ):
                cell.width = width
                _cell(cell, text, "仿宋_GB2312", centred=index in (1, 4))
        merged = table.cell(first, 0).merge(table.cell(len(table.rows) - 1, 0))
        _cell(merged, group, "黑体", centred=True)
    note = document.add_paragraph()
    _font(
        note.add_run("注：排在第一位的为牵头单位。各责任单位于每月5日前报送上月工作进展。"),
        "仿宋_GB2312",
        12,
    )
    document.save(str(path))


def main() -> None:
    import opencc

    _lab_docx(DOCS / "heldout35-lab-restructuring.docx")
    (DOCS / "heldout35-rural-portal.txt").write_text(RURAL, encoding="utf-8")
    _hitech_pdf(DOCS / "heldout35-hitech-progress.pdf")
    traditional = opencc.OpenCC("s2tw").convert(LITERACY)
    (DOCS / "heldout35-literacy-traditional.txt").write_text(traditional, encoding="utf-8")
    _rd_docx(DOCS / "heldout35-rd-merged.docx")


if __name__ == "__main__":
    main()
