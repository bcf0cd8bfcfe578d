"""Task tables (任务分解表) written as text rows: cells separated by tabs or runs of spaces.

`read_document` writes a Word table as one line per row with tab-separated cells, so Word
tables and plain-text tables take the same path. A header row names the columns — 序号,
重点工作任务 / 具体措施, 牵头单位, 配合单位, 责任单位, 完成时限 … — and every later row is read by
those columns. When a row has fewer cells than the header (a plain-text table whose empty cell
vanished between runs of spaces), the number, the deadline and the task are recognised by their
content and the unit columns are filled from the left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .deadlines import normalize_deadline
from .normalize import simplified
from .numbering import CN_NUMERAL, cn_to_int

ROLE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("seq", ("序号", "编号", "序")),
    ("deadline", (
        "完成时限", "完成时间", "完成期限", "时间节点", "时限", "进度安排", "时间安排", "时间",
    )),
    ("lead", (
        "牵头单位", "牵头部门", "主责单位", "主办单位", "主办部门", "牵头领导", "牵头处室",
        "主责处室", "牵头", "主办",
    )),
    ("assist", (
        "配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "配合处室", "协同处室",
        "协办处室", "配合",
    )),
    ("shared", (
        "责任单位", "责任部门", "责任主体", "实施单位", "负责单位", "责任处室", "责任科室",
    )),
    ("note", ("备注", "说明")),
    ("target", (
        "预期目标", "工作目标", "量化指标", "目标值", "目标要求", "主要目标", "年度目标",
        "考核目标", "绩效目标", "具体目标", "预期成效", "预期成果", "预期效果", "目标", "指标",
    )),
    (
        "task",
        (
            "重点工作任务", "重点任务", "主要任务", "工作任务", "具体任务", "任务内容", "工作内容",
            "具体措施", "工作措施", "主要举措", "具体内容", "重点工作", "任务名称", "目标任务",
            "主要内容", "工作举措", "具体举措", "推进举措", "主要措施", "具体工作", "重点事项",
            "任务分工", "主要工作", "工作安排",
            "重点领域", "任务类别", "工作类别", "领域", "类别",
            "任务", "事项", "措施", "环节",
            "内容",
        ),
    ),
]  # fmt: skip


@dataclass
class TableRow:
    """One data row of a task table, by column role."""

    seq: str = ""
    group: str = ""
    task: str = ""
    lead: str = ""
    assist: str = ""
    shared: str = ""
    deadline: str = ""
    extra: str = ""
    marks: list[tuple[str, str]] = field(default_factory=list)  # (office, its mark in this row)


BARS = "|│┃║"  # the vertical rules of a table drawn in text (web copy, box-drawing characters)


def _framed(line: str) -> bool:
    framed = line.strip()
    return len(framed) > 2 and framed[0] in BARS and framed[-1] in BARS


def split_cells(line: str) -> list[str]:
    """Cells of a table line: tabs keep empty cells, and so do bars framing the row
    (| a | | c |, as copied from a web page or Markdown); otherwise 2+ spaces or a bar separate.
    """
    if _framed(line):
        cells = [cell.strip() for cell in re.split(f"[{BARS}]", line.strip()[1:-1])]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    if "\t" in line:
        cells = [cell.strip() for cell in line.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    return [
        cell.strip() for cell in re.split(rf"\s{{2,}}|\s*[{BARS}]\s*", line.strip()) if cell.strip()
    ]


def column_role(cell: str) -> str | None:
    # a PDF's table is rebuilt before the document is folded to Simplified: 序號 | 牽頭單位;
    # a note in brackets says how to read the column: 责任单位(排第一位的为牵头单位), 责任处(科)室
    cell = simplified(re.sub(r"\s", "", cell))
    cell = re.sub(r"[(（][^()（）]*[)）]", "", cell) or cell
    if _TASK_AND_UNITS.match(cell) or _TASK_AND_TARGET.match(cell):
        return "task"  # 工作任务及责任单位, 指标及任务: the row's task, with what is beside it
    if not cell or len(cell) > 12:
        return None
    for role, words in ROLE_WORDS:
        if cell in words:
            return role
    for role, words in ROLE_WORDS:
        if any(word in cell for word in words):
            return role
    return None


_ROLE_START = re.compile(r"^(?:责任|协同|配合|牵头|主办|协办|参与|主责|承办)")  # not an office
_TASK_AND_UNITS = re.compile(
    r"^(?:工作|重点|主要)?(?:任务|工作)(?:内容)?(?:及|和|与|、)(?:责任|牵头)(?:单位|部门)"
)
_TASK_AND_TARGET = re.compile(
    r"^(?:考核|年度|工作)?(?:指标|目标)(?:及|和|与|、)(?:重点)?(?:任务|工作|措施)"
    r"|^(?:重点|主要|工作)?(?:任务|工作|措施)(?:及|和|与|、)(?:考核|量化)?(?:指标|目标)"
)


def header_roles(line: str) -> list[str] | None:
    """Column roles when `line` is a task-table header, else None.

    A responsibility matrix names an office over each of several columns (县科技局 | 县发改委 …)
    whose cells mark the row (★ leads, √ assists): those columns are `mark:<office>`.
    """
    from .units import is_org_name

    cells = split_cells(line)
    if len(cells) < 2:
        return None
    roles = [column_role(cell) or "other" for cell in cells]
    offices = [
        i
        for i, cell in enumerate(cells)
        if roles[i] == "other" and is_org_name(cell) and not _ROLE_START.match(cell)
    ]
    if len(offices) >= 2:
        for index in offices:
            roles[index] = f"mark:{cells[index]}"
    known = {role for role in roles if role != "other"}
    if "task" not in known:
        return None
    if len(cells) == 2:  # 主要工作 | 责任部门: the task and who does it
        if not known & {"lead", "shared"} and not _TASK_AND_UNITS.match(cells[1]):
            return None
    elif (
        len(known & {"seq", "lead", "assist", "shared", "deadline", "target"})
        + min(len(offices), 1)
        < 2
    ):
        return None  # (序号 | 工作任务 | 工作目标: units and dates may follow in rows of their own)
    if "lead" in roles and "shared" in roles and "assist" not in roles:
        # 牵头单位 | 责任单位: beside a lead column, 责任单位 names the others who carry it out
        roles = ["assist" if role == "shared" else role for role in roles]
    tasks = [i for i, role in enumerate(roles) if role == "task"]
    if len(tasks) >= 2:  # 重点任务 | 具体措施: the first groups the rows of the second
        roles[tasks[0]] = "group"
        for extra in tasks[2:]:
            roles[extra] = "extra"
    return roles


def sub_header_roles(line: str, roles: list[str]) -> list[str] | None:
    """The roles of a table whose header takes two rows, when `line` is the second row.

    The second row names the columns a merged cell above it spans (责任单位 over 牵头 | 配合);
    its other cells are empty or repeat the first row. Cells it does not name keep the first
    row's roles, aligned from the left before the named ones and from the right after them.
    """
    cells = split_cells(line) if "\t" in line else []
    if len(cells) < len(roles) or any(len(cell) > 8 or re.search(r"\d", cell) for cell in cells):
        return None
    named = [column_role(cell) if cell else None for cell in cells]
    known = [i for i, role in enumerate(named) if role in ("lead", "assist", "shared", "deadline")]
    if not known or any(cell and role is None for cell, role in zip(cells, named, strict=True)):
        return None
    first, last = known[0], known[-1]
    refined: list[str] = []
    for index, role in enumerate(named):
        if index < first:
            refined.append(roles[index] if index < len(roles) else "other")
        elif index > last:
            from_right = len(cells) - index
            refined.append(roles[-from_right] if from_right <= len(roles) else "other")
        else:
            refined.append(role or "other")
    return refined


_SEQ = re.compile(rf"^(?:\d{{1,3}}|{CN_NUMERAL})[.、]?$|^\(\d{{1,3}}\)$")


def is_seq(cell: str) -> bool:
    return bool(_SEQ.match(cell))


def parse_row(line: str, roles: list[str]) -> TableRow | None:
    """The row's cells by role, or None when the line is not a row of this table."""
    cells = split_cells(line)
    if len(cells) < 2:
        return None
    row = TableRow()
    missing = len(roles) - len(cells)
    if (
        "\t" in line
        and missing > 0
        and set(roles[-missing:]) <= {"note", "other", "extra", "target"}
    ):
        cells += [""] * missing  # tabs keep the columns: only the last (备注…) cells are empty
    if len(cells) == len(roles) or (_framed(line) and len(cells) < len(roles)):
        pairs = list(zip(roles, cells, strict=False))  # a framed row keeps its empty cells
    else:
        pairs = _guess(cells, roles)
    for role, cell in pairs:
        if role == "heading" and cell:  # the row's own 重点任务 over its 工作措施: the title
            row.task = f"{cell}{'' if cell[-1] in '。；;' else '。'}{row.task}"
        elif role in ("seq", "group", "task", "lead", "assist", "shared", "deadline"):
            current = getattr(row, role)
            setattr(row, role, f"{current} {cell}".strip() if current else cell)
        elif role in ("target", "extra") and cell:
            row.extra = f"{row.extra} {cell}".strip()
        elif role.startswith("mark:") and cell.strip():
            row.marks.append((role[5:], cell.strip()))
    if not row.task and not row.group:
        return None
    _rejoin_deadline(row, pairs)
    return row


