"""A PDF task table rebuilt from where its text is printed (pdf_coords.py)."""

from __future__ import annotations

from pathlib import Path

from apps.supervision.extraction import read_document
from apps.supervision.extraction.pdf_coords import Run, column_starts, table_rows

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"
SIZE = 10.0
# columns of 序号 | 重点任务 | 责任单位 | 完成时限 start at these x
SEQ, TASK, UNITS, LIMIT = 2.0, 20.0, 120.0, 170.0


def run(x: float, y: float, text: str, page: int = 0) -> Run:
    width = sum(0.5 if char.isascii() else 1.0 for char in text) * SIZE
    return Run(page, x, x + width, y, SIZE, text)


def line(y: float, *cells: tuple[float, str], page: int = 0) -> list[Run]:
    return [run(x, y, text, page) for x, text in cells]


def test_a_cell_printed_right_after_an_overflowing_one_stays_in_its_column() -> None:
    runs = [
        *line(
            100,
            (SEQ, "1"),
            (TASK, "建设县级科技企业孵化器1家。"),
            (UNITS, "县科技局"),
            (LIMIT, "年内"),
        ),
        # the task ends where the units column starts: printed with no gap between them
        *line(80, (SEQ, "2"), (TASK, "新增省级研发平台10家"), (UNITS, "县工信局"), (LIMIT, "年内")),
    ]
    assert runs[5].x1 == runs[6].x0
    rows = table_rows(runs, 4)
    assert rows is not None
    assert rows[1] == ["2", "新增省级研发平台10家", "县工信局", "年内"]
    assert column_starts(runs, 4) == [SEQ, TASK, UNITS, LIMIT]


def test_runs_touching_across_a_column_start_are_two_cells() -> None:
    runs = [
        *line(100, (SEQ, "1"), (TASK, "新增企业5家。"), (UNITS, "市科技局"), (LIMIT, "年内")),
        *line(80, (SEQ, "2"), (TASK, "新增平台2个。"), (UNITS, "市科技局"), (LIMIT, "年内")),
        # 市科技局、市税 ends exactly where 长期 starts
        *line(
            60, (SEQ, "3"), (TASK, "攻关10项。"), (LIMIT - 70, "市工信局、市税"), (LIMIT, "长期")
        ),
    ]
    rows = table_rows(runs, 4)
    assert rows is not None and rows[2] == ["3", "攻关10项。", "市工信局、市税", "长期"]


def test_vertically_centred_cells_belong_to_the_row_of_their_number() -> None:
    # leading 13, a row's padding makes the gap between two rows wider
    runs = [
        *line(200, (UNITS, "县科技局、"), (LIMIT, "2025年")),
        *line(
            187,
            (SEQ, "1"),
            (TASK, "新增高新技术企业3家。"),
            (UNITS, "县税务局"),
            (LIMIT, "12月底前"),
        ),
        *line(165, (UNITS, "县科协、"), (LIMIT, "2025年")),
        *line(152, (UNITS, "县科技局、"), (LIMIT, "5月底前")),
        *line(139, (SEQ, "2"), (TASK, "开展科技活动周活动"), (UNITS, "县教育局")),
        *line(126, (TASK, "不少于3场。"), (UNITS, "县财政局")),
    ]
    rows = table_rows(runs, 4)
    assert rows == [
        ["1", "新增高新技术企业3家。", "县科技局、县税务局", "2025年12月底前"],
        [
            "2",
            "开展科技活动周活动不少于3场。",
            "县科协、县科技局、县教育局县财政局",
            "2025年5月底前",
        ],
    ]


def test_a_row_split_by_a_page_break_continues_on_the_next_page() -> None:
    runs = [
        *line(200, (SEQ, "1"), (TASK, "新增企业3家。"), (UNITS, "县科技局"), (LIMIT, "年内")),
        *line(178, (SEQ, "2"), (TASK, "推动米粉产业开展"), (UNITS, "县科技局、")),
        *line(165, (TASK, "关键技术攻关,"), (UNITS, "县农业农")),
        # page 2: the rest of row 2, then row 3 with its number centred in its cells
        *line(700, (TASK, "形成技术成果。"), (UNITS, "村局"), page=1),
        *line(678, (TASK, "落实研发费用加计"), (UNITS, "县税务局、"), page=1),
        *line(
            665, (SEQ, "3"), (TASK, "扣除政策。"), (UNITS, "县科技局"), (LIMIT, "6月底前"), page=1
        ),
    ]
    rows = table_rows(runs, 4)
    assert rows is not None and [row[:3] for row in rows] == [
        ["1", "新增企业3家。", "县科技局"],
        ["2", "推动米粉产业开展关键技术攻关,形成技术成果。", "县科技局、县农业农村局"],
        ["3", "落实研发费用加计扣除政策。", "县税务局、县科技局"],
    ]


