"""Builds the built-in Word template `data/default_template.docx` with python-docx.

    .venv/bin/python -m apps.bulletins.default_template

The generated file is committed; run this again after changing the layout. Officers download
it, edit it in Word (wording, letterhead, fonts, order of sections) and upload their own
version. The placeholders are docxtpl's Jinja: `{{ title }}`, paragraph loops `{%p for %}`,
table-row loops `{%tr for %}`, rich text `{{r … }}` for red laggards and `{% cellbg … %}` for
cell shading; the names are listed in `render.PLACEHOLDERS`.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from apps.bulletins.choices import NOT_CASCADED

OUT = Path(__file__).resolve().parent / "data" / "default_template.docx"
BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
TABLE_FONT = "宋体"


def _font(run_or_style: object, name: str, size: float | None = None) -> None:
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = name
    if size:
        font.size = Pt(size)
    element = run_or_style.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _para(
    doc: DocumentObject, text: str, *, font: str = BODY_FONT, size: float = 14, **kw: object
) -> Paragraph:
    p = doc.add_paragraph()
    run = p.add_run(text)
    _font(run, font, size)
    if kw.get("bold"):
        run.bold = True
    if kw.get("colour"):
        run.font.color.rgb = kw["colour"]  # type: ignore[assignment]
    if kw.get("align") is not None:
        p.alignment = kw["align"]  # type: ignore[assignment]
    if kw.get("indent"):
        p.paragraph_format.first_line_indent = Pt(28)
    return p


def _control(doc: DocumentObject, tag: str) -> None:
    """A paragraph holding only a docxtpl control tag ({%p … %}); it disappears on render."""
    p = doc.add_paragraph()
    _font(p.add_run(tag), BODY_FONT, 10)


def _table(
    doc: DocumentObject, headers: list[str], loop: str, cells: list[str], widths: list[float]
) -> Table:
    """A header row, then `{%tr for %}` / the repeated row / `{%tr endfor %}`."""
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = table.rows
    for i, text in enumerate(headers):
        cell = rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        _font(run, HEADING_FONT, 10.5)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shading = cell._tc.get_or_add_tcPr().makeelement(
            qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): "E8EDF3"}
        )
        cell._tc.get_or_add_tcPr().append(shading)
    _font(rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}"), TABLE_FONT, 10)
    for i, text in enumerate(cells):
        paragraph = rows[2].cells[i].paragraphs[0]
        _font(paragraph.add_run(text), TABLE_FONT, 10.5)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if i != 1 else WD_ALIGN_PARAGRAPH.LEFT
    _font(rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}"), TABLE_FONT, 10)
    for row in rows:
        for i, width in enumerate(widths):
            row.cells[i].width = Mm(width)
    return table


def build(path: Path = OUT) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _font(doc.styles["Normal"], BODY_FONT, 14)

    red = RGBColor(0xC0, 0x00, 0x00)
    _para(
        doc,
        "科技创新目标任务调度通报",
        font=TITLE_FONT,
        size=26,
        colour=red,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        bold=True,
    )
    _para(doc, "{{ number }}", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "{{ region }}", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para(doc, "—" * 26, size=12, colour=red, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "{{ title }}", font=TITLE_FONT, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    _para(
        doc,
        "（通报期间：{{ period }}；数据截至{{ as_of }}）",
        size=12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )

    _control(doc, "{%p if foreword %}")
    _para(doc, "{{ foreword }}", indent=True)
    _control(doc, "{%p endif %}")

    _para(doc, "一、总体情况", font=HEADING_FONT, size=16)
    _para(doc, "{{ summary }}", indent=True)

    _para(doc, "二、各项指标完成情况", font=HEADING_FONT, size=16)
    _control(doc, "{%p for ind in indicators %}")
    _para(
        doc,
        "（{{ loop.index }}）{{ ind.name }}（单位：{{ ind.unit }}）",
        font="楷体",
        size=15,
        bold=True,
    )
    _control(doc, "{%p if ind.overall %}")
    _para(
        doc,
        "{{ level }}目标{{ ind.overall.target }}，已完成{{ ind.overall.actual }}，"
        "完成率{{ ind.overall.completion_text }}，进度{{ ind.status_label }}。",
        indent=True,
    )
    _control(doc, "{%p endif %}")
    _control(doc, "{%p if ind.rows %}")
    _para(doc, "{{ ind.chart }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc,
        ["排名", "地区", "目标", "完成", "完成率", "进度"],
        "row in ind.rows",
        [
            "{% cellbg row.fill %}{{ row.rank }}",
            "{% cellbg row.fill %}{{r row.region }}",
            "{% cellbg row.fill %}{{ row.target }}",
            "{% cellbg row.fill %}{{ row.actual }}",
            "{% cellbg row.fill %}{{r row.completion_text }}",
            "{% cellbg row.fill %}{{r row.status_label }}",
        ],
        [14, 40, 28, 28, 22, 22],
    )
    _para(doc, "进度滞后的{{ child_word }}：{{ ind.laggards_text }}。", indent=True, size=12)
    _control(doc, "{%p else %}")
    _para(doc, f"{NOT_CASCADED}。", indent=True, size=12)
    _control(doc, "{%p endif %}")
    _control(doc, "{%p endfor %}")

    _para(doc, "三、各{{ child_word }}综合排名", font=HEADING_FONT, size=16)
    _para(
        doc,
        "按各项指标完成率（单项最高计100%）的平均值排名；平均完成率落后时序进度5个百分点以上的地区标红。",
        indent=True,
        size=12,
    )
    _table(
        doc,
        ["排名", "地区", "平均完成率", "完成或正常", "滞后"],
        "r in ranking",
        [
            "{% cellbg r.fill %}{{ r.rank }}",
            "{% cellbg r.fill %}{{r r.region }}",
            "{% cellbg r.fill %}{{ r.score_text }}",
            "{% cellbg r.fill %}{{ r.good }}",
            "{% cellbg r.fill %}{{ r.behind }}",
        ],
        [14, 48, 34, 30, 28],
    )

    _para(doc, "四、进度滞后事项", font=HEADING_FONT, size=16)
    _control(doc, "{%p if laggards %}")
    _table(
        doc,
        ["指标", "地区", "完成率", "状态", "落后时序"],
        "l in laggards",
        [
            "{{ l.indicator }}",
            "{{r l.region }}",
            "{{ l.completion_text }}",
            "{{ l.status_label }}",
            "{{ l.behind_text }}",
        ],
        [46, 36, 24, 20, 28],
    )
    _para(doc, "请以上地区分析原因、制定措施，加快推进，确保完成年度目标任务。", indent=True)
    _control(doc, "{%p else %}")
    _para(doc, "本期各地各项指标进度均正常。", indent=True)
    _control(doc, "{%p endif %}")

    _para(doc, "{{ region }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "{{ generated_on }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.core_properties.title = "调度通报模板"
    doc.core_properties.author = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


if __name__ == "__main__":
    print(build())
