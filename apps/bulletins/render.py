"""Turning a bulletin's figures into a Word file (docxtpl) and a PDF (WeasyPrint).

Word: the officer's template (or the built-in default) is a .docx with Jinja placeholders —
see `PLACEHOLDERS`. It is rendered in Jinja's *sandbox*: a template is uploaded by a user,
and an ordinary Jinja environment would let `{{ ''.__class__.__mro__ }}` reach Python. Values
are XML-escaped (autoescape), so a foreword with `<` or `&` cannot break the document.
Laggards are marked twice — red bold text (RichText) and a light red cell (`{% cellbg %}`) —
so they stand out on screen and on a black-and-white print alike.

PDF: the same figures through `bulletins/print.html` (extends core/print_base.html, fonts
embedded), charts as SVG data: URIs (Word gets the same charts as PNG). See
docs/decisions/0009-bulletins.md for why the PDF is not a conversion of the Word file.
"""

from __future__ import annotations

import base64
import io
import re
import zipfile
from pathlib import Path
from typing import IO, Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, RichText
from jinja2 import TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from apps.bulletins.choices import NOT_CASCADED
from apps.core.documents import pdf_from_template
from apps.core.uploads import UploadRejected, check_upload

DEFAULT_TEMPLATE = Path(__file__).resolve().parent / "data" / "default_template.docx"
LAGGARD_FILL = "FDE2E2"
PLAIN_FILL = "FFFFFF"
RED = "B00020"
TABLE_FONT = "宋体"
TABLE_SIZE = 21  # half-points: 10.5 pt (五号)

# Top-level names a template may use (shown on the template page and checked on upload).
PLACEHOLDERS: dict[str, str] = {
    "title": "通报标题",
    "number": "期号，如〔2026〕第3期",
    "period": "通报期间，如2026年1—10月",
    "as_of": "数据截至日期",
    "region": "通报地区（省/市）名称",
    "level": "“全省”或“全市”",
    "child_word": "“设区市”或“县（市、区）”",
    "foreword": "按语（生成前可编辑）",
    "summary": "总体情况（按数据自动生成）",
    "calendar_pct": "时序进度（%）",
    "counts": "各状态指标数，如 counts.lagging",
    "indicators": "指标列表：name、unit、overall、rows、laggards、chart、status_label",
    "ranking": "地区综合排名：rank、region、score_text、good、behind、fill",
    "laggards": "滞后清单：indicator、region、completion_text、status_label、behind_text",
    "regions": "下级地区名称列表",
    "generated_on": "生成日期",
}


class TemplateRejected(ValueError):
    """An uploaded template cannot be used; the message (Chinese) says why."""


def _env() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(autoescape=True)


def _text(value: str, *, laggard: bool) -> RichText:
    """A table value for `{{r ... }}`: red and bold for a laggard, plain otherwise.

    A `{{r}}` run does not inherit the placeholder's formatting, so it carries the table font.
    """
    if laggard:
        return RichText(value, color=RED, bold=True, font=TABLE_FONT, size=TABLE_SIZE)
    return RichText(value, font=TABLE_FONT, size=TABLE_SIZE)


def docx_context(
    tpl: DocxTemplate, figures: dict[str, Any], charts: dict[str, bytes]
) -> dict[str, Any]:
    """The figures dressed for Word: red laggards, cell fills and chart images."""
    indicators = []
    for ind in figures["indicators"]:
        rows = [
            {
                **row,
                "region": _text(row["region"], laggard=row["laggard"]),
                "status_label": _text(row["status_label"], laggard=row["laggard"]),
                "completion_text": _text(row["completion_text"], laggard=row["laggard"]),
                "fill": LAGGARD_FILL if row["laggard"] else PLAIN_FILL,
            }
            for row in ind["rows"]
        ]
        chart = charts.get(ind["code"])
        indicators.append(
            {
                **ind,
                "rows": rows,
                "laggards_text": "、".join(ind["laggards"])
                or ("无" if ind["rows"] else f"无（{NOT_CASCADED}）"),
                "chart": InlineImage(tpl, io.BytesIO(chart), width=Mm(160)) if chart else "",
            }
        )
    ranking = [
        {
            **entry,
            "region": _text(entry["region"], laggard=entry["laggard"]),
            "fill": LAGGARD_FILL if entry["laggard"] else PLAIN_FILL,
        }
        for entry in figures["ranking"]
    ]
    laggards = [
        {**entry, "region": _text(entry["region"], laggard=True)} for entry in figures["laggards"]
    ]
    return {
        **figures,
        "indicators": indicators,
        "ranking": ranking,
        "laggards": laggards,
        "generated_on": figures.get("generated_on", ""),
    }


