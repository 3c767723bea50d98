"""PDF lines: the spaces a document typed, and lines a layout engine ended short.

A web page saved as PDF parts its cells with typed spaces (``名称 关于…``, ``发布时间：…    来源：…``);
the reader once dropped every space glyph and judged gaps only, so cells ran together and a
page's labels were glued to the title. And a wrapped line ends short of the right edge when
the next line's first piece could not be broken (a character with the closing punctuation
after it, a Latin word, a quotation mark holding to both sides): such a line is still a wrap.

Glyphs and lines are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

import pytest

from fixtures_build import build_docx, convert, soffice
from pdf_glyphs import LEFT, PITCH, SIZE
from pdf_glyphs import glyphs as _glyphs
from replyparse.readers.pdf import PdfLine, _line, _page_lines, join_lines

RIGHT = 506.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("名称 关于某事的答复", "名称 关于某事的答复", id="label-and-value"),
        pytest.param(
            "发布时间：2024-06-01    来源：某县某局",
            "发布时间：2024-06-01    来源：某县某局",
            id="a-run-of-spaces-stays-a-run",
        ),
        pytest.param(
            "索引号: 000000 公开方式: 主动公开",
            "索引号: 000000 公开方式: 主动公开",
            id="cells-after-digits",
        ),
        pytest.param("  某县某局", "某县某局", id="leading-spaces-are-no-text"),
        pytest.param("某县某局  ", "某县某局", id="trailing-spaces-are-no-text"),
    ],
)
def test_typed_spaces_are_kept(text: str, expected: str) -> None:
    assert _line(_glyphs(text), 1).text == expected


def test_a_space_with_no_room_of_its_own_is_no_space() -> None:
    chars = _glyphs("名称关于")
    # a space glyph drawn over the 称 before it: the page shows no gap
    chars.insert(
        2,
        {
            "text": " ",
            "x0": LEFT + 30.0,
            "x1": LEFT + 32.0,
            "top": 70.0,
            "bottom": 86.0,
            "size": SIZE,
        },
    )
    assert _line(sorted(chars, key=lambda c: c["x0"]), 1).text == "名称关于"


def test_a_narrow_gap_by_digits_is_still_no_space() -> None:
    # no space glyph: the gap a layout engine leaves between CJK and digits (第 80 号)
    chars = _glyphs("第") + _glyphs("80", LEFT + 19.0) + _glyphs("号", LEFT + 19.0 + 17.6 + 3.0)
    assert _line(chars, 1).text == "第80号"


def test_the_line_starts_at_its_first_visible_glyph() -> None:
    line = _line(_glyphs("    某县某局"), 1)
    assert (line.x0, line.x1) == pytest.approx((LEFT + 4 * 4.1, LEFT + 4 * 4.1 + 4 * SIZE))


def test_spaces_join_the_row_they_stand_in_and_never_make_one() -> None:
    chars = _glyphs("第一行 文字") + _glyphs("第二行 文字", top=70.0 + PITCH)
    chars += _glyphs("   ", top=70.0 + 2 * PITCH)  # an empty paragraph of spaces
    lines = _page_lines(chars, 1)
    assert [line.text for line in lines] == ["第一行 文字", "第二行 文字"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        pytest.param("案”，已交由我局研究办理", 3 * SIZE, id="character-with-closing-marks"),
        pytest.param("号:zfb/12345678 主题", SIZE + 13 * 8.8, id="a-latin-word-after-its-colon"),
        pytest.param("的“关于某某的建议”", 3 * SIZE, id="a-quote-holds-to-both-sides"),
        pytest.param("(guān)于某事", 5 * 8.8 + SIZE, id="pinyin-with-tone-marks-is-one-word"),
        pytest.param("某县某局", SIZE, id="a-plain-character"),
    ],
)
def test_the_first_piece_runs_to_the_first_place_a_line_may_break(text: str, lead: float) -> None:
    assert _line(_glyphs(text), 1).lead == pytest.approx(lead)


def _at(text: str, x1: float, row: float, lead: float = SIZE) -> PdfLine:
    return PdfLine(text, LEFT, x1, SIZE, 1, 70.0 + row * PITCH, lead)


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        pytest.param(
            [
                _at("某某代表：您提出的关于某某的议", RIGHT - 1.5 * SIZE, 0),
                _at("案”，已交由我局研究办理。", 300.0, 1, lead=3 * SIZE),
            ],
            ["某某代表：您提出的关于某某的议案”，已交由我局研究办理。"],
            id="carried-with-its-closing-marks",
        ),
        pytest.param(
            [
                _at("体裁分类：代表建议 主题分类：其他 索引", RIGHT - 7 * SIZE, 0),
                _at("号:zfb/12345678", 300.0, 1, lead=SIZE + 13 * 8.8),
            ],
            ["体裁分类：代表建议 主题分类：其他 索引号:zfb/12345678"],
            id="carried-latin-word",
        ),
        pytest.param(
            [
                _at("这一段到这里就写完了。", RIGHT - 2.5 * SIZE, 0),
                _at("下一段顶格写起。", 300.0, 1, lead=SIZE),
            ],
            ["这一段到这里就写完了。", "下一段顶格写起。"],
            id="room-for-the-next-first-piece-ends-the-paragraph",
        ),
        pytest.param(
            [
                _at("附件：", 140.0, 0),
                _at(
                    "http://www.example.gov.cn/a/very/long/path/index.html",
                    RIGHT,
                    1,
                    lead=RIGHT - LEFT,
                ),
            ],
            ["附件：", "http://www.example.gov.cn/a/very/long/path/index.html"],
            id="a-short-line-before-a-long-word-is-no-wrap",
        ),
    ],
)
def test_a_line_ended_short_by_a_carried_piece_is_a_wrap(
    lines: list[PdfLine], paragraphs: list[str]
) -> None:
    # below a paragraph whose first line fills the text block: the page's right edge
    full = [_at("前一段写满了一整行的文字", RIGHT, -2.5), _at("写完了。", 200.0, -1.5)]
    assert join_lines(full + lines) == ["前一段写满了一整行的文字写完了。", *paragraphs]


def test_a_web_page_saved_as_pdf_keeps_its_cells(tmp_path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from replyparse.readers import read

    body = "您提出的关于某某路段改造的建议收悉，我局高度重视，组织有关科室认真研究" * 2 + "。"
    text = f"名称 关于某某路段改造的答复\n发布时间：2024-06-01    来源：某县交通运输局\n王某代表：\n{body}"
    source = build_docx(text, tmp_path / "page.docx")
    convert([source], "pdf", tmp_path)
    assert read(tmp_path / "page.pdf").text.split("\n") == text.split("\n")
