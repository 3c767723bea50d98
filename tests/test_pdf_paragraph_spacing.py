"""PDF lines: the space a document puts between paragraphs ends a paragraph even where its
last line (a heading that happens to fill its line) runs to the right edge.

Lines are invented; their geometry copies a word processor's PDF: a 16 pt text block,
lines 21.5 pt apart inside a paragraph, 31.5 pt apart between paragraphs.
"""

from __future__ import annotations

import pytest

from replyparse.readers.pdf import PdfLine, join_lines

SIZE = 16.0
LEFT, RIGHT = 90.0, 506.0
PITCH, SPACED = 21.5, 31.5


def _lines(*rows: tuple[str, float, float], page: int = 1) -> list[PdfLine]:
    """Lines from (text, right end, step from the line above), the first at top 70."""
    out: list[PdfLine] = []
    top = 70.0
    for text, x1, step in rows:
        top += step
        out.append(PdfLine(text, LEFT, x1, SIZE, page, top))
    return out


# The paragraph's lines step by the usual pitch: its full lines run on into the next.
_BODY = (("正文写到这里还没有写完接着写", RIGHT, 0.0), ("下一行接着写完。", 250.0, PITCH))

ENDS_A_PARAGRAPH = [
    pytest.param(
        _lines(
            *_BODY,
            ("二、关于某某道路“2020年改造5公里”的建议", RIGHT - 15.0, SPACED),
            ("某某道路车流量大，改造工作", RIGHT, SPACED),
            ("已经列入计划。", 200.0, PITCH),
        ),
        [
            "正文写到这里还没有写完接着写下一行接着写完。",
            "二、关于某某道路“2020年改造5公里”的建议",
            "某某道路车流量大，改造工作已经列入计划。",
        ],
        id="heading-filling-its-line-then-paragraph-space",
    ),
    pytest.param(
        _lines(
            *_BODY,
            ("这一段写满了整整一行的文字内容", RIGHT, SPACED),
            ("另起一段写的是别的事情。", 300.0, SPACED),
        ),
        [
            "正文写到这里还没有写完接着写下一行接着写完。",
            "这一段写满了整整一行的文字内容",
            "另起一段写的是别的事情。",
        ],
        id="full-last-line-of-a-paragraph",
    ),
]

RUNS_ON = [
    pytest.param(
        _lines(*_BODY, ("再写一段，满满一整行的文字", RIGHT, SPACED), ("接着写完。", 200.0, PITCH)),
        ["正文写到这里还没有写完接着写下一行接着写完。", "再写一段，满满一整行的文字接着写完。"],
        id="wrapped-lines-at-the-usual-pitch",
    ),
    pytest.param(
        _lines(
            ("一行写满了没有段间距的文字", RIGHT, 0.0),
            ("接着写。", 200.0, 28.0),
            ("下一段。", 200.0, 28.0),
        ),
        ["一行写满了没有段间距的文字接着写。", "下一段。"],
        id="no-paragraph-space-at-all",
    ),
    pytest.param(
        # a line a little higher (a larger glyph, a raised mark) still steps within it
        _lines(
            *_BODY,
            ("正文写满一行，一个字号大的", RIGHT, SPACED),
            ("字也在内。", 200.0, PITCH + 3.0),
        ),
        ["正文写到这里还没有写完接着写下一行接着写完。", "正文写满一行，一个字号大的字也在内。"],
        id="slightly-wider-step-inside-a-paragraph",
    ),
    pytest.param(
        _lines(*_BODY, ("页末写满一行的文字内容", RIGHT, PITCH))
        + _lines(("翻到下一页接着写。", 200.0, 0.0), page=2),
        [
            "正文写到这里还没有写完接着写下一行接着写完。",
            "页末写满一行的文字内容翻到下一页接着写。",
        ],
        id="paragraph-across-pages",
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs"), ENDS_A_PARAGRAPH + RUNS_ON)
def test_paragraph_space(lines: list[PdfLine], paragraphs: list[str]) -> None:
    assert join_lines(lines) == paragraphs
