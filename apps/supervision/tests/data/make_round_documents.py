"""Regenerate the .docx and .pdf documents of the later held-out rounds (decision 0005).

Unlike make_documents.py this needs only the project's environment: python-docx writes the
Word files and weasyprint (HTML → PDF, with page headers, footers and page numbers) the PDFs:

    .venv/bin/python apps/supervision/tests/data/make_round_documents.py

The results are committed; the tests only read them. The texts are invented work plans in the
style of real ones (place and unit names are real, figures and tasks are not). Each round's
documents and gold ledgers were written before the extractor was run on them.
"""

from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell

DOCS = Path(__file__).resolve().parent / "docs"


def _font(document: WordDocument, name: str = "宋体") -> None:
    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)


# --- round 5 ------------------------------------------------------------------------------

R5_CITY_BODY = [
    "赣州市人民政府办公室关于印发赣州市加快建设区域科技创新高地实施方案的通知",
    "赣市府办发〔2025〕12号",
    "各县（市、区）人民政府，市政府各部门，市直及驻市有关单位：",
    "现将《赣州市加快建设区域科技创新高地实施方案》印发给你们，请认真贯彻落实。",
    "2025年3月10日",
    "赣州市加快建设区域科技创新高地实施方案",
    "为深入实施创新驱动发展战略，加快建设区域科技创新高地，结合我市实际，制定本方案。",
    "一、总体目标",
    "到2027年，全市研发经费投入强度达到1.9%，高新技术企业突破1500家，技术合同成交额达到"
    "150亿元，区域科技创新高地建设取得明显成效。",
    "二、重点任务",
    "围绕创新平台、创新主体、成果转化、人才引育等方面实施重点任务，具体任务分工详见附件。",
    "三、保障措施",
    "（一）加强组织领导。成立由市政府主要领导任组长的工作领导小组，领导小组办公室设在市科技局，"
    "统筹推进各项工作。",
    "（二）强化资金保障。市财政每年安排科技创新专项资金不少于3亿元，并建立稳定增长机制。",
    "（三）严格督查考核。将重点任务落实情况纳入全市高质量发展综合考核，每季度通报一次工作进展。",
    "附件",
    "赣州市加快建设区域科技创新高地重点任务分工表",
]
R5_CITY_HEADER = ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"]
# None in a cell: merged with the cell above (a vertical merge in Word).
R5_CITY_ROWS: list[list[str | None] | str] = [
    "一、打造高能级创新平台",
    [
        "1",
        "争创国家级创新平台，力争新增国家级重点实验室、技术创新中心等平台1-2个。",
        "市科技局",
        "市发改委、市工信局",
        "2027年底前",
    ],
    [
        "2",
        "推进赣州高新区提质升级，在全国高新区综合排名中提升5位以上。",
        None,
        "赣州高新区管委会",
        "持续推进",
    ],
    [
        "3",
        "建设省级以上工程研究中心、企业技术中心30家以上。",
        "市发改委、市工信局",
        "市科技局",
        "2026年6月底前",
    ],
    "二、壮大科技创新主体",
    [
        "4",
        "实施高新技术企业“育苗造林”行动，每年新增高新技术企业200家以上。",
        "市科技局",
        "市财政局、市税务局",
        "长期坚持",
    ],
    [
        "5",
        "开展科技型中小企业评价入库，入库企业达到3000家。",
        "市科技局",
        "各县（市、区）人民政府",
        "2025年12月底前",
    ],
    [
        "6",
        "支持龙头企业牵头组建创新联合体3-5个。",
        "市工信局",
        "市科技局",
        None,
    ],
    "三、加快科技成果转化",
    [
        "7",
        "建设中国（赣州）稀土科技成果转化基地，技术合同成交额突破150亿元。",
        "市科技局",
        "中国科学院赣江创新研究院、市商务局",
        "2027年底前",
    ],
    [
        "8",
        "举办科技成果对接活动每季度不少于1场。",
        None,
        "各县（市、区）人民政府",
        "每季度",
    ],
    "四、强化人才引育",
    [
        "9",
        "实施“苏区之光”人才计划，引进高层次人才和团队50个以上。",
        "市委组织部（市委人才办）",
        "市人社局、市科技局",
        "2025年12月底前",
    ],
    [
        "10",
        "新建院士工作站、博士后科研工作站10家。",
        "市人社局",
        "市科协、市科技局",
        "2025年10月底前",
    ],
]


def r5_city_docx() -> None:
    document = Document()
    _font(document, "仿宋")
    for line in R5_CITY_BODY:
        paragraph = document.add_paragraph(line)
        if line.endswith(("实施方案", "分工表", "的通知")):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=1, cols=len(R5_CITY_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R5_CITY_HEADER, strict=True):
        cell.text = text
    for row in R5_CITY_ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = row
            continue
        for column, value in enumerate(row):
            if value is None:
                above = table.rows[len(table.rows) - 2].cells[column]
                above.merge(cells[column])
            else:
                cells[column].text = value
    document.add_paragraph("注：各牵头单位于每季度末将工作进展报市科技局。")
    document.save(str(DOCS / "heldout5-city-table.docx"))


R5_DIGITAL = [
    ("title", "江西省推进数字技术创新应用行动计划（2025—2027年）"),
    (
        "p",
        "为深入贯彻党中央、国务院关于发展数字经济的决策部署，加快数字技术创新和应用，"
        "推动数字经济和实体经济深度融合，制定本行动计划。",
    ),
    ("h", "一、发展目标"),
    (
        "p",
        "到2027年，全省数字经济核心产业增加值占地区生产总值比重达到10%，培育“专精特新”数字企业"
        "300家以上，5G基站突破12万个，物联网终端用户达到2700万户。",
    ),
    ("h", "二、重点任务"),
    (
        "p",
        "（一）突破关键核心技术。聚焦集成电路、新型显示、虚拟现实等领域，每年组织实施重大科技专项"
        "10项左右，力争攻克关键核心技术30项以上。（牵头单位：省科技厅；配合单位：省发展改革委、"
        "省工业和信息化厅）",
    ),
    (
        "p",
        "（二）建设数字创新平台。新建省级以上数字领域创新平台3-5家，建成工业互联网标识解析二级节点"
        "不低于15个。（牵头单位：省工业和信息化厅；配合单位：省通信管理局）",
    ),
    (
        "p",
        "（三）培育数字创新企业。数字经济领域高新技术企业数量增长10%以上，新增上市企业3家。"
        "（牵头单位：省科技厅、省地方金融管理局；配合单位：各设区市人民政府）",
    ),
    (
        "p",
        "（四）推进数字场景应用。开放应用场景1万个以上，打造“5G+工业互联网”示范项目100个，"
        "2025年6月底前发布首批场景清单。（牵头单位：省工业和信息化厅；配合单位：省科技厅、"
        "省发展改革委）",
    ),
    (
        "p",
        "（五）壮大数字人才队伍。引进培育数字领域高端人才500名，数字技能人才占技能人才比重达到25%。"
        "（牵头单位：省人力资源社会保障厅；配合单位：省教育厅、省科技厅）",
    ),
    ("h", "三、保障措施"),
    (
        "p",
        "（一）加大财政投入。省级财政每年统筹安排资金不低于5亿元，支持数字技术创新。"
        "（牵头单位：省财政厅）",
    ),
    (
        "p",
        "（二）强化监测评估。建立行动计划实施监测机制，定期开展评估，持续推进。"
        "（牵头单位：省发展改革委；配合单位：省统计局）",
    ),
]


