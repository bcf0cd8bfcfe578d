"""From lines to the item tree.

Every line is one of: a numbered item (a label at its start), a task-table header or row, an
unnumbered heading, or text belonging to the item above it (or to the preamble before the
first item). Numbered items are placed with a stack of open items:

1. a label of a style already open continues that list (a sibling) — 2. after 1., 二、 after
   一、 — and closes everything below it;
2. a sloppy label of the same family that continues an open list by number is a sibling too:
   ``3)`` after ``1.`` ``2、`` and ``(3`` after ``1、`` ``2)``;
3. otherwise the item nests under the nearest open item of a shallower conventional rank
   (一、 > (一) > 1. > (1) > 1) > ①), so skipped levels and restarts still nest correctly.

Labels written inside a paragraph (Nanchang's ``…建设1)依托…(2)以…``) are not items: they are
the item's own sub-points and stay in its text, as in DESIGN §6's example.

An unnumbered heading (a short line without punctuation, e.g. 保障措施) becomes an item with an
empty number when it starts a new list (its next line is numbered 1) that would otherwise be
nested under an unrelated item, or when two or more such headings partition the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from .numbering import (
    INLINE_LABEL,
    OUTLINE_DEEP,
    POINTS_LISTED,
    Label,
    outline_label,
    parse_label,
    point_label,
)
from .tables import (
    TableRow,
    column_role,
    headed_rows,
    header_roles,
    parse_row,
    seq_value,
    split_cells,
    sub_header_roles,
)

Attach = Callable[..., None]
HEADING_RANK = -1
TABLE_SECTION_RANK = 8
GROUP_RANK = 9
ROW_RANK = 10
_TITLE_WORDS = re.compile(
    r"要点|方案|计划|意见|清单|分解表|安排|办法|规划|措施|任务|台账|细则|纲要|通知|工作"
)
_NOTICE = re.compile(r"关于.*(?:印发|下发|转发).*(?:通知|函)|的通知$")
_SUBTITLE = re.compile(r"^\(?\s*20\d{2}\s*(?:年)?\s*[-—–~～至]+\s*20\d{2}\s*年?\s*\)?$")
_ATTACHMENTS = re.compile(r"^附件\s*\d*\s*(?:[:：]|$)")
_ATTACHMENT_START = re.compile(r"^(?:附件|附表)\s*\d*\s*[:：]?\s*$")
_RULE_CHARS = r"\s|│┃║+:=\-—─━═┼┬┴├┤┌┐└┘╋┳┻┣┫┏┓┗┛╬╦╩╠╣╔╗╚╝"
_RULE_LINE = re.compile(rf"^[{_RULE_CHARS}]*[-—─━═=][{_RULE_CHARS}]*$")
_FORM_LINE = re.compile(
    r"^(?:填报单位|填表单位|填报人|填表人|填报时间|填表时间|制表人?|审核人|联系人|联系电话)\s*[:：]"
)
_NOTE_LINE = re.compile(r"^(?:注|说明|备注|填表说明)\s*\d*\s*[:：]")
# a task closed by its units in brackets: (责任处室:A、B) / 〔牵头单位:A〕
_CLOSED_BY_UNITS = re.compile(
    r"[(（〔【\[]\s*(?:责任|牵头|主责|配合|协办|承办|实施)[^()（）〔〕]{0,8}[:：][^()（）〔〕]*[)）〕】\]]\s*[。.]?$"
)
# after such a task, a paragraph addressed to everyone is the document's closing request
# (各处室、各单位要对照…), not more of that task
_ADDRESSED_TO_ALL = re.compile(r"^各[^。，,;；]{0,24}?(?:要|务必|应当|应|须|请)")
_PUNCT = re.compile(r"[。，,；;：:！？!?]")
_UNIT_START = re.compile(
    r"[〔【(\[]\s*(?:责任单位|牵头单位|责任部门|牵头部门|配合单位|主责单位)|"
    r"(?:责任单位|牵头单位|责任部门|牵头部门)\s*[:：]|〔"
)


@dataclass
class Node:
    """An item while the tree is built."""

    number: str
    style: str
    rank: float
    n: int
    lines: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    row: TableRow | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Skeleton:
    """The tree, the document title and the preamble text (before the first item)."""

    title: str
    items: list[Node]
    preamble: list[str]
    # 附:责任分工 — a table of item numbers and their units, after the items: number → cells
    assignments: dict[str, TableRow] = field(default_factory=dict)
    # 附件 分工表 naming the body's tasks by title: id(the body's item) → its row's cells
    allocated: dict[int, TableRow] = field(default_factory=dict)


def find_title(lines: list[str], first_item: int) -> tuple[int, str, int]:
    """(index, title, last index used) of the document title before the first item."""
    best: tuple[int, int] | None = None
    for index in range(first_item):
        line = lines[index]
        annex = _ATTACHMENT_START.match(line) or _ATTACHMENTS.match(line)  # 附件 / 附件:…表
        if annex and best is not None and best[0] >= 1:
            break  # the annex's own heading (…任务分解表) does not displace the document's
        if not 6 <= len(line) <= 80 or "。" in line or line.endswith((":", "：")):
            continue
        if parse_label(line) or "\t" in line or "," in line or "，" in line:
            continue
        score = 2 if _TITLE_WORDS.search(line) else 0
        if _NOTICE.search(line):
            score -= 1
        if best is None or score >= best[0]:
            best = (score, index)
    if best is None or best[0] < 1:
        return -1, "", -1
    index = best[1]
    title = lines[index]
    if _NOTICE.search(title):
        quoted = re.search(r"《([^》]+)》", title)
        title = quoted.group(1) if quoted else title
    last = index
    if index + 1 < first_item and _SUBTITLE.match(lines[index + 1]):
        title += lines[index + 1]
        last = index + 1
    return index, title, last


def _is_heading(line: str) -> bool:
    return (
        2 <= len(line) <= 20
        and not _PUNCT.search(line)
        and parse_label(line) is None
        and "\t" not in line
        and not re.search(r"\d{3,}", line)
    )


# 一是…；二是…；三是… inside one paragraph: points the paragraph lists, each a task of its own
# (its own units, limit and figures) — split onto lines of their own, as when written so
_INLINE_POINT = re.compile(
    r"(?<=[。；;:：])[ \t]*(?=(?:[一二三四五六七八九]|十[一二三四五六七八九]?)是)"
)


_POINT_ROLE = re.compile(r"牵头|负责|会同|配合")


def split_inline_points(lines: list[str]) -> list[str]:
    """Lines whose 一是…；二是… points each name who carries them out (由A牵头, B负责, A会同B)
    split before each point, as when written on lines of their own. Points without their own
    units are phrases of one task (一是建立培育库；二是开展辅导。全年入库50家: the figure and
    the limit are the whole task's), and 一是 alone stays a phrase."""
    split: list[str] = []
    for line in lines:
        cuts = [m.start() for m in _INLINE_POINT.finditer(line)]
        if len(cuts) < 2 or not line[cuts[0] :].lstrip().startswith("一是"):
            split.append(line)
            continue
        edges = [0, *cuts, len(line)]
        parts = [line[a:b].strip() for a, b in pairwise(edges)]
        if sum(1 for part in parts[1:] if _POINT_ROLE.search(part)) < 2:
            split.append(line)
            continue
        split.extend(part for part in parts if part)
    return split


_PADDED_ALONE = re.compile(r"^0[1-9]$")
# a line of nothing but decoration (◆◆◆, ●●●, ※※※): a separator, no item
_DECORATION = re.compile(r"^[\s◆◇■□●○★☆▲△▼▽♦•·※❖✦✧～~*＊]{2,}$")


def join_padded_numbers(lines: list[str]) -> list[str]:
    """`01` alone on a line over a short heading (`强化企业创新主体地位`), as an article on
    a WeChat account sets its sections: one labelled line `01 强化…`; decoration lines go."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _DECORATION.match(line):
            index += 1
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _PADDED_ALONE.match(line) and following and _is_heading(following):
            joined.append(f"{line} {following}")
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


def build(lines: list[str]) -> Skeleton:
    lines = split_inline_points(lines)
    labels = [parse_label(line) for line in lines]
    if sum(1 for line in lines if OUTLINE_DEEP.match(line)) >= 2:  # 2.1 … 2.2 …: an outline
        labels = [label or outline_label(line) for label, line in zip(labels, lines, strict=True)]
    if any(POINTS_LISTED.match(line) for line in lines):  # 一是… / 二是… opening lines
        labels = [label or point_label(line) for label, line in zip(labels, lines, strict=True)]
    first_item = next(
        (i for i, line in enumerate(lines) if labels[i] or header_roles(line)), len(lines)
    )
    title_index, title, title_last = find_title(lines, first_item)

    # headings each followed by a list restarting at 1: count per style of that list
    partition: dict[str, int] = {}
    for index in range(title_last + 1, len(lines) - 1):
        following = labels[index + 1]
        if _is_heading(lines[index]) and following and following.n == 1:
            partition[following.style] = partition.get(following.style, 0) + 1

    items: list[Node] = []
    preamble: list[str] = []
    stack: list[Node] = []
    roles: list[str] | None = None
    table_base: list[Node] = []  # the items open when the table started: its context
    made: list[Node] = []

    def attach(node: Node, *, continuing: Node | None = None) -> None:
        if continuing is not None:
            del stack[stack.index(continuing) :]
        else:
            while stack and stack[-1].rank >= node.rank:
                stack.pop()
        (stack[-1].children if stack else items).append(node)
        stack.append(node)
        made.append(node)

    def place(label: Label) -> None:
        node = Node(label.printed, label.style, label.rank, label.n)
        if label.rest:
            node.lines.append(label.rest)
        same = [s for s in stack if s.style == label.style]
        if not same and label.n > 1:
            same = [
                s
                for s in stack
                if s.style in _CONTINUES.get(label.style, set()) and s.n + 1 == label.n
            ]
        if same:
            node.style, node.rank = same[-1].style, same[-1].rank
            attach(node, continuing=same[-1])
        else:
            attach(node)

    attachments = False
    closing = False  # in the closing request after the last task, until a new label
    header_index = -2
    key_roles: list[str] | None = None
    assignments: dict[str, TableRow] = {}
    for index, line in enumerate(lines):
        if title_index <= index <= title_last and title_index != -1:
            continue
        if _RULE_LINE.match(line):
            continue  # |---|---| or ───: a table's ruling, no content
        label = labels[index]
        if made and (_ATTACHMENTS.match(line) or _ATTACHMENT_START.match(line)):
            attachments = True  # 附件:1.…名单 2.…表 — a list of attachments, not items
            if _ATTACHMENT_START.match(line):
                # a bare 附件 line starts the attachment itself (a task table, an annex):
                # its numbering starts afresh, it continues none of the body's items
                del stack[:]
                roles = None
        elif attachments and label is not None and len(label.rest) <= 40 and "。" not in line:
            label = None
        else:
            attachments = False
        if roles is not None and label is None and header_index == index - 1:
            refined = sub_header_roles(line, roles)
            if refined is not None:  # 责任单位 over 牵头 | 配合: the second header row
                roles = refined
                continue
        if _FORM_LINE.match(line):
            continue  # 填报单位:…　填报时间:… — the form's filing line, no task's text
        if roles is not None and _NOTE_LINE.match(line):
            roles = None  # 注:★为牵头单位… — a note under the table, not part of its last row
            if not made:  # (nor, under a table of tasks, a figure of the whole document:
                preamble.append(line)  # 注:…每季度末前5个工作日报送)
            continue
        if roles is not None and _UNIT_START.match(line):
            # 责任单位:A(牵头)、B　完成时限:… in a row merged across the table: the row above's
            (stack[-1].lines if stack else preamble).append(line)
            continue
        if roles is not None and (label is None or "\t" in line):
            row = parse_row(line, roles)
            # a row whose task cell starts with its own number (no 序号 column) is still a row
            if row is not None and (
                label is None or row.lead or row.shared or row.assist or row.marks
            ):
                _place_row(row, stack, table_base, attach)
                continue
        if key_roles is not None:
            keyed = _keyed_row(line, key_roles)
            if keyed is not None:  # (一)⇥县科技局⇥县税务局: units for item (一), not an item
                assignments[keyed[0]] = keyed[1]
                continue
            key_roles = None
        if label is None and made and _key_header(line) is not None:
            key_roles = _key_header(line)
            continue
        if label is None:
            header = header_roles(line)
            if header is not None:
                roles = headed_rows(header, lines[index + 1 :])
                table_base = list(stack)
                header_index = index
                continue
        if label is not None and roles is not None:
            if _table_section(label, table_base):
                section = Node(label.printed, "table_section", TABLE_SECTION_RANK, label.n)
                section.lines.append(label.rest)
                _attach_section(section, stack, table_base, attach)
                continue
            roles = None  # a label of the outline around the table: the table has ended
        if label is not None:
            closing = False
            place(label)
            continue
        following = labels[index + 1] if index + 1 < len(lines) else None
        if (
            index > title_last
            and following is not None
            and following.n == 1
            and _is_heading(line)
            and (
                any(node.rank < following.rank for node in made)
                or partition.get(following.style, 0) >= 2
            )
        ):
            attach(Node("", "heading", HEADING_RANK, 0, [line]))
            continue
        if (
            stack
            and stack[-1].lines
            and _ADDRESSED_TO_ALL.match(line)
            and _CLOSED_BY_UNITS.search(stack[-1].lines[-1])
        ):
            del stack[:]  # the closing request: none of the items' text, no targets of theirs
            closing = True
            continue
        if stack:
            stack[-1].lines.append(line)
        elif closing:
            continue
        elif index > title_last:
            # before the first item, or after an attachment break before the attachment's
            # first item (its title; an indicator table in an annex of its own): no item's
            # text, so its targets are the document's
            preamble.append(line)
    allocated = _fold_allocation_rows(items)
    return Skeleton(title, items, preamble, assignments=assignments, allocated=allocated)


def walk(nodes: list[Node]) -> list[Node]:
    """Every node of the tree, each before its children."""
    return [n for node in nodes for n in (node, *walk(node.children))]


def _title_key(node: Node) -> str:
    return re.sub(r"[\s\W_]", "", item_title(node.lines[0])) if node.lines else ""


def _fold_allocation_rows(items: list[Node]) -> dict[int, TableRow]:
    """Rows of a task table that repeat tasks of the body by title give those tasks their units.

    A plan states its tasks in paragraphs and allocates them in an annex 分工表 (序号 | 重点任务 |
    牵头单位 | 配合单位 | 完成时限) whose 重点任务 names each task again, numbered 1, 2 … where the
    body said (一), (二) … (round 35). When most of a table's rows name a task written before
    the table, those rows are the allocation, not more tasks: they are taken out of the tree
    and their cells belong to the task they name. Rows naming no earlier task stay items.
    """
    flat = walk(items)
    rows = [node for node in flat if node.row is not None and node.lines]
    if len(rows) < 2:
        return {}
    first_row = flat.index(rows[0])
    earlier: dict[str, Node] = {}
    for node in flat[:first_row]:
        key = _title_key(node)
        if len(key) >= 4 and node.row is None:
            earlier.setdefault(key, node)
    matched = {id(row): earlier[_title_key(row)] for row in rows if _title_key(row) in earlier}
    if len(matched) < 2 or len(matched) * 3 < len(rows) * 2:
        return {}
    allocated: dict[int, TableRow] = {}
    for row in rows:
        target = matched.get(id(row))
        if target is not None and row.row is not None:
            allocated[id(target)] = row.row
    _drop(items, set(matched))
    return allocated


def _drop(nodes: list[Node], gone: set[int]) -> None:
    """Take the nodes in `gone` out of the tree, and the table sections and groups left empty."""
    kept = []
    for node in nodes:
        if id(node) in gone:
            continue
        emptied = bool(node.children)
        _drop(node.children, gone)
        if emptied and not node.children and node.style in ("table_section", "group"):
            continue
        kept.append(node)
    nodes[:] = kept


# which open lists a sloppy label may continue by number: 3) after 1. 2、 — but 一、 and (一)
# are always different levels (their sloppy forms (三 and 三) already read as (三))
_CONTINUES: dict[str, set[str]] = {
    "ar": {"ar_paren", "ar_half"},
    "ar_paren": {"ar", "ar_half"},
    "ar_half": {"ar", "ar_paren"},
}


def _key_header(line: str) -> list[str] | None:
    """The roles of a table keyed by item numbers (任务序号 | 牵头单位 | 配合单位): a number
    column and unit columns, no task column."""
    if "\t" not in line and "  " not in line:
        return None
    roles = [column_role(cell) or "other" for cell in split_cells(line)]
    units = {"lead", "assist", "shared"} & set(roles)
    if len(roles) < 2 or roles[0] != "seq" or "task" in roles or not units:
        return None
    return roles


def _keyed_row(line: str, roles: list[str]) -> tuple[str, TableRow] | None:
    """(the item number, the row's cells by role) of a row of a keyed table."""
    cells = split_cells(line)
    label = parse_label(cells[0]) if cells else None
    number = label.printed if label and not label.rest else cells[0] if cells else ""
    if len(cells) < 2 or not (label or number.isdigit()):
        return None
    row = TableRow(seq=number)
    for role, cell in zip(roles[1:], cells[1:], strict=False):
        if role in ("lead", "assist", "shared", "deadline"):
            setattr(row, role, cell)
    return number, row


def _table_section(label: Label, table_base: list[Node]) -> bool:
    """一、 inside a table heads a part of the table, unless it continues the outline around it."""
    if label.style not in ("cn", "cn_paren", "chapter"):
        return False
    return not any(s.style == label.style and s.n + 1 == label.n for s in table_base)


def _attach_section(node: Node, stack: list[Node], table_base: list[Node], attach: Attach) -> None:
    del stack[len(table_base) :]
    attach(node)


def _place_row(row: TableRow, stack: list[Node], table_base: list[Node], attach: Attach) -> None:
    """A table row: a section (Chinese-numeral 序号), a group change, or a task row."""
    printed, value = seq_value(row.seq)
    task_label = parse_label(row.task) if row.task else None
    if printed and not printed[0].isdigit() and not row.lead and not row.assist:
        section = Node(printed, "table_section", TABLE_SECTION_RANK, value, [row.task or row.group])
        _attach_section(section, stack, table_base, attach)
        return
    if not printed and task_label and not row.lead and not row.shared and not row.assist:
        section = Node(task_label.printed, "table_section", TABLE_SECTION_RANK, task_label.n)
        section.lines.append(task_label.rest)
        _attach_section(section, stack, table_base, attach)
        return
    if row.group:
        current = next((s for s in reversed(stack) if s.style == "group"), None)
        if current is None or current.lines[:1] != [row.group]:
            attach(Node("", "group", GROUP_RANK, 0, [row.group]))
    task = row.task
    if task_label and printed:
        task = task_label.rest
    elif task_label and not printed:  # no 序号 column: the task cell carries its number
        printed, value, task = task_label.printed, task_label.n, task_label.rest
    sub = _SUB_SEQ.match(printed)
    if sub and any(s.style == "row" and s.number == sub.group(1) for s in stack):
        # 1-1, 1-2 under row 1 (实施锂电…攻关, a row naming the task group): its parts
        node = Node(printed, "subrow", ROW_RANK + 0.5, value, [task] if task else [], row=row)
    else:
        node = Node(printed, "row", ROW_RANK, value, [task] if task else [], row=row)
    attach(node)


_SUB_SEQ = re.compile(r"^(\d{1,3})\s*[-－—–.．]\s*\d{1,3}$")  # 序号 1-1, 1.2: part of row 1


_TASK_LABEL = re.compile(
    r"^(?:工作任务|主要任务|重点任务|任务名称|任务内容|工作内容|任务)\s*(?:[:：]|\t)\s*"
)


def item_title(first_line: str) -> str:
    """The item's title: its first sentence, cut before sub-points and unit annotations."""
    text = _TASK_LABEL.sub("", first_line.strip())  # 任务:新增…;牵头:… — the task is the title
    cuts = [len(text)]
    for pattern in (INLINE_LABEL, _UNIT_START, re.compile(r"[。；;:：!！?？]")):
        match = pattern.search(text)
        if match and match.start() > 0:
            cuts.append(match.start())
    title = text[: min(cuts)].strip()
    if "," in title or "，" in title:
        first = re.split(r"[,，]", title, maxsplit=1)[0].strip()
        if len(first) >= 4 and not re.match(r"^(?:到|至|截至)?\s*20\d{2}\s*年", first):
            title = first
    return title.strip(" ,，、.")
