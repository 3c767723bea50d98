"""PDF pages set in two columns: read a column after the other, not a line across both.

A page that reprints two letters side by side, or a letter beside an editor's notes, was
read a row at a time across the page: each line half of one column and half of the other
(``您提出的《关于加快农 抄送：市财政局，市发展改``), and the letters' labels, dates and
names mixed. A run of rows that a gutter parts into two sides, text on both in three rows
or more, each side at least seven characters wide and the left one's text wrapping at the
gutter, is read left side first; each side's lines wrap at their own edges. A table of
labels beside their values, parted by blanks, is no columns: its label column is narrow and
its rows fill no side.

Glyphs are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fixtures_build import convert, soffice
from pdf_glyphs import LEFT, PITCH, SIZE, glyphs, wrapped
from replyparse.readers import pdfregions
from replyparse.readers.pdf import PdfLine, _page_lines, _rows, carry_columns, join_lines

PER_COLUMN = 12  # characters a column's line holds
GUTTER = 2 * SIZE
RIGHT_COLUMN = LEFT + PER_COLUMN * SIZE + GUTTER

LEFT_TEXT = "邓某代表：您提出的关于修缮村级灌溉渠道的建议收悉。今年我局共修缮渠道十二公里，完成投资三百万元，受益农田一万亩。"
RIGHT_TEXT = (
    "编者按：本期刊登某县水利局对邓某代表所提建议的答复，该建议涉及农田灌溉，群众关注度较高。"
)


# (the left column's last line is no full one: a paragraph ends there, none runs on)
assert len(LEFT_TEXT) % PER_COLUMN and len(RIGHT_TEXT) % PER_COLUMN


def _two_columns(top: float = 100.0) -> list[dict]:
    return [
        *wrapped(LEFT_TEXT, LEFT, PER_COLUMN, top),
        *wrapped(RIGHT_TEXT, RIGHT_COLUMN, PER_COLUMN, top),
    ]


def test_two_columns_are_read_one_after_the_other() -> None:
    assert join_lines(_page_lines(_two_columns(), 1)) == [LEFT_TEXT, RIGHT_TEXT]


def test_a_heading_across_the_page_comes_first() -> None:
    heading = glyphs("某县人大常委会代表工作简报", LEFT + 5 * SIZE, 100.0 - PITCH)
    lines = join_lines(_page_lines([*heading, *_two_columns()], 1))
    assert lines == ["某县人大常委会代表工作简报", LEFT_TEXT, RIGHT_TEXT]


def test_the_right_column_may_start_lower() -> None:
    chars = [
        *wrapped(LEFT_TEXT, LEFT, PER_COLUMN, 100.0),
        *wrapped(RIGHT_TEXT, RIGHT_COLUMN, PER_COLUMN, 100.0 + PITCH / 2),
    ]
    assert join_lines(_page_lines(chars, 1)) == [LEFT_TEXT, RIGHT_TEXT]


# (rows: each a list of (text, x0)): rows that are no columns, read a row a line
NOT_COLUMNS = [
    pytest.param(
        [[("建议编号", LEFT), ("21", LEFT + 8 * SIZE)], [("领衔代表", LEFT), ("邓某", LEFT + 8 * SIZE)],
         [("办理类型", LEFT), ("B类", LEFT + 8 * SIZE)], [("公开属性", LEFT), ("主动公开", LEFT + 8 * SIZE)]],
        id="labels-beside-values",
    ),
    pytest.param(
        [[("联系人：邓某某", LEFT), ("联系电话：0000-5550147", LEFT + 14 * SIZE)],
         [("联系单位：某县水利局", LEFT), ("邮政编码：000000", LEFT + 14 * SIZE)],
         [("地址：某县某路1号", LEFT), ("传真：0000-5550148", LEFT + 14 * SIZE)]],
        id="label-value-pairs-apart",
    ),
    pytest.param(
        [[("您提出的关于修缮村级灌溉渠道的建议收悉，现答复如下：", LEFT)],
         [("某县水利局", LEFT + 20 * SIZE)], [("2098年3月9日", LEFT + 20 * SIZE)]],
        id="a-signature-flush-right",
    ),
]  # fmt: skip


@pytest.mark.parametrize("rows", NOT_COLUMNS)
def test_rows_that_are_no_columns(rows: list[list[tuple[str, float]]]) -> None:
    chars = [
        c
        for k, row in enumerate(rows)
        for text, x0 in row
        for c in glyphs(text, x0, 100.0 + k * PITCH)
    ]
    assert pdfregions.columns(_rows(chars), SIZE) == [(_rows(chars), None)]


def test_the_last_page_in_the_left_column_alone_wraps_at_its_edge() -> None:
    heading = glyphs("某县人大常委会代表工作简报（2098年第5期）", LEFT, 100.0 - PITCH)
    more = "下一步，我局将继续加大投入，力争明年完成渠道改造二十公里。"
    page_two = wrapped(more, LEFT, PER_COLUMN, 100.0)
    lines = [*_page_lines([*heading, *_two_columns()], 1), *_page_lines(page_two, 2)]
    # the page's width is the heading's: measured on it, the second page's lines fill none
    pieces = [more[k : k + PER_COLUMN] for k in range(0, len(more), PER_COLUMN)]
    assert join_lines(lines)[3:] == pieces
    read = join_lines(carry_columns(lines))
    assert read == ["某县人大常委会代表工作简报（2098年第5期）", LEFT_TEXT, RIGHT_TEXT, more]


def test_a_page_parted_everywhere_tries_a_bounded_number_of_gutters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a hostile page of tiny glyphs with a gap after every other one, the gaps at a
    # different place on each row: each place a gutter may stand was tried on every row,
    # a thousand places over a page of 100,000 glyphs (17 s, where the page alone took 1 s)
    tiny = 1.0
    chars = []
    for row in range(60):
        shift = (row * 7) % 5 * tiny
        for k in range(150):
            chars += glyphs("字", LEFT + shift + 3.1 * k * tiny, 100.0 + 1.3 * row * tiny)
    for c in chars:
        c.update(x1=c["x0"] + tiny, bottom=c["top"] + tiny, size=tiny)
    tried: dict[int, set[float]] = {}
    runs = pdfregions._runs

    def counting(spans: list, x: float, half: float) -> list[tuple[int, int]]:
        tried.setdefault(id(spans), set()).add(x)
        return runs(spans, x, half)

    monkeypatch.setattr(pdfregions, "_runs", counting)
    pdfregions.columns(_rows(chars), tiny)
    assert tried
    assert max(len(places) for places in tried.values()) <= 100  # (a letter has a few dozen)


def test_many_pages_take_their_columns_fast() -> None:
    # pages of short runs set in columns, each column its own edges, then pages of many
    # short lines with none: each column was tried on each of those lines (13 million
    # tries here; a crafted PDF of 200 pages took minutes)
    lines = [
        PdfLine("某" * 10, 50.0 + k / 100, 210.0, SIZE, page, 100.0 + k * PITCH, SIZE,
                edges=(50.0 + (page * 50 + k) / 100, 550.0 - (page * 50 + k) / 100))
        for page in range(1, 31)
        for k in range(50)
    ]  # fmt: skip
    lines += [
        PdfLine("某某", 250.0, 282.0, SIZE, page, 10.0 + k * 2.5, SIZE)
        for page in range(31, 61)
        for k in range(300)
    ]
    started = time.monotonic()
    carried = carry_columns(lines)
    assert time.monotonic() - started < 2
    widest = (50.0 + 50 / 100, 550.0 - 50 / 100)  # (page 1's first column)
    assert {line.edges for line in carried if line.page > 30} == {widest}


@pytest.mark.slow
def test_libreoffice_columns(tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from replyparse.readers import read

    document = Document()
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "720")
    document.sections[0]._sectPr.append(columns)
    left = [
        "邓某代表：",
        LEFT_TEXT[5:],
        "感谢您对水利工作的关心和支持。",
        "某县水利局",
        "2098年3月9日",
    ]
    for line in left:
        document.add_paragraph(line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    for line in ("编者按：", RIGHT_TEXT[4:]):
        document.add_paragraph(line)
    document.save(str(tmp_path / "page.docx"))
    convert([tmp_path / "page.docx"], "pdf", tmp_path)
    assert read(tmp_path / "page.pdf").text.split("\n") == [*left, "编者按：", RIGHT_TEXT[4:]]
