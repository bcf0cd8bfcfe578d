"""`extract(text)`: the DESIGN §6 JSON of a work plan — title, then the item tree with units,
deadlines and targets. Plain Python, no Django: the page, the command and the benchmark share it.
"""

from __future__ import annotations

import re
from typing import Any

from .deadlines import ONGOING, document_year, find_deadline, normalize_deadline
from .errors import DocumentError
from .milestones import add_milestones
from .normalize import content_lines, normalize_text, strip_line
from .structure import GROUP_RANK, Node, build, item_title, join_padded_numbers, walk
from .tables import TableRow, fold_cell_lines
from .targets import Target, find_targets, indicator_table_targets
from .units import UnitFinding, find_units, is_office_heading, unit_prefix, units_in_cell

SUBPOINT_FROM_RANK = 3  # units written under sub-points of a 1.-level task belong to the task


def extract(text: str) -> dict[str, Any]:
    """The ledger proposed by a work-plan text (see DESIGN §6 and decision 0005).

    Output keys: ``title``, ``items`` (the tree) and ``targets`` — the targets written before
    the first item (a 主要目标 paragraph), which belong to the document rather than to an item.
    Raises DocumentError when the text holds no numbered item.
    """
    normalized = normalize_text(text or "")
    # a web table copied one cell per line is folded back into rows before page chrome goes
    # (its row numbers, alone on their lines, would read as page numbers)
    folded = fold_cell_lines([strip_line(line) for line in normalized.split("\n") if line.strip()])
    # …and a section number alone on its line (01) joins its heading before lone numbers
    # are taken for page numbers
    lines = content_lines("\n".join(join_padded_numbers(folded)))
    if not lines:
        raise DocumentError("文档内容为空，没有可以提取的文字。")
    skeleton = build(lines)
    if not skeleton.items:
        raise DocumentError(
            "文档中没有找到带编号的条目（如“一、”“（一）”“1.”“(1)”或任务分解表），无法生成台账。"
        )
    year = document_year(skeleton.title, normalized)
    findings: dict[int, tuple[UnitFinding, str | None]] = {}
    for node in walk(skeleton.items):
        findings[id(node)] = _units_and_deadline(node, year)
    _lift_standalone_units(skeleton.items, findings)
    _inherit_office_headings(skeleton.items, findings)
    _apply_range_notes(skeleton.items, findings)
    for node in walk(skeleton.items):  # 附:责任分工 — units keyed by the items' numbers
        keyed = skeleton.allocated.get(id(node)) or skeleton.assignments.get(node.number)
        own, deadline = findings[id(node)]
        if keyed is not None and not own.found:
            units = _row_units(keyed)
            units.spans = own.spans
            findings[id(node)] = (units, deadline or normalize_deadline(keyed.deadline, year))
    preamble = "\n".join(skeleton.preamble)
    items = [_item(node, 1, findings) for node in skeleton.items]
    add_milestones(items, year)  # dated steps before the deadline (milestones.py)
    return {
        "title": skeleton.title,
        "items": items,
        "targets": [target.as_dict() for target in _targets(preamble)],
    }


def _targets(text: str) -> list[Target]:
    """Targets in running text and in indicator tables (名称 | 单位 | 基数 | 目标 rows)."""
    from_table, rest = indicator_table_targets(text)
    return find_targets(rest) + from_table


# 以上第1-3项任务由A牵头,B配合 / 以上任务由A负责: units for the listed items (or all the items
# before the note in its list) written once after them
_RANGE_NOTE = re.compile(
    r"(?:以上|上述|本部分|本节|本章|本方面)(?:第?(?P<first>\d{1,3})\s*[-—–~～至到、]\s*"
    r"(?P<last>\d{1,3})\s*项)?"
    r"(?:任务|工作)?(?:均)?(?P<roles>由[^。\n]+)"
)


def _range_note_match(node: Node) -> re.Match[str] | None:
    """A note assigning units to items: with their numbers anywhere, without (以上任务由…)
    only on a line of its own after the item's first."""
    match = _RANGE_NOTE.search(node.text)
    if match is None or not (match.group("first") or match.start() > len(node.lines[0])):
        return None
    return match if find_units(match.group("roles")).found else None


def _range_note(node: Node) -> tuple[range | None, UnitFinding] | None:
    """The items a note in `node` assigns units to (None: those up to `node`), and the units."""
    match = _range_note_match(node)
    if match is None:
        return None
    finding = find_units(match.group("roles"))
    if match.group("first"):
        return range(int(match.group("first")), int(match.group("last")) + 1), finding
    return None, finding


def _apply_range_notes(
    nodes: list[Node], findings: dict[int, tuple[UnitFinding, str | None]]
) -> None:
    """Give the items a 以上第1-3项任务由… note names the units it states, unless they have their
    own; the note's own item keeps only what it states besides the note."""
    for siblings in [nodes, *(node.children for node in walk(nodes))]:
        for index, node in enumerate(siblings):
            note = _range_note(node)
            if note is None:
                continue
            numbers, finding = note
            for sibling in siblings[: index + 1] if numbers is None else siblings:
                if numbers is not None and sibling.n not in numbers:
                    continue
                own, deadline = findings[id(sibling)]
                if not own.found:
                    given = UnitFinding(lead=list(finding.lead), assisting=list(finding.assisting))
                    given.spans = own.spans
                    findings[id(sibling)] = (given, deadline)


# 进展:1—9月累计完成4512亿元… — a 督查通报's progress note after the task: what was done, not
# what is asked (no targets, units or time limits are read from it)
_PROGRESS = re.compile(
    r"(?:^|(?<=[。；;\n]))\s*(?:进展情况|进展|推进情况|完成情况|工作进展)\s*[:：]"
)
# 一、总体情况 / 三、存在问题 in a 督查通报: a report on the tasks, whose figures are no targets
_REPORT_HEADING = re.compile(
    r"^(?:总体情况|基本情况|进展情况|推进情况|完成情况|工作进展|存在问题|主要问题)$"
)