def test_a_centred_cell_above_the_first_number_of_a_page_is_that_rows() -> None:
    runs = [
        *line(200, (SEQ, "1"), (TASK, "新增企业3家。"), (UNITS, "县科技局"), (LIMIT, "年内")),
        *line(178, (SEQ, "2"), (TASK, "新增平台2个。"), (UNITS, "县科技局"), (LIMIT, "年内")),
        # page 2 starts with a new row whose units are printed above its number
        *line(700, (UNITS, "县工信局、"), page=1),
        *line(687, (SEQ, "3"), (TASK, "新增专利100件。"), (UNITS, "县市监局"), page=1),
    ]
    rows = table_rows(runs, 4)
    assert rows is not None and rows[2][:3] == ["3", "新增专利100件。", "县工信局、县市监局"]


def test_a_number_and_its_task_printed_as_one_run_are_split() -> None:
    runs = [
        *line(100, (SEQ, "1   新增企业5家。"), (UNITS, "市科技局"), (LIMIT, "年内")),
        *line(80, (SEQ, "2"), (TASK, "新增平台2个。"), (UNITS, "市科技局"), (LIMIT, "年内")),
        *line(60, (SEQ, "3"), (TASK, "攻关10项。"), (UNITS, "市工信局"), (LIMIT, "长期")),
    ]
    rows = table_rows(runs, 4)
    assert rows is not None and rows[0] == ["1", "新增企业5家。", "市科技局", "年内"]


def test_runs_without_columns_are_left_to_the_layout_text() -> None:
    scattered = [run(x, 100 - x, "文字") for x in (0, 13, 37, 55, 71, 96, 130)]
    assert table_rows(scattered, 4) is None
    assert table_rows([], 4) is None


def test_an_a6_table_read_from_its_coordinates() -> None:
    # heldout29: cells printed into an overflowing task cell with no space (…1家。江工业), a
    # wrapped header, a row split by a page break
    lines = read_document(DOCS / "heldout29-page-split.pdf").split("\n")
    assert "3\t建设县级科技企业孵化器1家。\t县科技局、峡江工业园区管委会\t2025年11月底前" in lines
    assert "4\t规上工业企业研发投入增长10%。\t县工信局、县统计局\t持续推进" in lines
    row = next(text for text in lines if text.startswith("8\t"))
    assert row.split("\t")[2] == "县科技局、县农业农村局、县财政局"


def test_a_cell_merged_down_several_rows_belongs_to_each_of_them() -> None:
    # 市科技局 leads rows 1-3: printed once, wrapped (市科技 | 局) and centred over the three rows,
    # so its lines fall on both sides of the boundary of rows 2 and 3; row 4's 配合 cell is
    # merged with row 5's, one line centred between them
    runs = [  # 序号 | 工作任务 | 牵头单位 | 配合单位 (from LIMIT) | 完成时限 (from LIMIT + 60)
        *line(200, (SEQ, "1"), (TASK, "建设技术转移中心1个。"), (LIMIT + 60, "6月底前")),
        *line(180, (SEQ, "2"), (TASK, "培育技术经纪人50名。"), (LIMIT + 60, "12月底前")),
        *line(180, (UNITS, "市科技")),
        *line(167, (UNITS, "局")),
        *line(160, (TASK, "举办成果路演活动4场,"), (LIMIT + 60, "12月底前")),
        *line(153.5, (SEQ, "3")),
        *line(147, (TASK, "覆盖重点产业。")),
        *line(
            120, (SEQ, "4"), (TASK, "推动转化项目20项。"), (UNITS, "市工信局"), (LIMIT + 60, "年内")
        ),
        *line(110, (LIMIT, "市科技局")),
        *line(
            100,
            (SEQ, "5"),
            (TASK, "共建联合实验室3家。"),
            (UNITS, "市教育局"),
            (LIMIT + 60, "年内"),
        ),
    ]
    rows = table_rows(runs, 5)
    assert rows is not None
    assert [row[2:4] for row in rows] == [
        ["市科技局", ""],
        ["市科技局", ""],
        ["市科技局", ""],
        ["市工信局", "市科技局"],
        ["市教育局", "市科技局"],
    ]
