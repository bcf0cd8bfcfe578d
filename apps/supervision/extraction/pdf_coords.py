"""A PDF table rebuilt from where its text is printed, not from the layout text's columns.

pypdf's layout text places each line's text at a column counted in characters of one average
width, so after many Chinese characters a cell drifts, and a cell printed after an overflowing
one is glued to it (`…1家。江工业`); lines of different rows closer than a font height are
merged into one layout line. Here every text-showing operation keeps its own position
(`page_runs`, from pypdf 7.1.0's layout machinery), and a numbered task table is rebuilt from
those positions (`table_rows`):

* columns start where the cells of several rows start (cells are left-aligned in their column);
  a run belongs to the column it overlaps most;
* a row starts at a run in the first column (its number); the boundary between two numbered
  rows is the widest horizontal strip between their numbers that no text crosses (the padding
  of two cells is wider than the space between two lines of one cell);
* at the top of a page, text above the first number belongs to the row the previous page
  ended with (a row split by the page break) when a row's gap separates it from the number's
  row; otherwise it is the part of a vertically centred cell printed above its number.

The layout text is still what the rest of the reader reads; `page_runs` gives, for each of its
lines, the runs printed on it, so a table found in the layout text can be rebuilt from them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Run:
    """Text printed by one operation (or several printed side by side without a gap)."""

    page: int
    x0: float
    x1: float
    y: float  # the baseline, larger is higher on the page
    size: float
    text: str


def page_runs(page: Any, number: int, layout: str) -> list[list[Run]] | None:
    """The runs printed on each line of `layout` (the page's layout text), in its line order;
    None when the page cannot be read this way or its lines do not come out as `layout`'s."""
    try:
        from pypdf._text_extraction._layout_mode import _fixed_width_page as fixed
        from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if not isinstance(contents, (ArrayObject, StreamObject)):
            return None
        fonts = page._layout_mode_fonts()
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        state = TextStateManager()
        groups: list[Any] = []
        shows: list[Any] = []
        for operands, op in ops:  # as pypdf's text_show_operations, keeping each operation
            if op in (b"BT", b"q"):
                found, shown = fixed.recurse_to_target_op(
                    ops, state, b"ET" if op == b"BT" else b"Q", fonts, True
                )
                groups.extend(found)
                shows.extend(shown)
            elif op == b"Tf":
                fixed.set_font_operation(state, fonts, operands)
            else:
                state.set_state_param(op, operands)
        if not groups:
            return None
        left = min(group["tx"] for group in groups)
        groups = [
            dict(group, tx=group["tx"] - left, displaced_tx=group["displaced_tx"] - left)
            for group in sorted(
                groups, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True
            )
        ]
        lines = fixed.y_coordinate_groups(groups)
        char_width = fixed.fixed_char_width(groups)
    except Exception:  # pypdf internals: without them the layout text alone still reads
        return None
    # the layout text's lines, one per y group after the blank lines pypdf infers
    rendered: list[tuple[str, list[Any]]] = []
    last_y = 0
    for y, members in lines.items():
        if rendered:
            height = members[0]["font_height"]
            blanks = 0 if height == 0 else int(abs(y - last_y) / height) - 1
            rendered.extend([("", [])] * max(0, min(blanks, 1000)))
        text = fixed.fixed_width_page({y: members}, char_width, False, 1).rstrip()
        if text.strip() or rendered:
            rendered.append((text, members))
        last_y = y
    expected = layout.splitlines()
    while len(rendered) > len(expected) and not rendered[-1][0].strip():
        rendered.pop()
    if [text for text, _ in rendered] != [line.rstrip() for line in expected]:
        return None
    result: list[list[Run]] = [[] for _ in rendered]
    tops = [
        (index, member["ty"] * member["flip_sort"])
        for index, (_, members) in enumerate(rendered)
        for member in members
    ]
    if not tops:
        return None
    for show in shows:
        if show.rotated or not show.font.interpretable or not show.text.strip():
            continue
        y = show.ty * (-1 if show.flip_vertical else 1)
        index = min(tops, key=lambda top: abs(top[1] - y))[0]
        result[index].append(
            Run(number, show.tx - left, show.displaced_tx - left, y, show.font_size, show.text)
        )
    return result


def _merged(runs: list[Run], starts: tuple[float, ...] = ()) -> list[Run]:
    """Runs printed one after another on a baseline without a gap become one — unless the
    second starts a column (a cell that overflowed up to the next one, `市税务` | `长期`)."""
    result: list[Run] = []
    for run in sorted(runs, key=lambda r: (r.page, -round(r.y, 1), r.x0)):
        last = result[-1] if result else None
        if (
            last is not None
            and last.page == run.page
            and abs(last.y - run.y) < 0.2 * run.size
            and -0.1 * run.size <= run.x0 - last.x1 < 0.25 * run.size
            and not any(abs(run.x0 - start) < 0.3 * run.size for start in starts)
        ):
            result[-1] = Run(last.page, last.x0, run.x1, last.y, last.size, last.text + run.text)
        else:
            result.append(run)
    return result


_NUMBER_AND_TEXT = re.compile(r"^(\d{1,3})\s+(?=\S)")


def _split_number(run: Run) -> list[Run]:
    """`1 高水平研发团队…` printed by one operation: the number and the task apart."""
    match = _NUMBER_AND_TEXT.match(run.text)
    if match is None:
        return [run]
    share = (run.x1 - run.x0) / max(1, len(run.text))
    cut = run.x0 + share * match.end()
    return [
        Run(run.page, run.x0, run.x0 + share * len(match.group(1)), run.y, run.size, match[1]),
        Run(run.page, cut, run.x1, run.y, run.size, run.text[match.end() :]),
    ]


def column_starts(runs: list[Run], count: int) -> list[float] | None:
    """Where the `count` columns start: the most used left edges of the runs (cells are
    left-aligned; a number centred in its cell moves a little), if they hold most runs."""
    if not runs:
        return None
    size = sorted(run.size for run in runs)[len(runs) // 2]
    edges: Counter[float] = Counter(round(run.x0, 1) for run in runs)
    clusters: list[list[float]] = []
    for edge in sorted(edges):
        if clusters and edge - clusters[-1][-1] <= 0.6 * size:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    weight = [sum(edges[edge] for edge in cluster) for cluster in clusters]
    ranked = sorted(range(len(clusters)), key=lambda i: weight[i], reverse=True)[:count]
    if len(ranked) < count or sum(weight[i] for i in ranked) < 0.7 * len(runs):
        return None
    return sorted(clusters[i][0] for i in ranked)


def _column_of(run: Run, starts: list[float], slack: float) -> int:
    """The column the run overlaps most (columns reach from their start to the next one's)."""
    best, overlap = 0, -1.0
    for index, start in enumerate(starts):
        low = start - slack if index else float("-inf")
        high = starts[index + 1] - slack if index + 1 < len(starts) else float("inf")
        shared = min(run.x1, high) - max(run.x0, low)
        if shared > overlap + 1e-6:
            best, overlap = index, shared
    return best


def _extent(run: Run) -> tuple[float, float]:
    return run.y - 0.25 * run.size, run.y + 0.85 * run.size


def _free_gaps(runs: list[Run], low: float, high: float) -> list[tuple[float, float]]:
    """Horizontal strips between `low` and `high` that no run's text crosses."""
    spans = sorted(
        (max(a, low), min(b, high)) for a, b in map(_extent, runs) if b > low and a < high
    )
    gaps, at = [], low
    for a, b in spans:
        if a > at:
            gaps.append((at, a))
        at = max(at, b)
    if high > at:
        gaps.append((at, high))
    return gaps


def table_rows(runs: list[Run], count: int) -> list[list[str]] | None:
    """The rows (cells of `count` columns) of a numbered table from the runs of its lines
    (header excluded), or None when the runs do not give columns and numbered rows."""
    starts = column_starts(_merged(runs), count)
    if starts is None or count < 2:
        return None
    runs = _merged(runs, tuple(starts))
    size = sorted(run.size for run in runs)[len(runs) // 2]
    slack = 0.3 * size
    placed: list[tuple[Run, int]] = []
    for run in runs:
        pieces = [run]
        if run.x0 < starts[1] - slack and run.x1 > starts[1] + size:
            pieces = _split_number(run)
        for piece in pieces:
            column = 0 if piece.x0 < starts[1] - slack else _column_of(piece, starts, slack)
            placed.append((piece, column))
    anchors = sorted(
        (run for run, column in placed if column == 0),
        key=lambda r: (r.page, -r.y),
    )
    if not anchors:
        return None
    # the boundary between consecutive numbers of a page: the widest strip crossed by no text
    boundaries: dict[int, list[float]] = {}
    widths: list[float] = []
    for page in sorted({run.page for run, _ in placed}):
        numbers = [a for a in anchors if a.page == page]
        texts = [run for run, _ in placed if run.page == page]
        cuts = []
        for upper, lower in pairwise(numbers):
            gaps = _free_gaps(texts, _extent(lower)[1], _extent(upper)[0])
            if gaps:
                widest = max(gaps, key=lambda g: g[1] - g[0])
                widths.append(widest[1] - widest[0])
                cuts.append((widest[0] + widest[1]) / 2)
            else:
                cuts.append((upper.y + lower.y) / 2)
        boundaries[page] = cuts
    row_gap = 0.75 * sorted(widths)[len(widths) // 2] if widths else 0.8 * size
    row_of_anchor = {id(a): i for i, a in enumerate(anchors)}
    cells: list[list[list[Run]]] = [[[] for _ in range(count)] for _ in anchors]
    for page in sorted({run.page for run, _ in placed}):
        numbers = [a for a in anchors if a.page == page]
        on_page = [(run, column) for run, column in placed if run.page == page]
        before = [a for a in anchors if a.page < page]
        if not numbers:  # a page inside one long row
            for run, column in on_page:
                cells[len(before) - 1 if before else 0][column].append(run)
            continue
        first = row_of_anchor[id(numbers[0])]
        # above the page's first number: the end of a row split by the page break, when a
        # row's gap parts it from the number's row
        split_at = None
        top_runs = [run for run, _ in on_page if _extent(run)[0] > _extent(numbers[0])[1]]
        if before and top_runs:
            high = max(_extent(run)[1] for run in top_runs)
            gaps = _free_gaps([run for run, _ in on_page], _extent(numbers[0])[1], high)
            wide = [g for g in gaps if g[1] - g[0] >= row_gap]
            if wide:
                split_at = (wide[0][0] + wide[0][1]) / 2  # the lowest such gap
        cuts = boundaries[page]
        for run, column in on_page:
            if split_at is not None and run.y > split_at:
                cells[first - 1][column].append(run)
                continue
            below = sum(1 for cut in cuts if run.y < cut)
            cells[first + below][column].append(run)
    _spread_merged_cells(cells, row_gap, size)
    return [
        ["".join(squeeze(run.text) for run in sorted(cell, key=_reading)) for cell in row]
        for row in cells
    ]


def _spread_merged_cells(cells: list[list[list[Run]]], row_gap: float, size: float) -> None:
    """A cell merged down several rows (one 牵头单位 for three tasks) is printed once, centred
    over them: its lines fall in one or two of those rows and the others are empty in that
    column. A cell's lines (no row's gap between them) with lines on both sides of a row
    boundary, or centred over a run of rows whose column holds nothing else and not over the
    row its lines fall in, give their text to each of those rows. In a table whose cells sit
    at the top of their rows the second never holds closely enough to apply."""
    row_of = {id(run): index for index, row in enumerate(cells) for cell in row for run in cell}
    for column in range(1, len(cells[0]) if cells else 0):
        blocks: list[list[Run]] = []
        for run in sorted((run for row in cells for run in row[column]), key=_reading):
            last = blocks[-1][-1] if blocks else None
            near = last is not None and _extent(last)[0] - _extent(run)[1] < row_gap
            if last is not None and last.page == run.page and near:
                blocks[-1].append(run)
            else:
                blocks.append([run])
        for block in blocks:
            rows = sorted({row_of[id(run)] for run in block})
            span = _merged_span(cells, column, block, rows, size)
            if span is None:
                continue
            for row in rows:
                cells[row][column] = [run for run in cells[row][column] if run not in block]
            for row in span:
                cells[row][column] = cells[row][column] + block


def _merged_span(
    cells: list[list[list[Run]]], column: int, block: list[Run], rows: list[int], size: float
) -> list[int] | None:
    """The rows a cell merged down several rows spans (see `_spread_merged_cells`), or None."""
    low = min(_extent(run)[0] for run in block)
    high = max(_extent(run)[1] for run in block)
    centre = (low + high) / 2

    def empty(row: int) -> bool:
        return 0 <= row < len(cells) and all(run in block for run in cells[row][column])

    def distance(span: list[int]) -> float:
        """How far the rows' middle (from their other columns' text) is from the cell's."""
        extents = [
            _extent(run)
            for row in span
            for other, cell in enumerate(cells[row])
            if other != column
            for run in cell
        ]
        if not extents or len({run.page for row in span for run in cells[row][0]}) > 1:
            return float("inf")
        return abs((min(a for a, _ in extents) + max(b for _, b in extents)) / 2 - centre)

    first, last = rows[0], rows[-1]
    above = [first - k for k in range(4) if all(empty(first - j) for j in range(1, k + 1))]
    below = [last + k for k in range(4) if all(empty(last + j) for j in range(1, k + 1))]
    best, best_distance = rows, distance(rows)
    for top in above:
        for bottom in below:
            span = list(range(top, bottom + 1))
            if distance(span) < best_distance:
                best, best_distance = span, distance(span)
    if len(rows) > 1:  # lines on both sides of a row boundary: merged over those rows at least
        return best
    if best == rows or best_distance > 0.5 * size or distance(rows) < size:
        return None
    return best


def _reading(run: Run) -> tuple[int, float, float]:
    return run.page, -run.y, run.x0


def squeeze(text: str) -> str:
    """Remove the spaces a layout rendering puts between Chinese characters."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text).strip()
