"""Regenerate the binary test documents of the extraction tests (.docx, .pdf).

Run once by hand when a document changes; the results are committed and the tests only read
them. The .docx files need python-docx (a runtime dependency); the .pdf files, the scanned page
and the encrypted files need reportlab, Pillow and msoffcrypto-tool, which are *not* project
dependencies: install them in a throw-away virtualenv, e.g.

    python -m venv /tmp/mk && /tmp/mk/bin/pip install reportlab pillow msoffcrypto-tool \
        python-docx pypdf && /tmp/mk/bin/python apps/supervision/tests/data/make_documents.py

The texts are invented work plans written for these tests (place names are real, figures and
tasks are not).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
BAD = Path(__file__).resolve().parent / "bad"

# --- dev-taskbreakdown.docx: a 任务分解表 as a real Word table ------------------------------

DEV_TABLE_INTRO = [
    "附件",
    "2024年抚州市科技创新重点任务分解表",
    "为抓好全市科技创新重点工作落实，现将重点任务分解如下，各单位要对照任务清单抓好推进。",
]
DEV_TABLE_HEADER = ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"]
DEV_TABLE_ROWS: list[list[str] | str] = [
    "一、强化企业创新主体地位",
    [
        "1",
        "实施高新技术企业倍增计划，全年新增高新技术企业120家以上，高新技术企业总数达到900家。",
        "市科技局",
        "市工信局、市税务局、各县（区）政府",
        "2024年12月底前",
    ],
    [
        "2",
        "开展科技型中小企业评价工作，入库科技型中小企业突破1500家。",
        "市科技局",
        "各县（区）政府",
        "2024年11月底前",
    ],
    [
        "3",
        "推动规上工业企业研发活动全覆盖，有研发活动的规上工业企业占比达到60%。",
        "市工信局",
        "市科技局、市统计局",
        "持续推进",
    ],
    "二、建设高能级创新平台",
    [
        "4",
        "推进抚州高新区创建国家级高新区，综合排名提升5位以上。",
        "抚州高新区管委会",
        "市科技局、市发改委",
        "2024年底前",
    ],
    [
        "5",
        "新建省级以上重点实验室、工程技术研究中心等创新平台3-5家。",
        "市科技局",
        "市教育局、市卫健委",
        "2024年10月底前",
    ],
    [
        "6",
        "支持企业建设省级企业技术中心，新认定省级企业技术中心10家。",
        "市工信局",
        "市科技局",
        "2024年9月底前",
    ],
    "三、促进科技成果转移转化",
    [
        "7",
        "技术合同成交额达到80亿元，同比增长15%以上。",
        "市科技局",
        "各县（区）政府",
        "2024年12月底前",
    ],
    ["8", "举办科技成果对接活动不少于6场。", "市科技局", "市工商联、市科协", "每季度"],
    ["9", "培育技术经纪人50名。", "市科技局", "市人社局", "2024年6月底前"],
    "四、优化创新生态",
    ["10", "全社会研发经费投入强度达到1.9%。", "市科技局", "市统计局、市财政局", "2024年底前"],
    [
        "11",
        "落实企业研发费用加计扣除政策，享受政策企业户数达到2000户。",
        "市税务局",
        "市科技局、市工信局",
        "长期",
    ],
    [
        "12",
        "科技贷款风险控制在容忍度以内，“科贷通”新增放款3亿元。",
        "市金融办",
        "市科技局、人行抚州市中心支行",
        "年内",
    ],
]
DEV_TABLE_OUTRO = ["注：各牵头单位请于每季度末5日前报送工作进展。"]

# --- heldout-notice.docx: a notice with paragraphs and a table with a merged column --------

NOTICE_BEFORE = [
    "鹰潭市人民政府办公室关于印发鹰潭市2024年科技创新“补短板”行动任务清单的通知",
    "鹰府办字〔2024〕12号",
    "各县（市、区）人民政府，市政府各部门：",
    "《鹰潭市2024年科技创新“补短板”行动任务清单》已经市政府同意，现印发给你们，请认真贯彻"
    "执行。各责任单位要于每季度末前报送进展情况。",
    "2024年3月20日",
    "鹰潭市2024年科技创新“补短板”行动任务清单",
    "一、主要目标",
    "全市研发经费投入强度达到2%，高新技术产业增加值占规上工业增加值比重达到40%，"
    "净增高新技术企业60家。",
    "二、任务清单",
]
NOTICE_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
NOTICE_ROWS = [
    [
        "1",
        "壮大创新主体",
        "开展高新技术企业“育苗”行动，入库培育企业200家。",
        "市科技局",
        "各县（市、区）人民政府",
        "2024年10月底前",
    ],
    [
        "2",
        "壮大创新主体",
        "推动科技型中小企业评价入库突破800家。",
        "市科技局",
        "市税务局",
        "2024年12月底前",
    ],
    [
        "3",
        "建设创新平台",
        "推进铜基新材料省实验室建设，完成年度投资5亿元。",
        "鹰潭高新区管委会",
        "市科技局、市财政局",
        "2024年底前",
    ],
    [
        "4",
        "建设创新平台",
        "新增省级工程技术研究中心2家以上。",
        "市科技局",
        "市工信局",
        "2024年11月底前",
    ],
    [
        "5",
        "引育科技人才",
        "引进高层次科技人才团队5个，柔性引进专家不少于30人。",
        "市委人才办",
        "市科技局、市人社局",
        "长期坚持",
    ],
    [
        "6",
        "优化创新生态",
        "落实研发费用加计扣除政策，减免税额超过8亿元。",
        "市税务局",
        "市科技局、市财政局",
        "持续推进",
    ],
]
NOTICE_AFTER = ["三、工作要求", "各牵头单位要切实履行主体责任，确保任务按期完成。"]

# --- heldout2-finance.docx: a second-round held-out table, 序号 一/二 as section rows ------

FINANCE_BEFORE = [
    "新余市2025年科技金融工作任务清单",
    "一、工作目标",
    "到2025年底，全市科技贷款余额突破50亿元，科技型企业获贷户数达到600户，创业投资规模增长30%。",
    "二、任务清单",
]
FINANCE_ROWS = [
    ["序号", "工作任务", "责任单位", "时间节点"],
    ["一", "科技信贷", "", ""],
    [
        "1",
        "扩大“科贷通”规模，全年新增放款8亿元以上。",
        "市科技局牵头，市财政局、人行新余市分行配合",
        "2025年12月31日前",
    ],
    ["2", "推动银行设立科技支行3家。", "新余金融监管分局", "上半年"],
    ["二", "股权融资", "", ""],
    ["3", "设立科技创新基金，基金规模不低于5亿元。", "市国资委、市科技局", "2025年第三季度"],
    ["4", "推动科技型企业上市挂牌，新增挂牌企业五家。", "市金融办牵头", "长期"],
]
FINANCE_AFTER = ["三、保障措施"]
FINANCE_NUMBERED = ["建立科技金融联席会议制度。", "每季度通报工作进展。"]

# --- heldout4-autonumber.docx: Word's own list numbering (一、 and 1.), no typed labels ----

AUTONUMBER_TITLE = [
    "2025年吉安市电子信息产业科技创新工作清单",
    "为推动电子信息产业高质量发展，制定本工作清单。",
]
AUTONUMBER_ITEMS = [
    (0, "加快创新平台建设"),
    (1, "建设电子信息产业研究院，引进研发团队5个。〔责任单位：市工信局、市科技局〕"),
    (1, "新增省级企业技术中心3家以上。〔责任单位：市工信局〕"),
    (0, "强化关键技术攻关"),
    (
        1,
        "实施重点研发项目20项，研发投入增长12%。〔责任单位：市科技局、市财政局；"
        "完成时限：2025年12月底前〕",
    ),
    (1, "突破关键核心技术不少于8项。〔责任单位：市科技局〕"),
    (0, "优化产业发展生态"),
    (1, "电子信息产业营业收入突破3000亿元。〔责任单位：市工信局、各县（市、区）政府〕"),
]

# --- heldout-plan.pdf: a three-year plan printed to PDF, with hard line breaks -------------

PLAN_PARAGRAPHS = [
    "景德镇市推进陶瓷产业科技创新三年行动方案",
    "（2024—2026年）",
    "为深入实施创新驱动发展战略，加快推动陶瓷产业高质量发展，结合我市实际，制定本方案。",
    "一、总体目标",
    "到2026年，全市陶瓷产业科技创新能力显著提升，陶瓷领域高新技术企业达到150家，省级以上"
    "创新平台超过30个，陶瓷产业研发投入强度不低于2.5%，陶瓷新材料产业营业收入突破200亿元。",
    "二、重点任务",
    "（一）强化企业创新主体地位",
    "1.实施科技企业梯次培育。建立陶瓷科技型企业培育库，每年新增入库企业不少于50家。"
    "（牵头单位：市科技局；配合单位：市工信局、市陶瓷局）",
    "2.支持龙头企业建设研发机构。",
    "(1)支持龙头企业牵头组建创新联合体，2025年底前组建2个以上。",
    "(2)推动规上陶瓷企业研发机构覆盖率达到50%。",
    "责任单位：市工信局、市科技局",
    "（二）突破关键核心技术",
    "3.实施重大科技专项。围绕高性能结构陶瓷、电子陶瓷等方向，每年组织实施重大科技专项5项"
    "左右。（市科技局牵头，市财政局、市陶瓷局配合）",
    "4.推行“揭榜挂帅”。面向全国发布技术需求榜单，2024年6月底前完成首批榜单发布。责任单位：市科技局",
    "（三）加快科技成果转化",
    "5.建设陶瓷中试基地。建成省级中试基地1家，年服务企业200家次以上。"
    "（牵头单位：市科技局；配合单位：高新区管委会）",
    "6.发展技术市场。技术合同成交额年均增长15%以上，2026年达到50亿元。"
    "（牵头单位：市科技局；配合单位：各县（市、区）人民政府）",
    "三、保障措施",
    "（一）加强组织领导。成立由市政府分管领导任组长的工作专班，统筹推进各项任务。",
    "（二）加大资金投入。市财政每年安排陶瓷产业科技创新专项资金不少于5000万元。",
    "（三）强化考核评估。将行动方案落实情况纳入科技创新考核，2026年底前开展总结评估。",
]

# --- heldout3-table.pdf: a task table printed to PDF (cells placed by position) ----------

TABLE_PDF_TITLE = "2024年宜春市锂电产业科技创新任务分解表"
TABLE_PDF_COLUMNS = (50, 82, 330, 410, 492)
TABLE_PDF_ROWS: list[list[str] | str] = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    "一、锂电新材料",
    ["1", "建设锂电新材料中试基地2个。", "市科技局", "宜春经开区", "2024年10月底前"],
    ["2", "攻克关键核心技术10项以上。", "市科技局", "市工信局", "2024年底前"],
    [
        "3",
        "培育锂电领域高新技术企业30家，营业收入突破500亿元。",
        "市工信局",
        "市科技局、市税务局",
        "长期",
    ],
    "二、锂电装备",
    ["4", "建设智能工厂5家。", "市工信局", "各县（市、区）政府", "2024年12月底前"],
    ["5", "引进锂电装备企业8家。", "市商务局", "市工信局", "年内"],
]

# --- sample.pdf: a small two-page PDF for the reader tests (not an evaluation document) ----

SAMPLE_PARAGRAPHS = [
    "2025年示例工作要点",
    "一、加强科技创新平台建设",
    "1.新增省级重点实验室2家。〔责任单位：市科技局、市财政局〕",
    "二、促进成果转化",
    "1.技术合同成交额突破10亿元。〔责任单位：市科技局〕",
]


def make_docx_table(path: Path) -> None:
    from docx import Document

    doc = Document()
    for text in DEV_TABLE_INTRO:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=len(DEV_TABLE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, DEV_TABLE_HEADER, strict=True):
        cell.text = text
    for row in DEV_TABLE_ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = row
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    for text in DEV_TABLE_OUTRO:
        doc.add_paragraph(text)
    doc.save(str(path))


def make_docx_notice(path: Path) -> None:
    from docx import Document

    doc = Document()
    for text in NOTICE_BEFORE:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1 + len(NOTICE_ROWS), cols=len(NOTICE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, NOTICE_HEADER, strict=True):
        cell.text = text
    for r, row in enumerate(NOTICE_ROWS, start=1):
        for c, text in enumerate(row):
            if c == 1:
                continue
            table.cell(r, c).text = text
    # the 重点任务 column is merged vertically over the rows of one task, as in the usual layout
    r = 1
    while r <= len(NOTICE_ROWS):
        end = r
        while end + 1 <= len(NOTICE_ROWS) and NOTICE_ROWS[end][1] == NOTICE_ROWS[r - 1][1]:
            end += 1
        cell = table.cell(r, 1).merge(table.cell(end, 1)) if end > r else table.cell(r, 1)
        cell.text = NOTICE_ROWS[r - 1][1]
        r = end + 1
    for text in NOTICE_AFTER:
        doc.add_paragraph(text)
    doc.save(str(path))


def make_docx_finance(path: Path) -> None:
    """Section rows by a Chinese numeral in 序号, and Word list numbering after the table."""
    from docx import Document

    doc = Document()
    for text in FINANCE_BEFORE:
        doc.add_paragraph(text)
    table = doc.add_table(rows=len(FINANCE_ROWS), cols=len(FINANCE_ROWS[0]))
    table.style = "Table Grid"
    for r, row in enumerate(FINANCE_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in FINANCE_AFTER:
        doc.add_paragraph(text)
    for text in FINANCE_NUMBERED:
        doc.add_paragraph(text, style="List Number")
    doc.save(str(path))


def make_docx_autonumber(path: Path) -> None:
    """Paragraphs numbered by a Word list (chineseCounting "%1、", decimal "%2.")."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for text in AUTONUMBER_TITLE:
        doc.add_paragraph(text)
    for level, text in AUTONUMBER_ITEMS:
        paragraph = doc.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
        )
    doc.save(str(path))


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def make_pdf(path: Path, paragraphs: list[str], *, width: int = 34, per_page: int = 24) -> None:
    """Draw paragraphs as hard-wrapped lines, with a page number footer like printed plans."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(_wrap(paragraph, width))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page_width, page_height = A4
    for page, start in enumerate(range(0, len(lines), per_page), start=1):
        pdf.setFont("STSong-Light", 14)
        y = page_height - 72
        for line in lines[start : start + per_page]:
            pdf.drawString(60, y, line)
            y -= 28
        pdf.setFont("STSong-Light", 11)
        pdf.drawCentredString(page_width / 2, 40, f"— {page} —")
        pdf.showPage()
    pdf.save()


def make_table_pdf(path: Path) -> None:
    """A table as printed from Word: cells at column positions, long cells wrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, page_height = A4
    y = page_height - 72
    pdf.setFont("STSong-Light", 15)
    pdf.drawString(120, y, TABLE_PDF_TITLE)
    y -= 40
    pdf.setFont("STSong-Light", 10)
    widths = [3, 22, 7, 8, 9]  # characters per line in each column
    for row in TABLE_PDF_ROWS:
        if isinstance(row, str):
            pdf.drawString(TABLE_PDF_COLUMNS[0], y, row)
            y -= 22
            continue
        wrapped = [_wrap(cell, width) for cell, width in zip(row, widths, strict=True)]
        for line in range(max(len(cell) for cell in wrapped)):
            for x, cell in zip(TABLE_PDF_COLUMNS, wrapped, strict=True):
                if line < len(cell):
                    pdf.drawString(x, y, cell[line])
            y -= 16
        y -= 6
    pdf.drawCentredString(297, 40, "— 1 —")
    pdf.showPage()
    pdf.save()


