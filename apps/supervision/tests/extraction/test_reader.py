"""Reading .txt, .docx and .pdf, and the Chinese errors for what cannot be read (reader.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from apps.supervision.extraction import DocumentError, extract, read_document

DATA = Path(__file__).resolve().parent.parent / "data"
PLAN = "2024年工作要点\n一、平台建设\n1.新增省级重点实验室2家。〔责任单位:市科技局、市财政局〕\n"


def test_txt_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PLAN.encode("utf-8"))
    assert read_document(path).startswith("2024年工作要点")


def test_txt_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.encode("gb18030"))
    assert read_document(path) == PLAN


def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2024年重点任务分解表")
    table = document.add_table(rows=3, cols=5)
    for cell, text in zip(
        table.rows[0].cells,
        ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"],
        strict=True,
    ):
        cell.text = text
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[4])
    merged.text = "一、平台建设"
    for cell, text in zip(
        table.rows[2].cells,
        ["1", "新增重点实验室2家。", "市科技局", "市财政局", "年内"],
        strict=True,
    ):
        cell.text = text
    document.add_paragraph("注:每季度报送进展。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    lines = [line for line in read_document(path).split("\n") if line]
    assert lines == [
        "2024年重点任务分解表",
        "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限",
        "一、平台建设",
        "1\t新增重点实验室2家。\t市科技局\t市财政局\t年内",
        "注:每季度报送进展。",
    ]
    item = extract(read_document(path))["items"][0]["children"][0]
    assert (item["lead_units"], item["assisting_units"], item["deadline"]) == (
        ["市科技局"],
        ["市财政局"],
        "2024-12-31",
    )


def test_docx_word_list_numbering_is_rendered(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2024年工作要点")
    document.add_paragraph("推进平台建设", style="List Number")
    document.add_paragraph("新增重点实验室2家", style="List Number")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    text = read_document(path)
    assert "1.推进平台建设" in text
    assert "2.新增重点实验室2家" in text
    assert [item["number"] for item in extract(text)["items"]] == ["1", "2"]


def test_pdf_text_layer_without_page_numbers() -> None:
    text = read_document(DATA / "sample.pdf")
    assert "— 1 —" not in text
    ledger = extract(text)
    assert ledger["title"] == "2025年示例工作要点"
    assert [item["number"] for item in ledger["items"]] == ["一", "二"]
    assert ledger["items"][1]["children"][0]["targets"][0]["value"] == 10


def test_scanned_pdf(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="没有文字层"):
        read_document(DATA / "bad" / "scanned.pdf")


def test_encrypted_pdf() -> None:
    with pytest.raises(DocumentError, match="已加密"):
        read_document(DATA / "bad" / "encrypted.pdf")


def test_encrypted_docx() -> None:
    with pytest.raises(DocumentError, match="已加密"):
        read_document(DATA / "bad" / "encrypted.docx")


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"this is not a zip file at all")
    with pytest.raises(DocumentError, match="已损坏"):
        read_document(path)


def test_docx_zip_without_a_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match="已损坏"):
        read_document(path)


def test_truncated_docx(tmp_path: Path) -> None:
    source = (DATA / "docs" / "dev-taskbreakdown.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(source[: len(source) // 2])
    with pytest.raises(DocumentError, match="已损坏"):
        read_document(path)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(DocumentError):
        read_document(path)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("just text", encoding="utf-8")
    with pytest.raises(DocumentError, match="已损坏或不是 PDF"):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "message"), [("plan.xlsx", "不支持的文件类型"), ("plan.doc", "旧版 Word")]
)
def test_unsupported_types(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(DocumentError, match=message):
        read_document(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="找不到文件"):
        read_document(tmp_path / "nowhere.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(DocumentError, match="是空的"):
        read_document(empty)


def test_binary_txt(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(DocumentError, match="不是文本文件"):
        read_document(path)


def test_no_numbered_items() -> None:
    with pytest.raises(DocumentError, match="没有找到带编号的条目"):
        extract("关于做好科技工作的通知\n各单位要高度重视,认真抓好落实。\n")
    with pytest.raises(DocumentError, match="内容为空"):
        extract("分享到:\n打印本页\n")


def test_pdf_table_is_rebuilt_from_column_positions() -> None:
    lines = read_document(DATA / "docs" / "heldout3-table.pdf").split("\n")
    assert "序号\t重点任务\t牵头单位\t配合单位\t完成时限" in lines
    # the task and the 配合单位 and 完成时限 cells of row 3 were wrapped in the PDF
    assert (
        "3\t培育锂电领域高新技术企业30家，营业收入突破500亿元。\t市工信局\t市科技局、市税务局\t长期"
        in lines
    )


def test_pdf_hard_wrapped_lines_are_joined() -> None:
    text = read_document(DATA / "docs" / "heldout-plan.pdf")
    assert "每年组织实施重大科技专项5项左右。（市科技局牵头" in text


def test_two_page_pdf_header_is_dropped_and_a_wrap_after_a_bracket_is_joined() -> None:
    text = read_document(DATA / "docs" / "heldout5-provincial.pdf")
    assert "江西省人民政府办公厅文件" not in text
    assert "由省市场监管局（省知识产权局）牵头，各设区市人民政府配合。" in text


def test_docx_without_numbered_items(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("关于做好科技工作的通知")
    document.add_paragraph("各单位要高度重视，认真抓好落实。")
    path = tmp_path / "通知.docx"
    document.save(str(path))
    with pytest.raises(DocumentError, match="没有找到带编号的条目"):
        extract(read_document(path))


def test_pdf_table_with_centred_cells_and_a_header_repeated_on_the_next_page() -> None:
    lines = read_document(DATA / "docs" / "heldout6-table.pdf").split("\n")
    assert lines.count("序号\t工作任务\t责任单位\t完成时间") == 1
    # row 1's unit cell starts a line above its number; row 9's task too, on page 2
    assert (
        "1\t全社会研发经费投入增长12%以上，研发投入强度达到1.8%。"
        "\t市科技局、市统计局、各县（市、区）人民政府\t2025年12月"
    ) in lines
    assert (
        "9\t开展科技活动周、全国科技工作者日等科普活动，参与群众不少于10万人次。"
        "\t市科协、市科技局\t2025年5月"
    ) in lines


def test_docx_table_numbered_by_a_word_list() -> None:
    lines = read_document(DATA / "docs" / "heldout7-autonumber-table.docx").split("\n")
    numbers = [line.split("\t")[0] for line in lines if "\t" in line][1:]
    assert numbers == ["1", "2", "3", "4", "5"]  # the 序号 cells hold no digits of their own


def test_pdf_table_with_a_wrapped_header_and_centred_header_cells() -> None:
    lines = read_document(DATA / "docs" / "heldout8-body-annex.pdf").split("\n")
    assert "序号\t任务内容\t责任单位\t完成时限" in lines
    assert (
        "1\t实施电子信息产业关键核心技术攻关，每年组织实施重大科技专项10项以上。"
        "\t市科技局、市工信局\t2026年12月底前"
    ) in lines


def test_big5_text_is_not_read_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes("龍南市2025年科技創新工作要點\n一、培育創新主體\n".encode("big5"))
    assert read_document(path).startswith("龍南市2025年科技創新工作要點")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("龙南市2025年科技创新工作要点\n一、培育创新主体\n".encode("gb18030"))
    assert read_document(gbk).startswith("龙南市2025年科技创新工作要点")


def test_pdf_table_header_repeated_on_every_page_is_not_a_running_header() -> None:
    lines = read_document(DATA / "docs" / "heldout11-long-table.pdf").split("\n")
    assert lines.count("序号\t重点任务\t牵头单位\t配合单位\t完成时限") == 1
    assert "序" not in lines
    assert (
        "1\t推进南昌实验室建设，引进高水平研发团队5个以上，承担国家级科研项目10项。"
        "\t市科技局\t市财政局、南昌高新区管委会\t2025年12月底前"
    ) in lines


def test_a_wrapped_bracket_tail_on_two_pages_is_not_a_running_header() -> None:
    # 局、市科技局〕 ends an item's unit bracket on two of three pages: text, not page chrome
    text = read_document(DATA / "docs" / "heldout34-achievement-transfer.pdf")
    assert "〔责任单位：市工信局、市科技局〕" in text.replace("\n", "")
    assert text.count("局、市科技局〕") == 2


def test_a_unit_label_line_repeated_on_every_page_is_not_a_running_header() -> None:
    # 牵头单位:省知识产权局 under six tasks on three pages (round 38)
    text = read_document(DATA / "docs" / "heldout38-ip-division.pdf")
    assert text.count("牵头单位：省知识产权局") == 6


def test_docx_soft_line_breaks_separate_items() -> None:
    text = read_document(DATA / "docs" / "heldout12-softbreaks.docx")
    lines = text.split("\n")
    assert "2.培育省级专精特新企业5家。（责任单位：区工信局）" in lines


def test_pdf_row_whose_task_overflows_its_column() -> None:
    lines = read_document(DATA / "docs" / "heldout12-notice-table.pdf").split("\n")
    row = next(line for line in lines if line.startswith("3\t"))
    cells = row.split("\t")
    assert cells[2] == "高新区组织人事部"
    assert cells[3].startswith("2025年6月底前")


def test_text_in_no_known_encoding(tmp_path: Path) -> None:
    path = tmp_path / "未知编码.txt"
    path.write_bytes("一、工作要点".encode() + b"\xff\xfd\xff" * 20)
    with pytest.raises(DocumentError, match=r"无法识别“未知编码\.txt”的文字编码"):
        read_document(path)


def test_docx_task_table_inside_a_one_column_frame() -> None:
    lines = read_document(DATA / "docs" / "heldout13-nested-table.docx").split("\n")
    assert lines[0] == "2025年樟树市科技创新重点工作任务表"
    assert "2\t新增高新技术企业8家以上。\t市科技局、市税务局\t2025年12月" in lines


def test_docx_tracked_changes_are_read_accepted() -> None:
    text = read_document(DATA / "docs" / "heldout16-tracked.docx")
    assert "1.新增高新技术企业8家，" in text  # inserted 8, deleted 6
    assert "增长12%以上。" in text and "10%" not in text


def test_docx_numbering_inherited_through_a_base_style() -> None:
    lines = read_document(DATA / "docs" / "heldout17-style-chain.docx").split("\n")
    assert "一、推进企业创新" in lines and "二、建设创新平台" in lines
    assert "1.建设县级以上研发平台2个。〔责任单位：县科技局〕" in lines


def test_docx_table_rows_inside_content_controls() -> None:
    lines = read_document(DATA / "docs" / "heldout18-sdt-rows.docx").split("\n")
    assert "2\t新增高新技术企业4家。\t县科技局\t县税务局\t2025年12月" in lines


def test_a_pdf_table_cell_drifting_left_of_its_column_is_placed_by_content() -> None:
    from apps.supervision.extraction.reader import _placed

    bounds = [-1.0, 3.0, 32.5, 69.5, 83.5, 93.0]  # 序号 任务 责任单位 责任人 完成时限 进展情况
    line = [(0, "2"), (5, "新增平台15个。"), (49, "科技创新局"), (69, "黄某"), (83, "2025年11月")]
    assert _placed(line, bounds, 4) == [0, 1, 2, 3, 4]
    assert _placed(
        [(0, "1"), (5, "新增企业"), (83, "2025年12月"), (95, "已认定28家")], bounds, 4
    ) == [
        0,
        1,
        4,
        5,
    ]
    assert _placed([(77, "某"), (83, "底"), (96, "已申报9个")], bounds, 4) == [3, 4, 5]


def test_a_title_over_a_table_is_not_joined_with_the_line_below() -> None:
    from apps.supervision.extraction.reader import _pdf_text

    page = "\n".join(
        [
            "              示例高新区2025年科技创新工作台账",
            "填报单位：示例高新区科技创新局　　　　填报时间：2025年7月10日",
            "序号   工作任务                  责任单位        完成时限",
            "1      新增高新技术企业100家。    科技创新局      2025年12月底",
        ]
    )
    lines = _pdf_text([page]).split("\n")
    assert lines[0] == "示例高新区2025年科技创新工作台账"
    assert lines[1].startswith("填报单位")


def test_a_pdf_row_teaches_its_wrapped_lines_where_its_columns_start() -> None:
    from apps.supervision.extraction.reader import _LayoutTable

    def at(*parts: tuple[int, str]) -> str:  # a layout line with each run at its offset
        line = ""
        for offset, text in parts:
            line = line.ljust(offset) + text
        return line

    # the header is centred over its columns; the cells start further left, and by the same
    # offsets on every line of the row
    table = _LayoutTable(
        at((0, "序号"), (5, "工作任务"), (32, "责任领导"), (42, "牵头单位"), (57, "配合单位"),
           (67, "完成时限"))
    )  # fmt: skip
    for line in [
        at((49, "经济发展局、")),
        at((0, "1"), (5, "新增高新技术企业60家,高新技"), (49, "国家税务总局"), (60, "2025年12")),
        at((5, "术企业总数突破400家。"), (25, "张某某"), (30, "科技创新局"), (49, "赣江新区税务"),
           (60, "月")),
        at((49, "局")),
    ]:  # fmt: skip
        table.take(line)
    _header, row = table.lines()
    assert row.split("\t") == [
        "1",
        "新增高新技术企业60家,高新技术企业总数突破400家。",
        "张某某",
        "科技创新局",
        "经济发展局、国家税务总局赣江新区税务局",
        "2025年12月",
    ]


def test_a_spreadsheet_saved_as_csv_text(tmp_path: Path) -> None:
    path = tmp_path / "清单.txt"
    path.write_bytes(
        "\ufeff示例区2025年科技创新重点任务清单,,,,\r\n"
        "序号,重点任务,牵头单位,配合单位,完成时限\r\n"
        "1,新增高新技术企业15家以上，入库60家。,区科技局,区工信局、区税务局,2025年12月\r\n"
        '2,"建设中心1个,新建",区科技局,区财政局,2025年10月\r\n'.encode()
    )
    text = read_document(path)
    assert text.split("\n")[2] == (
        "1\t新增高新技术企业15家以上，入库60家。\t区科技局\t区工信局、区税务局\t2025年12月"
    )
    first, second = extract(text)["items"]
    assert (first["lead_units"], first["assisting_units"]) == (
        ["区科技局"],
        ["区工信局", "区税务局"],
    )
    assert (second["lead_units"], second["deadline"]) == (["区科技局"], "2025-10-31")
    plain = tmp_path / "要点.txt"
    plain.write_text("一、总体要求,推进建设,加快发展。\n1.新增企业10家。", encoding="utf-8")
    assert read_document(plain) == "一、总体要求,推进建设,加快发展。\n1.新增企业10家。"


def test_a_pdf_header_wrapped_onto_two_lines_in_narrow_columns() -> None:
    from apps.supervision.extraction.reader import _stacked_header

    top = "序号 重点任务                                             牵头配合      完成"
    bottom = "                                               单位     单位      时限"
    line = _stacked_header(top, bottom)
    assert line is not None and line.split() == [
        "序号",
        "重点任务",
        "牵头单位",
        "配合单位",
        "完成时限",
    ]
    assert _stacked_header(top, "      新增高新技术企业20家。   区科技局") is None


def test_a_traditional_pdf_table_and_cells_one_space_apart() -> None:
    from apps.supervision.extraction.reader import _cells_in_run, _pdf_text

    assert _cells_in_run(40, "市文廣新旅局 市科技局 2025年10月") == [
        (40, "市文廣新旅局"),
        (47, "市科技局"),
        (52, "2025年10月"),
    ]
    assert _cells_in_run(5, "新增企业5家 市科技局") == [(5, "新增企业5家 市科技局")]
    page = "\n".join(
        [
            "序號 重點任務                       牽頭單位      配合單位 完成時限",
            "1     新增高新技術企業5家。          市科技局      市稅務局 2025年12月",
        ]
    )
    header, row = _pdf_text([page]).split("\n")
    assert header.split("\t") == ["序號", "重點任務", "牽頭單位", "配合單位", "完成時限"]
    assert row.split("\t")[2:] == ["市科技局", "市稅務局", "2025年12月"]


def test_header_pieces_wrapped_onto_the_line_above() -> None:
    from apps.supervision.extraction.reader import _header_pieces, _header_with_above

    line = _header_with_above(
        "序                       完成", "号  重点任务              责任单位时限"
    )
    assert line is not None and line.split() == ["序号", "重点任务", "责任单位", "完成时限"]
    assert _header_with_above("序", "号  重点任务  责任单位") is None  # the table keeps 序 itself
    assert _header_pieces("序完成") and not _header_pieces("九江市人民政府办公室")


def test_a_narrow_pdf_table_numbered_inside_its_task_cells() -> None:
    # round 44: 重点任务 | 责任单位 only, the task cell opening with 1. and wrapping over
    # several lines, offices one per line (a long name wrapped: 管委 / 会)
    from apps.supervision.extraction.reader import _LayoutTable

    def at(*parts: tuple[int, str]) -> str:
        line = ""
        for offset, text in parts:
            line = line.ljust(offset) + text
        return line

    table = _LayoutTable(at((0, "重点任务"), (60, "责任单位")))
    for line in [
        at((0, "一、关键核心技术攻关")),
        at((0, "1.围绕锂云母高效提锂等方向，实施市级重大科技专项")),
        at((0, "15项，市级财政投入科技资金不少于3000万元，"), (50, "市科技局")),
        at((0, "2025年4月底前发布项目申报指南。"), (50, "宜春经开区管委")),
        at((50, "会")),
        at((50, "宜丰县、奉新县")),
        at((50, "人民政府")),
        at((0, "2.推动退役动力电池回收利用技术研究与示范，"), (50, "市工信局")),
        at((0, "废旧锂电池综合回收率达到95%以上。"), (50, "市科技局")),
    ]:
        assert table.take(line)
    _header, section, first, second = table.lines()
    assert section == "一、关键核心技术攻关"
    task, units = first.split("\t")
    assert task.startswith("1.围绕锂云母") and task.endswith("发布项目申报指南。")
    assert units == "市科技局、宜春经开区管委会、宜丰县、奉新县人民政府"
    assert second.split("\t")[1] == "市工信局、市科技局"
