"""`read_document(path)`: the text of a .txt, .docx or .pdf work plan, or a Chinese DocumentError.

* .txt — UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK/GB2312).
* .docx — paragraphs and tables in document order. A table row becomes one line with its
  cells separated by tabs (a cell merged across columns appears once), which `extract` reads
  as a task table. Word's automatic list numbering is rendered (一、 1. (1) …) because the
  numbers are not part of the paragraph text.
* .pdf — the text layer, page by page: page numbers and lines repeated on most pages (running
  headers and footers) are dropped, and lines hard-wrapped at the right margin are joined.
  A numbered task table is rebuilt from where its text is printed (pdf_coords.py) when the
  page's text runs can be read with their coordinates, else from the layout text's columns.
  A PDF without a text layer (a scan) is refused: there is no OCR here.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from .docx_numbering import ListNumbering
from .errors import DocumentError
from .normalize import CJK, simplified, to_halfwidth
from .numbering import parse_label
from .pdf_coords import Run, page_runs, table_rows
from .pdf_coords import squeeze as _squeeze
from .units import UNIT_LABELS

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
SUPPORTED = (".txt", ".docx", ".pdf")


def read_document(path: str | Path) -> str:
    """The text of the document at `path`; DocumentError with a Chinese message if unusable."""
    file = Path(path)
    if not file.is_file():
        raise DocumentError(f"找不到文件：{file.name}")
    suffix = file.suffix.lower()
    data = file.read_bytes()
    if not data.strip():
        raise DocumentError(f"文件“{file.name}”是空的。")
    if suffix in (".txt", ".text"):
        return from_csv(_read_text(data, file.name))
    if suffix == ".docx":
        return _read_docx(file, data)
    if suffix == ".pdf":
        return _read_pdf(file, data)
    if suffix in (".doc", ".wps"):
        raise DocumentError(
            f"不支持旧版 Word 格式（{suffix}），请在 Word 或 WPS 中另存为 .docx 后上传。"
        )
    raise DocumentError(
        f"不支持的文件类型“{suffix or '无扩展名'}”：请上传 .txt、.docx 或 .pdf 格式的工作方案。"
    )


def _read_text(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"“{name}”不是文本文件（含有二进制内容），请上传 .txt、.docx 或 .pdf。")
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # GB18030 decodes almost any bytes, so a Big5 (Traditional) file would turn into nonsense:
    # of the two readings, keep the one whose Chinese punctuation and common words come out
    readings = []
    for encoding in ("gb18030", "big5"):
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise DocumentError(f"无法识别“{name}”的文字编码（不是 UTF-8、GB18030/GBK 或 Big5）。")
    return max(readings, key=_plausibility)  # the first (GB18030) wins a tie


# a cell of tab-separated text quoted because it holds a line break: ⇥"…;\n…"⇥
_QUOTED_TAB_CELL = re.compile(r'(?:^|\t)"[^"\t]*\n[^"]*"(?:\t|$)', re.MULTILINE)


def from_csv(text: str) -> str:
    """A spreadsheet saved as CSV (序号,重点任务,牵头单位,… then a row per task) with its
    commas turned into tabs, so its table reads like any other, and one saved as tab-separated
    text whose quoted cells hold line breaks with those cells made one line; other text is
    returned as it is. Read before full-width punctuation is folded, while the cells' own ，、
    still differ from the ASCII commas between them."""
    import csv

    from .tables import header_roles

    lines = text.splitlines()
    if any(
        line.count(",") >= 2 and header_roles(line.replace(",", "\t").strip()) for line in lines
    ):
        delimiter = ","
    elif _QUOTED_TAB_CELL.search(text) and any(
        line.count("\t") >= 2 and header_roles(line.strip()) for line in lines
    ):
        delimiter = "\t"  # saved as tab-separated text: a cell with line breaks is quoted
    else:
        return text
    result = []
    # read from the whole text, so a quoted cell may hold line breaks (Alt+Enter in a
    # spreadsheet: one office per line) — kept as spaces, which part a cell's list of units;
    # empty cells at a row's end are kept, so the columns stay where the header put them
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        cells = [" ".join(part.strip() for part in cell.splitlines()).strip() for cell in row]
        result.append("\t".join(cells).rstrip("\t") + ("\t" if cells and not cells[-1] else ""))
    return "\n".join(result)


_COMMON = re.compile(r"[，。、：；（）“”]|年|月|日|的|和|市|县|区|省|局|单位|工作|推进|建设")


def _plausibility(text: str) -> int:
    return len(_COMMON.findall(text))


# --- .docx ---------------------------------------------------------------------------------


def _read_docx(file: Path, data: bytes) -> str:
    if data.startswith(_CFB_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise DocumentError(
                f"“{file.name}”已加密（设置了打开密码），无法读取。请取消密码保护后重新上传。"
            )
        raise DocumentError(f"“{file.name}”实际是旧版 Word（.doc）文件，请另存为 .docx 后上传。")
    if not zipfile.is_zipfile(file):
        raise DocumentError(f"无法打开“{file.name}”：文件已损坏或不是 Word（.docx）文档。")
    try:
        import docx  # python-docx

        document = docx.Document(str(file))
        numbering = ListNumbering(document)
        lines: list[str] = []
        for block in document.element.body.iterchildren():
            _docx_block(block, document, numbering, lines)
    except DocumentError:
        raise
    except Exception as error:  # python-docx raises many kinds for a broken package
        raise DocumentError(
            f"无法打开“{file.name}”：文件已损坏或不是 Word（.docx）文档。"
        ) from error
    return "\n".join(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _unwrap_controls(table: Any) -> None:
    """Rows and cells a content control wraps (w:sdt, as templates make repeating sections)
    are put back in place: python-docx sees only the rows and cells directly in the table."""
    for sdt in list(table.iter(f"{_W}sdt")):
        parent = sdt.getparent()
        if parent is None or parent.tag not in (f"{_W}tbl", f"{_W}tr"):
            continue
        content = sdt.find(f"{_W}sdtContent")
        for child in list(content) if content is not None else []:
            sdt.addprevious(child)
        parent.remove(sdt)


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as its reader sees it: tracked insertions in, deletions out (they
    are w:delText, not w:t), runs inside hyperlinks and fields included."""
    parts: list[str] = []
    for element in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        elif element.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _docx_block(block: Any, document: Any, numbering: ListNumbering, lines: list[str]) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    tag = block.tag.rsplit("}", 1)[-1]
    if tag == "p":
        paragraph = Paragraph(block, document)
        text = _paragraph_text(block).replace("\t", " ").strip()
        prefix = numbering.label(paragraph)
        if text or prefix:
            lines.append(f"{prefix}{text}")
    elif tag == "tbl":
        _unwrap_controls(block)
        table = Table(block, document)
        if len(table.columns) == 1:  # a one-column frame around content (layout, not a table)
            for row in table.rows:
                for cell in row.cells[:1]:
                    for inner in cell._tc.iterchildren():
                        _docx_block(inner, document, numbering, lines)
            return
        # a vertically merged cell comes once per row: count its list number once (the dict
        # keeps each paragraph's element alive, so lxml hands back the same proxy as key)
        labels: dict[Any, str] = {}

        def cell_text(paragraph: Any) -> str:
            key = paragraph._p
            if key not in labels:
                labels[key] = numbering.label(paragraph)  # a 序号 cell numbered by a Word list
            return f"{labels[key]}{_paragraph_text(paragraph._p).strip()}".strip()

        for row in table.rows:
            cells: list[str] = []
            seen: list[Any] = []
            for cell in row.cells:
                if any(cell._tc is other for other in seen):
                    continue  # merged across columns: once
                seen.append(cell._tc)
                text = " ".join(t for t in (cell_text(p) for p in cell.paragraphs) if t)
                cells.append(re.sub(r"\s*\t\s*", " ", text))
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                lines.append("\t".join(cells))
        lines.append("")
    elif tag == "sdt":  # content controls wrap ordinary blocks
        for content in block.iterchildren():
            if content.tag.endswith("}sdtContent"):
                for inner in content.iterchildren():
                    _docx_block(inner, document, numbering, lines)


