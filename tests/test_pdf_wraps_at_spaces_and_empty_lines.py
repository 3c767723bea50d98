"""PDF lines: the space a paragraph wrapped at, empty lines, and lines that open like items.

Read as PDF, real letters lost what their text kept:

- a paragraph that wrapped at a typed space lost the space (``… > 2024年`` read
  ``…>2024年``): the space glyph stands at the end of the line, after its last visible
  glyph, and the reader joined the next line with no glue between characters. Typed spaces
  that run to the right edge (a signer pushed away from its date) filled the line too;
- an empty paragraph (an empty line of the text) was no line at all, so a site's heading
  over an empty line above the title was read as the title's first line;
- a wrap before ``第六条`` (an article cited mid-sentence, the line above ending in ``、``)
  was read as a new item;
- LibreOffice keeps an opening bracket with the Latin letter or digit before it
  (``B〔2024〕``), so the piece it carried over was longer than the reader measured, and a
  title wrapped there was left in two.

Glyphs and lines are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_build import convert, plain_docx, soffice
from pdf_glyphs import LEFT, PITCH, SIZE, SPACE
from pdf_glyphs import glyphs as _glyphs
from replyparse.readers.pdf import PdfLine, _line, _may_break, join_lines

RIGHT = 504.0


def _at(
    text: str, x1: float, row: float, *, trail: str = "", page: int = 1, size: float = SIZE
) -> PdfLine:
    reach = x1 + len(trail) * SPACE if trail else None
    x0 = LEFT if size == SIZE else x1 - len(text) * size  # a larger size: a centred title
    return PdfLine(text, x0, x1, size, page, 70.0 + row * PITCH, size, None, trail, reach)


# --- the spaces after a line's last visible glyph ------------------------------------------


def test_spaces_after_the_last_glyph_are_the_lines_trail() -> None:
    line = _line(_glyphs("首页 > 公开 >  "), 1)
    assert (line.text, line.trail) == ("首页 > 公开 >", "  ")
    assert line.reach == pytest.approx(line.x1 + 2 * SPACE)


def test_a_trailing_space_with_no_room_of_its_own_is_no_trail() -> None:
    chars = _glyphs("某县某局")
    last = chars[-1]
    # a space glyph drawn over the 局 before it, reaching a point and a half past it: less
    # than a quarter of a character of room, no gap the page shows
    chars.append({**last, "text": " ", "x0": last["x1"] - 2.0, "x1": last["x1"] + 1.5})
    line = _line(chars, 1)
    assert (line.trail, line.reach) == ("", None)


WRAPS_AT_SPACES = [
    pytest.param(
        [
            _at("当前位置：首页 > 政务公开 > 人大代表 >", RIGHT - 10.0, 0, trail=" "),
            _at("2024年 > 正文", 200.0, 1),
        ],
        ["当前位置：首页 > 政务公开 > 人大代表 > 2024年 > 正文"],
        id="a-breadcrumb-wrapped-at-a-space",
    ),
    pytest.param(
        [_at("地址：某县人民路8号", 250.0, 0, trail=" " * 62), _at("邮编：000000", 180.0, 1)],
        ["地址：某县人民路8号" + " " * 62 + "邮编：000000"],
        id="typed-spaces-running-to-the-edge",
    ),
    pytest.param(
        [_at("地址：某县人民路8号", 250.0, 0, trail="  "), _at("邮编：000000", 180.0, 1)],
        ["地址：某县人民路8号", "邮编：000000"],
        id="a-short-line-with-spaces-after-it-is-no-wrap",
    ),
    pytest.param(
        [_at("某县某局写满了一行的文字写满了一行的", RIGHT - 2.0, 0), _at("文字。", 150.0, 1)],
        ["某县某局写满了一行的文字写满了一行的文字。"],
        id="no-space-typed-no-space-read",
    ),
]


# a paragraph above, a paragraph space apart: it shows where the right edge is
FULL = _at("前一段写满了一整行的文字前一段写满了一整行", RIGHT, -1.5)


@pytest.mark.parametrize(("lines", "paragraphs"), WRAPS_AT_SPACES)
def test_a_wrap_at_a_typed_space_keeps_it(lines: list[PdfLine], paragraphs: list[str]) -> None:
    assert join_lines([FULL, *lines])[1:] == paragraphs


# --- empty lines -----------------------------------------------------------------------

_BODY = [_at("正文写满了一整行的文字正文写满了一整行", RIGHT, 0), _at("接着写完。", 200.0, 1)]

EMPTY_LINES = [
    pytest.param(
        [*_BODY, _at("建议(提案)办理", 200.0, 3), _at("某局关于某事的答复", 300.0, 5)],
        [
            "正文写满了一整行的文字正文写满了一整行接着写完。",
            "",
            "建议(提案)办理",
            "",
            "某局关于某事的答复",
        ],
        id="an-empty-line-between-two-lines",
    ),
    pytest.param(
        [*_BODY, _at("另起一段。", 200.0, 2.5)],
        ["正文写满了一整行的文字正文写满了一整行接着写完。", "另起一段。"],
        id="a-paragraph-space-is-no-empty-line",
    ),
    pytest.param(
        [*_BODY, _at("页末一行。", 200.0, 2), _at("下一页。", 200.0, 0, page=2)],
        ["正文写满了一整行的文字正文写满了一整行接着写完。", "页末一行。", "下一页。"],
        id="a-page-break-is-no-empty-line",
    ),
    pytest.param(
        [
            _at("标题", 100.0, 0),
            _at("某某代表：", 150.0, 2),
            _at("现答复如下。", 200.0, 4),
            _at("某县某局", 150.0, 6),
            _at("最后一行写到右边为止最后一行写到右边为止", RIGHT, 8),
        ],
        [
            "标题",
            "某某代表：",
            "现答复如下。",
            "某县某局",
            "最后一行写到右边为止最后一行写到右边为止",
        ],
        id="lines-evenly-spaced-show-no-empty-line",
    ),
]


# A title in 22 pt over a 16 pt body (LibreOffice's geometry): at 1.5 lines its lines step
# 39.6 pt, wider than an empty body line's step; an empty body line under it adds 21.5 pt.
# Four lines of body above show the body's pitch.
ABOVE = [_at(f"第{n}段。", 150.0, n - 4) for n in range(1, 4)]
TITLE_PITCH = 39.6 / PITCH  # in body rows
TITLE = [
    _at("某县某局关于某某代表", 420.0, 3, size=22.0),
    _at("第八号建议的答复", 400.0, 3 + TITLE_PITCH, size=22.0),
]
_ABOVE_TEXT = ["第1段。", "第2段。", "第3段。", "正文写满了一整行的文字正文写满了一整行接着写完。"]

LARGER_LINES = [
    pytest.param(
        [*ABOVE, *_BODY, *TITLE, _at("某某代表：", 150.0, 3 + 2 * TITLE_PITCH)],
        [*_ABOVE_TEXT, "", "某县某局关于某某代表", "第八号建议的答复", "某某代表："],
        id="a-title-set-at-one-and-a-half-lines",
    ),
    pytest.param(
        [*ABOVE, *_BODY, *TITLE, _at("某某代表：", 150.0, 4 + 2 * TITLE_PITCH)],
        [*_ABOVE_TEXT, "", "某县某局关于某某代表", "第八号建议的答复", "", "某某代表："],
        id="an-empty-body-line-under-a-title",
    ),
    pytest.param(
        [*ABOVE, *_BODY, TITLE[0], _at("某某代表：", 150.0, 3 + TITLE_PITCH)],
        [*_ABOVE_TEXT, "", "某县某局关于某某代表", "某某代表："],
        id="a-one-line-title-at-one-and-a-half-lines",
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs"), [*EMPTY_LINES, *LARGER_LINES])
def test_an_empty_line_on_the_page_is_an_empty_line(
    lines: list[PdfLine], paragraphs: list[str]
) -> None:
    assert join_lines(lines) == paragraphs


# --- lines that open like an item -------------------------------------------------------

ITEM_LIKE = [
    pytest.param(
        [
            _at("对符合该办法有关规定第五条、", RIGHT - 1.0, 0),
            _at("第六条要求的摊贩办理登记。", 300.0, 1),
        ],
        ["对符合该办法有关规定第五条、第六条要求的摊贩办理登记。"],
        id="after-an-enumeration-comma",
    ),
    pytest.param(
        [_at("各项工作已经按照计划完成，", RIGHT - 1.0, 0), _at("一、加强管理", 200.0, 1)],
        ["各项工作已经按照计划完成，一、加强管理"],
        id="after-a-comma",
    ),
    pytest.param(
        [
            _at("现将有关规定摘录如下：写满了一整行", RIGHT - 1.0, 0),
            _at("第六条 摊贩应当登记。", 300.0, 1),
        ],
        ["现将有关规定摘录如下：写满了一整行", "第六条 摊贩应当登记。"],
        id="after-a-full-line-without-a-clause-mark",
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs"), ITEM_LIKE)
def test_a_line_ending_mid_sentence_runs_on(lines: list[PdfLine], paragraphs: list[str]) -> None:
    assert join_lines(lines) == paragraphs


@pytest.mark.parametrize(
    ("pair", "may"),
    [
        pytest.param("B〔", False, id="latin-letter-before-a-bracket"),
        pytest.param("7（", False, id="digit-before-a-full-width-paren"),
        pytest.param("号〔", True, id="character-before-a-bracket"),
        pytest.param("。（", True, id="full-stop-before-a-full-width-paren"),
    ],
)
def test_where_a_line_may_break_before_an_opening_bracket(pair: str, may: bool) -> None:
    assert _may_break(pair[0], pair[1]) is may


# --- through LibreOffice ----------------------------------------------------------------

PARAGRAPHS = [
    # wraps at the space after the fifth >: the space glyph stands at the line's end
    "当前位置：首页 > 政务公开 > 建议提案办理 > 人大代表 > 2024年 > 正文",
    "",
    "建议(提案)办理",
    "",
    # wraps before 号:B〔2024〕017, one piece for LibreOffice
    "关于县十八届人大二次会议第9号代表建议的答复(编号:B〔2024〕017号)",
    "罗小溪代表：",
    # wraps after 第五条、
    "您提出的建议收悉。按照《桐江县摊点管理办法》的规定，对符合该办法及桐江县市场监督管理局"
    "有关第五条、第六条要求的摊贩及时办理登记。",
]


def test_libreoffice_pages_keep_spaces_empty_lines_and_cited_articles(tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from replyparse.readers import read

    source = plain_docx("\n".join(PARAGRAPHS), tmp_path / "letter.docx")
    convert([source], "pdf", tmp_path)
    assert read(tmp_path / "letter.pdf").text.split("\n") == PARAGRAPHS