def _task_text(node: Node) -> str:
    """The item's own text with any progress note blanked (offsets kept for the unit spans)."""
    text = node.text
    match = _PROGRESS.search(text)
    if match is None:
        return text
    cut = match.start()
    return text[:cut] + re.sub(r"[^\n]", " ", text[cut:])


def _units_and_deadline(node: Node, year: int | None) -> tuple[UnitFinding, str | None]:
    text = _task_text(node)
    note = _range_note_match(node)
    if note is not None:  # the note's units are for the items it names (_apply_range_notes)
        text = (
            text[: note.start()] + "。" + " " * (note.end() - note.start() - 1) + text[note.end() :]
        )
    standalone_from = len(node.lines[0]) + 1 if len(node.lines) > 1 else None
    finding = find_units(text, standalone_from=standalone_from, bare_lists=node.row is None)
    deadline = normalize_deadline(finding.deadline_text, year)
    if node.row is not None:
        row = node.row
        cells = _row_units(row)
        cells.merge(finding)
        finding = cells
        cell = normalize_deadline(row.deadline, year)
        if cell == ONGOING and row.extra:
            # 每季度末 | …年底前开展综合考评: a dated limit in the row's target cell wins over
            # the recurrence its time-limit cell names, as in running text
            dated = find_deadline(row.extra, year)
            cell = dated if dated not in (None, ONGOING) else cell
        deadline = cell or deadline
    if deadline is None:
        deadline = find_deadline(_blank(text, finding.spans), year)
    return finding, deadline


LEAD_MARKS = "★●▲◆■"  # a responsibility matrix: the office leading the row
ASSIST_MARKS = "√✓✔○☆△◇□"  # …and the offices assisting


def _marked_units(marks: list[tuple[str, str]]) -> UnitFinding:
    """Units of a matrix row: ★ leads, √ assists; with no lead mark, the first marked leads."""
    lead = [office for office, mark in marks if mark[0] in LEAD_MARKS]
    assisting = [office for office, mark in marks if office not in lead]
    if not lead and assisting:
        lead, assisting = assisting[:1], assisting[1:]
    return UnitFinding(lead=lead, assisting=assisting)


def _row_units(row: TableRow) -> UnitFinding:
    """The units a table row's cells name: its lead, shared and assisting columns, or marks."""
    cells = UnitFinding()
    cells.merge(units_in_cell(row.lead, all_lead=True))
    cells.merge(units_in_cell(row.shared))
    if not cells.lead and cells.assisting:
        cells.lead, cells.assisting = cells.assisting[:1], cells.assisting[1:]
    cells.merge(units_in_cell(row.assist, all_assist=True))
    cells.merge(_marked_units(row.marks))
    return cells


def _lift_standalone_units(
    nodes: list[Node], findings: dict[int, tuple[UnitFinding, str | None]]
) -> None:
    """'责任单位:…' on its own line after a task's last sub-point (①, (1)) is the task's —
    and after an article's last sub-measure (第三条 … (三)…), the article's."""
    for node in walk(nodes):
        task = node.rank >= SUBPOINT_FROM_RANK or node.style == "article"
        if not node.children or not task or node.rank >= GROUP_RANK:
            continue
        own, own_deadline = findings[id(node)]
        last = node.children[-1]
        unit, unit_deadline = findings[id(last)]
        others = [findings[id(child)][0] for child in node.children[:-1]]
        if (
            unit.standalone
            and unit.found
            and not own.found
            and last.rank > node.rank
            and not any(other.found for other in others)
        ):
            findings[id(node)] = (unit, own_deadline)
            findings[id(last)] = (UnitFinding(spans=unit.spans), unit_deadline)


def _inherit_office_headings(
    nodes: list[Node], findings: dict[int, tuple[UnitFinding, str | None]]
) -> None:
    """四、市外办、市公安局 over the tasks of those offices: each task under such a heading that
    names no units of its own is theirs (department-first plans)."""
    for node in walk(nodes):
        own, _ = findings[id(node)]
        if not node.children or not own.found or len(node.lines) != 1:
            continue
        if not is_office_heading(node.lines[0]):
            continue
        for child in walk(node.children):
            unit, deadline = findings[id(child)]
            if not unit.found:
                findings[id(child)] = (
                    UnitFinding(lead=list(own.lead), assisting=list(own.assisting)),
                    deadline,
                )


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the unit annotations replaced by sentence breaks (no targets in them)."""
    chars = list(text)
    for start, end in spans:
        for index in range(max(0, start), min(len(chars), end)):
            chars[index] = "。" if index == start else " "
    return "".join(chars)


def _item(
    node: Node, level: int, findings: dict[int, tuple[UnitFinding, str | None]]
) -> dict[str, Any]:
    finding, deadline = findings[id(node)]
    target_text = _blank(_task_text(node), finding.spans)
    if node.row is not None and node.row.extra:
        target_text += "\n" + node.row.extra
    # the title is the task, after any units written before it (省科技厅:推进…)
    title = item_title(node.lines[0][unit_prefix(node.lines[0]) :]) if node.lines else ""
    report = bool(_REPORT_HEADING.match(title))
    return {
        "number": node.number,
        "level": level,
        "title": title,
        "text": node.text,
        "lead_units": finding.lead,
        "assisting_units": finding.assisting,
        "deadline": deadline,
        "targets": [] if report else [target.as_dict() for target in _targets(target_text)],
        "children": [_item(child, level + 1, findings) for child in node.children],
    }