# the end of a time limit wrapped in its cell, run into the cell before it by the PDF's text
# layer: 省财政厅月底前 | 2025年6
_DEADLINE_TAIL = re.compile(r"(?:\d{1,2}\s*)?(?:月底前|月底|月前|月|日前|日|底前)$")


def _rejoin_deadline(row: TableRow, pairs: list[tuple[str, str]]) -> None:
    roles = [role for role, _ in pairs]
    if "deadline" not in roles:
        return
    before = roles.index("deadline") - 1
    role = roles[before] if before >= 0 else ""
    if role not in ("lead", "assist", "shared", "extra"):
        return
    cell = getattr(row, role)
    # …分行2 | 026年6月30日前: the year's first digits printed at the end of the cell before
    head = re.search(r"\d{1,3}$", cell)
    cut_year = re.match(r"\d{1,3}年", row.deadline)
    if head and cut_year and len(head.group(0)) + cut_year.end() - 1 == 4:
        setattr(row, role, cell[: head.start()])
        row.deadline = head.group(0) + row.deadline
        return
    if not re.search(r"(?:年|\d)$", row.deadline):
        return
    tail = _DEADLINE_TAIL.search(cell)
    if tail and tail.start() > 0:
        setattr(row, role, cell[: tail.start()])
        row.deadline += tail.group(0)