# --- .pdf ----------------------------------------------------------------------------------


# 牵头单位:省知识产权局 under task after task, on every page: the tasks' units, not chrome
_UNIT_LINE = re.compile(
    "^(?:" + "|".join(sorted(UNIT_LABELS, key=len, reverse=True)) + r")\s*[:：]"
)
_SENTENCE_TAIL = re.compile(r"[。；;〕】)）]$")


def _read_pdf(file: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"无法打开“{file.name}”：文件已损坏或不是 PDF 文档。")
    try:
        reader = PdfReader(str(file), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                f"“{file.name}”已加密（设置了打开密码），无法读取文字。请取消密码保护后重新上传。"
            )
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        runs = [
            page_runs(page, n, text)
            for n, (page, text) in enumerate(zip(reader.pages, pages, strict=True))
        ]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise DocumentError(f"无法打开“{file.name}”：PDF 文件已损坏。") from error
    except Exception as error:
        if "crypt" in type(error).__name__.lower() or "password" in str(error).lower():
            raise DocumentError(
                f"“{file.name}”已加密（设置了打开密码），无法读取文字。请取消密码保护后重新上传。"
            ) from error
        raise DocumentError(f"无法打开“{file.name}”：PDF 文件已损坏。") from error
    meaningful = sum(len(re.findall(rf"[{CJK}A-Za-z0-9]", page)) for page in pages)
    if not pages or meaningful < 10 * max(1, min(len(pages), 3)):
        raise DocumentError(
            f"“{file.name}”没有文字层（可能是扫描件或图片），无法提取内容。"
            "请上传可复制文字的 PDF，或先做文字识别（OCR）后再上传。"
        )
    return _pdf_text(pages, runs)


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|"
    r"\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$"
)
_ENDS_SENTENCE = re.compile(r"[。；;：:！？!?)）】〕”\"]\s*$")
_ENDS_BRACKET = re.compile(r"[)）]\s*$")
_CONTINUES_SENTENCE = re.compile(r"^[\u4e00-\u9fff][^。；;]{0,40}?[，,、]")
_GAP = re.compile(r"\S+(?:\s(?!\s)\S+)*")  # runs of text separated by 2+ spaces