def make_scanned_pdf(path: Path) -> None:
    """A 'scanned' page: one raster image, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("1", (600, 800), 1)
    draw = ImageDraw.Draw(image)
    for y in range(80, 760, 24):
        draw.line((60, y, 540, y), fill=0, width=3)
    image.save(str(path), "PDF", resolution=72.0)


def make_encrypted(pdf_path: Path, docx_path: Path, source_pdf: Path, source_docx: Path) -> None:
    import msoffcrypto
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source_pdf)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with pdf_path.open("wb") as out:
        writer.write(out)
    plain = io.BytesIO(source_docx.read_bytes())
    office = msoffcrypto.OfficeFile(plain)  # type: ignore[attr-defined]
    encrypted = io.BytesIO()
    office.encrypt("secret", encrypted)
    docx_path.write_bytes(encrypted.getvalue())


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    BAD.mkdir(exist_ok=True)
    make_docx_table(DOCS / "dev-taskbreakdown.docx")
    make_docx_notice(DOCS / "heldout-notice.docx")
    make_docx_finance(DOCS / "heldout2-finance.docx")
    make_docx_autonumber(DOCS / "heldout4-autonumber.docx")
    make_pdf(DOCS / "heldout-plan.pdf", PLAN_PARAGRAPHS)
    make_table_pdf(DOCS / "heldout3-table.pdf")
    make_pdf(BAD.parent / "sample.pdf", SAMPLE_PARAGRAPHS, per_page=3)
    make_scanned_pdf(BAD / "scanned.pdf")
    make_encrypted(
        BAD / "encrypted.pdf",
        BAD / "encrypted.docx",
        BAD.parent / "sample.pdf",
        DOCS / "dev-taskbreakdown.docx",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