def r5_digital_docx() -> None:
    document = Document()
    _font(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "江西省人民政府办公厅文件"
    section.footer.paragraphs[0].text = "— 1 —"
    for kind, text in R5_DIGITAL:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    document.save(str(DOCS / "heldout5-digital-targets.docx"))


R5_PDF_TITLE = "江西省加快推进科技成果转化行动计划（2025—2027年）"
R5_PDF_LINES = [
    (
        "p",
        "为深入贯彻落实《中华人民共和国促进科技成果转化法》，打通科技成果向现实生产力转化的"
        "通道，加快建设创新型省份，制定本行动计划。",
    ),
    ("h", "一、主要目标"),
    (
        "p",
        "到2027年，全省技术合同成交额突破1800亿元，研发经费投入强度达到1.9%，高校院所科技成果"
        "本省转化率、企业技术成果采用率分别达到40%和25%。",
    ),
    ("h", "二、重点任务"),
    ("h2", "（一）实施成果供给提质行动。"),
    (
        "p",
        "1.建设概念验证中心和中试平台。布局建设省级概念验证中心10家、中试平台20个，2026年6月底前"
        "完成首批布局。由省科技厅牵头，省发展改革委、省工业和信息化厅配合。",
    ),
    (
        "p",
        "2.深化职务科技成果赋权改革。扩大赋权改革试点范围至30家单位以上，持续推进。"
        "由省科技厅、省教育厅牵头，省财政厅配合。",
    ),
    ("h2", "（二）实施成果转化主体培育行动。"),
    (
        "p",
        "3.壮大科技型企业群体。高新技术企业数量年均增长10%以上，科技型中小企业达到3万家。"
        "由省科技厅牵头，各设区市人民政府配合。",
    ),
    (
        "p",
        "4.培育技术转移机构和人才。新增省级技术转移示范机构20家，培养技术经理人1万名以上。"
        "由省科技厅牵头，省人力资源社会保障厅配合。",
    ),
    ("h2", "（三）实施成果转化环境优化行动。"),
    (
        "p",
        "5.完善科技金融服务。设立规模不低于50亿元的科技成果转化引导基金，"
        "科技贷款余额增长15%以上，"
        "2025年12月底前完成基金设立。由省财政厅、省地方金融管理局牵头，人民银行江西省分行配合。",
    ),
    (
        "p",
        "6.加强知识产权保护。每万人口高价值发明专利拥有量达到8件，此项工作长期坚持。"
        "由省市场监管局（省知识产权局）牵头，各设区市人民政府配合。",
    ),
    ("h", "三、保障措施"),
    (
        "p",
        "（一）加强统筹协调。建立全省科技成果转化工作联席会议制度，每半年召开一次联席会议，"
        "研究解决重大问题。",
    ),
    ("p", "（二）强化考核评价。将科技成果转化主要指标纳入对各设区市高质量发展综合绩效考核。"),
]

PDF_CSS = """
@page { size: A4; margin: 30mm 25mm 28mm 25mm;
  @top-center { content: "江西省人民政府办公厅文件"; font-size: 10pt; color: #a00; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 11pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 1.9; }
h1 { font-size: 20pt; text-align: center; font-weight: bold; }
h2, h3 { font-size: 16pt; margin: 0.4em 0; }
p { text-indent: 2em; margin: 0; }
.meta { text-align: center; text-indent: 0; }
"""


def r5_provincial_pdf() -> None:
    from weasyprint import HTML

    parts = [
        f"<h1>{html.escape(R5_PDF_TITLE)}</h1>",
        '<p class="meta">（2025年4月8日）</p>',
    ]
    for kind, text in R5_PDF_LINES:
        tag = {"h": "h2", "h2": "h3", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{PDF_CSS}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout5-provincial.pdf")


# --- round 6 ------------------------------------------------------------------------------

R6_GROUPED_BODY = [
    "九江市推进科技成果转化三年行动方案（2025—2027年）",
    "为加快推动科技成果向现实生产力转化，助力全市高质量跨越式发展，制定本方案。",
    "一、工作目标",
    "到2027年，全市技术合同成交额达到200亿元，年均增长15%以上；新增市级以上科技成果转化"
    "中试基地10家。",
    "二、重点任务及分工",
    "各项重点任务及责任分工如下表。",
]
R6_GROUPED_HEADER = ["序号", "重点任务", "具体措施", "责任单位", "时间进度"]
R6_GROUPED_ROWS: list[list[str | None]] = [
    [
        "1",
        "强化成果供给",
        "组织实施市级重大科技专项20项，每项支持不超过300万元。",
        "市科技局（牵头）、市财政局",
        "2025—2027年",
    ],
    ["2", None, "推动高校院所与企业共建研发机构15家以上。", "市科技局、市教育局", "2026年底前"],
    [
        "3",
        "畅通转化渠道",
        "建设九江技术交易服务平台，年度技术交易额突破50亿元。",
        "市科技局（牵头）、市商务局",
        "2025年9月底前",
    ],
    ["4", None, "每半年举办一次科技成果路演活动。", "市科技局", "每半年"],
    [
        "5",
        "优化转化环境",
        "落实科技成果转化税收优惠政策，惠及企业不少于500家次。",
        "市税务局（牵头）、市科技局",
        "持续推进",
    ],
]
R6_GROUPED_TAIL = [
    "三、保障措施",
    "各责任单位要明确专人负责，每季度末向市科技局报送工作进展。",
]


def r6_grouped_docx() -> None:
    document = Document()
    _font(document, "仿宋")
    for line in R6_GROUPED_BODY:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(R6_GROUPED_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R6_GROUPED_HEADER, strict=True):
        cell.text = text
    for row in R6_GROUPED_ROWS:
        cells = table.add_row().cells
        for column, value in enumerate(row):
            if value is None:
                table.rows[len(table.rows) - 2].cells[column].merge(cells[column])
            else:
                cells[column].text = value
    for line in R6_GROUPED_TAIL:
        document.add_paragraph(line)
    document.save(str(DOCS / "heldout6-grouped.docx"))


R6_TABLE_TITLE = "上饶市2025年科技创新工作任务清单"
R6_TABLE_HEADER = ["序号", "工作任务", "责任单位", "完成时间"]
R6_TABLE_ROWS: list[list[str] | str] = [
    "一、提升创新能力",
    [
        "1",
        "全社会研发经费投入增长12%以上，研发投入强度达到1.8%。",
        "市科技局、市统计局、各县（市、区）人民政府",
        "2025年12月",
    ],
    ["2", "新建省级重点实验室、技术创新中心等创新平台5个以上。", "市科技局", "2025年10月"],
    [
        "3",
        "推动上饶高新区争创国家高新区，完成创建申报。",
        "上饶高新区管委会、市科技局",
        "2025年6月",
    ],
    "二、培育创新主体",
    ["4", "高新技术企业数量突破1000家，净增100家以上。", "市科技局、市税务局", "2025年12月"],
    [
        "5",
        "培育省级专精特新中小企业60家、专精特新“小巨人”企业3-5家。",
        "市工信局",
        "2025年11月",
    ],
    ["6", "科技型中小企业评价入库1200家以上。", "市科技局", "2025年9月"],
    "三、促进成果转化",
    [
        "7",
        "技术合同成交额达到80亿元，吸纳技术合同成交额占比不低于40%。",
        "市科技局",
        "2025年12月",
    ],
    [
        "8",
        "组织开展“科技副总”选派工作，选派科技副总100名。",
        "市科技局、市委人才办",
        "2025年8月",
    ],
    "四、优化创新生态",
    [
        "9",
        "开展科技活动周、全国科技工作者日等科普活动，参与群众不少于10万人次。",
        "市科协、市科技局",
        "2025年5月",
    ],
    [
        "10",
        "持续深化科技领域“放管服”改革，科技项目评审周期压缩至60个工作日以内。",
        "市科技局",
        "持续推进",
    ],
]
TABLE_CSS = """
@page { size: A4; margin: 25mm 20mm;
  @top-right { content: "上饶市科学技术局"; font-size: 9pt; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 14pt; }
h1 { font-size: 18pt; text-align: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 6pt 4pt; vertical-align: middle; line-height: 1.6; }
td.section { font-weight: bold; }
thead { display: table-header-group; }
"""


def r6_table_pdf() -> None:
    from weasyprint import HTML

    widths = ("8%", "52%", "24%", "16%")
    head = "".join(
        f'<th style="width:{w}">{html.escape(h)}</th>'
        for w, h in zip(widths, R6_TABLE_HEADER, strict=True)
    )
    body = []
    for row in R6_TABLE_ROWS:
        if isinstance(row, str):
            body.append(f'<tr><td class="section" colspan="4">{html.escape(row)}</td></tr>')
        else:
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    page = (
        f"<html><head><style>{TABLE_CSS}</style></head><body>"
        f"<h1>{html.escape(R6_TABLE_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout6-table.pdf")


R6_TRADITIONAL = [
    "赣江新区2025年科技创新工作计划",
    "为深入实施创新驱动发展战略，加快建设具有全国影响力的科技创新高地，制定本计划。",
    "一、打造创新平台",
    "（一）推进中医药科创城建设。①引进中医药研发机构5家以上；②建成中试平台2个。"
    "（主办：新区科技创新和人才局；协办：新区中医药科创城管委会）",
    "（二）建设光电信息产业创新联合体。组建创新联合体1个，攻克关键技术10项左右。"
    "（主办：新区经济发展局；协办：新区科技创新和人才局）2025年9月底前完成。",
    "二、培育创新主体",
    "（三）实施“瞪羚”企业培育计划。新认定瞪羚企业15家，高新技术企业总数达到450家。"
    "（主办：新区科技创新和人才局）",
    "（四）推进企业上市。力争新增上市企业2家。（主办：新区金融办；协办：各组团管委会）",
    "三、集聚创新人才",
    "（五）实施“人才新政”。全年引进各类人才1万人，其中博士100人以上。（主办：新区党群工作部；"
    "协办：新区科技创新和人才局、新区人力资源和社会保障局）",
    "（六）常态化开展人才服务“一站式”办理。（主办：新区党群工作部）",
]


def r6_traditional_docx() -> None:
    import opencc

    convert = opencc.OpenCC("s2hk").convert
    document = Document()
    _font(document, "新細明體")
    for line in R6_TRADITIONAL:
        text = convert(line).replace("“", "「").replace("”", "」")
        document.add_paragraph(text)
    document.save(str(DOCS / "heldout6-traditional.docx"))


# --- round 7 ------------------------------------------------------------------------------

R7_LEDGER_INTRO = [
    "2025年赣州市科技创新重点工作推进台账",
    "为推动年度科技创新重点工作落地见效，建立本推进台账，实行清单化管理、项目化推进。",
]
R7_LEDGER_HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时间"]
R7_LEDGER_ROWS = [
    [
        "实施创新平台提能工程，新增省级以上创新平台8个。",
        "市政府分管副市长",
        "市科技局",
        "市发改委、市工信局",
        "2025年第三季度",
    ],
    [
        "推进中国科学院稀土所成果转化基地建设，转化科技成果20项以上。",
        "市政府分管副市长",
        "市科技局",
        "赣州高新区",
        "2025年二季度末",
    ],
    [
        "实施制造业数字化转型行动，新增数字化车间、智能工厂15家。",
        "市政府分管副市长",
        "市工信局",
        "市科技局、市发展改革委（市能源局）",
        "2026年上半年",
    ],
    [
        "开展科技金融“百园万企”对接，新增科技贷款30亿元以上。",
        "市政府分管副市长",
        "人民银行赣州市分行",
        "市金融办、市科技局",
        "2025年9月份",
    ],
    [
        "推进“科技特派团”服务全覆盖，每个县（市、区）至少组建1个科技特派团。",
        "市政府分管副市长",
        "市科技局",
        "各县（市、区）政府",
        "2025年至2027年",
    ],
]


def r7_autonumber_table_docx() -> None:
    """A ledger whose 序号 cells are numbered by a Word list: the cells hold no digits."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    _font(document, "仿宋")
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    )
    for line in R7_LEDGER_INTRO:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(R7_LEDGER_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R7_LEDGER_HEADER, strict=True):
        cell.text = text
    for row in R7_LEDGER_ROWS:
        cells = table.add_row().cells
        cells[0].paragraphs[0]._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>')
        )
        for cell, text in zip(cells[1:], row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout7-autonumber-table.docx"))


R7_PARTS_TITLE = "抚州市创新驱动高质量发展实施方案（2025—2027年）"
R7_PARTS = [
    (
        "p",
        "为深入实施创新驱动发展战略，加快构建以科技创新为引领的现代化产业体系，"
        "结合我市实际，特制定本方案。",
    ),
    ("h", "第一部分 总体要求"),
    (
        "p",
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和"
        "二十届二中、三中全会精神，深入落实省委、省政府决策部署，坚持创新在现代化建设全局中的"
        "核心地位。",
    ),
    (
        "p",
        "（二）主要目标。到2027年，全市研发经费投入强度提高到2.5%，高新技术产业增加值占"
        "规上工业增加值比重达到45%，技术合同成交额实现翻一番，科技型中小企业数量保持两位数增长。",
    ),
    ("h", "第二部分 重点任务"),
    ("h2", "（一）建设高水平创新平台"),
    (
        "p",
        "1.争创国家级创新平台。力争国家级创新平台实现零的突破，新建省级重点实验室3家。"
        "〔责任单位：市科技局，完成时限：2027年底前〕",
    ),
    ("p", "2.提升高新区创新能级。"),
    ("p", "（1）推动抚州高新区综合排名进位赶超，进入全国前80位。"),
    ("p", "（2）支持东乡经开区、崇仁工业园区创建省级高新区，2026年底前完成创建1家。"),
    ("p", "〔责任单位：抚州高新区管委会、东乡区政府、崇仁县政府〕"),
    ("h2", "（二）培育壮大创新主体"),
    (
        "p",
        "3.实施高企倍增行动。到2027年高新技术企业达到800家，年均新增100家以上。"
        "〔责任单位：市科技局、市税务局，完成时限：每年12月底前〕",
    ),
    (
        "p",
        "4.推动企业研发活动全覆盖。规上工业企业研发费用增长8%左右，单位工业增加值能耗降低3%。"
        "〔责任单位：市工信局、市统计局，完成时限：持续推进〕",
    ),
    ("h2", "（三）集聚创新人才"),
    (
        "p",
        "5.实施“才聚抚州”工程。每年引进培育高层次人才200名，设立人才发展专项资金不少于5亿元。"
        "〔责任单位：市委组织部、市人社局、市财政局，完成时限：长期〕",
    ),
    ("h", "第三部分 保障措施"),
    ("p", "（一）强化组织领导。市科技创新委员会统筹推进方案实施，每年召开全体会议不少于1次。"),
    ("p", "（二）强化考核激励。对成效明显的县（区）给予最高500万元奖励。"),
]


def r7_parts_pdf() -> None:
    from weasyprint import HTML

    css = PDF_CSS.replace("江西省人民政府办公厅文件", "抚州市人民政府文件").replace(
        "font-size: 16pt; line-height: 1.9", "font-size: 17pt; line-height: 2.3"
    )
    parts = [f"<h1>{html.escape(R7_PARTS_TITLE)}</h1>"]
    for kind, text in R7_PARTS:
        tag = {"h": "h2", "h2": "h3", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout7-parts.pdf")


# --- round 8 ------------------------------------------------------------------------------

R8_STYLED: list[tuple[int, str]] = [
    (-1, "宜春市2025年科技创新工作要点"),
    (0, "为深入实施创新驱动发展战略，推动全市科技创新工作再上新台阶，制定本要点。"),
    (1, "加强创新平台建设"),
    (2, "推进锂电新能源产业科技创新"),
    (
        0,
        "加快建设宜春锂电新能源产业创新研究院，2025年7月中旬前完成研究院注册，"
        "全年引进研发团队8个。",
    ),
    (0, "责任单位：市科技局、宜春经开区"),
    (2, "建设中试验证平台"),
    (0, "新建省级中试平台2个，服务企业100家次以上。一是完善平台运营机制；二是开放共享仪器设备。"),
    (0, "责任单位：市工信局、市科技局"),
    (1, "强化企业创新主体"),
    (2, "壮大高新技术企业"),
    (
        0,
        "高新技术企业数量由2024年的520家增加到600家，高新技术产业增加值占规上工业增加值比重"
        "较上年提高2个百分点。",
    ),
    (0, "责任单位：市科技局、市税务局、市统计局"),
    (2, "推动规上企业研发活动全覆盖"),
    (0, "有研发活动的规上工业企业占比达到55%，万人发明专利拥有量达到5.5件。"),
    (0, "责任单位：市工信局"),
    (1, "优化创新生态"),
    (2, "深化科技体制改革"),
    (0, "推进科技成果评价改革试点，2025年第四季度完成试点总结。"),
    (0, "责任单位：市科技局"),
]


def r8_styled_docx() -> None:
    """Headings numbered through their styles (Heading 1 → 一、, Heading 2 → (一))."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    _font(document)
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="92">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="92"/></w:num>')
    )
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        style = document.styles[name]
        style.element.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="92"/></w:numPr>'
            )
        )
    for level, text in R8_STYLED:
        if level == -1:
            document.add_heading(text, level=0)
        elif level == 0:
            document.add_paragraph(text)
        else:
            document.add_heading(text, level=level)
    document.save(str(DOCS / "heldout8-styled.docx"))


R8_ANNEX_TITLE = "吉安市科技创新赋能产业发展实施方案"
R8_ANNEX_BODY = [
    ("p", "为推动科技创新与产业发展深度融合，结合我市实际，制定本方案。"),
    ("h", "一、发展目标"),
    (
        "p",
        "到2026年，全市电子信息产业营业收入突破3000亿元，研发投入强度达到2.1%，"
        "省级以上创新平台总数超过200个。",
    ),
    ("h", "二、主要措施"),
    ("p", "（一）聚焦电子信息产业链部署创新链，实施揭榜挂帅项目。"),
    ("p", "（二）加强创新人才引育，落实人才激励政策。"),
    ("h", "三、组织实施"),
    ("p", "各牵头单位要细化工作方案，每季度向市科技局报送工作进展。"),
]
R8_ANNEX_HEADER = ["序号", "任务内容", "责任单位", "完成时限"]
R8_ANNEX_ROWS = [
    [
        "1",
        "实施电子信息产业关键核心技术攻关，每年组织实施重大科技专项10项以上。",
        "市科技局、市工信局",
        "2026年12月底前",
    ],
    [
        "2",
        "建设吉安电子信息产业研究院，2025年底前建成并投入运营。",
        "吉安高新区管委会、市科技局",
        "2025年12月底前",
    ],
    ["3", "培育电子信息领域高新技术企业，新增100家以上。", "市科技局、市税务局", "每年"],
    ["4", "引进电子信息领域高层次人才团队20个。", "市委人才办、市人社局", "2026年6月底前"],
    ["5", "设立总规模10亿元的产业创新基金。", "市财政局、市国资委", "2025年9月底前"],
    ["6", "推动电子信息企业研发机构覆盖率达到80%以上。", "市工信局", "2026年底前"],
]


