"""PDF lines set spaced out: every two characters apart by the same gap, a space glyph between
them or not (a title letter-spaced, ``答 复 函``; an OCR text layer that places each
character alone, ``关 于 …``, ``王 某``, ``0 0 0 0 - …``).

The reader read each such gap as a space where it passed half a character, so a tracked
line came out spaced unevenly (``的 建议``, ``，改 造``) and a phone's digits one apart,
which no contact took. The gap the line keeps everywhere is its pitch, not a space: a gap
is a space only by what it leaves over it. A line too short to show its pitch (the last two
characters of a paragraph wrapped, ``持 。``) keeps the pitch of the line above it.

Glyphs are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

import pytest

from pdf_glyphs import PITCH
from pdf_glyphs import glyphs as _glyphs
from replyparse import parse_text
from replyparse.readers.pdf import _line, _page_lines, join_lines

TRACKED = 10.0  # Word's 间距 加宽 10 pt, no space glyph
TYPED = " "  # a space glyph after every character, as an OCR layer writes


def _typed(text: str) -> str:
    return TYPED.join(text)


# (text as laid out, tracking in points, the line read)
LINES = [
    pytest.param("答复函", TRACKED, "答复函", id="tracked-title"),
    pytest.param("您提出的关于加快村道改造的建议收悉。", TRACKED, "您提出的关于加快村道改造的建议收悉。", id="tracked-sentence"),
    pytest.param("联系电话：0000-5550147", 5.0, "联系电话：0000-5550147", id="tracked-digits"),
    pytest.param(_typed("答复函"), 0.0, "答复函", id="typed-title"),
    pytest.param(_typed("邓某代表："), 0.0, "邓某代表：", id="typed-salutation"),
    pytest.param(_typed("2098年3月9日"), 0.0, "2098年3月9日", id="typed-date"),
    pytest.param(_typed("联系人：周某，电话：0000-5550147"), 0.0, "联系人：周某，电话：0000-5550147", id="typed-contact"),
    # a wider gap than the pitch stays a space
    pytest.param(_typed("联系人：周某") + "   " + _typed("电话：0000-5550147"), 0.0, "联系人：周某   电话：0000-5550147", id="typed-wide-gap-kept"),
]  # fmt: skip

# (text as laid out): a line not spaced out reads as before
PLAIN = [
    pytest.param("联系人：周某  联系电话：0000-5550147", id="two-typed-spaces"),
    pytest.param("某县水利局 2098年3月9日", id="one-typed-space"),
    pytest.param("王 某", id="two-glyphs-apart"),
    pytest.param("第 80 号", id="digits-apart"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tracking", "read"), LINES)
def test_a_spaced_out_line_reads_without_its_pitch(text: str, tracking: float, read: str) -> None:
    assert _line(_glyphs(text, tracking=tracking), 1).text == read


@pytest.mark.parametrize("text", PLAIN)
def test_a_line_not_spaced_out_keeps_its_spaces(text: str) -> None:
    assert _line(_glyphs(text), 1).text == text


def test_a_line_too_short_to_tell_keeps_the_pitch_above() -> None:
    chars = [
        *_glyphs("感谢您对水利工作的关心和支", tracking=TRACKED),
        *_glyphs("持。", top=70.0 + PITCH, tracking=TRACKED),
    ]
    lines = _page_lines(chars, 1)
    assert [line.text for line in lines] == ["感谢您对水利工作的关心和支", "持。"]


def test_a_short_line_under_a_plain_one_keeps_its_gap() -> None:
    chars = [*_glyphs("感谢您对水利工作的关心和支持。"), *_glyphs("王 某", top=70.0 + PITCH)]
    assert [line.text for line in _page_lines(chars, 1)] == [
        "感谢您对水利工作的关心和支持。",
        "王 某",
    ]


def test_a_row_of_cells_set_far_apart_keeps_its_gaps() -> None:
    # a table's row with no rules, a glyph or two a cell: its gaps are evenly wide too, but
    # columns apart, no pitch (closed up by the narrowest, 3 and 5 read as 35)
    def row(cells: list[tuple[str, float]], top: float) -> list[dict]:
        return [c for text, x in cells for c in _glyphs(text, x, top)]

    chars = [
        *row([("合计", 90.0), ("3", 210.0), ("5", 290.0), ("2", 370.0)], 70.0),
        *row([("是", 90.0), ("否", 170.0), ("是", 250.0)], 70.0 + PITCH),
    ]
    texts = [" ".join(line.text.split()) for line in _page_lines(chars, 1)]
    assert texts == ["合计 3 5 2", "是 否 是"]


def test_a_letter_read_from_an_ocr_layer() -> None:
    rows = [
        "某县水利局",
        "答复函",
        "邓某代表：",
        "您提出的关于修缮村级灌溉渠道的建议收悉。",
        "感谢您对水利工作的关心和支持。",
        "某县水利局",
        "2098年3月9日",
        "联系人：周某，联系电话：0000-5550147",
    ]
    chars = [
        c for k, row in enumerate(rows) for c in _glyphs(_typed(row), top=70.0 + 2 * k * PITCH)
    ]
    letter = parse_text("\n".join(join_lines(_page_lines(chars, 1))))
    assert letter.title == "答复函"
    assert [(a.name, a.role) for a in letter.addressees] == [("邓某", "代表")]
    assert [(c.name, c.phone) for c in letter.contacts] == [("周某", "0000-5550147")]
    assert (letter.signature.issuer, letter.signature.date) == ("某县水利局", "2098-03-09")
