"""Write round 37's held-out documents (decision 0005, round 37).

Written by an author who had not read the extractor: a city 技术创新中心建设 工作要点 in Word
whose tasks each carry a 牵头单位 line and a 责任单位 line under them, a city bureau's 科研诚信
task table printed to PDF with 责任领导 / 责任科室 / 责任人 columns, a city 创新联合体 工作方案
copied from the government website as plain text with its 实施步骤 phases, a city 科普基地
任务分解表 in Word saved in Traditional characters, and a county-level city's 中医药 task
分工 saved from WPS as GBK text with the offices and a colon before each task. Run from the
repository root:
    .venv/bin/python apps/supervision/tests/data/make_round37_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


def _cell(cell: docx.table._Cell, text: str, font: str, centred: bool = False) -> None:
    """One paragraph per line of the cell's text, as a clerk types Alt+Enter in Word."""
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph = cell.add_paragraph()
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(line), font, 12)


# ---------------------------------------------------------------------------------------
# 1. A city 工作要点 in Word: the year's aims after the title, 一、 sections, tasks 1.–10.
#    numbered straight through, each followed by a 牵头单位 line and a 责任单位 line.

CENTER_TITLE = "赣州市2025年技术创新中心建设工作要点"
CENTER = [
    "2025年，全市技术创新中心建设工作的主要目标是：新布局建设市级技术创新中心10家以上，"
    "争创省级技术创新中心2家，全市各级技术创新中心带动企业研发投入突破15亿元。",
    "一、优化技术创新中心布局",
    "1.围绕稀土新材料、现代家居、电子信息等主导产业，新布局建设市级技术创新中心10家以上，"
    "6月底前发布年度建设名单。",
    "牵头单位：市科技局",
    "责任单位：市工信局、各县（市、区）人民政府",
    "2.支持中国科学院赣江创新研究院争创国家稀土功能材料技术创新中心，年内完成建设方案论证。",
    "牵头单位：市科技局",
    "责任单位：市发展改革委、赣州高新区管委会",
    "3.推动省级技术创新中心创建，争创省级技术创新中心2家，9月底前完成申报推荐。",
    "牵头单位：市科技局",
    "责任单位：各县（市、区）人民政府",
    "二、提升技术创新中心能力",
    "4.支持技术创新中心承担重大科技项目，全年组织实施关键核心技术攻关项目15项以上，"
    "市级财政科技资金支持不少于3000万元。",
    "牵头单位：市科技局",
    "责任单位：市财政局",
    "5.推动技术创新中心开放共享，大型科研仪器设备纳入共享平台比例达到80%以上，"
    "全年对外服务企业1000家次。",
    "牵头单位：市科技局",
    "责任单位：市市场监管局",
    "6.鼓励技术创新中心引进培育研发团队，引进高层次人才30名以上。",
    "牵头单位：市委人才办",
    "责任单位：市科技局、市人社局",
    "7.推动技术创新中心成果在赣转化，技术合同成交额增长20%。",
    "牵头单位：市科技局",
    "责任单位：市工信局、市商务局",
    "三、强化运行管理",
    "8.制定《赣州市技术创新中心建设运行管理办法》，明确建设条件、运行机制和考核要求，"
    "4月底前印发实施。",
    "牵头单位：市科技局",
    "责任单位：市司法局",
    "9.开展市级技术创新中心年度绩效评价，评价结果分为优秀、良好、合格、不合格四个等次，"
    "11月底前完成2024年度评价工作。",
    "牵头单位：市科技局",
    "责任单位：市财政局",
    "10.建立技术创新中心建设工作调度机制，每季度调度一次建设进展。",
    "牵头单位：市科技局",
    "责任单位：各县（市、区）科技主管部门",
]


