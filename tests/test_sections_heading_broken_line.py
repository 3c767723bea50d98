"""A paragraph's first line that a copy broke inside a word, the rest of its first sentence
opening the next line, a blank line between or not (a page's break a web copy kept: dev121/001,
``三、关于…城市公交延`` / ``伸至该校站点的建议。…``): the heading is the sentence whole, the
two pieces joined. A short heading line, or a break between two words, stays the line's.
And a blank a web copy set between a figure and the word it counts (``4 路``) ends no
heading, in a copy that kept its lines and in one that lost them. Snippets written here;
names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_HEAD = "关于县十届人大二次会议第12号建议的答复\n\n赵某代表：\n\n您提出的建议收悉，现答复如下：\n\n"
_END = "\n\n感谢您的关心和支持。\n\n甲县交通运输局\n\n2099年6月1日\n"


def _headings(body: str) -> list[str]:
    letter = parse_text(_HEAD + body + _END, keywords=False)
    assert span_problems(letter) == []
    return ["".join(s.heading.split()) for s in letter.sections]


# (id, body, headings with blanks left out)
BROKEN = [
    (
        "blank-line-between",
        "一、关于增开一趟早班车的建议。我局已调整发车时间。\n\n"
        "二、关于在上下学期间将8路公交线路延\n\n伸至学校站点的建议。我局已组织调查，现已延伸。",
        ["关于增开一趟早班车的建议", "关于在上下学期间将8路公交线路延伸至学校站点的建议"],
    ),
    (
        "no-blank-line",
        "一、关于在上下学期间将8路公交线路延\n伸至学校站点的建议。我局已组织调查。\n"
        "二、关于增开一趟早班车的建议。我局已调整发车时间。",
        ["关于在上下学期间将8路公交线路延伸至学校站点的建议", "关于增开一趟早班车的建议"],
    ),
]

# Near misses: the line is the heading.
KEPT = [
    ("short-heading", "一、基本情况\n\n近年来我局做了大量工作。", ["基本情况"]),
    (
        "break-between-words",
        "一、关于加快推进农村公路建设工作的\n\n有关问题，我局正在研究。",
        ["关于加快推进农村公路建设工作的"],
    ),
    (
        "a-marker-under-it",
        "一、关于在上下学期间将8路公交线路延长\n\n1.路线调整。我局已组织调查。",
        ["关于在上下学期间将8路公交线路延长"],
    ),
]


@pytest.mark.parametrize(
    ("body", "headings"),
    [case[1:] for case in BROKEN + KEPT],
    ids=[case[0] for case in BROKEN + KEPT],
)
def test_headings(body: str, headings: list[str]) -> None:
    assert _headings(body) == headings


FIGURE_BLANK = (
    "一、关于将3路、4 路、5 路公交延伸至学校站点的建议。我局已组织调查，现已延伸。\n\n"
    "二、关于增开一趟早班车的建议。我局已调整发车时间。"
)
FIGURE_HEADINGS = ["关于将3路、4路、5路公交延伸至学校站点的建议", "关于增开一趟早班车的建议"]


def test_a_blank_after_a_figure_ends_no_heading() -> None:
    assert _headings(FIGURE_BLANK) == FIGURE_HEADINGS


@pytest.mark.parametrize("joiner", [" ", ""], ids=["blank", "glued"])
def test_nor_in_a_copy_that_lost_its_lines(joiner: str) -> None:
    text = joiner.join(
        line.strip() for line in (_HEAD + FIGURE_BLANK + _END).split("\n") if line.strip()
    )
    letter = parse_text(text, keywords=False)
    assert ["".join(s.heading.split()) for s in letter.sections] == FIGURE_HEADINGS
