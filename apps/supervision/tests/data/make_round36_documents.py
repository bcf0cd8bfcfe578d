"""Write round 36's held-out documents (decision 0005, round 36).

Written by an author who had not read the extractor: a city 任务分工方案 in Word whose tasks
run 1.–12. through four 一、 sections with the offices after a dash, a city 首台（套）任务清单
as a Word table with a 具体任务 / 责任单位 / 时间节点 header, a city 督查通报 printed to PDF
listing each task with its progress, a city 科技伦理治理 task list exported from a spreadsheet
as tab-separated text, and a city 绿色低碳技术攻关 工作要点 saved as Traditional-character
text. Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round36_documents.py
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
    lines = text.split("\n")
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(line), font, 12)


# ---------------------------------------------------------------------------------------
# 1. A city 任务分工方案 in Word: four 一、 sections, tasks numbered 1.–12. straight through,
#    each closing with a dash and its offices (the first one leads, as the preamble says).

RD_TITLE = "宜春市加快新型研发机构高质量发展若干措施任务分工方案"
RD = [
    "为抓好《宜春市加快新型研发机构高质量发展若干措施》（宜府办发〔2025〕5号）贯彻落实，"
    "现将重点任务分工如下（各项任务中排在第一位的为牵头单位，其他为配合单位）：",
    "一、培育引进一批新型研发机构",
    "1.开展新型研发机构备案认定，年内新认定市级新型研发机构10家以上，"
    "全市新型研发机构总数达到45家。——市科技局",
    "2.围绕锂电新能源、生物医药、先进装备制造等主导产业，引进共建高水平新型研发机构3—5家，"
    "9月底前签约落地不少于2家。——市科技局、市投资促进局、各县（市、区）人民政府",
    "3.支持龙头企业牵头组建企业型新型研发机构，推动规模以上工业企业研发机构覆盖率达到45%以上。"
    "——市工信局、市科技局",
    "二、强化要素支撑",
    "4.对新认定的省级新型研发机构给予一次性奖励，每家不超过100万元，全年兑现奖补资金800万元，"
    "11月底前拨付到位。——市财政局、市科技局",
    "5.将新型研发机构建设用地纳入年度土地利用计划，优先保障用地需求。——市自然资源局",
    "6.支持新型研发机构引进高层次人才，力争引进博士及以上人才50人以上，"
    "落实人才住房、子女入学等待遇。——市委人才办、市人社局、市科技局",
    "7.鼓励银行机构开发“研发贷”等专属产品，新型研发机构贷款余额突破5亿元。"
    "——市金融办、人民银行宜春市分行",
    "三、深化体制机制改革",
    "8.推行理事会领导下的院（所）长负责制，实行市场化薪酬和项目经理制，"
    "6月前出台《宜春市新型研发机构管理办法》。——市科技局、市人社局",
    "9.开展新型研发机构绩效评价，每年评价一次，评价结果与财政支持挂钩。——市科技局、市财政局",
    "10.推动新型研发机构面向企业开展技术服务，全年服务企业500家次以上，"
    "技术合同成交额达到3亿元。——市科技局",
    "四、抓好组织实施",
    "11.建立新型研发机构发展联席会议制度，每季度召开一次调度会，研究解决重大问题。"
    "——市科技局、市发展改革委",
    "12.各县（市、区）于2025年6月30日前制定出台本地新型研发机构扶持政策。——各县（市、区）人民政府",
]


def _rd_docx(path: Path) -> None:
    """A4 portrait, 仿宋 body, 黑体 section heads, the issuing office and date at the end."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.8)
    _title(document, RD_TITLE)
    for line in RD:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        font = "黑体" if line.startswith(SECTION_HEADS) else "仿宋_GB2312"
        _font(paragraph.add_run(line), font, 16)
    for line in ("宜春市人民政府办公室", "2025年3月12日"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph.add_run(line), "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A city 任务清单 as a Word table: 序号 / 具体任务 / 责任单位 / 时间节点, offices one per
#    line in some cells, a 牵头 marker in one, the note under the table.

FIRST_TITLE = "南昌市2025年首台（套）重大技术装备和首批次新材料推广应用工作任务清单"
FIRST_HEADER = ("序号", "具体任务", "责任单位", "时间节点")
FIRST_ROWS = [
    (
        "1",
        "组织开展2025年度首台（套）重大技术装备认定申报，推荐申报省级首台（套）产品20个以上",
        "市工信局",
        "2025年5月底前",
    ),
    (
        "2",
        "建立首台（套）、首批次产品推广应用目录，年内发布推广目录不少于2批",
        "市工信局\n市发展改革委",
        "2025年12月底前",
    ),
    (
        "3",
        "落实首台（套）重大技术装备保险补偿政策，推动投保企业数量较上年增长20%",
        "市工信局（牵头）\n南昌金融监管分局",
        "持续推进",
    ),
    (
        "4",
        "对认定的首台（套）产品按首年度销售额给予奖励，单个产品奖励不超过200万元",
        "市财政局\n市工信局",
        "2025年10月底前兑现",
    ),
    (
        "5",
        "在政府采购中对首台（套）产品实行首购、订购，政府采购首台（套）产品金额突破1亿元",
        "市财政局",
        "长期",
    ),
    (
        "6",
        "推动市属国有企业带头应用首台（套）、首批次产品，年度采购不少于10台套",
        "市国资委",
        "2025年12月31日",
    ),
    (
        "7",
        "举办首台（套）产品供需对接会，全年举办对接活动6场以上，促成签约项目30个",
        "市工信局\n市商务局",
        "每季度",
    ),
    (
        "8",
        "支持首批次新材料开展应用验证，建设新材料应用验证平台1个",
        "市科技局\n市工信局",
        "2025年第三季度",
    ),
    (
        "9",
        "推动首台（套）产品纳入重大工程项目采购，市重大项目中应用首台（套）产品的比例达到15%以上",
        "市发展改革委\n市住建局\n市交通运输局",
        "2025年12月底前",
    ),
    (
        "10",
        "加强首台（套）产品知识产权保护，相关发明专利授权量新增50件",
        "市市场监管局（市知识产权局）",
        "2025年11月底前",
    ),
    (
        "11",
        "开展首台（套）政策宣贯培训，覆盖重点装备和新材料企业300家次",
        "市工信局\n各县区工信部门",
        "2025年6月底前",
    ),
]


def _first_docx(path: Path) -> None:
    """A4 landscape: the title, the ruled table, a note on which office leads."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    _title(document, FIRST_TITLE)
    table = document.add_table(rows=1, cols=len(FIRST_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.5), Cm(14.5), Cm(5.5), Cm(4.0))
    for cell, text, width in zip(table.rows[0].cells, FIRST_HEADER, widths, strict=True):
        cell.width = width
        _cell(cell, text, "黑体", centred=True)
    for row in FIRST_ROWS:
        cells = table.add_row().cells
        for index, (cell, text, width) in enumerate(zip(cells, row, widths, strict=True)):
            cell.width = width
            _cell(cell, text, "仿宋_GB2312", centred=index in (0, 2, 3))
    note = document.add_paragraph()
    _font(note.add_run("注：责任单位中排名第一的为牵头单位。"), "仿宋_GB2312", 12)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 3. A city 督查通报 printed to PDF: the overall picture, then each task with its units and
#    time limit in a bracket and a 进展 sentence after it, problems and requirements last.

ZONE_TITLE = "关于全市开发区争先进位2025年重点任务推进情况的通报"
ZONE = [
    "各县（市、区）人民政府，九江经开区、共青城高新区管委会，市直有关单位：",
    "根据《九江市开发区争先进位三年行动方案（2024—2026年）》工作安排，市开发区改革和创新发展"
    "工作领导小组办公室于10月中旬对2025年重点任务推进情况开展了专项督查。现将有关情况通报如下：",
    "一、总体情况",
    "从督查情况看，各地各部门认真落实工作部署，重点任务总体推进有序。11项重点任务中，"
    "已完成2项，序时推进7项，进度滞后2项。",
    "二、重点任务推进情况",
    "（一）主要经济指标",
    "1.全市开发区规模以上工业营业收入突破6000亿元（责任单位：各开发区管委会；配合单位："
    "市工信局、市统计局；完成时限：2025年12月底）。进展：1—9月累计完成4512亿元，同比增长7.8%，"
    "完成年度目标的75.2%，序时推进。",
    "2.开发区高新技术企业净增100家（责任单位：市科技局；配合单位：各开发区管委会；"
    "完成时限：2025年10月底）。进展：已通过省级评审并公示企业68家，序时推进。",
    "3.开发区实际使用外资达到5亿美元（责任单位：市商务局；配合单位：各开发区管委会；"
    "完成时限：2025年12月底）。进展：1—9月实际使用外资2.1亿美元，完成年度目标的42%，进度滞后。",
    "（二）平台能级提升",
    "4.九江经开区在国家级经开区综合发展水平考核评价中进入前60位（责任单位：九江经开区管委会；"
    "完成时限：2025年12月底）。进展：已完成考评材料报送，序时推进。",
    "5.支持共青城高新区创建国家级高新区，9月底前完成创建申报材料报送（责任单位：共青城市人民政府；"
    "配合单位：市科技局、市发展改革委）。进展：申报材料已于9月25日报送省科技厅，已完成。",
    "6.每个省级开发区建成1个以上省级及以上研发平台（责任单位：市科技局；配合单位：各开发区管委会；"
    "完成时限：2025年11月底）。进展：13个省级开发区中已有10个建成，序时推进。",
    "（三）体制机制改革",
    "7.深化开发区“管委会+公司”改革，年内完成开发区管理机构优化整合（责任单位：市委编办；"
    "配合单位：市商务局、市发展改革委）。进展：整合方案已报市委审定，序时推进。",
    "8.深化“亩均论英雄”改革，开发区工业用地亩均税收达到25万元以上（责任单位：市发展改革委；"
    "配合单位：市税务局、各开发区管委会；完成时限：2025年12月底）。进展：1—9月亩均税收18.6万元，序时推进。",
    "9.盘活开发区批而未供和闲置低效用地1.2万亩（责任单位：市自然资源局；配合单位：各开发区管委会；"
    "完成时限：2025年12月底）。进展：已盘活5400亩，完成目标的45%，进度滞后。",
    "（四）要素保障",
    "10.新增开发区标准厂房100万平方米（责任单位：各开发区管委会；配合单位：市住建局；"
    "完成时限：2025年11月底）。进展：已竣工标准厂房86万平方米，序时推进。",
    "11.建立开发区争先进位月调度制度，每月调度一次重点指标（责任单位：市商务局；"
    "配合单位：市统计局）。进展：已按月调度，已完成。",
    "三、存在问题",
    "一是部分开发区利用外资增长乏力，项目储备不足；二是低效用地处置涉及产权关系复杂，"
    "盘活进度偏慢；三是个别开发区要素保障不够有力。",
    "四、下步工作要求",
    "各责任单位要对照年度目标，倒排工期、挂图作战，对进度滞后的任务逐项分析原因、制定赶超措施，"
    "确保年度目标任务全面完成。请各责任单位于每月5日前将上月任务推进情况报送领导小组办公室"
    "（设在市商务局）。",
]


def _zone_pdf(path: Path) -> None:
    """A4 portrait as the office prints a 通报: title, body paragraphs indented two characters,
    the issuing office and date at the right."""
    from weasyprint import HTML

    body = []
    for line in ZONE:
        if line.startswith(SECTION_HEADS):
            body.append(f'<p class="h1">{line}</p>')
        elif line.startswith("（") and len(line) < 20:
            body.append(f'<p class="h2">{line}</p>')
        elif line.endswith("：") and line.startswith("各县"):
            body.append(f'<p class="to">{line}</p>')
        else:
            body.append(f"<p>{line}</p>")
    paragraphs = "\n".join(body)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 20pt; font-family: "Noto Sans CJK SC";
  font-weight: normal; margin: 0 0 16pt 0; }}
p {{ text-indent: 2em; margin: 0; text-align: justify; }}
p.to {{ text-indent: 0; }}
p.h1 {{ font-family: "Noto Sans CJK SC"; }}
p.h2 {{ font-weight: bold; }}
p.sign {{ text-align: right; text-indent: 0; }}
</style></head><body>
<h1>{ZONE_TITLE}</h1>
{paragraphs}
<p class="sign">九江市开发区改革和创新发展工作领导小组办公室</p>
<p class="sign">2025年10月28日</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 4. A city task list kept in a spreadsheet and saved as 文本文件(制表符分隔): the title in the
#    first cell, the header row, dates typed the spreadsheet way, a filing line at the bottom.

ETHICS_ROWS = [
    ("萍乡市2025年科技伦理治理重点工作任务清单", "", "", "", "", ""),
    ("序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限"),
    (
        "1",
        "建立科技伦理（审查）委员会",
        "推动高校、医疗卫生机构、科研院所等重点单位设立科技伦理（审查）委员会，设立率达到100%",
        "市科技局",
        "市教育局、市卫健委",
        "2025.6.30",
    ),
    (
        "2",
        "开展科技伦理审查登记",
        "组织重点单位在国家科技伦理管理信息登记平台完成登记，登记单位不少于20家",
        "市科技局",
        "市卫健委",
        "2025/9/30",
    ),
    (
        "3",
        "加强科技伦理培训",
        "举办科技伦理培训班3期，培训科研人员和伦理委员会委员300人次以上",
        "市科协",
        "市科技局",
        "2025.10",
    ),
    (
        "4",
        "开展医学研究伦理审查专项检查",
        "对开展涉及人的生命科学和医学研究的医疗卫生机构开展伦理审查专项检查，检查覆盖率100%",
        "市卫健委",
        "市科技局",
        "12.31前",
    ),
    (
        "5",
        "实行科技伦理失信联合惩戒",
        "将严重违反科技伦理的行为纳入科研诚信记录，依法依规实施联合惩戒",
        "市科技局",
        "市发展改革委、市教育局",
        "长期",
    ),
    (
        "6",
        "推进伦理审查结果互认",
        "推动医疗卫生机构之间伦理审查结果互认，参与互认机构达到5家",
        "市卫健委",
        "市科技局、萍乡学院",
        "2025/12/31",
    ),
    (
        "7",
        "开展科技伦理宣传",
        "结合全国科技活动周开展科技伦理宣传，发放宣传资料5000份",
        "市科协",
        "市科技局",
        "2025.5.31",
    ),
    (
        "8",
        "开展人工智能伦理风险排查",
        "对从事人工智能研发应用的企业开展科技伦理风险排查，排查企业不少于30家",
        "市科技局",
        "市工信局、市委网信办",
        "2025.11.30",
    ),
    (
        "9",
        "落实科技计划项目伦理审查",
        "在市级科技计划项目申报、立项环节落实伦理审查要求，应审项目伦理审查覆盖率达到100%",
        "市科技局",
        "",
        "每年",
    ),
    (
        "10",
        "报送年度工作情况",
        "各单位总结全年科技伦理治理工作，报送市科技局汇总",
        "市科技局",
        "各有关单位",
        "2025.12.15",
    ),
    ("", "", "", "", "", ""),
    ("填报单位：萍乡市科学技术局", "", "", "填报时间：2025.2.26", "", ""),
]


def _ethics_text() -> str:
    return "\r\n".join("\t".join(row) for row in ETHICS_ROWS) + "\r\n"


# ---------------------------------------------------------------------------------------
# 5. A city 工作要点 saved as Traditional-character text: the year's aims in the preamble,
#    一、 / (一) numbering running through, offices in brackets in several ways.

GREEN = """景德镇市2025年绿色低碳技术攻关工作要点

　　2025年，全市绿色低碳科技工作以支撑碳达峰碳中和为导向，聚焦陶瓷、新能源、航空等重点产业，全年力争实施绿色低碳领域科技项目20项以上，带动企业研发投入5亿元。

　　一、强化关键核心技术攻关
　　（一）实施陶瓷窑炉节能降碳技术攻关。围绕陶瓷烧成环节能耗高的问题，组织实施“揭榜挂帅”项目5项，9月底前完成立项。（牵头单位：市科技局；配合单位：市工信局、市陶瓷产业发展服务中心）
　　（二）推进新能源技术研发。支持光伏、储能企业开展关键技术攻关，新增省级以上绿色低碳研发平台3个。（市科技局牵头，市发展改革委配合；年内完成）
　　（三）开展碳捕集利用技术示范。在建材、化工行业建设碳捕集利用示范项目1个。（市生态环境局、市科技局）
　　二、加快绿色技术推广应用
　　（四）发布绿色低碳技术推广目录。遴选先进适用技术30项以上，6月底前发布。（责任单位：市科技局、市发展改革委）
　　（五）推进绿色工厂建设。新增省级以上绿色工厂8家。（责任单位：市工信局）
　　（六）培育绿色技术交易市场。依托市技术市场建设绿色技术交易服务专区，全年绿色技术合同成交额突破2亿元。（牵头单位：市科技局；配合单位：市金融办）
　　三、完善支撑保障
　　（七）加大财政投入。设立绿色低碳科技专项，市财政每年安排资金2000万元。（市财政局、市科技局）
　　（八）引育创新团队。引进培育绿色低碳领域科技创新团队5个。（市委人才办、市科技局；第三季度完成）
　　（九）强化调度推进。建立绿色低碳技术攻关工作调度机制，每季度召开一次推进会。（市科技局）

景德镇市科学技术局
2025年2月20日
"""


def main() -> None:
    import opencc

    _rd_docx(DOCS / "heldout36-newrd-division.docx")
    _first_docx(DOCS / "heldout36-first-set-table.docx")
    _zone_pdf(DOCS / "heldout36-zone-inspection.pdf")
    (DOCS / "heldout36-ethics-sheet.txt").write_bytes(_ethics_text().encode("utf-8"))
    traditional = opencc.OpenCC("s2tw").convert(GREEN)
    (DOCS / "heldout36-green-traditional.txt").write_text(traditional, encoding="utf-8")


if __name__ == "__main__":
    main()