def _center_docx(path: Path) -> None:
    """A4 portrait, 仿宋 body, 黑体 section heads, the unit lines indented like the task."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.8)
    _title(document, CENTER_TITLE)
    for line in CENTER:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        font = "黑体" if line.startswith(SECTION_HEADS) else "仿宋_GB2312"
        _font(paragraph.add_run(line), font, 16)
    for line in ("赣州市科学技术局", "2025年3月5日"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph.add_run(line), "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A bureau's task table printed to PDF: 序号 / 重点任务 / 责任领导 / 责任科室 / 责任人 /
#    完成时限, the meeting that adopted it under the title, a note under the table.

INTEGRITY_TITLE = "九江市科学技术局2025年科研诚信建设重点任务分解表"
INTEGRITY_HEADER = ("序号", "重点任务", "责任领导", "责任科室", "责任人", "完成时限")
INTEGRITY_ROWS = [
    (
        "1",
        "制定印发《九江市科研诚信建设工作要点（2025年）》，明确年度重点任务",
        "李卫东",
        "监督评估科",
        "王敏",
        "2025年3月31日",
    ),
    (
        "2",
        "推行科研诚信承诺制，市级科技计划项目申报承诺书签署率100%",
        "李卫东",
        "监督评估科、资源配置与管理科",
        "王敏、陈亮",
        "长期",
    ),
    (
        "3",
        "开展科研失信行为专项排查，对2022年以来立项的市级科技计划项目抽查比例不低于10%",
        "周海",
        "监督评估科",
        "王敏",
        "2025年9月底前",
    ),
    (
        "4",
        "建立科研诚信信息管理台账，将严重失信行为记录推送至市公共信用信息平台",
        "周海",
        "政策法规科",
        "刘洋",
        "2025年6月底前",
    ),
    (
        "5",
        "开展科研诚信宣传教育月活动，举办专题讲座4场以上，覆盖科研人员1000人次",
        "李卫东",
        "科技人才与科普科",
        "黄丽",
        "2025年5月",
    ),
    (
        "6",
        "对高校、医疗卫生机构、科研院所开展科研诚信专项检查，检查单位不少于15家",
        "周海",
        "监督评估科",
        "王敏",
        "2025年10月31日前",
    ),
    (
        "7",
        "规范科技计划项目评审专家管理，建立评审专家信用评价机制，专家库动态调整比例不低于20%",
        "陈刚",
        "资源配置与管理科",
        "陈亮",
        "2025年第三季度",
    ),
    (
        "8",
        "依法依规调查处理科研失信案件，案件办结率达到100%",
        "周海",
        "监督评估科",
        "王敏",
        "持续推进",
    ),
    (
        "9",
        "组织科研管理人员参加科研诚信业务培训不少于2次",
        "陈刚",
        "办公室",
        "赵静",
        "2025年11月底前",
    ),
    (
        "10",
        "总结全年科研诚信建设工作，形成年度报告报送省科技厅",
        "李卫东",
        "监督评估科",
        "王敏",
        "2025年12月15日",
    ),
]


def _integrity_pdf(path: Path) -> None:
    """A4 landscape: the title, the adopting meeting in brackets, the ruled table, the note."""
    from weasyprint import HTML

    head = "".join(f"<th>{text}</th>" for text in INTEGRITY_HEADER)
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in INTEGRITY_ROWS
    )
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2cm 2cm 2cm 2cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; }}
h1 {{ text-align: center; font-size: 18pt; font-family: "Noto Sans CJK SC";
  font-weight: normal; margin: 0 0 4pt 0; }}
p.sub {{ text-align: center; margin: 0 0 10pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.6pt solid #000; padding: 4pt; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; white-space: nowrap; }}
td:nth-child(1), td:nth-child(3), td:nth-child(5), td:nth-child(6) {{ text-align: center; }}
td:nth-child(2) {{ width: 42%; }}
td:nth-child(4) {{ width: 16%; }}
</style></head><body>
<h1>{INTEGRITY_TITLE}</h1>
<p class="sub">（2025年2月18日局党组会议审议通过）</p>
<table><tr>{head}</tr>
{rows}
</table>
<p>注：责任科室栏中排第一位的为牵头科室。</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A city 工作方案 copied from the government website: the page's header and footer lines,
#    一、 to 五、 parts, (一) tasks with 由…牵头 sentences, 实施步骤 phases with month spans.

UNION = """上饶市创新联合体组建工作方案（2025—2026年）
来源：上饶市科学技术局　　发布时间：2025-04-10 09:32　　浏览次数：318
【字体：大 中 小】

　　为深入实施创新驱动发展战略，推动企业、高校、科研院所围绕产业链部署创新链，加快组建一批体系化、任务型创新联合体，结合我市实际，制定本方案。

