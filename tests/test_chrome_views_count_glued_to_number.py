"""A page's count of views whose figures a blank parts from its label (``浏览次数: 1``),
the letter's 发文字号 glued right after the figures, in a copy that lost its line breaks
(``…浏览次数: 1某交函〔2031〕6号（A）类对…的答复``): the figures, with their unit or not, are
the page's count, and the number, its marks and the title after them each read as on lines
of their own, as in the copy that kept its lines (fix140: an earlier round read the figure,
the number and the marks into the title and lost the 发文字号, the class and the note).
Figures a year's 年 or a serial's 号 goes on with are no count. Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

TITLE = "对甲山县十七届人大三次会议第63号建议的答复"
BODY = [
    "王某代表:",
    "您提出的《关于维修甲山公路玉河段的建议》已收悉，现答复如下：",
    "该路段已列入今年养护计划，我局将按程序报县政府审定后实施维修。" * 3,
    "感谢您对交通运输工作的关心和支持。",
    "甲山县交通运输局",
    "2031年5月5日",
]


def _head(count: str, marks: str) -> list[str]:
    return [
        "政府信息公开",
        TITLE,
        f"来源: 甲山县人民政府 发布时间: 2031-11-28 14:57 浏览次数: {count}",
        "甲交函议复字〔2031〕6号" + marks,
        TITLE,
    ]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("count", "marks", "handling", "public"),
    [
        pytest.param("1", "（A）类", "A", None, id="one-view-class-mark"),
        pytest.param("12", "B类 同意公开", "B", True, id="views-class-and-note"),
        pytest.param("305次", "（A）类", "A", None, id="views-with-their-unit"),
    ],
)
def test_count_figures_before_the_number(
    flatten: Callable[[str], str], count: str, marks: str, handling: str, public: bool | None
) -> None:
    letter = parse_text(flatten("\n".join([*_head(count, marks), *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.doc_number is not None
    assert letter.doc_number.text == "甲交函议复字〔2031〕6号"
    assert (letter.handling_type, letter.public) == (handling, public)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