def _fragments(line: str) -> list[tuple[int, str]]:
    """(column offset, text) of each run of a layout line separated by 2+ spaces."""
    return [(match.start(), match.group(0)) for match in _GAP.finditer(line)]


def _header_fragments(line: str, above: str = "") -> list[tuple[int, str]]:
    """Fragments of a header line; header words one space apart (序号 工作任务) are split.

    `above` is the line printed just above: a narrow first column wraps its header, leaving
    序 above and 号 on the header line, which together name the column.
    """
    from .tables import column_role

    result: list[tuple[int, str]] = []
    for index, (start, text) in enumerate(_fragments(line)):
        words = [(start + m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
        if index == 0 and above and column_role(above + words[0][1]) == "seq":
            words[0] = (words[0][0], above + words[0][1])
            text = " ".join(word for _, word in words)
        if len(words) > 1 and all(column_role(word) for _, word in words):
            result.extend(words)
        else:
            result.append((start, text))
    return result


class _LayoutTable:
    """Rebuilds a table printed to PDF from the column positions of its cells.

    The lines are collected first and placed when the table ends. Columns are where the cells
    of several lines start (a header is often centred over a wider column, and a layout
    rendering shifts text after many Chinese characters); when those starts do not give one
    column per header cell, the header's own positions decide. A row starts with a line that
    has text in the first column (its number). Lines of the same row that come *before* that
    line — a cell vertically centred in a taller row — are held until it comes, within a block
    of lines not separated by a blank line; other lines continue the row above (a wrapped
    cell). The header repeated on a new page is skipped.

    When every kept line came with its runs' coordinates and the table is numbered, the rows
    are rebuilt from those instead (`pdf_coords.table_rows`); the layout columns are the
    fallback.
    """

    def __init__(self, header: str, above: str = "", printed: tuple[str, ...] = ()) -> None:
        fragments = _header_fragments(header, above)
        self.header = _squeeze(header)
        # the lines a rebuilt header was printed as (牵头配合 | 单位单位…), repeated on each page
        self.printed = {_squeeze(line) for line in printed}
        self.above = above  # 序 of a header wrapped in its first cell, repeated on each page
        self.header_cells = [_squeeze(text) for _, text in fragments]
        # from the header: a cell is in the column whose header it is nearer than the previous
        # header's end
        self.bounds = _bounds([(start, start + len(text)) for start, text in fragments])
        self.raw: list[list[tuple[int, str]] | None] = []  # None: a blank line
        # where the kept lines' text is printed (None: a line read without its coordinates)
        self.runs: list[list[Run]] | None = []

    def block_break(self) -> None:
        """A blank line: the rows above are complete."""
        self.raw.append(None)

    def take(self, line: str, runs: list[Run] | None = None) -> bool:
        """Add a layout line to the table; False when the line is not part of it."""
        fragments = _fragments(line)
        if not fragments or _squeeze(line) in (self.header, self.above, *self.printed):
            return True
        if len(fragments) == 1 and _column(self.bounds, fragments[0][0]) == 0:
            text = _squeeze(fragments[0][1])
            # a paragraph after the table — but in a table without a 序号 column, a long
            # line right under a row is its task cell wrapped
            wraps = not self.header_cells[0].startswith("序") and bool(self.raw and self.raw[-1])
            if parse_label(to_halfwidth(text)) is None and len(text) > 20 and not wraps:
                return False
        self.raw.append([piece for fragment in fragments for piece in _cells_in_run(*fragment)])
        if self.runs is not None and runs is not None:
            self.runs.append(runs)
        else:
            self.runs = None
        return True

    def _cell_bounds(self) -> list[float]:
        """Column bounds from where the cells start, if they give one column per header."""
        starts: Counter[int] = Counter(
            start for fragments in self.raw if fragments for start, _ in fragments
        )
        groups: list[list[int]] = []
        for offset in sorted(starts):
            if groups and offset - groups[-1][-1] <= 1:
                groups[-1].append(offset)
            else:
                groups.append([offset])
        weight = {id(g): sum(starts[o] for o in g) for g in groups}
        # one column per header cell: the most used starts, if they hold most of the cells
        frequent = sorted(groups, key=lambda g: weight[id(g)], reverse=True)
        frequent = sorted(frequent[: len(self.header_cells)], key=lambda g: g[0])
        covered = sum(weight[id(g)] for g in frequent)
        if len(frequent) != len(self.header_cells) or covered < 0.8 * sum(starts.values()):
            return self.bounds
        return [-1.0] + [
            (frequent[i - 1][-1] + frequent[i][0]) / 2 for i in range(1, len(frequent))
        ]

    def _deadline_column(self) -> int | None:
        from .tables import column_role

        roles = [column_role(cell) for cell in self.header_cells]
        return roles.index("deadline") if "deadline" in roles else None

    def _labelled(self, bounds: list[float], numbered: bool) -> bool:
        """A table without a 序号 column whose first cells open with their own labels (1.…,
        一、…): a row starts at such a label, and the task's wrapped lines continue it."""
        if numbered or len(self.header_cells) < 2:
            return False
        opening = [
            fragments[0][1]
            for fragments in self.raw
            if fragments and _column(bounds, fragments[0][0]) == 0
        ]
        return sum(1 for text in opening if _opens_row(text)) >= 2

    def _starts_row(
        self, fragments: list[tuple[int, str]], bounds: list[float], labelled: bool
    ) -> bool:
        if len(self.header_cells) < 2:
            return True
        if _column(bounds, fragments[0][0]) != 0:
            return False
        return not labelled or _opens_row(fragments[0][1])

    def _rows_of_lines(self, bounds: list[float], numbered: bool) -> list[int]:
        """The row each raw line belongs to (as `lines` will join them); -1 for a blank."""
        labelled = self._labelled(bounds, numbered)
        row_of = [-1] * len(self.raw)
        rows, block_has_row = 1, False
        pending: list[int] = []
        for index, fragments in enumerate(self.raw):
            if fragments is None:
                for held in pending:
                    row_of[held] = rows - 1
                pending, block_has_row = [], False
                continue
            starts_row = self._starts_row(fragments, bounds, labelled)
            if starts_row or (rows < 2 and not pending and not block_has_row and not numbered):
                rows += 1
                for held in [*pending, index]:
                    row_of[held] = rows - 1
                pending, block_has_row = [], True
            elif block_has_row:
                row_of[index] = rows - 1
            else:
                pending.append(index)
        for held in pending:
            row_of[held] = rows - 1
        return row_of

    def _placements(self, bounds: list[float], numbered: bool) -> list[list[int]]:
        """The column of every fragment of every line.

        Each line is placed on its own first (`_placed`). The layout text drifts after many
        Chinese characters — by a different amount in each row — but within one row a column's
        cells start at the same offset: the row's line with the most runs teaches the others
        (a cell wrapped onto a line of its own, a cell printed above the row's number).
        """
        deadline = self._deadline_column()
        placed = [_placed(f, bounds, deadline) if f else [] for f in self.raw]
        row_of = self._rows_of_lines(bounds, numbered)
        for row in set(row_of) - {-1}:
            members = [i for i, r in enumerate(row_of) if r == row and self.raw[i]]
            anchor = max(members, key=lambda i: len(self.raw[i] or []))
            taught = {
                offset: column
                for (offset, _), column in zip(self.raw[anchor] or [], placed[anchor], strict=True)
            }
            for member in members:
                fragments, columns = self.raw[member] or [], placed[member]
                for index, (offset, _) in enumerate(fragments):
                    column = taught.get(offset)
                    if column is not None and (index == 0 or column > columns[index - 1]):
                        columns[index] = column
        return placed

    def lines(self) -> list[str]:
        numbered = column_role_of(self.header_cells[0]) == "seq"
        width = len(self.header_cells)
        rebuilt = None
        if numbered and self.runs:
            rebuilt = table_rows([run for runs in self.runs for run in runs], width)
        if rebuilt is not None:  # from where the text is printed (pdf_coords)
            return _row_lines([list(self.header_cells), *rebuilt])
        bounds = self._cell_bounds()
        placements = self._placements(bounds, numbered)
        width = len(self.header_cells)
        units = [column_role_of(cell) in ("lead", "assist", "shared") for cell in self.header_cells]
        rows: list[list[str]] = [list(self.header_cells)]
        # a row's lines join in printed order: the part of its cells printed above its number,
        # its first line, then its wrapped cells (`_rows_of_lines` says which row is whose)
        labelled = self._labelled(bounds, numbered)
        for line, row in enumerate(self._rows_of_lines(bounds, numbered)):
            fragments, placed = self.raw[line], placements[line]
            if fragments is None:
                continue
            while len(rows) <= row:
                rows.append([""] * width)
            starts_row = self._starts_row(fragments, bounds, labelled)
            first = _SEQ_AND_TEXT.match(fragments[0][1])
            if starts_row and first and width > 1 and self.header_cells[0].startswith("序"):
                # 1 高水平研发团队…: the number and the task one space apart in the layout
                split = fragments[0][0] + first.end(1)
                fragments = [
                    (fragments[0][0], first.group(1)),
                    (split + 1, fragments[0][1][first.end(1) :].strip()),
                    *fragments[1:],
                ]
                placed = _placed(fragments, bounds, self._deadline_column())
            if starts_row and len(fragments) == width:
                placed = list(range(width))  # one run per column
            for (_, text), index in zip(fragments, placed, strict=True):
                rows[row][index] = _join_cell(rows[row][index], _squeeze(text), units[index])
        return _row_lines(rows)


_OFFICE_END = re.compile(r"(?:局|厅|委|办|院|会|府|室|处|行|团|心|司|所|队)$")


def _join_cell(cell: str, piece: str, units: bool) -> str:
    """A cell's next line: run on, as a wrapped line is — except in a unit column, where a
    line after one ending an office's name (市科技局 / 宜春经开区管委会) starts the next office,
    unless it is the wrapped end of that name (管委 / 会) or the name goes on from a
    national bureau to its local office (国家税务总局 / 赣江新区税务局)."""
    ended = _OFFICE_END.search(cell) and not cell.endswith("总局")
    if units and cell and piece and ended and len(piece) > 2:
        return f"{cell}、{piece}"
    return cell + piece


def _opens_row(text: str) -> bool:
    return parse_label(to_halfwidth(_squeeze(text))) is not None


def _row_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as tab-separated lines (a row with one cell filled: that cell alone)."""
    result = []
    for cells in rows:
        while cells and not cells[-1]:
            cells.pop()
        filled = [cell for cell in cells if cell]
        result.append(filled[0] if len(filled) == 1 else "\t".join(cells))
    return result


def _cells_in_run(offset: int, text: str) -> list[tuple[int, str]]:
    """A run of a table line that is several cells printed one space apart (市税务局 2025年12月,
    市文广新旅局 市科技局): split, when every piece is a list of offices or a time limit."""
    from .units import is_time_limit, looks_like_org, split_units

    pieces = text.split(" ")
    if len(pieces) < 2:
        return [(offset, text)]
    for piece in pieces:
        folded = simplified(piece)
        names = split_units(folded)
        if not (is_time_limit(folded) or (names and all(looks_like_org(n) for n in names))):
            return [(offset, text)]
    result, at = [], offset
    for piece in pieces:
        result.append((at, piece))
        at += len(piece) + 1
    return result


def column_role_of(cell: str) -> str | None:
    from .tables import column_role

    return column_role(cell)


def _placed(
    fragments: list[tuple[int, str]], bounds: list[float], deadline: int | None = None
) -> list[int]:
    """The column of each fragment of a line, by position.

    When a cell ran past its column (a long task on one line) and pushed the next cells so far
    right that two of them land in one column, those cells follow in order instead. The layout
    text drifts after many Chinese characters, so a cell may also start a little left of its
    column: a time limit beside the 完成时限 column goes there, and two runs of one line never
    share a column while the next one is free (they were printed 2+ spaces apart).
    """
    width = len(bounds)
    columns = [_column(bounds, offset) for offset, _ in fragments]
    for index, (offset, text) in enumerate(fragments[:-1]):
        column = columns[index]
        overflowed = column + 1 < width and offset + len(text) > bounds[column + 1] + 2
        rest = columns[index + 1 :]
        if overflowed and len(set(rest)) < len(rest) and column + len(rest) < width:
            columns[index + 1 :] = range(column + 1, column + 1 + len(rest))
            break
    if deadline is not None:
        for index, (_, text) in enumerate(fragments):
            if columns[index] + 1 == deadline and _TIME_LIMIT_PART.match(_squeeze(text)):
                columns[index] = deadline
    for index in range(1, len(columns)):
        shifted = columns[index - 1] + 1
        # room left for this run and every run after it
        if columns[index] < shifted and shifted + len(columns) - 1 - index < width:
            columns[index] = shifted
    return columns


# a time limit or the wrapped end of one (2025年12月 | 底)
_TIME_LIMIT_PART = re.compile(
    r"^(?:20\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:底|末)?前?|"
    r"\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末)?前?|月?底前?|长期|持续推进)$"
)


_SEQ_AND_TEXT = re.compile(r"^(\d{1,3})\s(?=\S)")


def _bounds(spans: list[tuple[int, int]]) -> list[float]:
    """Column bounds halfway between one column's end and the next one's start."""
    return [-1.0] + [(spans[i - 1][1] + spans[i][0]) / 2 for i in range(1, len(spans))]


def _column(bounds: list[float], offset: int) -> int:
    index = 0
    for position, bound in enumerate(bounds):
        if bound <= offset:
            index = position
    return index


def _pdf_text(pages: list[str], runs: list[list[list[Run]] | None] | None = None) -> str:
    """Text lines of the layout rendering: tables rebuilt, wrapped lines joined. `runs`: for
    each page, where each of its lines' text is printed (`pdf_coords.page_runs`), if known."""
    from .tables import header_roles

    page_lines = [[line.rstrip() for line in page.splitlines()] for page in pages]
    flat_runs: list[list[Run] | None] = []
    for index, lines in enumerate(page_lines):
        known = runs[index] if runs else None
        unknown: list[list[Run] | None] = [None] * len(lines)
        flat_runs.extend(known if known is not None else unknown)
    repeated: Counter[str] = Counter()
    edges: Counter[str] = Counter()
    for lines in page_lines:
        filled = [line for line in lines if line.strip()]
        repeated.update({_squeeze(line) for line in filled if len(_squeeze(line)) <= 40})
        edges.update({_squeeze(line) for line in filled[:2] + filled[-2:]})
    # a running header or footer: at a page's edge (first or last two lines) on most pages —
    # with three or more pages, a short line repeated anywhere on three or more of them,
    # unless it ends a sentence or a unit bracket: the same wrapped tail (局、市科技局〕) can
    # close items on two pages (round 34). A table's header repeated on every page is not
    # running: the table skips its repeats itself.
    running = {
        line
        for line, count in repeated.items()
        if count >= 0.6 * len(pages)
        and (
            (count >= 2 and edges[line] >= 2)
            or (len(pages) >= 3 and count >= 3 and not _SENTENCE_TAIL.search(line))
        )
        and len(line) >= 3
        and not _UNIT_LINE.match(line)
        and not _names_columns(line)
        and not _header_pieces(line)
    }
    blocks: list[tuple[str, str]] = []  # ("text" | "row", line)
    table: _LayoutTable | None = None
    flat = [line for page in page_lines for line in page]
    stacked_rest = -1  # the second line of a header whose words wrap onto two lines
    previous = ""  # the last layout line kept as text
    for index, line in enumerate(flat):
        if index == stacked_rest:
            continue
        if not line.strip():
            if table is not None:
                table.block_break()
            continue
        squeezed = _squeeze(line)
        if _PAGE_NUMBER.match(squeezed) or squeezed in running:
            continue
        if table is not None and table.take(line, flat_runs[index]):
            continue
        if table is not None:
            blocks.extend(("row", row) for row in table.lines())
            table = None
        above = blocks[-1][1] if blocks and blocks[-1][0] == "text" else ""
        above = above if len(above) <= 2 else ""  # 序 | 号: a header wrapped in its first cell
        following = next((i for i in range(index + 1, len(flat)) if flat[i].strip()), -1)
        stacked = _stacked_header(line, flat[following]) if following != -1 else None
        printed: tuple[str, ...] = ()
        if stacked is not None:  # 牵头 over 单位: the header's words wrapped in narrow columns
            printed = (line, flat[following])
            line, stacked_rest = stacked, following
        elif blocks and blocks[-1][0] == "text" and previous:
            with_above = _header_with_above(previous, line)
            if with_above is not None:  # 序 … 完成 over 号 重点任务 责任单位时限
                blocks.pop()
                printed = (previous, line)
                line, above = with_above, ""
        previous = line
        fragments = _header_fragments(line.strip(), above)
        # three or more header words, or two far apart (重点任务 … 责任单位: a narrow table)
        wide = len(fragments) == 2 and fragments[1][0] - len(fragments[0][1]) > 20
        cells = "\t".join(_squeeze(t) for _, t in fragments)
        if (len(fragments) >= 3 or wide) and header_roles(cells):
            if fragments[0][1].startswith(above) and above:
                blocks.pop()
            above = above if fragments[0][1].startswith(above) else ""
            table = _LayoutTable(line, above, printed)
            continue
        if _tabular(line):  # a row of a table without a task header: keep its cells apart
            squeezed = "\t".join(_squeeze(text) for _, text in _fragments(line.strip()))
        blocks.append(("text", squeezed))
    if table is not None:
        blocks.extend(("row", row) for row in table.lines())
    texts = [line for kind, line in blocks if kind == "text"]
    lengths = sorted(_width(line) for line in texts) or [0.0]
    # the printed line width: the 90th percentile, or the widest of a few lines (a title over a
    # table is not a full line because it is one of two)
    full = lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 5 else lengths[-1]
    joined: list[str] = []
    wrappable = False
    width = 0.0  # of the last physical line of joined[-1]
    for kind, line in blocks:
        if (
            kind == "text"
            and wrappable
            and width >= 0.85 * full
            and not _tabular(line)
            and not _tabular(joined[-1])
            and (
                not _ENDS_SENTENCE.search(joined[-1])
                # a bracket closing at the margin, then more of the sentence: 局(知识产权局)|牵头,…
                or (_ENDS_BRACKET.search(joined[-1]) and _CONTINUES_SENTENCE.match(line))
            )
            and parse_label(to_halfwidth(line)) is None
        ):
            joined[-1] += line
        else:
            joined.append(line)
        wrappable = kind == "text"
        width = _width(line)
    return "\n".join(joined)


_HEADER_STARTS = ("牵头", "配合", "责任", "主办", "协办", "参与", "完成", "时间", "工作", "重点")
_HEADER_ENDS = (
    "单位",
    "部门",
    "处室",
    "时限",
    "时间",
    "期限",
    "任务",
    "内容",
    "措施",
    "目标",
    "领导",
)


def _stacked_header(top: str, bottom: str) -> str | None:
    """A header line rebuilt from two when narrow columns wrap their words (牵头 | 配合 | 完成
    over 单位 | 单位 | 时限): the lower line's word endings join the last words above, in order.
    None unless the lower line holds nothing but such endings and the result is a header."""
    from .tables import column_role, header_roles

    endings = _fragments(bottom)
    if not endings or any(_squeeze(text) not in _HEADER_ENDS for _, text in endings):
        return None
    words: list[tuple[int, str]] = []
    for offset, text in _header_fragments(top.strip()):
        text = _squeeze(text)
        chunks = [text[i : i + 2] for i in range(0, len(text), 2)]
        if len(chunks) > 1 and all(chunk in _HEADER_STARTS for chunk in chunks):
            # 牵头配合: two wrapped headers printed side by side, two characters each
            words.extend((offset + 2 * i, chunk) for i, chunk in enumerate(chunks))
        else:
            words.append((offset, text))
    if len(endings) > len(words):
        return None
    first = len(words) - len(endings)
    joined = [
        (offset, text + (_squeeze(endings[i - first][1]) if i >= first else ""))
        for i, (offset, text) in enumerate(words)
    ]
    if any(column_role(text) is None for _, text in joined[first:]):
        return None
    if not header_roles("\t".join(text for _, text in joined)):
        return None
    line = ""
    for offset, text in joined:
        line = line.ljust(max(offset, len(line) + 2)) + text
    return line


def _header_words(text: str) -> list[str]:
    """A run of header words printed without a space between them (责任单位时限) split into
    the words, longest first; [text] when it does not split into known words."""
    from .tables import ROLE_WORDS

    words = sorted({word for _, group in ROLE_WORDS for word in group}, key=len, reverse=True)
    result, at = [], 0
    while at < len(text):
        word = next((w for w in words if len(w) >= 2 and text.startswith(w, at)), None)
        if word is None:
            return [text]
        result.append(word)
        at += len(word)
    return result


def _header_with_above(above: str, line: str) -> str | None:
    """A header line whose narrow cells wrapped their first characters onto the line above
    (序 … 完成 over 号 重点任务 责任单位时限): each piece above joins the word below it that
    it completes. None unless the line above holds only such short pieces."""
    from .tables import column_role, header_roles

    pieces = _fragments(above)
    if not pieces or any(len(_squeeze(text)) > 2 for _, text in pieces):
        return None
    if len(pieces) == 1:
        return None  # 序 alone over 号: the table keeps it as its `above` (see _LayoutTable)
    words: list[tuple[int, str]] = []
    for offset, text in _fragments(line):
        for match in re.finditer(r"\S+", text):
            at = offset + match.start()
            for word in _header_words(_squeeze(match.group(0))):
                words.append((at, word))
                at += len(word)
    joined = [text for _, text in words]
    for offset, text in pieces:
        head = _squeeze(text)
        nearest = sorted(range(len(words)), key=lambda i: abs(words[i][0] - offset))
        chosen = next((i for i in nearest if column_role(head + joined[i])), None)
        if chosen is None:
            return None
        joined[chosen] = head + joined[chosen]
    if not header_roles("\t".join(joined)):
        return None
    result = ""
    for (offset, _), text in zip(words, joined, strict=True):
        result = result.ljust(max(offset, len(result) + 2)) + text
    return result


def _header_pieces(text: str) -> bool:
    """Whether a squeezed line is only the first characters of wrapped header cells (序完成,
    repeated over the table on every page like a running header, but part of the header)."""
    rest = text
    for head in sorted({"序", *_HEADER_STARTS}, key=len, reverse=True):
        rest = rest.replace(head, "")
    return not rest and len(text) >= 1


def _names_columns(text: str) -> bool:
    """Whether a squeezed line names three or more kinds of task-table column (a header), or
    two in a line no longer than two headings (重点任务 | 责任单位, a narrow table's)."""
    from .tables import ROLE_WORDS

    kinds = sum(any(word in text for word in words) for _, words in ROLE_WORDS)
    return kinds >= 3 or (kinds == 2 and len(text) <= 12)


def _tabular(line: str) -> bool:
    """A layout line of three or more runs apart (a table row without a task header): its
    lines are rows, not a wrapped paragraph."""
    return "\t" in line or len(_fragments(line.strip())) >= 3


def _width(line: str) -> float:
    """Printed width in em: Latin letters and digits take half a Chinese character's width."""
    return sum(0.5 if char.isascii() else 1.0 for char in line)