　　一、总体要求
　　坚持企业主导、市场运作、政府引导，以产业链龙头企业为核心，联合上下游企业和高校、科研院所组建创新联合体，着力破解制约产业发展的关键核心技术难题。

　　二、主要目标
　　到2026年，全市组建市级创新联合体20个以上，推动3个以上创新联合体进入省级创新联合体建设序列，联合体成员单位研发投入年均增长15%以上。

　　三、重点任务
　　（一）遴选组建一批创新联合体。聚焦有色金属、光伏新能源、汽车及零部件等产业链，支持龙头企业牵头组建创新联合体。2025年6月底前发布首批组建名单，年内组建市级创新联合体10个。由市科技局牵头，市工信局、市发展改革委配合。
　　（二）支持联合体承担攻关任务。每个创新联合体至少承担1项市级以上重大科技项目，对认定的创新联合体按研发投入给予最高200万元支持。由市科技局、市财政局负责。
　　（三）推动产学研深度融合。支持创新联合体与高校、科研院所共建研发平台，新建联合实验室5个以上。由市教育局牵头，市科技局、上饶师范学院配合。
　　（四）强化金融支持。引导银行机构加大科技信贷投放，创新联合体成员企业科技贷款余额达到30亿元。由市金融办牵头，人民银行上饶市分行、市科技局配合。
　　（五）完善运行管理机制。制定《上饶市创新联合体建设管理办法》，2025年5月底前出台，建立创新联合体年度绩效评价制度。由市科技局负责。

　　四、实施步骤
　　（一）动员部署阶段（2025年4月—5月）。制定工作方案，召开动员部署会，明确各地各部门任务分工。
　　（二）组建实施阶段（2025年6月—2026年6月）。分批遴选组建创新联合体，各县（市、区）每年至少推荐2家牵头企业。
　　（三）总结评估阶段（2026年7月—12月）。对创新联合体建设成效开展评估，总结推广典型经验。

　　五、保障措施
　　（一）加强组织领导。由市科技局牵头建立创新联合体组建工作专班，每季度召开一次工作调度会，协调解决重大问题。
　　（二）加强督导考核。将创新联合体组建工作纳入对各县（市、区）科技创新考核内容。由市委督查室、市科技局负责。

上饶市科学技术局
2025年4月8日

