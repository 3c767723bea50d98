"""The class mark is looked for on the letter's first and last lines (``NEAR`` of each),
each line once: in a short letter the two runs overlap, and the lines they share are read
once, not twice. Whatever the letter's length, a mark on one of those lines is found, and
one on a line between them is not; a line holding no class letter gives no mark however
it ends."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.handling import NEAR

HEAD = ["关于某镇水渠修缮的答复", "赵某某代表："]
TAIL = ["某县水务局", "2025年3月8日"]
FILLER = "您提出的建议收悉，我局已安排人员实地查看，将分步推进。"


def _letter(lines: int, mark_at: int) -> tuple[str, int]:
    """A letter of ``lines`` content lines, a class mark alone on the line ``mark_at``
    of its body (counted from the letter's first line), and where it stands."""
    body = [FILLER] * (lines - len(HEAD) - len(TAIL))
    out = [*HEAD, *body, *TAIL]
    out[mark_at] = "（B类）"
    text = "\n".join(out) + "\n"
    return text, text.index("（B类）") + 1


@pytest.mark.parametrize("lines", [6, 9, 12, 15, 16, 17, 20, 24])
def test_a_mark_is_read_on_the_edge_lines_alone_whatever_the_length(lines: int) -> None:
    for mark_at in range(len(HEAD), lines - len(TAIL)):  # each line of the body in turn
        text, at = _letter(lines, mark_at)
        letter = parse_text(text, keywords=False)
        if mark_at < NEAR or mark_at >= lines - NEAR:  # among the first or the last lines
            assert letter.handling_type == "B", (lines, mark_at)
            assert letter.handling_type_span == (at, at + 1)
        else:
            assert letter.handling_type is None, (lines, mark_at)


@pytest.mark.parametrize(
    "line",
    [
        "（此件公开发布）",  # ends as a note does, no class letter
        "某水函〔2025〕12号（公开）",  # a number, then a note with none
        "某县水务局（盖章）",
    ],
)
def test_an_edge_line_without_a_class_letter_gives_no_mark(line: str) -> None:
    text = "\n".join([*HEAD, FILLER, line, *TAIL]) + "\n"
    assert parse_text(text, keywords=False).handling_type is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("某水函〔2025〕12号（C类）", "C"),  # the class after the number
        ("某县水务局（A类）", "A"),  # glued to the signer in brackets
        ("丁类  主动公开", "D"),  # a line of marks
    ],
)
def test_an_edge_line_with_a_class_letter_still_gives_it(line: str, value: str) -> None:
    text = "\n".join([*HEAD, FILLER, line, *TAIL]) + "\n"
    assert parse_text(text, keywords=False).handling_type == value