def render_docx(template: bytes | None, figures: dict[str, Any], charts: dict[str, bytes]) -> bytes:
    """The Word bulletin from `template` (None: the built-in default)."""
    source: IO[bytes] = io.BytesIO(template) if template else DEFAULT_TEMPLATE.open("rb")
    with source:
        tpl = DocxTemplate(source)
        tpl.render(docx_context(tpl, figures, charts), jinja_env=_env(), autoescape=True)
        properties = tpl.docx.core_properties
        properties.title = f"{figures['title']} {figures['number']}"[:255]
        properties.author = ""  # the document speaks for the office, not for its compiler
        out = io.BytesIO()
        tpl.save(out)
    return out.getvalue()


def render_pdf(figures: dict[str, Any], charts: dict[str, str]) -> bytes:
    """The PDF bulletin from the same figures (SVG charts inlined as data: URIs)."""
    uris = {
        code: "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")
        for code, svg in charts.items()
    }
    indicators = [{**ind, "chart_uri": uris.get(ind["code"], "")} for ind in figures["indicators"]]
    return pdf_from_template(
        "bulletins/print.html",
        {"b": {**figures, "indicators": indicators}, "not_cascaded": NOT_CASCADED},
        title=f"{figures['title']} {figures['number']}",
    )


# --- checking an uploaded template -----------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _paragraph_texts(data: bytes) -> list[str]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return texts


def _locate(data: bytes) -> str:
    """Where the first visibly broken placeholder is, as 'in the paragraph “…”'."""
    env = _env()
    for text in _paragraph_texts(data):
        if text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}"):
            return f"出错位置：“{text.strip()[:60]}”（花括号不成对）。"
        for match in _PLACEHOLDER.finditer(text):
            piece = match.group(0)
            if not piece.startswith("{{"):
                continue
            try:
                env.parse(piece)
            except TemplateSyntaxError:
                return f"出错位置：“{text.strip()[:60]}”中的 {piece}。"
    return ""


def check_template(f: IO[bytes], *, name: str = "") -> bytes:
    """The bytes of an uploaded template if it can be used; else `TemplateRejected`.

    Checks in order: not an encrypted / old-format Word file; a real .docx by content (the
    shared upload checks: size, zip bomb, virus scan); placeholders parse; only known names are
    used; a trial render with sample figures succeeds.
    """
    head = f.read(8)
    f.seek(0)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TemplateRejected(
            "模板文件已加密（设置了打开密码）或是旧版 Word（.doc）格式，无法读取。"
            "请在 Word 中取消密码，另存为 .docx 后重新上传。"
        )
    try:
        check_upload(f, kinds={"docx"}, name=name)
    except UploadRejected as exc:
        raise TemplateRejected(f"模板文件不可用：{exc}") from None
    data = f.read()
    f.seek(0)
    try:
        tpl = DocxTemplate(io.BytesIO(data))
        used = tpl.get_undeclared_template_variables(jinja_env=_env())
    except TemplateSyntaxError as exc:
        where = _locate(data)
        raise TemplateRejected(
            f"模板中的占位符写法有误，无法解析（{exc.message}）。{where}"
            "请检查 {{ }} 与 {% %} 是否成对、循环是否以 endfor 结束。"
        ) from None
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateRejected(f"模板文件无法作为 Word 文档打开（{exc}）。") from None
    unknown = sorted(used - set(PLACEHOLDERS))
    if unknown:
        raise TemplateRejected(
            f"模板使用了未知的占位符：{'、'.join(unknown)}。可用的占位符有："
            f"{'、'.join(PLACEHOLDERS)}。"
        )
    try:
        from apps.bulletins.charts import completion_chart
        from apps.bulletins.figures import sample

        figures = sample()
        chart = completion_chart(figures["indicators"][0], calendar_pct=figures["calendar_pct"])
        render_docx(data, figures, {i["code"]: chart.png for i in figures["indicators"]})
    except TemplateError as exc:
        raise TemplateRejected(f"模板试生成失败：{exc}。请检查占位符的写法。") from None
    except Exception as exc:  # any other failure of a user-supplied file is its fault
        raise TemplateRejected(
            f"模板试生成失败（{type(exc).__name__}）。请检查模板内容。"
        ) from None
    return data