def r8_body_annex_pdf() -> None:
    from weasyprint import HTML

    css = (
        PDF_CSS.replace("江西省人民政府办公厅文件", "吉安市人民政府")
        + "table { border-collapse: collapse; width: 100%; font-size: 13pt; }"
        " th, td { border: 1px solid #000; padding: 4pt; line-height: 1.5; }"
        " .annex { page-break-before: always; }"
    )
    parts = [f"<h1>{html.escape(R8_ANNEX_TITLE)}</h1>"]
    for kind, text in R8_ANNEX_BODY:
        tag = {"h": "h2", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    parts.append('<p class="annex meta">附件</p>')
    parts.append('<h2 class="meta">吉安市科技创新赋能产业发展重点任务分工</h2>')
    head = "".join(f"<th>{html.escape(h)}</th>" for h in R8_ANNEX_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R8_ANNEX_ROWS
    )
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout8-body-annex.pdf")


# --- round 9 ------------------------------------------------------------------------------

R9_TWO_HEADER_TITLE = "抚州市2025年科技创新工作任务分解表"
R9_TWO_HEADER_ROWS: list[list[str] | str] = [
    "一、平台建设",
    [
        "1",
        "推进抚州高新区创建国家高新区，年内完成创建申报。",
        "抚州高新区管委会",
        "市科技局、市发改委",
        "2025年12月",
    ],
    ["2", "新建省级以上研发平台6个。", "市科技局", "市工信局", "2025年11月"],
    "二、主体培育",
    ["3", "高新技术企业净增60家以上。", "市科技局", "市税务局、各县（区）政府", "2025年12月"],
    ["4", "培育科技型中小企业400家。", "市科技局", "各县（区）政府", "2025年10月"],
    [
        "5",
        "支持企业建设研发中心，规上工业企业研发机构覆盖率达到50%。",
        "市工信局",
        "市科技局",
        "持续推进",
    ],
]


def r9_two_header_docx() -> None:
    """A table whose header takes two rows: 责任单位 spans 牵头 | 配合 below it."""
    document = Document()
    _font(document, "仿宋")
    document.add_paragraph(R9_TWO_HEADER_TITLE)
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    top, bottom = table.rows[0].cells, table.rows[1].cells
    for column, text in ((0, "序号"), (1, "工作任务"), (4, "完成时限")):
        top[column].text = text
        top[column].merge(bottom[column])
    top[2].merge(top[3]).text = "责任单位"
    bottom[2].text, bottom[3].text = "牵头", "配合"
    for row in R9_TWO_HEADER_ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout9-two-row-header.docx"))


R9_TRADITIONAL_TITLE = "赣州市章贡区2025年科技创新工作任务表"
R9_TRADITIONAL_HEADER = ["编号", "工作事项", "主办单位", "协办单位", "完成期限"]
R9_TRADITIONAL_ROWS = [
    [
        "1",
        "推进章贡高新区生物医药产业创新中心建设，引进研发机构3家。",
        "章贡高新区管委会",
        "区科技局",
        "2025年9月",
    ],
    [
        "2",
        "实施“揭榜挂帅”项目5项，财政支持资金不超过500万元。",
        "区科技局",
        "区财政局",
        "2025年11月",
    ],
    ["3", "高新技术企业总数达到260家。", "区科技局", "区税务局", "2025年12月"],
    [
        "4",
        "组织科技活动周系列活动，参与人数超过2万人次。",
        "区科协",
        "区科技局、区教育局",
        "2025年5月",
    ],
]


def r9_traditional_table_docx() -> None:
    import opencc

    convert = opencc.OpenCC("s2tw").convert

    def trad(text: str) -> str:
        return convert(text).replace("“", "「").replace("”", "」")

    document = Document()
    _font(document, "新細明體")
    document.add_paragraph(trad(R9_TRADITIONAL_TITLE))
    table = document.add_table(rows=1, cols=len(R9_TRADITIONAL_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R9_TRADITIONAL_HEADER, strict=True):
        cell.text = trad(text)
    for row in R9_TRADITIONAL_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = trad(text)
    document.save(str(DOCS / "heldout9-traditional-table.docx"))


R9_BRACKET_LABELS = """鹰潭市余江区2025年科技工作任务清单
一、科技创新平台
1．建设余江区眼镜产业创新服务综合体，引进检测认证机构2家。【责任单位】区科技局、区工信局【完成时限】2025年6月底
2．推动雕刻产业技术研究院实体化运营，服务企业不少于80家次。【责任单位】区工信局【完成时限】2025年9月30日前
二、科技型企业培育
3．新增高新技术企业12家，科技型中小企业评价入库突破70家。【责任单位】区科技局、区税务局、各乡镇（街道）【完成时限】2025年12月31日
4．开展“科技特派员进企业”活动，每月至少走访企业10家。【责任单位】区科技局【完成时限】按月推进
三、科技成果转化
5．技术合同成交额达到3亿元，同比增长25%。【责任单位】区科技局【完成时限】年底
"""
R9_SPACED_ROWS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时间"],
    ["1", "新增省级工程技术研究中心2家。", "经开区科技局", "经开区经发局", "2025年11月底前"],
    ["2", "引进新能源领域研发团队3个以上。", "经开区人才办", "经开区科技局", "2025年12月底前"],
    [
        "3",
        "规上工业企业研发投入增长10%。",
        "经开区经发局",
        "经开区科技局、经开区统计局",
        "2025年12月底前",
    ],
    ["4", "建立科技项目季度调度机制。", "经开区科技局", "", "每季度"],
]


def r9_text_files() -> None:
    """GB18030 with CRLF and 【label】s; UTF-16 with a table aligned by ideographic spaces."""
    (DOCS / "heldout9-bracket-labels.txt").write_bytes(
        R9_BRACKET_LABELS.replace("\n", "\r\n").encode("gb18030")
    )
    space = "\u3000"
    lines = ["萍乡经开区2025年科技创新重点任务表", "为抓好年度科技创新工作，现将重点任务分解如下："]
    for row in R9_SPACED_ROWS:
        cells = [
            cell + space * max(2, width - len(cell))
            for cell, width in zip(row, (4, 18, 8, 14, 8), strict=True)
        ]
        lines.append("".join(cells).rstrip(space))
    lines += ["萍乡经济技术开发区科技创新局", "2025年2月10日"]
    (DOCS / "heldout9-fullwidth-spaces.txt").write_bytes(("\n".join(lines) + "\n").encode("utf-16"))


# --- round 10 -----------------------------------------------------------------------------

R10_TWO_COLUMN_TITLE = "赣州经开区2025年科技创新工作安排"
R10_TWO_COLUMN_ROWS: list[list[str] | str] = [
    "（一）创新平台",
    [
        "1.推进新能源汽车科技城研发平台建设，引进研发机构2家，2025年10月底前完成。",
        "经开区科创局、经开区招商局",
    ],
    ["2.支持企业建设省级企业技术中心，新增3家。", "经开区经发局"],
    "（二）企业培育",
    ["3.新增高新技术企业15家以上。", "经开区科创局、经开区税务分局"],
    ["4.推动规上工业企业研发活动全覆盖，覆盖率达到70%。", "经开区经发局、经开区科创局"],
]


def r10_two_column_docx() -> None:
    """A two-column table (主要工作 | 责任部门): the task cell carries its own number."""
    document = Document()
    _font(document, "仿宋")
    document.add_paragraph(R10_TWO_COLUMN_TITLE)
    document.add_paragraph("为扎实推进全区科技创新工作，现将2025年重点工作安排如下。")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "主要工作", "责任部门"
    for row in R10_TWO_COLUMN_ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[1]).text = row
        else:
            cells[0].text, cells[1].text = row
    document.save(str(DOCS / "heldout10-two-column.docx"))


R10_INDICATOR_TITLE = "景德镇市2025年科技创新工作要点"
R10_INDICATOR_HEADER = ["序号", "指标名称", "单位", "2024年完成值", "2025年目标值"]
R10_INDICATOR_ROWS = [
    ["1", "研发经费投入强度", "%", "1.62", "1.8"],
    ["2", "高新技术企业数量", "家", "520", "600"],
    ["3", "技术合同成交额", "亿元", "38", "45"],
    ["4", "每万人口高价值发明专利拥有量", "件", "4.1", "5"],
]
R10_INDICATOR_TASKS = [
    ("h", "二、重点任务"),
    (
        "p",
        "（一）实施陶瓷产业创新攻坚。组织实施陶瓷领域重大科技专项8项，建设陶瓷新材料中试平台2个。"
        "（牵头单位：市科技局；配合单位：市陶瓷局、市工信局）",
    ),
    (
        "p",
        "（二）推进国家陶瓷科技城建设。2025年9月底前完成陶瓷科技城二期工程建设。"
        "（牵头单位：高新区管委会）",
    ),
    (
        "p",
        "（三）加强科技人才引育。引进“昌南英才”高层次人才50名以上。"
        "（牵头单位：市委人才办；配合单位：市人社局、市科技局）",
    ),
]


def r10_indicator_pdf() -> None:
    """A plan whose targets are given in an indicator table (baseline and target columns)."""
    from weasyprint import HTML

    css = (
        PDF_CSS.replace("江西省人民政府办公厅文件", "景德镇市科学技术局")
        + "table { border-collapse: collapse; width: 100%; font-size: 13pt; }"
        " th, td { border: 1px solid #000; padding: 4pt; text-align: center; }"
    )
    head = "".join(f"<th>{html.escape(h)}</th>" for h in R10_INDICATOR_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R10_INDICATOR_ROWS
    )
    parts = [
        f"<h1>{html.escape(R10_INDICATOR_TITLE)}</h1>",
        "<h2>一、主要目标</h2>",
        "<p>2025年全市科技创新主要指标如下表。</p>",
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>",
    ]
    for kind, text in R10_INDICATOR_TASKS:
        tag = {"h": "h2", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout10-indicator-table.pdf")


# --- round 11 -----------------------------------------------------------------------------

R11_BIG5 = """龙南市2025年科技创新工作要点
一、培育创新主体
1.新增高新技术企业10家，科技型中小企业入库达到100家。（责任单位：市科技局、市税务局）
2.推动稀土产业研发投入增长15%。（责任单位：市工信局）
二、建设创新平台
3.建设稀土功能材料中试基地1个，2025年9月底前建成。（责任单位：龙南经开区管委会）
4.持续推进科技特派员服务，选派特派员30名。（责任单位：市科技局、市农业农村局）
"""

R11_PHASES = [
    "九江市科技型企业培育专项行动实施方案",
    "为加快培育壮大科技型企业群体，制定本实施方案。",
    "一、工作目标",
    "到2025年底，全市科技型中小企业入库达到2000家，高新技术企业突破1300家。",
    "二、主要任务",
    "（一）建立培育库。各县（市、区）科技部门建立科技型企业培育库，入库企业不少于500家。"
    "（责任单位：市科技局，各县〔市、区〕政府）",
    "（二）开展精准服务。组织“科技服务进企业”活动每季度不少于1次。（责任单位：市科技局、市税务局）",
    "三、实施步骤",
    "（一）动员部署阶段（2025年3月）。制定工作方案，召开动员部署会。",
    "（二）组织实施阶段（2025年4月—10月）。按照任务分工抓好落实。",
    "（三）总结评估阶段（2025年11月—12月）。开展总结评估，通报工作成效。",
]

R11_LONG_TITLE = "南昌市2025年科技创新重点任务清单"
R11_LONG_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
R11_LONG_ROWS: list[list[str] | str] = [
    "一、科技创新平台建设",
    [
        "1",
        "推进南昌实验室建设，引进高水平研发团队5个以上，承担国家级科研项目10项。",
        "市科技局",
        "市财政局、南昌高新区管委会",
        "2025年12月底前",
    ],
    [
        "2",
        "建设VR产业创新中心，推动VR企业集聚，新增VR企业50家。",
        "红谷滩区政府",
        "市工信局、市科技局",
        "2025年11月底前",
    ],
    [
        "3",
        "争创国家级技术创新中心1个。",
        "市科技局",
        "市发改委",
        "2025年6月底前完成方案，12月底前完成申报",
    ],
    "二、企业创新能力提升",
    [
        "4",
        "高新技术企业突破3500家，科技型中小企业入库4000家以上。",
        "市科技局",
        "各县（区）政府、开发区管委会",
        "2025年12月底前",
    ],
    [
        "5",
        "规上工业企业研发活动覆盖率达到60%，研发机构覆盖率达到40%。",
        "市工信局",
        "市科技局、市统计局",
        "2025年12月底前",
    ],
    ["6", "培育创新型领军企业10家。", "市科技局", "市工信局", "2025年10月底前"],
    "三、科技成果转移转化",
    [
        "7",
        "技术合同成交额突破500亿元，同比增长20%。",
        "市科技局",
        "各县（区）政府、开发区管委会",
        "2025年12月底前",
    ],
    ["8", "建设概念验证中心3家、中试基地5家。", "市科技局", "市发改委、市工信局", "2025年9月底前"],
    ["9", "举办科技成果对接活动不少于20场。", "市科技局", "市科协", "每季度"],
    "四、科技人才队伍建设",
    [
        "10",
        "引进培育高层次科技人才500名，其中顶尖人才10名。",
        "市委人才办",
        "市人社局、市科技局",
        "2025年12月底前",
    ],
    ["11", "选派科技特派员300名以上。", "市科技局", "市农业农村局", "2025年5月底前"],
    ["12", "开展科技人员职称评审改革试点。", "市人社局", "市科技局", "持续推进"],
]


def r11_documents() -> None:
    """Big5 Traditional text, a plan with dated phases (.docx), a three-page PDF task table."""
    import opencc
    from weasyprint import HTML

    traditional = opencc.OpenCC("s2tw").convert(R11_BIG5)
    (DOCS / "heldout11-big5.txt").write_bytes(traditional.encode("big5"))

    document = Document()
    _font(document, "仿宋")
    for line in R11_PHASES:
        document.add_paragraph(line)
    document.save(str(DOCS / "heldout11-phases.docx"))

    css = (
        TABLE_CSS.replace("上饶市科学技术局", "南昌市科学技术局")
        .replace('"第 " counter(page) " 页 共 " counter(pages) " 页"', '"- " counter(page) " -"')
        .replace("padding: 6pt 4pt", "padding: 14pt 4pt")
    )
    head = "".join(f"<th>{html.escape(h)}</th>" for h in R11_LONG_HEADER)
    body = []
    for row in R11_LONG_ROWS:
        if isinstance(row, str):
            body.append(f'<tr><td class="section" colspan="5">{html.escape(row)}</td></tr>')
        else:
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R11_LONG_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout11-long-table.pdf")


# --- round 12 -----------------------------------------------------------------------------

R12_SOFT_BREAKS = [
    ["萍乡市湘东区2025年科技创新工作清单"],
    ["一、创新主体培育"],
    [
        "1.新增高新技术企业8家，科技型中小企业入库突破90家。（责任单位：区科技局、区税务局）",
        "2.培育省级专精特新企业5家。（责任单位：区工信局）",
    ],
    ["二、创新平台建设"],
    [
        "3.建设工业陶瓷产业技术研究院，2025年年中完成注册。（责任单位：湘东产业园管委会）",
        "4.新建市级以上研发平台4个。（责任单位：区科技局）",
    ],
]
R12_NOTICE_LINES = [
    "关于印发《鹰潭高新区2025年科技创新重点工作任务》的通知",
    "各部门、各园区：",
    "现将《鹰潭高新区2025年科技创新重点工作任务》印发给你们，请认真抓好落实。",
    "鹰潭高新区2025年科技创新重点工作任务",
]
R12_NOTICE_HEADER = ["序号", "工作内容", "责任单位", "时间节点", "备注"]
R12_NOTICE_ROWS = [
    [
        "1",
        "推进铜产业创新中心建设，引进研发团队2个。",
        "高新区科创局、高新区经发局",
        "2025年8月底前",
        "纳入年度考核",
    ],
    ["2", "培育高新技术企业12家。", "高新区科创局", "2025年11月底前", ""],
    [
        "3",
        "开展“科技副总”选派，选派科技副总20名。",
        "高新区组织人事部",
        "2025年6月底前",
        "每季度调度",
    ],
    [
        "4",
        "推动企业研发投入增长12%以上。",
        "高新区经发局、高新区统计站",
        "2025年12月底前",
        "",
    ],
]


def r12_documents() -> None:
    """Items kept apart by soft line breaks (.docx); a notice with a task table (.pdf)."""
    from weasyprint import HTML

    document = Document()
    _font(document)
    for lines in R12_SOFT_BREAKS:
        paragraph = document.add_paragraph()
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()  # Shift+Enter: one paragraph, several lines
    document.save(str(DOCS / "heldout12-softbreaks.docx"))

    css = (
        PDF_CSS.replace("江西省人民政府办公厅文件", "鹰潭高新区管委会")
        + "table { border-collapse: collapse; width: 100%; font-size: 12pt; }"
        " th, td { border: 1px solid #000; padding: 5pt; }"
    )
    parts = [f"<p>{html.escape(line)}</p>" for line in R12_NOTICE_LINES]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in R12_NOTICE_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R12_NOTICE_ROWS
    )
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout12-notice-table.pdf")