【打印本页】　　【关闭窗口】
"""


# ---------------------------------------------------------------------------------------
# 4. A city 任务分解表 in Word, Traditional characters: 附件 above the title, a 工作目标
#    column beside the task's name, two 牵头单位 in one cell, dates written several ways.

SCIENCE_TITLE = "抚州市2025年科普基地建设任务分解表"
SCIENCE_HEADER = ("序号", "任务名称", "工作目标", "牵头单位", "配合单位", "完成时限")
SCIENCE_ROWS = [
    (
        "1",
        "科普教育基地认定",
        "新认定市级科普教育基地15家，推荐申报省级科普教育基地3家以上",
        "市科协",
        "市科技局",
        "2025年10月底前",
    ),
    (
        "2",
        "市科技馆提质升级",
        "完成市科技馆展品更新改造，更新展品比例不低于30%",
        "市科协",
        "市财政局\n市发展改革委",
        "2025年12月底前",
    ),
    (
        "3",
        "县级科技馆建设",
        "推动黎川县、广昌县科技馆开工建设，县级科技馆覆盖率达到80%",
        "黎川县人民政府\n广昌县人民政府",
        "市科协",
        "2025年12月底前",
    ),
    (
        "4",
        "流动科普巡展",
        "开展流动科技馆巡展6站、科普大篷车进基层活动50场次",
        "市科协",
        "各县（区）人民政府",
        "2025年11月",
    ),
    (
        "5",
        "科普基地常态开放",
        "科普教育基地年接待公众30万人次以上，免费开放日每年不少于12天",
        "市科技局",
        "市文广新旅局",
        "长期",
    ),
    (
        "6",
        "科普资源开发",
        "开发科普课程和研学线路20个，建设市级科普资源库1个",
        "市科技局",
        "市教育局",
        "2025年9月30日",
    ),
    (
        "7",
        "科普人才队伍建设",
        "培训科普讲解员、科技辅导员200人次",
        "市科协",
        "市教育局\n市人社局",
        "2025年第三季度",
    ),
    (
        "8",
        "全国科普日主场活动",
        "组织开展全国科普日主场活动，参与公众不少于5万人次",
        "市科协",
        "市科技局\n市委宣传部",
        "2025年9月下旬",
    ),
    (
        "9",
        "科普基地复核",
        "对已命名的市级科普教育基地开展复核，复核不合格的撤销命名",
        "市科技局",
        "市科协",
        "2025年11月中旬",
    ),
    (
        "10",
        "科普经费保障",
        "市财政安排科普专项经费500万元",
        "市财政局",
        "市科协\n市科技局",
        "2025年6月底前",
    ),
]


def _science_docx(path: Path, convert: object) -> None:
    """A4 landscape: 附件 at the top left, the title, the ruled table; all Traditional."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    annex = document.add_paragraph()
    _font(annex.add_run(convert("附件")), "黑体", 16)  # type: ignore[operator]
    _title(document, convert(SCIENCE_TITLE))  # type: ignore[operator]
    table = document.add_table(rows=1, cols=len(SCIENCE_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.3), Cm(4.0), Cm(10.0), Cm(4.2), Cm(4.2), Cm(3.2))
    for cell, text, width in zip(table.rows[0].cells, SCIENCE_HEADER, widths, strict=True):
        cell.width = width
        _cell(cell, convert(text), "黑体", centred=True)  # type: ignore[operator]
    for row in SCIENCE_ROWS:
        cells = table.add_row().cells
        for index, (cell, text, width) in enumerate(zip(cells, row, widths, strict=True)):
            cell.width = width
            _cell(cell, convert(text), "仿宋", centred=index != 2)  # type: ignore[operator]
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 5. A county-level city's 任务分工 saved from WPS as plain text in GBK: tasks 1．–10. with
#    full-width full stops, the offices first and a colon before each task, no sections.

TCM = """樟树市推进中医药产业科技创新重点任务分工

　　为贯彻落实《樟树市中医药产业高质量发展三年行动计划（2025—2027年）》，现将2025年重点任务分工如下：

　　1．市科技局、市中医药产业发展中心：组织实施中药材良种选育、中药饮片炮制工艺等科技攻关项目8项以上，年内完成立项。
　　2．市工信局、市科技局：支持中药企业建设省级以上企业技术中心、工程研究中心，新增省级以上研发平台3个。
　　3．市卫健委：推动樟树市中医院与高校院所合作开展中药新药临床研究，9月底前启动临床研究项目2项。
　　4．市市场监管局、市科技局：推进樟帮中药炮制技艺标准化，年内发布地方标准或团体标准5项以上。
　　5．市农业农村局：建设中药材良种繁育基地3个，示范推广面积达到1万亩。
　　6．市委人才办、市人社局：柔性引进中医药领域高层次人才团队2个，10月底前完成引进。
　　7．市财政局：统筹安排中医药产业科技创新专项资金1000万元，上半年完成资金下达。
　　8．市科技局、市商务局：依托全国药材药品交易会开展中医药技术成果对接活动，全年促成技术合作项目不少于10项。
　　9．樟树市医药产业园管委会：加快中医药科技孵化平台建设，入驻中医药科技型企业20家以上，12月底前建成投用。
　　10．市发展改革委、市科技局：建立重点任务季度调度机制，每季度通报一次任务推进情况。

　　　　　　　　　　　　　　　　　　　　樟树市人民政府办公室
　　　　　　　　　　　　　　　　　　　　　　2025年3月20日
"""


def main() -> None:
    import opencc

    _center_docx(DOCS / "heldout37-center-unit-lines.docx")
    _integrity_pdf(DOCS / "heldout37-integrity-leaders.pdf")
    (DOCS / "heldout37-union-web.txt").write_text(UNION, encoding="utf-8")
    converter = opencc.OpenCC("s2tw")
    _science_docx(DOCS / "heldout37-science-base-traditional.docx", converter.convert)
    (DOCS / "heldout37-tcm-gbk.txt").write_bytes(TCM.replace("\n", "\r\n").encode("gb18030"))


if __name__ == "__main__":
    main()