def _guess(cells: list[str], roles: list[str]) -> list[tuple[str, str]]:
    """Assign the cells of a short or long row to roles by their content."""
    pairs: list[tuple[str, str]] = []
    rest = list(cells)
    if "seq" in roles and rest and is_seq(rest[0]):
        pairs.append(("seq", rest.pop(0)))
    if "deadline" in roles and rest and normalize_deadline(rest[-1], 2000) and len(rest) > 1:
        pairs.append(("deadline", rest.pop()))
    content_roles = [r for r in roles if r in ("group", "task")]
    unit_roles = [r for r in roles if r in ("lead", "shared", "assist")]
    if not rest:
        return pairs
    longest = max(range(len(rest)), key=lambda i: len(rest[i]))
    if "group" in content_roles and longest > 0:
        pairs.append(("group", rest[0]))
    pairs.append(("task", rest[longest]))
    for role, cell in zip(unit_roles, rest[longest + 1 :], strict=False):
        pairs.append((role, cell))
    return pairs


_SECTION_ROW = re.compile(rf"^\s*(?:{CN_NUMERAL}、|[(（]{CN_NUMERAL}[)）])")


def headed_rows(roles: list[str], following: list[str]) -> list[str]:
    """`roles` with its group column made each row's heading when the table's rows show it.

    重点任务 | 工作措施 groups the measures under a task when the task's cell is merged over
    several rows (repeated in each, or printed once with the rows below it empty). When every
    numbered row has a 重点任务 of its own, different from the row above, that cell is the
    row's task and the 工作措施 beside it says how it is done (round 34, tech-finance).
    """
    if "group" not in roles:
        return roles
    groups: list[str] = []
    for line in following:
        row = parse_row(line, roles)
        if row is None and _SECTION_ROW.match(line):
            continue  # 一、扩大科技信贷投放: a section row merged across the table
        if row is None:
            break
        printed, _ = seq_value(row.seq)
        if printed and printed[0].isdigit():
            groups.append(row.group)
    if len(groups) < 2 or not all(groups) or any(a == b for a, b in pairwise(groups)):
        return roles
    return ["heading" if role == "group" else role for role in roles]


def seq_value(seq: str) -> tuple[str, int]:
    """The printed number of a row and its integer value (0 when there is none)."""
    printed = seq.strip().rstrip(".、")
    digits = re.sub(r"\D", "", printed)
    if digits:
        return printed, int(digits)
    value = cn_to_int(printed.strip("()"))
    return printed, value or 0


def _header_cell(line: str) -> bool:
    return len(line) <= 12 and "\t" not in line and column_role(line) is not None


def fold_cell_lines(lines: list[str]) -> list[str]:
    """A table copied from a web page with every cell on a line of its own — 序号 / 重点任务 /
    责任单位 / 完成时限, then 1 / task / units / date, 2 / … — back into one line per row.

    The header is three or more header words on consecutive lines, starting with 序号; a row
    starts at the next row number and takes the lines up to the following number (at most
    one per column). Anything else is returned as it was.
    """
    result: list[str] = []
    index = 0
    while index < len(lines):
        header: list[str] = []
        end = index
        while end < len(lines) and len(header) < 10 and _header_cell(lines[end]):
            header.append(lines[end])
            end += 1
        if (
            len(header) < 3
            or column_role(header[0]) != "seq"
            or not header_roles("\t".join(header))
        ):
            result.append(lines[index])
            index += 1
            continue
        result.append("\t".join(header))
        index, expected = end, 1
        while (
            index < len(lines) and is_seq(lines[index]) and seq_value(lines[index])[1] == expected
        ):
            stop = min(index + len(header), len(lines))
            for later in range(index + 1, stop):
                if is_seq(lines[later]) and seq_value(lines[later])[1] == expected + 1:
                    stop = later
                    break
            result.append("\t".join(lines[index:stop]))
            index, expected = stop, expected + 1
    return result