# --- round 13 -----------------------------------------------------------------------------

R13_HARD_WRAPPED = [
    "上高县2025年科技工作要点",
    "一、加快培育创新主体",
    "1.实施高新技术企业培育行动，全年新增高新技术企业不少于10家，高新技术企业总数达到85家。"
    "（责任单位：县科技局、县税务局）",
    "2.推动规上工业企业研发投入，规上工业企业研发费用增长15%以上，研发机构覆盖率达到45%。"
    "（责任单位：县工信局、县科技局）",
    "二、提升创新平台能级",
    "3.支持上高工业园区建设鞋业产业技术研究院，2025年9月底前完成研究院注册并引进研发团队3个。"
    "（责任单位：上高工业园区管委会）",
    "4.新建省级以上企业技术中心、工程研究中心等研发平台2个。（责任单位：县发改委、县工信局）",
]
R13_NESTED_TITLE = "2025年樟树市科技创新重点工作任务表"
R13_NESTED_HEADER = ["序号", "重点工作", "责任单位", "完成时间"]
R13_NESTED_ROWS = [
    [
        "1",
        "推进中医药科创城建设，引进中医药研发机构3家。",
        "市科技局、樟树工业园区管委会",
        "2025年11月",
    ],
    ["2", "新增高新技术企业8家以上。", "市科技局、市税务局", "2025年12月"],
    ["3", "建设盐化工产业技术创新中心1个。", "市工信局", "2025年9月"],
]
R13_JUSTIFIED_TITLE = "抚州市东乡区2025年科技创新工作要点"
R13_JUSTIFIED = [
    ("h", "一、聚焦企业主体，提升创新能力"),
    (
        "p",
        "（一）实施科技型企业梯度培育。建立科技型企业培育库，全年新增入库企业不少于30家，"
        "高新技术企业数量达到60家，科技型中小企业评价入库突破80家。"
        "（责任单位：区科技局、区税务局，完成时限：2025年12月底前）",
    ),
    (
        "p",
        "（二）引导企业加大研发投入。落实研发费用加计扣除、高新技术企业税收优惠等政策，"
        "规上工业企业研发投入增长12%以上。（责任单位：区工信局、区税务局）",
    ),
    ("h", "二、聚焦平台载体，集聚创新资源"),
    (
        "p",
        "（三）推进东乡经开区创建省级高新区，2025年10月底前完成申报材料报送，"
        "力争年内获批。（责任单位：东乡经开区管委会、区科技局）",
    ),
    (
        "p",
        "（四）新建省级以上研发平台3个，引进高层次人才团队5个以上。"
        "（责任单位：区科技局、区人社局）",
    ),
]


