"""PDF tables ruled with lines: a cell's text read whole, the cells row by row.

Read across the page a row of glyphs at a time, a table with a cell wrapped over several
lines came out a piece of each cell a line (``21 关于加快村道 邓某 B`` / ``改造提升出行``):
the proposal's title was cut into pieces among the other cells, and the labels of a row of
headings never met their values. A ruled table is read as the Word reader reads it: each
cell's paragraphs, wrapped lines joined, a line each, row by row and left to right, so the
PDF of a .docx gives the lines of the .docx. A cell is never a page number, and a cell
broken over two pages with its table runs on over the break.

Glyphs and cells are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from fixtures_build import convert, soffice
from pdf_glyphs import PITCH, SIZE, wrapped
from replyparse.readers.pdf import _page_lines, drop_furniture, join_lines
from replyparse.readers.pdfregions import Box

PAD = 5.4  # a cell's padding, as LibreOffice's
COLUMNS = (74.0, 184.0, 295.0, 406.0, 516.0)


def _row(top: float, bottom: float) -> list[Box]:
    return [(a, top, b, bottom) for a, b in itertools.pairwise(COLUMNS)]


def _fill(cells: list[Box], texts: list[str]) -> list[dict]:
    """The glyphs of each cell's text, wrapped at its width."""
    out: list[dict] = []
    for (x0, top, x1, _), text in zip(cells, texts, strict=True):
        out += wrapped(text, x0 + PAD, int((x1 - x0 - 2 * PAD) // SIZE), top + 2.0)
    return out


TITLE = "关于加快村道改造提升出行条件的建议"
HEADINGS = ["建议编号", "标题", "领衔代表", "办理类型"]
VALUES = ["21", TITLE, "邓某", "B"]
BODY = "您提出的关于加快村道改造的建议收悉。今年我局共修缮村级灌溉渠道十二公里，完成投资三百万元。"


def test_a_row_of_headings_over_a_row_of_values() -> None:
    cells = [*_row(100.0, 120.0), *_row(120.0, 120.0 + 3 * PITCH + 4)]
    chars = _fill(cells, HEADINGS + VALUES)
    assert [line.text for line in _page_lines(chars, 1, [cells])] == HEADINGS + VALUES


def test_a_table_stands_among_the_lines_in_its_place() -> None:
    cells = _row(140.0, 140.0 + 3 * PITCH + 4)
    below = 140.0 + 5 * PITCH
    chars = [
        *wrapped("某县水利局建议办理答复单", 74.0, 28, 100.0),
        *_fill(cells, VALUES),
        *wrapped("邓某代表：", 74.0, 28, below),
        *wrapped(BODY, 74.0, 28, below + PITCH, indent=2),
    ]
    lines = join_lines(_page_lines(chars, 1, [cells]))
    assert lines == ["某县水利局建议办理答复单", "", *VALUES, "", "邓某代表：", BODY]


def test_a_cell_is_never_a_page_number() -> None:
    cells = [(74.0, 40.0, 120.0, 60.0), (120.0, 40.0, 516.0, 60.0)]
    chars = _fill(cells, ["1", "某县水利局"])
    lines = drop_furniture(_page_lines(chars, 2, [cells]))
    assert [line.text for line in lines] == ["1", "某县水利局"]


def test_a_cell_broken_over_two_pages_runs_on() -> None:
    wide = (COLUMNS[1], 600.0, COLUMNS[-1], 600.0 + 2 * PITCH + 4)
    label = (COLUMNS[0], 600.0, COLUMNS[1], 600.0 + 2 * PITCH + 4)
    text = "今年我局共修缮村级灌溉渠道十二公里，完成投资三百万元，新建提灌站三座，整治山塘五"
    assert len(text) == 40  # two full lines of the cell
    page_one = _fill([label, wide], ["答复内容", text])
    rest = (COLUMNS[1], 60.0, COLUMNS[-1], 60.0 + PITCH + 4)
    page_two = _fill(
        [(COLUMNS[0], 60.0, COLUMNS[1], 60.0 + PITCH + 4), rest], ["", "口，受益农田一万五千亩。"]
    )
    lines = [
        *_page_lines(page_one, 1, [[label, wide]]),
        *_page_lines(page_two, 2, [[(COLUMNS[0], 60.0, COLUMNS[1], 80.0), rest]]),
    ]
    assert join_lines(lines) == ["答复内容", text + "口，受益农田一万五千亩。"]


def test_cells_of_one_line_on_two_pages_stay_apart() -> None:
    one = [(COLUMNS[0], 700.0, COLUMNS[-1], 720.0)]
    two = [(COLUMNS[0], 60.0, COLUMNS[-1], 80.0)]
    lines = [
        *_page_lines(_fill(one, ["联系人：邓某"]), 1, [one, [(0.0, 0.0, 1.0, 1.0)]]),
        *_page_lines(_fill(two, ["联系电话：0000-5550147"]), 2, [two, [(0.0, 0.0, 1.0, 1.0)]]),
    ]
    assert join_lines(lines) == ["联系人：邓某", "联系电话：0000-5550147"]


@pytest.mark.slow
def test_a_ruled_table_reads_as_its_docx_does(tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from docx import Document
    from docx.shared import Pt

    from replyparse.readers import read

    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    table = document.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table._cells, HEADINGS + VALUES, strict=True):
        cell.text = text
    document.add_paragraph("")
    for line in (
        "某县水利局关于县十九届人大四次会议第307号建议的答复",
        "",
        "邓某代表：",
        BODY,
        BODY,
    ):
        document.add_paragraph(line)
    document.save(str(tmp_path / "letter.docx"))
    convert([tmp_path / "letter.docx"], "pdf", tmp_path)
    assert read(tmp_path / "letter.pdf").text == read(tmp_path / "letter.docx").text