def r13_documents() -> None:
    """A hard-wrapped text (copied from a PDF viewer), a task table inside a layout table
    (.docx), and a justified plan with letter spacing (.pdf)."""
    from weasyprint import HTML

    lines: list[str] = []
    for paragraph in R13_HARD_WRAPPED:
        lines.extend(paragraph[i : i + 36] for i in range(0, len(paragraph), 36))
    (DOCS / "heldout13-hardwrapped.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    document = Document()
    _font(document, "仿宋")
    outer = document.add_table(rows=1, cols=1)
    frame = outer.rows[0].cells[0]
    frame.paragraphs[0].text = R13_NESTED_TITLE
    inner = frame.add_table(rows=1, cols=len(R13_NESTED_HEADER))
    inner.style = "Table Grid"
    for cell, text in zip(inner.rows[0].cells, R13_NESTED_HEADER, strict=True):
        cell.text = text
    for row in R13_NESTED_ROWS:
        for cell, text in zip(inner.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout13-nested-table.docx"))

    css = PDF_CSS.replace("江西省人民政府办公厅文件", "东乡区科学技术局") + (
        " p { text-align: justify; letter-spacing: 0.05em; }"
    )
    parts = [f"<h1>{html.escape(R13_JUSTIFIED_TITLE)}</h1>"]
    for kind, text in R13_JUSTIFIED:
        tag = {"h": "h2", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout13-justified.pdf")


# --- round 14 -----------------------------------------------------------------------------

R14_AUTOLIST = [
    (-1, "新干县2025年科技创新工作要点"),
    (-1, "为加快推进科技创新，结合我县实际，制定本要点。"),
    (0, "壮大科技型企业群体"),
    (1, "新增高新技术企业5家，科技型中小企业入库50家以上。〔责任单位：县科技局、县税务局〕"),
    (1, "培育箱包皮具产业研发中心1个。〔责任单位：县工信局〕"),
    (0, "提升创新平台能级"),
    (1, "建设盐卤药化产业技术研究院，2025年11月底前完成组建。〔责任单位：县工业园区管委会〕"),
    (1, "新建县级以上工程技术研究中心3家。〔责任单位：县科技局〕"),
]
R14_SECTION_ROWS_TITLE = "2025年上饶市广信区科技创新工作任务分解表"
R14_SECTION_ROWS_HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
R14_SECTION_ROWS = [
    ["（一）", "平台建设", "", "", ""],
    ["1", "建设光伏产业技术创新中心1个。", "区工信局", "区科技局", "2025年三季度"],
    ["2", "新增省级研发平台2个。", "区科技局", "区发改委", "2025年底"],
    ["（二）", "主体培育", "", "", ""],
    ["3", "新增高新技术企业10家以上。", "区科技局", "区税务局", "2025年底"],
    ["4", "培育科技型中小企业120家。", "区科技局", "各乡镇（街道）", "2025年四季度"],
]


def r14_documents() -> None:
    """A Word list numbered (一) then 1. (.docx); a table with (一) section rows (.docx)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    _font(document)
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="93">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%1）"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="93"><w:abstractNumId w:val="93"/></w:num>')
    )
    for level, text in R14_AUTOLIST:
        paragraph = document.add_paragraph(text)
        if level >= 0:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                    '<w:numId w:val="93"/></w:numPr>'
                )
            )
    document.save(str(DOCS / "heldout14-autolist-paren.docx"))

    document = Document()
    _font(document, "仿宋")
    document.add_paragraph(R14_SECTION_ROWS_TITLE)
    table = document.add_table(rows=1, cols=len(R14_SECTION_ROWS_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R14_SECTION_ROWS_HEADER, strict=True):
        cell.text = text
    for row in R14_SECTION_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout14-section-rows.docx"))


# --- round 15 -----------------------------------------------------------------------------

R15_FUBIAO_BODY = [
    "赣州市南康区推进家具产业科技创新实施方案",
    "第一部分 总体要求",
    "（一）发展目标。到2026年，家具产业研发投入强度达到1.5%，建成省级以上创新平台10个。",
    "第二部分 保障措施",
    "（一）加强组织领导。区政府成立工作专班，统筹推进方案实施。",
    "（二）强化要素保障。区财政每年安排家具产业科技创新资金2000万元。",
    "附表1",
    "南康区推进家具产业科技创新重点任务表",
]
R15_FUBIAO_HEADER = ["序号", "重点任务", "责任单位", "完成时间"]
R15_FUBIAO_ROWS: list[list[str] | str] = [
    "一、平台建设",
    ["1", "建设家具产业研究院，引进研发团队5个。", "区科技局、区家具产业促进中心", "2025年12月"],
    [
        "2",
        "建设国家家具产品质量检验检测中心实验室，新增检测项目50项。",
        "区市场监管局",
        "2026年6月",
    ],
    "二、企业培育",
    ["3", "新增家具领域高新技术企业20家。", "区科技局", "2025年12月"],
]
R15_TWO_TABLES: list[tuple[str, list[list[str]]]] = [
    (
        "一、科技创新平台建设",
        [
            ["1", "新建市级以上重点实验室3家。", "市科技局", "市财政局", "2025年10月底前"],
            ["2", "建设概念验证中心1家。", "市科技局", "高新区管委会", "2025年12月底前"],
        ],
    ),
    (
        "二、科技型企业培育",
        [
            ["3", "新增高新技术企业30家以上。", "市科技局", "市税务局", "2025年12月底前"],
            [
                "4",
                "科技型中小企业入库达到500家。",
                "市科技局",
                "各县（市、区）政府",
                "2025年11月底前",
            ],
        ],
    ),
]


def r15_documents() -> None:
    """A plan with an attached table headed 附表1 (.docx); two task tables, one per section."""
    document = Document()
    _font(document, "仿宋")
    for line in R15_FUBIAO_BODY:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(R15_FUBIAO_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R15_FUBIAO_HEADER, strict=True):
        cell.text = text
    for row in R15_FUBIAO_ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.save(str(DOCS / "heldout15-fubiao.docx"))

    document = Document()
    _font(document, "仿宋")
    document.add_paragraph("景德镇市2025年科技创新重点工作安排")
    for heading, rows in R15_TWO_TABLES:
        document.add_paragraph(heading)
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells,
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            strict=True,
        ):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    document.save(str(DOCS / "heldout15-two-tables.docx"))


# --- round 16 -----------------------------------------------------------------------------

R16_TRACKED = [
    # (text before, inserted by a reviewer, deleted by a reviewer, text after)
    ("安福县2025年科技创新工作要点", "", "", ""),
    ("一、", "培育", "", "创新主体"),
    ("1.新增高新技术企业", "8", "6", "家，科技型中小企业入库达到60家。（责任单位：县科技局）"),
    ("2.推动企业研发投入增长", "12%以上", "10%", "。（责任单位：县工信局、县统计局）"),
    ("二、建设创新平台", "", "", ""),
    ("3.建设火腿产业技术研究院，", "2025年9月底前完成注册。", "", "（责任单位：县科技局）"),
]
R16_ROLES_IN_CELL = [
    ["1", "建设锂电新材料中试基地1个。", "牵头：市科技局\n配合：宜春经开区管委会", "2025年10月"],
    ["2", "攻克关键核心技术8项以上。", "牵头：市工信局\n配合：市科技局、市财政局", "2025年12月"],
    ["3", "培育科技型中小企业200家。", "牵头：市科技局\n配合：各县（市、区）政府", "2025年11月"],
]


def r16_documents() -> None:
    """Tracked changes (.docx), and a table whose unit cell names both roles (.docx)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def run(text: str, tag: str = "w:t") -> str:
        return f'<w:r><{tag} xml:space="preserve">{html.escape(text)}</{tag}></w:r>'

    document = Document()
    _font(document)
    for number, (before, inserted, deleted, after) in enumerate(R16_TRACKED):
        paragraph = document.add_paragraph()
        xml = [run(before)] if before else []
        if deleted:
            xml.append(
                f'<w:del {nsdecls("w")} w:id="{2 * number + 1}" w:author="审核人" '
                'w:date="2025-02-01T00:00:00Z">'
                f"{run(deleted, 'w:delText')}</w:del>"
            )
        if inserted:
            xml.append(
                f'<w:ins {nsdecls("w")} w:id="{2 * number + 2}" w:author="审核人" '
                'w:date="2025-02-01T00:00:00Z">'
                f"{run(inserted)}</w:ins>"
            )
        if after:
            xml.append(run(after))
        for fragment in xml:
            paragraph._p.append(parse_xml(fragment.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    document.save(str(DOCS / "heldout16-tracked.docx"))

    document = Document()
    _font(document, "仿宋")
    document.add_paragraph("宜春市2025年锂电产业科技创新任务表")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["序号", "工作任务", "责任单位", "完成时限"], strict=True
    ):
        cell.text = text
    for row in R16_ROLES_IN_CELL:
        cells = table.add_row().cells
        for index, text in enumerate(row):
            lines = text.split("\n")
            cells[index].text = lines[0]
            for line in lines[1:]:
                cells[index].add_paragraph(line)
    document.save(str(DOCS / "heldout16-roles-in-cell.docx"))


# --- round 17 -----------------------------------------------------------------------------

R17_GROUP_HEADER = ["重点领域", "序号", "具体任务", "牵头单位", "完成时限"]
R17_GROUP_ROWS: list[list[str | None]] = [
    ["电子信息", "1", "建设电子信息产业研究院，引进研发团队4个。", "市科技局", "2025年10月"],
    [None, "2", "新增电子信息领域高新技术企业10家。", "市科技局", "2025年12月"],
    ["生物医药", "3", "建设中药材种质资源库1个。", "市农业农村局", "2025年11月"],
    [None, "4", "支持企业开展新药研发，新增临床批件2个。", "市市场监管局", "2025年12月"],
]
R17_STYLE_CHAIN = [
    ("Title", "吉水县2025年科技创新工作要点"),
    ("一级条目", "推进企业创新"),
    ("二级条目", "新增高新技术企业6家。〔责任单位：县科技局、县税务局〕"),
    ("二级条目", "规上工业企业研发投入增长12%以上。〔责任单位：县工信局〕"),
    ("一级条目", "建设创新平台"),
    ("二级条目", "建设县级以上研发平台2个。〔责任单位：县科技局〕"),
]


def r17_documents() -> None:
    """A table grouped by a merged 重点领域 column (.docx); list numbering that a paragraph
    style inherits from the style it is based on (.docx)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    _font(document, "仿宋")
    document.add_paragraph("2025年新余市重点产业科技创新任务表")
    table = document.add_table(rows=1, cols=len(R17_GROUP_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R17_GROUP_HEADER, strict=True):
        cell.text = text
    for row in R17_GROUP_ROWS:
        cells = table.add_row().cells
        for column, value in enumerate(row):
            if value is None:
                table.rows[len(table.rows) - 2].cells[column].merge(cells[column])
            else:
                cells[column].text = value
    document.save(str(DOCS / "heldout17-group-column.docx"))

    document = Document()
    _font(document)
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="94">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="94"><w:abstractNumId w:val="94"/></w:num>')
    )
    base = document.styles.add_style("编号基础", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="94"/></w:numPr>')
    )
    first = document.styles.add_style("一级条目", WD_STYLE_TYPE.PARAGRAPH)
    first.base_style = base  # numbered only through the style it is based on
    second = document.styles.add_style("二级条目", WD_STYLE_TYPE.PARAGRAPH)
    second.base_style = base
    second.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/></w:numPr>')
    )
    for style, text in R17_STYLE_CHAIN:
        if style == "Title":
            document.add_heading(text, level=0)
        else:
            document.add_paragraph(text, style=style)
    document.save(str(DOCS / "heldout17-style-chain.docx"))


# --- round 18 -----------------------------------------------------------------------------

R18_KANGXI = """⾼安市2025年科技⼯作要点
⼀、培育创新主体
1.新增⾼新技术企业10家，科技型中⼩企业⼊库达到120家。（责任单位：市科技局、市税务局）
2.引进⾼层次⼈才团队5个。（责任单位：市委⼈才办）
⼆、建设创新平台
3.建设建筑陶瓷产业技术研究院，2025年9⽉底前完成注册。（责任单位：⾼安⾼新区管委会）
"""  # Kangxi radicals (⼀ ⼯ ⾼ …) where a PDF's font put them instead of 一 工 高
R18_SDT_ROWS = [
    ["1", "建设农业科技园区1个。", "县农业农村局", "县科技局", "2025年10月"],
    ["2", "新增高新技术企业4家。", "县科技局", "县税务局", "2025年12月"],
    ["3", "选派科技特派员40名。", "县科技局", "各乡镇人民政府", "2025年5月"],
]


def r18_documents() -> None:
    """Text with Kangxi radicals; a Word table whose rows sit in content controls."""
    import copy

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    (DOCS / "heldout18-kangxi.txt").write_text(R18_KANGXI, encoding="utf-8")

    document = Document()
    _font(document, "仿宋")
    document.add_paragraph("靖安县2025年科技创新重点任务表")
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in R18_SDT_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
        tr = table.rows[-1]._tr
        sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
        tr.addprevious(sdt)  # a repeating-section control around the row, as templates make
        sdt[1].append(copy.deepcopy(tr))
        tr.getparent().remove(tr)
    document.save(str(DOCS / "heldout18-sdt-rows.docx"))


# --- round 19 -----------------------------------------------------------------------------

R19_TITLE_ROW = "靖安县2025年科技创新重点工作分解表"
R19_HEADER = ["序号", "工作内容", "责任单位", "完成时限", "备注"]
R19_ROWS = [
    ["1", "建设中药材种植科技示范基地1个。", "县农业农村局、县科技局", "2025年10月底前", "新建"],
    ["2", "新增科技型中小企业入库30家。", "县科技局", "2025年11月底前", "年度考核指标"],
    ["3", "举办科技活动周活动1次。", "县科协", "2025年5月底前", ""],
]


def r19_documents() -> None:
    """A Word table whose first row is its title merged across the columns."""
    document = Document()
    _font(document, "仿宋")
    table = document.add_table(rows=2, cols=len(R19_HEADER))
    table.style = "Table Grid"
    table.rows[0].cells[0].merge(table.rows[0].cells[-1]).text = R19_TITLE_ROW
    for cell, text in zip(table.rows[1].cells, R19_HEADER, strict=True):
        cell.text = text
    for row in R19_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout19-title-row.docx"))


# --- round 20 -----------------------------------------------------------------------------

R20_NOTICE_BODY = [
    "萍乡市人民政府办公室关于印发萍乡市2025年科技创新工作任务的通知",
    "萍府办字〔2025〕18号",
    "各县（区）人民政府，萍乡经济技术开发区、武功山风景名胜区管委会，市政府各部门：",
    "《萍乡市2025年科技创新工作任务》已经市政府同意，现印发给你们，请认真组织实施。"
    "各牵头单位要于每季度末向市科技局报送工作进展情况。",
    "附件：萍乡市2025年科技创新工作任务分解表",
    "萍乡市人民政府办公室",
    "2025年3月18日",
    "（此件主动公开）",
    "附件",
    "萍乡市2025年科技创新工作任务分解表",
]
R20_NOTICE_HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时间"]
# None in a cell: merged with the cell above; a list in a cell: one paragraph each.
R20_NOTICE_ROWS: list[list[str | list[str] | None]] = [
    [
        "1",
        "深入实施高新技术企业倍增计划，全年新增高新技术企业60家以上，总数达到550家。",
        "市科技局",
        ["市财政局", "国家税务总局萍乡市税务局", "各县（区）人民政府"],
        "2025年12月31日",
    ],
    [
        "2",
        "推动规上工业企业研发机构全覆盖，有研发机构的企业占比达到45%以上。",
        "市工信局",
        "市科技局、市发改委",
        "2025年11月30日",
    ],
    [
        "3",
        "组建产业技术创新联合体2-3家，围绕粉末冶金、工业陶瓷等产业开展关键核心技术攻关项目10项以上。",
        None,
        ["市科技局", "萍乡经开区管委会"],
        "2025年12月31日",
    ],
    [
        "4",
        "加快萍乡经开区、湘东工业园等园区创新平台建设，新建省级以上创新平台8个。",
        "萍乡经开区管委会、湘东区人民政府",
        "市科技局",
        "2025年10月31日",
    ],
    [
        "5",
        "全市技术合同成交额达到50亿元，同比增长15%。",
        "市科技局",
        "各县（区）人民政府、萍乡经开区管委会",
        "2025年12月31日",
    ],
    [
        "6",
        "实施“萍聚英才”计划，引进高层次人才和急需紧缺人才300人以上。",
        "市委组织部（市委人才办）",
        "市人社局、市科技局",
        "2025年12月31日",
    ],
    [
        "7",
        "推进科技特派团服务产业链，选派科技特派员150人，开展技术培训2000人次。",
        "市科技局",
        ["市农业农村局", "市林业局"],
        "长期坚持",
    ],
    ["8", "兑现科技创新奖补资金3000万元以上。", "市财政局", "市科技局", "2025年6月30日"],
]

R20_TABLE_TITLE = "2025年全省科技创新重点任务清单"
R20_TABLE_INTRO = (
    "为贯彻落实全省科技创新大会精神，加快建设创新型省份，现将2025年全省科技创新重点任务"
    "及责任分工列示如下，各责任单位要细化措施、压实责任，确保按期完成。"
)
R20_TABLE_HEADER = ["序号", "重点任务", "目标要求", "责任单位", "完成时限"]
R20_TABLE_ROWS: list[list[str] | str] = [
    "一、科技创新平台",
    [
        "1",
        "推进国家实验室江西基地建设",
        "完成基地主体建设，新建省实验室1-2家",
        "省科技厅、省发展改革委、省财政厅",
        "2025年12月底",
    ],
    [
        "2",
        "提升省级创新平台能级",
        "新认定省技术创新中心20家以上，省工程研究中心15家以上",
        "省科技厅、省发展改革委",
        "2025年11月",
    ],
    "二、企业创新主体",
    [
        "3",
        "实施高新技术企业“提质扩量”行动",
        "高新技术企业数量突破1.3万家",
        "省科技厅、省工业和信息化厅、国家税务总局江西省税务局",
        "持续推进",
    ],
    ["4", "推进科技型中小企业评价入库", "入库企业达到3万家以上", "省科技厅", "2025年10月底前"],
    [
        "5",
        "落实研发费用加计扣除政策",
        "享受政策企业户数增长10%",
        "国家税务总局江西省税务局、省科技厅、省财政厅",
        "2025年6月底前",
    ],
    "三、成果转化与区域创新",
    [
        "6",
        "建设技术要素市场",
        "技术合同成交额不低于1800亿元",
        "省科技厅、各设区市人民政府",
        "2025年12月底前",
    ],
    [
        "7",
        "推动赣江两岸科创大走廊建设",
        "走廊内高新技术企业占全省比重达到60%以上",
        "各设区市人民政府、赣江新区管委会、省科技厅",
        "2025年底",
    ],
    [
        "8",
        "开展科技特派员服务",
        "选派科技特派员2000人以上，服务农户5万户次",
        "省科技厅、省农业农村厅",
        "长期",
    ],
]

R20_TRADITIONAL_TITLE = "九江市2025年科技創新工作要點"
R20_TRADITIONAL_LINES = [
    ("h", "一、推動創新平臺提質增效"),
    (
        "p",
        "（一）加快建設長江經濟帶綠色發展科創中心，新增省級以上研發平臺15個以上。"
        "責任單位：市科技局；市發展改革委；市工業和信息化局。",
    ),
    (
        "p",
        "（二）推進九江經開區、共青城高新區爭先進位，力爭共青城高新區在全國高新區評價中提升10位以上。"
        "責任單位：九江經開區管委會、共青城市人民政府，市科技局配合。",
    ),
    ("h", "二、壯大科技型企業群體"),
    (
        "p",
        "（三）全年淨增高新技術企業150家，科技型中小企業入庫數量翻一番。"
        "責任單位：市科技局，各縣（市、區）人民政府。",
    ),
    (
        "p",
        "（四）規模以上工業企業研發經費支出增長12%，研發投入強度不低於1.6%。"
        "責任單位：市工業和信息化局、市統計局、國家稅務總局九江市稅務局。",
    ),
    ("h", "三、加速科技成果轉移轉化"),
    (
        "p",
        "（五）技術合同成交額達到90億元，力爭突破100億元。責任單位：市科技局。"
        "完成時限：2025年12月底前。",
    ),
    (
        "p",
        "（六）建設市級科技企業孵化器、眾創空間5家，在孵企業達到500家以上。"
        "責任單位：市科技局、市人力資源和社會保障局；各縣（市、區）人民政府。"
        "完成時限：2025年9月底前。",
    ),
    ("h", "四、營造良好創新生態"),
    (
        "p",
        "（七）開展科技金融對接活動不少於6場，撬動社會資本投入5000萬元以上。"
        "責任單位：市科技局、市金融辦、九江銀行。",
    ),
    ("p", "（八）常態化組織科研誠信和科技倫理宣傳教育。責任單位：市科技局、市科協。"),
]

R20_PDF_CSS = """
@page { size: A4; margin: 2.5cm 2.2cm;
  @bottom-center { content: "- " counter(page) " -"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.6; }
h1 { font-size: 18pt; text-align: center; }
p { text-indent: 2em; margin: 0.2em 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
td, th { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; }
td.section { font-weight: bold; }
"""


def _r20_cell(cell: _Cell, value: str | list[str]) -> None:
    """Write a cell's text, one paragraph per unit when the cell lists them on lines."""
    lines = value if isinstance(value, list) else [value]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def r20_documents() -> None:
    """A notice with an 附件 task table (牵头单位 | 责任单位, units on lines, a merged lead
    cell), a provincial task list printed to PDF with a 目标要求 column, and Traditional
    work points printed to PDF."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R20_NOTICE_BODY:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=len(R20_NOTICE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R20_NOTICE_HEADER, strict=True):
        cell.text = text
    for row in R20_NOTICE_ROWS:
        cells = table.add_row().cells
        for index, value in enumerate(row):
            if value is None:
                above = table.rows[len(table.rows) - 2].cells[index]
                above.merge(cells[index])
            else:
                _r20_cell(cells[index], value)
    document.save(str(DOCS / "heldout20-annex-table.docx"))

    rows = []
    for line in R20_TABLE_ROWS:
        if isinstance(line, str):
            rows.append(f'<tr><td class="section" colspan="5">{html.escape(line)}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line) + "</tr>")
    head = "".join(f"<th>{html.escape(c)}</th>" for c in R20_TABLE_HEADER)
    page = (
        f"<html><head><style>{R20_PDF_CSS}</style></head><body>"
        f"<h1>{html.escape(R20_TABLE_TITLE)}</h1><p>{html.escape(R20_TABLE_INTRO)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout20-target-column.pdf")

    parts = [
        f"<h1>{html.escape(R20_TRADITIONAL_TITLE)}</h1>",
        '<p style="text-align:center;text-indent:0">（2025年3月5日）</p>',
    ]
    for kind, text in R20_TRADITIONAL_LINES:
        tag = "h3" if kind == "h" else "p"
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    parts.append('<p style="text-align:right">九江市科學技術局辦公室　2025年3月5日印發</p>')
    css = R20_PDF_CSS.replace("Noto Serif CJK SC", "Noto Serif CJK TC")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout20-traditional.pdf")


# --- round 21 -----------------------------------------------------------------------------

R21_BRACKETS = [
    "鹰潭市2025年科技创新工作要点",
    "主要目标：全社会研发经费投入增长12%以上，研发经费投入强度达到2.1%左右，高新技术产业增加值"
    "占规上工业增加值比重提高1个百分点。",
    "一、加快建设高能级创新平台",
    "（一）推进国家级铜基新材料创新平台建设，力争新获批国家级创新平台1个。"
    "（2025年12月底前完成，市科技局负责）",
    "（二）新建省级重点实验室、工程研究中心等创新平台5家以上，市级创新平台总数达到120家。"
    "（市科技局、市发改委、市工信局负责，2025年11月底前）",
    "二、壮大科技型企业队伍",
    "（三）高新技术企业数量年均增长15%，全年新增科技型中小企业入库150家。"
    "（持续推进；牵头：市科技局，参与：市税务局、市财政局）",
    "（四）支持企业建设研发机构，规上工业企业研发机构覆盖率提高到45%。"
    "（市工信局牵头负责，贵溪市、余江区、月湖区人民政府，鹰潭高新区管委会、龙虎山风景名胜区管委会"
    "按职责落实）",
    "三、推动科技成果转化",
    "（五）全年技术合同成交额不低于35亿元，其中吸纳技术合同成交额10亿元以上。"
    "（市科技局；2025年12月底前）",
    "（六）开展“科技成果进园区”对接活动10场次，服务企业1.5万人次。",
    "责任单位：市科技局、市科协",
    "完成时限：2025年10月",
    "四、强化人才支撑",
    "（七）实施“鹰才计划”，引进高层次创新创业人才（团队）20个。"
    "（市委人才办、市人社局，6月底前出台实施细则）",
]

R21_ANNEX_BODY = [
    "宜春市人民政府办公室关于印发2025年宜春市科技创新工作要点的通知",
    "宜府办字〔2025〕9号",
    "各县（市、区）人民政府，宜春经济技术开发区、宜阳新区、明月山温泉风景名胜区管委会，市政府各部门：",
    "经市政府同意，现将《2025年宜春市科技创新工作要点》印发给你们，请结合实际认真贯彻执行。",
    "附件：1．2025年宜春市科技创新重点任务分工表",
    "　　　2．2025年宜春市科技创新主要指标",
    "宜春市人民政府办公室",
    "2025年2月28日",
]
R21_ANNEX_HEADER = [
    "序号",
    "重点任务",
    "具体举措",
    "责任单位（排第一位的为牵头单位）",
    "责任人",
    "完成时限",
]
R21_ANNEX_ROWS: list[list[str | None]] = [
    [
        "1",
        "锂电新能源产业科技攻关",
        "实施锂电关键技术攻关项目10项以上，突破固态电池等关键技术3项。",
        "市科技局、市工信局、宜春经开区管委会",
        "李某某",
        "2025年12月",
    ],
    [
        "2",
        None,
        "建设宜春锂电新能源产业研究院，引进研发团队5个。",
        "宜春经开区管委会、市科技局",
        "王某某",
        "2025年9月",
    ],
    [
        "3",
        "创新主体培育",
        "新增高新技术企业80家以上，科技型中小企业入库500家以上。",
        "市科技局、国家税务总局宜春市税务局、各县（市、区）人民政府",
        "张某某",
        "2025年11月",
    ],
    ["4", None, "规上工业企业研发活动覆盖率达到55%。", "市工信局、市统计局", "刘某某", "持续推进"],
    [
        "5",
        "成果转化",
        "技术合同成交额达到60亿元，同比增长20%。",
        "市科技局",
        "陈某某",
        "2025年12月",
    ],
]
R21_INDICATOR_HEADER = ["序号", "指标名称", "单位", "2024年基数", "2025年目标"]
R21_INDICATOR_ROWS: list[list[str | None]] = [
    ["1", "全社会研发经费投入强度", "%", "1.72", "1.9"],
    ["2", "高新技术企业数量", "家", "720", "800"],
    ["3", "技术合同成交额", "亿元", "50", "60"],
]

R21_LEDGER_TITLE = "南昌高新区2025年科技创新工作台账"
R21_LEDGER_META = "填报单位：南昌高新区科技创新局　　　　填报时间：2025年7月10日"
R21_LEDGER_HEADER = ["序号", "工作任务", "责任单位", "责任人", "完成时限", "进展情况"]
R21_LEDGER_ROWS = [
    [
        "1",
        "新增高新技术企业100家以上，高新技术企业总数达到1600家。",
        "科技创新局、经济发展局",
        "黄某某",
        "2025年12月底",
        "已认定28家，完成年度目标28%",
    ],
    ["2", "新增省级以上研发平台15个。", "科技创新局", "黄某某", "2025年11月底", "已申报9个"],
    ["3", "引进培育科技型企业50家。", "招商局、科技创新局", "周某某", "2025年12月底", "已引进12家"],
    [
        "4",
        "建设概念验证中心2个。",
        "科技创新局、航空城管委会",
        "吴某某",
        "2025年9月底",
        "选址已完成",
    ],
    [
        "5",
        "举办“科创高新”系列活动不少于20场。",
        "党政办、科技创新局",
        "郑某某",
        "长期",
        "已举办6场",
    ],
    ["6", "技术合同成交额达到120亿元。", "科技创新局", "黄某某", "2025年12月底", "已完成45.6亿元"],
]


def _r21_table(document: WordDocument, header: list[str], rows: list[list[str | None]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for index, value in enumerate(row):
            if value is None:
                table.rows[len(table.rows) - 2].cells[index].merge(cells[index])
            else:
                cells[index].text = value


def r21_documents() -> None:
    """Brackets holding a time limit and the units together, a notice with two attachments
    (a task table grouped by a merged column with a 责任人 column, and an indicator table),
    and a ledger printed to PDF with a 进展情况 column full of figures."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R21_BRACKETS:
        document.add_paragraph(text)
    document.save(str(DOCS / "heldout21-combined-bracket.docx"))

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R21_ANNEX_BODY:
        document.add_paragraph(text)
    document.add_paragraph("附件1")
    document.add_paragraph("2025年宜春市科技创新重点任务分工表")
    _r21_table(document, R21_ANNEX_HEADER, R21_ANNEX_ROWS)
    document.add_paragraph("附件2")
    document.add_paragraph("2025年宜春市科技创新主要指标")
    _r21_table(document, R21_INDICATOR_HEADER, R21_INDICATOR_ROWS)
    document.save(str(DOCS / "heldout21-two-annexes.docx"))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R21_LEDGER_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R21_LEDGER_ROWS
    )
    css = R20_PDF_CSS.replace("size: A4;", "size: A4 landscape;")
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R21_LEDGER_TITLE)}</h1>"
        f'<p style="text-indent:0">{html.escape(R21_LEDGER_META)}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout21-ledger.pdf")


# --- round 22 -----------------------------------------------------------------------------

R22_UNITS_FIRST = [
    "江西省2025年科技创新工作重点任务分工方案",
    "为确保全省科技创新各项工作落到实处，现将重点任务分工如下。",
    "一、实施科技创新平台提能行动",
    "1.省科技厅、省发展改革委：推进国家实验室江西基地和全国重点实验室建设，力争新增全国重点实验室"
    "1-2家。2025年12月底前完成。",
    "2.省科技厅：新认定省技术创新中心、省重点实验室等省级创新平台50家以上。",
    "二、实施科技型企业梯次培育行动",
    "3.省科技厅、国家税务总局江西省税务局、省财政厅：落实高新技术企业税收优惠政策，高新技术企业数量"
    "突破1.4万家。",
    "4.省工业和信息化厅：培育省级专精特新中小企业500家以上，推动规上工业企业研发机构覆盖率达到50%。"
    "2025年第三季度末前完成认定。",
    "三、实施科技成果转化赋能行动",
    "5.省科技厅、省教育厅、中国科学院赣江创新研究院：推动高校、科研院所科技成果在赣转化，全省技术合同"
    "成交额达到1900亿元，较上年增长10%左右。",
    "6.各设区市人民政府、赣江新区管委会：建设科技成果转移转化示范区10个，每季度报送工作进展。",
    "注：排在第一位的为牵头单位。",
]

R22_TRADITIONAL = [
    "撫州市2025年科技創新工作要點",
    "一、強化企業創新主體",
    "（一）全年新增高新技術企業40家，科技型中小企業入庫評價達到600家。市科技局；市稅務局；市財政局",
    "（二）推動規上工業企業研發投入較上年增長10%左右。市工業和信息化局；市統計局。"
    "2025年三季度末前完成階段性目標。",
    "二、提升創新平臺能級",
    "（三）爭創省級以上創新平臺8個，其中國家級1個。市科技局、市發展改革委，9月份完成申報。",
    "（四）建設撫州高新區科技創新服務中心，年底前投入使用。撫州高新區管委會、市科技局",
    "三、加快成果轉化",
    "（五）技術合同成交額由2024年的45億元提高到55億元。市科技局",
    "（六）每萬人口高價值發明專利擁有量達到3.5件。市市場監管局（市知識產權局）、市科技局",
]

R22_PDF_TITLE = "赣江新区2025年科技创新工作任务分解表"
R22_PDF_HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
R22_PDF_ROWS = [
    [
        "1",
        "新增高新技术企业60家，高新技术企业总数突破400家。",
        "张某某",
        "科技创新局",
        "经济发展局、国家税务总局赣江新区税务局",
        "2025年12月",
    ],
    [
        "2",
        "推动中国（南昌）中医药科创城建设，引进中医药研发机构5家以上。",
        "李某某",
        "中医药科创城管理办公室",
        "科技创新局、招商服务局",
        "2025年11月",
    ],
    [
        "3",
        "实施重点研发项目20项，带动企业研发投入突破百亿元。",
        "张某某",
        "科技创新局",
        "财政金融局",
        "2025年10月",
    ],
    [
        "4",
        "建设直管区科技企业孵化器2家，在孵企业达到150家。",
        "王某某",
        "儒乐湖新城管理办公室",
        "科技创新局",
        "2025年9月",
    ],
    [
        "5",
        "开展“科技特派员进园区”活动不少于12次。",
        "王某某",
        "科技创新局",
        "各组团管理办公室",
        "长期",
    ],
]


def r22_documents() -> None:
    """Units written before the task with a colon (a provincial 分工方案), Traditional Word
    paragraphs with the units bare after the task, and a portrait PDF table with a 责任领导
    column and long unit names wrapped in narrow columns."""
    from weasyprint import HTML

    for name, lines in (
        ("heldout22-units-first.docx", R22_UNITS_FIRST),
        ("heldout22-traditional-bare.docx", R22_TRADITIONAL),
    ):
        document = Document()
        _font(document, "仿宋_GB2312")
        for text in lines:
            document.add_paragraph(text)
        document.save(str(DOCS / name))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R22_PDF_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R22_PDF_ROWS
    )
    css = R20_PDF_CSS + "td:nth-child(2) { width: 36%; } td:nth-child(5) { width: 16%; }"
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R22_PDF_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout22-leader-column.pdf")


# --- round 23 -----------------------------------------------------------------------------

R23_FORM_TITLE = "濂溪区2025年科技创新重点工作安排表"
R23_FORM_HEADER = ["序号", "工作任务", "工作目标"]
# each task row is followed by a row merged across the table naming who and when
R23_FORM_ROWS = [
    (
        ["1", "建设濂溪区科创园", "引进科技型企业20家，园区入驻率达到80%。"],
        "责任单位：区科技局（牵头）、区发改委　　完成时限：2025年11月底前",
    ),
    (
        ["2", "培育高新技术企业", "新增高新技术企业12家，高新技术企业总数达到90家。"],
        "责任单位：区科技局（牵头）、区税务局、区财政局　　完成时限：2025年12月底前",
    ),
    (
        ["3", "推进产学研合作", "组织校企对接活动6场，签订合作协议15项以上。"],
        "责任单位：区科技局（牵头）、区教育体育局　　完成时限：长期",
    ),
    (
        ["4", "强化科技金融", "发放“科贷通”贷款1亿元以上。"],
        "责任单位：区金融服务中心（牵头）、区科技局　　完成时限：2025年10月底前",
    ),
]

R23_LEDGER_TITLE = "信州区2025年科技创新重点任务台账"
R23_LEDGER_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
R23_LEDGER_ROWS: list[list[str] | str] = [
    "一、创新主体培育",
    ["1-1", "新增高新技术企业10家。", "区科技局", "区税务局", "2025年12月"],
    ["1-2", "科技型中小企业入库50家以上。", "区科技局", "区工信局", "2025年10月"],
    "二、创新平台建设",
    ["2-1", "建设市级以上研发平台5个。", "区科技局", "区发改委", "2025年11月"],
    [
        "2-2",
        "推动信州区科技创新园入驻企业达到30家。",
        "信州区科技创新园管委会",
        "区科技局",
        "2025年12月",
    ],
]


def r23_documents() -> None:
    """A Word table whose task rows are each followed by a merged row naming the units and
    the time limit, and a ledger printed to PDF whose rows are numbered 1-1, 1-2, 2-1."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R23_FORM_TITLE)
    table = document.add_table(rows=1, cols=len(R23_FORM_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R23_FORM_HEADER, strict=True):
        cell.text = text
    for cells, footer in R23_FORM_ROWS:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
        merged = table.add_row().cells
        merged[0].merge(merged[-1]).text = footer
    document.save(str(DOCS / "heldout23-form-rows.docx"))

    rows = []
    for line in R23_LEDGER_ROWS:
        if isinstance(line, str):
            rows.append(f'<tr><td class="section" colspan="5">{html.escape(line)}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line) + "</tr>")
    head = "".join(f"<th>{html.escape(c)}</th>" for c in R23_LEDGER_HEADER)
    page = (
        f"<html><head><style>{R20_PDF_CSS}</style></head><body>"
        f"<h1>{html.escape(R23_LEDGER_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout23-sub-numbers.pdf")


# --- round 24 -----------------------------------------------------------------------------

R24_HEADERLESS_TITLE = "彭泽县2025年科技创新重点工作任务表"
# a Word table without a header row; a unit cell lists one unit per paragraph
R24_HEADERLESS_ROWS: list[list[str | list[str]]] = [
    [
        "1",
        "新增高新技术企业6家，科技型中小企业入库30家。",
        ["县科技局（牵头）", "县税务局"],
        "2025年12月底前",
    ],
    [
        "2",
        "建设县级科技企业孵化器1家。",
        ["县科技局（牵头）", "县工信局", "彭泽工业园区管委会"],
        "2025年10月底前",
    ],
    ["3", "组织企业参加“科技成果对接会”不少于3次。", "县科技局", "2025年11月底前"],
    [
        "4",
        "争取省级以上科技项目资金500万元以上。",
        ["县科技局（牵头）", "县财政局"],
        "2025年12月底前",
    ],
]

R24_PAGES_TITLE = "九江市2025年科技成果转化工作方案"
R24_PAGES_LINES = [
    ("h", "一、总体要求"),
    (
        "p",
        "深入实施创新驱动发展战略，以科技成果转化为牵引，推动创新链产业链资金链人才链深度融合，"
        "为全市高质量发展提供有力支撑。到2025年底，全市技术合同成交额达到100亿元。",
    ),
    ("h", "二、重点任务"),
    (
        "p",
        "（一）建设技术转移体系。围绕石化、新材料、电子信息等主导产业，布局建设技术转移服务机构，"
        "新增市级以上技术转移示范机构5家，培育技术经纪人100名以上，推动高校院所科技成果就地转化，"
        "建立科技成果转化项目库，入库项目不少于200项，组织开展成果路演活动，促进一批成果落地转化"
        "〔责任单位：市科技局、市教育局、九江学院〕。",
    ),
    (
        "p",
        "（二）完善科技金融服务。用好科技成果转化基金，扩大“科贷通”业务规模，全年新增科技贷款"
        "10亿元以上，支持科技型企业开展知识产权质押融资，质押融资额突破5亿元"
        "〔责任单位：市金融办、市科技局、市市场监管局〕。",
    ),
    (
        "p",
        "（三）强化企业转化主体作用。支持企业承接高校院所科技成果，对购买技术成果的企业按技术合同"
        "实际成交额给予补助，每家最高补助50万元；支持龙头企业建设中试基地3个，2025年10月底前"
        "完成布局〔责任单位：市科技局、市工信局、市财政局〕。",
    ),
    ("h", "三、保障措施"),
    (
        "p",
        "（一）加强组织领导。建立市科技成果转化工作联席会议制度，每半年召开一次联席会议，"
        "研究解决重大问题〔责任单位：市科技局〕。",
    ),
    (
        "p",
        "（二）强化考核评价。将科技成果转化工作纳入县（市、区）高质量发展考核"
        "〔责任单位：市委督查室、市科技局〕。",
    ),
]


def r24_documents() -> None:
    """A Word table without a header row, and a work plan printed to PDF over several pages
    with a running header, page numbers and unit brackets closing long paragraphs."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R24_HEADERLESS_TITLE)
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in R24_HEADERLESS_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            _r20_cell(cell, value)
    document.save(str(DOCS / "heldout24-headerless-word-table.docx"))

    css = (
        R20_PDF_CSS.replace("size: A4;", "size: A5;")
        + '@page { @top-center { content: "九江市人民政府办公室文件"; font-size: 9pt; } }'
    )
    parts = [f"<h1>{html.escape(R24_PAGES_TITLE)}</h1>"]
    for kind, text in R24_PAGES_LINES:
        tag = "h3" if kind == "h" else "p"
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout24-pages.pdf")


# --- round 25 -----------------------------------------------------------------------------

R25_LEADERS = [
    "乐平市2025年科技创新工作任务",
    "一、培育创新主体",
    "1.新增高新技术企业15家，科技型中小企业入库50家……………………市科技局",
    "2.规上工业企业研发活动覆盖率达到50%以上——市工信局、市统计局",
    "二、建设创新平台",
    "3.建设乐平市精细化工中试基地，2025年10月底前投入使用……………………乐平工业园区管委会、市科技局",
    "4.新增省级以上研发平台4个——市科技局、市发改委",
]

R25_STACKED_TITLE = "渝水区2025年科技创新重点任务表"
R25_STACKED_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
R25_STACKED_ROWS = [
    ["1", "新增高新技术企业20家，其中三成以上来自锂电产业。", "区科技局", "区税务局", "2025年12月"],
    ["2", "推动规上工业企业研发活动覆盖率超过五成。", "区工信局", "区统计局", "2025年11月"],
    ["3", "建设渝水区科创飞地1个。", "区科技局", "区商务局", "2025年9月"],
]


def r25_documents() -> None:
    """Word paragraphs whose units follow the task after dot leaders or a dash, and a PDF
    table whose narrow columns wrap their header words onto two lines (牵头 / 单位)."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R25_LEADERS:
        document.add_paragraph(text)
    document.save(str(DOCS / "heldout25-leaders.docx"))

    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R25_STACKED_ROWS
    )
    # narrow columns wrap their header words: 牵头 over 单位
    head = "".join(
        f"<th>{html.escape(c[:2])}<br>{html.escape(c[2:])}</th>" if i >= 2 else f"<th>{c}</th>"
        for i, c in enumerate(R25_STACKED_HEADER)
    )
    css = R20_PDF_CSS
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R25_STACKED_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout25-stacked-header.pdf")


# --- round 26 -----------------------------------------------------------------------------

R26_SPLIT_TITLE = "湖口县2025年科技创新重点任务分解表"
R26_SPLIT_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
R26_SPLIT_FIRST = [
    ["1", "新增高新技术企业6家。", "县科技局", "县税务局", "2025年12月"],
    ["2", "建设钢铁新材料中试基地1个。", "湖口高新区管委会", "县科技局", "2025年11月"],
    ["3", "引进高层次人才5名。", "县委人才办", "县人社局", "2025年10月"],
]
# the table goes on after a page break as a second Word table without its header
R26_SPLIT_SECOND = [
    ["4", "组织科技成果对接活动4场。", "县科技局", "县工信局", "2025年9月"],
    ["5", "规上工业企业研发投入增长10%。", "县工信局", "县统计局、县科技局", "持续推进"],
]

R26_TRADITIONAL_TITLE = "井岡山市2025年科技創新重點任務"
R26_TRADITIONAL_HEADER = ["序號", "重點任務", "牽頭單位", "配合單位", "完成時限"]
R26_TRADITIONAL_ROWS = [
    ["1", "新增高新技術企業5家，科技型中小企業入庫20家。", "市科技局", "市稅務局", "2025年12月"],
    ["2", "建設井岡山紅色旅遊科技創新中心。", "市文廣新旅局", "市科技局", "2025年10月"],
    ["3", "推廣農業新品種新技術10項以上。", "市農業農村局", "市科技局", "2025年11月"],
]


def r26_documents() -> None:
    """A task table split into two Word tables by a page break (the second without its
    header), and a Traditional task table printed to PDF."""
    from docx.enum.text import WD_BREAK
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R26_SPLIT_TITLE)
    table = document.add_table(rows=1, cols=len(R26_SPLIT_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R26_SPLIT_HEADER, strict=True):
        cell.text = text
    for row in R26_SPLIT_FIRST:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = document.add_table(rows=0, cols=len(R26_SPLIT_HEADER))
    second.style = "Table Grid"
    for row in R26_SPLIT_SECOND:
        for cell, text in zip(second.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout26-split-tables.docx"))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R26_TRADITIONAL_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R26_TRADITIONAL_ROWS
    )
    css = R20_PDF_CSS.replace("Noto Serif CJK SC", "Noto Serif CJK TC")
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R26_TRADITIONAL_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout26-traditional-table.pdf")


# --- round 27 -----------------------------------------------------------------------------

R27_MATRIX_TITLE = "分宜县2025年科技创新重点任务责任分工表"
R27_MATRIX_HEADER = ["序号", "重点任务", "县科技局", "县发改委", "县工信局", "县财政局", "完成时限"]
# ★ leads, √ assists (the legend below the table says so)
R27_MATRIX_ROWS = [
    ["1", "新增高新技术企业5家。", "★", "", "√", "√", "2025年12月"],
    ["2", "建设分宜县麻纺产业技术研究院。", "√", "★", "", "√", "2025年10月"],
    ["3", "规上工业企业研发投入增长12%。", "√", "", "★", "", "持续推进"],
    ["4", "落实科技创新奖补资金500万元。", "√", "", "", "★", "2025年6月"],
]
R27_MATRIX_LEGEND = "注：★为牵头单位，√为配合单位。"

R27_CELL_TITLE = "莲花县2025年科技工作重点任务"
R27_CELL_HEADER = ["序号", "工作任务及责任单位"]
R27_CELL_ROWS = [
    (
        "1",
        [
            "实施高新技术企业培育行动，全年新增高新技术企业4家。",
            "责任单位：县科技局、县税务局",
            "完成时限：2025年12月底前",
        ],
    ),
    (
        "2",
        [
            "建设莲花县科技特派员工作站3个。",
            "责任单位：县科技局、县农业农村局",
            "完成时限：2025年9月底前",
        ],
    ),
    (
        "3",
        ["推动规上工业企业研发投入增长10%以上。", "责任单位：县工信局、县统计局", "完成时限：长期"],
    ),
]


def r27_documents() -> None:
    """A responsibility matrix (one column per office, ★ leads and √ assists), and a two-column
    table whose task cell holds the task, its units and its time limit as paragraphs."""
    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R27_MATRIX_TITLE)
    table = document.add_table(rows=1, cols=len(R27_MATRIX_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R27_MATRIX_HEADER, strict=True):
        cell.text = text
    for row in R27_MATRIX_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph(R27_MATRIX_LEGEND)
    document.save(str(DOCS / "heldout27-matrix.docx"))

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R27_CELL_TITLE)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R27_CELL_HEADER, strict=True):
        cell.text = text
    for number, paragraphs in R27_CELL_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        _r20_cell(cells[1], paragraphs)
    document.save(str(DOCS / "heldout27-cell-units.docx"))


# --- round 28 (common layouts, new texts) -------------------------------------------------

R28_TABLE_TITLE = "宜春市2025年科技创新重点任务分工表"
R28_TABLE_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
R28_TABLE_ROWS: list[list[str] | str] = [
    "一、创新平台建设",
    [
        "1",
        "建设宜春锂电新能源产业创新中心，引进研发团队10个。",
        "市科技局",
        "宜春经开区管委会、市工信局",
        "2025年12月底前",
    ],
    ["2", "新增省级工程技术研究中心8家。", "市科技局", "各县（市、区）人民政府", "2025年11月底前"],
    "二、创新主体培育",
    [
        "3",
        "全年新增高新技术企业100家，科技型中小企业入库800家。",
        "市科技局",
        "市税务局、市财政局",
        "2025年12月底前",
    ],
    ["4", "规上工业企业研发活动覆盖率达到60%。", "市工信局", "市统计局、市科技局", "持续推进"],
    "三、科技人才引育",
    ["5", "引进培育高层次科技人才100名。", "市委人才办", "市人社局、市科技局", "2025年12月底前"],
]

R28_NOTICE_BODY = [
    "鹰潭市人民政府办公室关于印发鹰潭市2025年科技成果转化工作方案的通知",
    "鹰府办字〔2025〕21号",
    "各县（市、区）人民政府，鹰潭高新区、龙虎山风景名胜区管委会，市政府各部门：",
    "《鹰潭市2025年科技成果转化工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "鹰潭市人民政府办公室",
    "2025年4月2日",
    "鹰潭市2025年科技成果转化工作方案",
    "一、工作目标",
    "到2025年底，全市技术合同成交额达到60亿元，科技成果转化项目达到100项。",
    "二、重点任务",
    "具体任务详见附件。",
    "附件",
    "鹰潭市2025年科技成果转化重点任务清单",
]
R28_NOTICE_HEADER = ["序号", "重点任务", "责任单位", "完成时限"]
R28_NOTICE_ROWS = [
    ["1", "建设铜基新材料中试基地2个。", "市科技局、鹰潭高新区管委会", "2025年10月底前"],
    ["2", "组织科技成果对接活动10场。", "市科技局、市工信局", "2025年11月底前"],
    ["3", "兑现科技成果转化奖补资金2000万元。", "市财政局、市科技局", "2025年12月底前"],
]

R28_PDF_TITLE = "万载县2025年科技工作要点"
R28_PDF_LINES = [
    ("h", "一、培育创新主体"),
    (
        "p",
        "（一）全年新增高新技术企业8家，科技型中小企业入库评价50家。（牵头单位：县科技局；配合单位：县税务局）",
    ),
    (
        "p",
        "（二）推动有机农业龙头企业建设研发中心3个。（牵头单位：县农业农村局；配合单位：县科技局）",
    ),
    ("h", "二、推动成果转化"),
    ("p", "（三）技术合同成交额达到3亿元，2025年11月底前完成登记。（牵头单位：县科技局）"),
    (
        "p",
        "（四）开展科技特派员服务不少于500人次。（牵头单位：县科技局；配合单位：县农业农村局、各乡镇人民政府）",
    ),
]


def r28_documents() -> None:
    """Common layouts with new texts: a Word task table with section rows, a notice whose
    附件 is a task table, and county work points printed to PDF."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R28_TABLE_TITLE)
    table = document.add_table(rows=1, cols=len(R28_TABLE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R28_TABLE_HEADER, strict=True):
        cell.text = text
    for line in R28_TABLE_ROWS:
        cells = table.add_row().cells
        if isinstance(line, str):
            cells[0].merge(cells[-1]).text = line
        else:
            for cell, text in zip(cells, line, strict=True):
                cell.text = text
    document.save(str(DOCS / "heldout28-typical-table.docx"))

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R28_NOTICE_BODY:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=len(R28_NOTICE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R28_NOTICE_HEADER, strict=True):
        cell.text = text
    for row in R28_NOTICE_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout28-typical-notice.docx"))

    parts = [f"<h1>{html.escape(R28_PDF_TITLE)}</h1>"]
    for kind, text in R28_PDF_LINES:
        tag = "h3" if kind == "h" else "p"
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{R20_PDF_CSS}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout28-typical-county.pdf")


# --- round 29 -----------------------------------------------------------------------------

R29_CARDS_TITLE = "安福县2025年科技创新重点工作督办单"
# one small table per task: its name, target, units and time limit down the left column
R29_CARDS = [
    [
        ("任务名称", "高新技术企业培育"),
        ("工作目标", "全年新增高新技术企业5家，科技型中小企业入库30家。"),
        ("牵头单位", "县科技局"),
        ("配合单位", "县税务局、县财政局"),
        ("完成时限", "2025年12月底前"),
    ],
    [
        ("任务名称", "火腿产业科技创新平台建设"),
        ("工作目标", "建设安福火腿产业技术研究中心1个。"),
        ("牵头单位", "县农业农村局"),
        ("配合单位", "县科技局"),
        ("完成时限", "2025年10月底前"),
    ],
    [
        ("任务名称", "科技特派员服务"),
        ("工作目标", "开展科技特派员服务不少于300人次。"),
        ("牵头单位", "县科技局"),
        ("配合单位", "各乡镇人民政府"),
        ("完成时限", "长期"),
    ],
]

R29_OFFICES_TITLE = "江西省科学技术厅2025年重点工作任务分解"
R29_OFFICES_HEADER = ["序号", "工作任务", "责任处（科）室", "协同处室", "完成时间节点"]
R29_OFFICES_ROWS = [
    ["1", "组织实施省重大科技研发专项20项。", "重大专项处", "资源配置与管理处", "2025年9月"],
    ["2", "新认定省级新型研发机构30家以上。", "成果转化处", "政策法规处", "2025年11月"],
    [
        "3",
        "推动全省技术合同成交额突破1900亿元。",
        "成果转化处",
        "科技监督与诚信建设处",
        "2025年12月",
    ],
    ["4", "遴选省科技特派团200个。", "农村科技处", "", "2025年6月"],
]

R29_SPLIT_TITLE = "峡江县2025年科技创新重点任务清单"
R29_SPLIT_HEADER = ["序号", "重点任务", "责任单位", "完成时限"]
R29_SPLIT_ROWS = [
    [
        str(number),
        text,
        units,
        deadline,
    ]
    for number, text, units, deadline in [
        (1, "新增高新技术企业3家。", "县科技局、县税务局", "2025年12月底前"),
        (2, "科技型中小企业入库20家。", "县科技局", "2025年10月底前"),
        (3, "建设县级科技企业孵化器1家。", "县科技局、峡江工业园区管委会", "2025年11月底前"),
        (4, "规上工业企业研发投入增长10%。", "县工信局、县统计局", "持续推进"),
        (5, "引进高层次人才3名。", "县委人才办、县人社局", "2025年12月底前"),
        (6, "开展科技活动周活动不少于3场。", "县科协、县科技局", "2025年5月底前"),
        (7, "组织企业参加科技成果对接会2次。", "县科技局、县工信局", "2025年9月底前"),
        (
            8,
            "推动米粉产业开展关键技术攻关，围绕米粉保鲜、自动化生产线改造等方向，"
            "组织实施县级科技计划项目5项，带动企业研发投入突破2000万元，"
            "培育米粉产业科技型企业5家以上，形成可推广的技术成果。",
            "县科技局、县农业农村局、县财政局",
            "2025年12月底前",
        ),
        (9, "落实研发费用加计扣除政策，惠及企业30家。", "县税务局、县科技局", "2025年6月底前"),
    ]
]


def r29_documents() -> None:
    """A form with one small table per task (names down the left column), a provincial
    department's table with office columns (责任处(科)室 | 协同处室 | 完成时间节点), and a
    table printed to PDF whose long row is split by the page break."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R29_CARDS_TITLE)
    for index, card in enumerate(R29_CARDS, start=1):
        document.add_paragraph(f"{index}.")
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for name, value in card:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = name, value
    document.save(str(DOCS / "heldout29-task-cards.docx"))

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R29_OFFICES_TITLE)
    table = document.add_table(rows=1, cols=len(R29_OFFICES_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R29_OFFICES_HEADER, strict=True):
        cell.text = text
    for row in R29_OFFICES_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout29-office-columns.docx"))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R29_SPLIT_HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R29_SPLIT_ROWS
    )
    css = (
        R20_PDF_CSS.replace("size: A4;", "size: A6;").replace("font-size: 10.5pt", "font-size: 8pt")
        + "h1 { font-size: 11pt; } tr { page-break-inside: auto; }"
    )
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R29_SPLIT_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout29-page-split.pdf")


# --- round 30 -----------------------------------------------------------------------------

R30_SUBJECT_FIRST = [
    "弋阳县2025年科技创新重点工作",
    "1.县科技局牵头组织实施县级科技计划项目10项，支持企业开展技术攻关。",
    "2.县发改委会同县科技局推进弋阳高新技术产业园区建设，2025年11月底前完成规划编制。",
    "3.县工信局负责推动规上工业企业研发活动覆盖率达到50%，县统计局配合。",
    "4.县农业农村局牵头，县科技局配合，建设红芽芋产业科技示范基地2个。",
]

R30_LEDGER_TITLE = "永豐縣2025年科技創新工作台賬"
R30_LEDGER_HEADER = ["序號", "工作任務", "責任單位", "完成時限", "進展情況"]
R30_LEDGER_ROWS = [
    ["1", "新增高新技術企業5家。", "縣科技局/縣稅務局", "2025年12月", "已認定2家"],
    [
        "2",
        "建設永豐縣蔬菜產業研究院。",
        "縣農業農村局/縣科技局",
        "2025年6月（已完成）",
        "已掛牌運行",
    ],
    ["3", "組織科技成果對接活動3場。", "縣科技局", "2025年9月", "已舉辦1場"],
]


def r30_documents() -> None:
    """Word paragraphs that open with the office responsible (县科技局牵头组织…, …会同…), and a
    Traditional ledger table with slash-separated units and a 进展情况 column."""
    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R30_SUBJECT_FIRST:
        document.add_paragraph(text)
    document.save(str(DOCS / "heldout30-subject-first.docx"))

    document = Document()
    _font(document, "標楷體")
    document.add_paragraph(R30_LEDGER_TITLE)
    table = document.add_table(rows=1, cols=len(R30_LEDGER_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R30_LEDGER_HEADER, strict=True):
        cell.text = text
    for row in R30_LEDGER_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(DOCS / "heldout30-traditional-ledger.docx"))


# --- round 31 -----------------------------------------------------------------------------

R31_CN_DATES = [
    "二〇二五年全县科技工作要点",
    "（二〇二五年二月二十日）",
    "一、企业创新",
    "（一）全年新增高新技术企业6家，于二〇二五年九月底前完成申报辅导。（县科技局、县税务局）",
    "（二）推动规上工业企业研发活动覆盖率达到50%，力争十一月底前完成年度统计。（县工信局、县统计局）",
    "二、平台建设",
    "（三）建设县级科技企业孵化器1家，二〇二五年十二月三十一日前投入运营。（县科技局、县工业园区管委会）",
]

R31_WATERMARK_TITLE = "德兴市2025年科技创新工作要点"
R31_WATERMARK_LINES = [
    ("h", "一、培育创新主体"),
    (
        "p",
        "（一）全年新增高新技术企业10家，科技型中小企业入库50家。（责任单位：市科技局、市税务局）",
    ),
    ("p", "（二）推动铜产业企业研发投入增长15%以上。（责任单位：市工信局、市科技局）"),
    (
        "p",
        "（三）支持德兴铜矿建设省级以上研发平台2个。（责任单位：江西铜业股份有限公司德兴铜矿、市科技局）",
    ),
    ("h", "二、推动成果转化"),
    ("p", "（四）技术合同成交额达到5亿元，2025年11月底前完成登记。（责任单位：市科技局）"),
    ("p", "（五）开展科技特派员服务不少于400人次。（责任单位：市科技局、市农业农村局）"),
    ("p", "（六）组织企业参加科技成果对接活动5场。（责任单位：市科技局、市工信局）"),
]


def r31_documents() -> None:
    """Word paragraphs dated in Chinese numerals (二〇二五年九月底前), and a work plan printed
    to PDF with a 内部资料 watermark line on every page and 第1页 共2页 footers."""
    from weasyprint import HTML

    document = Document()
    _font(document, "仿宋_GB2312")
    for text in R31_CN_DATES:
        document.add_paragraph(text)
    document.save(str(DOCS / "heldout31-cn-dates.docx"))

    css = R20_PDF_CSS.replace("size: A4;", "size: A5;") + (
        '@page { @bottom-center { content: "第" counter(page) "页 共" counter(pages) "页"; }'
        ' @top-right { content: "内部资料 注意保存"; font-size: 9pt; } }'
    )
    parts = [f"<h1>{html.escape(R31_WATERMARK_TITLE)}</h1>"]
    for kind, text in R31_WATERMARK_LINES:
        tag = "h3" if kind == "h" else "p"
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    page = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    HTML(string=page).write_pdf(DOCS / "heldout31-watermark.pdf")


# --- round 32 -----------------------------------------------------------------------------

R32_CENTRED_TITLE = "上饶市2025年科技创新重点任务推进表"
R32_CENTRED_HEADER = ["序号", "重点任务", "年度目标", "牵头单位", "配合单位", "完成时限"]
R32_CENTRED_ROWS: list[list[str] | str] = [
    "一、创新主体培育",
    [
        "1",
        "实施高新技术企业倍增行动",
        "新增高新技术企业150家",
        "市科技局",
        "市税务局、市财政局",
        "2025年12月底前",
    ],
    [
        "2",
        "推进科技型中小企业评价入库",
        "入库科技型中小企业800家以上",
        "市科技局",
        "各县（市、区）人民政府",
        "2025年10月底前",
    ],
    [
        "3",
        "支持企业建设研发机构",
        "规上工业企业研发机构覆盖率达到35%",
        "市工信局",
        "市科技局",
        "2025年12月底前",
    ],
    "二、创新平台建设",
    [
        "4",
        "建设省级重点实验室",
        "新增省级重点实验室2家",
        "市科技局",
        "上饶经开区管委会",
        "2025年11月底前",
    ],
    [
        "5",
        "推进光伏产业创新中心建设",
        "引进研发团队3个",
        "上饶高新区管委会",
        "市科技局、市人社局",
        "2025年9月底前",
    ],
    [
        "6",
        "开展科技成果转化对接活动",
        "技术合同成交额达到60亿元",
        "市科技局",
        "市工信局",
        "持续推进",
    ],
]

R32_MERGED_TITLE = "萍乡市2025年科技成果转化工作任务表"
R32_MERGED_HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
# (text, rows spanned); None: covered by a cell spanning from a row above
R32_MERGED_ROWS: list[list[tuple[str, int] | None]] = [
    [("1", 1), ("建设萍乡市技术转移中心1个。", 1), ("市科技局", 3), ("市财政局", 1),
     ("2025年6月底前", 1)],
    [("2", 1), ("培育技术经纪人50名。", 1), None, ("市人社局", 1), ("2025年12月底前", 2)],
    [("3", 1), ("举办科技成果路演活动4场。", 1), None, ("市工信局、萍乡经开区管委会", 1), None],
    [("4", 1), ("推动工业陶瓷领域成果转化项目20项。", 1), ("市工信局", 1), ("市科技局", 2),
     ("2025年11月底前", 1)],
    [("5", 1), ("支持企业与高校共建联合实验室3家。", 1), ("市教育局", 1), None,
     ("2025年10月底前", 1)],
    [("6", 1), ("技术合同成交额达到30亿元。", 1), ("市科技局", 1), ("各县（区）科技局", 1),
     ("持续推进", 1)],
]  # fmt: skip

R32_LINES_TITLE = "新余市2025年科技创新重点工作责任清单"
R32_LINES_HEADER = ["序号", "重点工作", "责任单位", "完成时限"]
R32_LINES_ROWS = [
    ["1", "新增国家级科技企业孵化器1家。", ["市科技局", "高新区管委会"], "2025年12月"],
    ["2", "规上工业企业研发投入增长15%。", ["市工信局", "市科技局", "市统计局"], "2025年12月"],
    ["3", "引进培育高层次科技人才30名。", ["市委人才办", "市人社局", "市科技局"], "2025年11月"],
    ["4", "建设钢铁产业科技创新平台2个。", ["市科技局", "新钢集团"], "2025年9月"],
]


def r32_documents() -> None:
    """A landscape PDF table whose every cell is centred (with a 年度目标 column and section
    rows), a PDF table whose unit and date cells are merged down several rows, and a Word
    table whose unit cells hold one office per paragraph."""
    from weasyprint import HTML

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R32_CENTRED_HEADER)
    body = "".join(
        f'<tr><td class="section" colspan="6">{html.escape(row)}</td></tr>'
        if isinstance(row, str)
        else "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in R32_CENTRED_ROWS
    )
    css = R20_PDF_CSS.replace("size: A4;", "size: A4 landscape;") + (
        "td, th { text-align: center; } td.section { text-align: left; }"
    )
    page = (
        f"<html><head><style>{css}</style></head><body>"
        f"<h1>{html.escape(R32_CENTRED_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout32-centred-cells.pdf")

    head = "".join(f"<th>{html.escape(c)}</th>" for c in R32_MERGED_HEADER)
    body = "".join(
        "<tr>"
        + "".join(f'<td rowspan="{cell[1]}">{html.escape(cell[0])}</td>' for cell in row if cell)
        + "</tr>"
        for row in R32_MERGED_ROWS
    )
    page = (
        f"<html><head><style>{R20_PDF_CSS}</style></head><body>"
        f"<h1>{html.escape(R32_MERGED_TITLE)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    HTML(string=page).write_pdf(DOCS / "heldout32-merged-cells.pdf")

    document = Document()
    _font(document, "仿宋_GB2312")
    document.add_paragraph(R32_LINES_TITLE)
    table = document.add_table(rows=1, cols=len(R32_LINES_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, R32_LINES_HEADER, strict=True):
        cell.text = text
    for number, task, units, limit in R32_LINES_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[3].text = str(number), str(task), str(limit)
        cells[2].text = units[0]
        for unit in units[1:]:
            cells[2].add_paragraph(unit)
    document.save(str(DOCS / "heldout32-cell-lines.docx"))


if __name__ == "__main__":
    r5_city_docx()
    r5_digital_docx()
    r5_provincial_pdf()
    r6_grouped_docx()
    r6_table_pdf()
    r6_traditional_docx()
    r7_autonumber_table_docx()
    r7_parts_pdf()
    r8_styled_docx()
    r8_body_annex_pdf()
    r9_two_header_docx()
    r9_traditional_table_docx()
    r9_text_files()
    r10_two_column_docx()
    r10_indicator_pdf()
    r11_documents()
    r12_documents()
    r13_documents()
    r14_documents()
    r15_documents()
    r16_documents()
    r17_documents()
    r18_documents()
    r19_documents()
    r20_documents()
    r21_documents()
    r22_documents()
    r23_documents()
    r24_documents()
    r25_documents()
    r26_documents()
    r27_documents()
    r28_documents()
    r29_documents()
    r30_documents()
    r31_documents()
    r32_documents()
