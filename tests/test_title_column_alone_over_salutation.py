"""A page's column naming a class of item, alone right over the salutation of a reply that
writes no title of its own (``人大建议``, ``政协提案``, ``人大代表建议专栏``), is the page's: no
title. So where it is a crumb's step whose bars a flattened copy parts into lines of their
own (``信息公开 | 重要工作 | 人大建议 | 答复情况 |`` over ``王某代表：``), as where the lines
were kept (fix162; an earlier round read ``人大建议`` as the title, dev162/002 flattened).
Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

REST = (
    "王某代表：\n您提出的《关于增设乡村公交站点的建议》已收悉，现答复如下：\n"
    "我局将结合资金安排逐步改造候车亭。\n甲山县交通运输局\n2099年6月5日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_crumb_with_bars(flatten: Callable[[str], str]) -> None:
    letter = parse_text(
        flatten("信息公开 | 重要工作 | 人大建议 | 答复情况 |\n" + REST), keywords=False
    )
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# (glued, the column runs into the name: a known gap, left as it was)
@pytest.mark.parametrize("flatten", COPIES[:2])
@pytest.mark.parametrize("column", ["人大建议", "政协提案", "建议提案", "人大代表建议专栏"])
def test_a_column_alone(column: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(column + "\n" + REST), keywords=False)
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        "关于增设乡村公交站点的建议",
        "关于第12号建议的答复",
        "对县人大某届某次会议第12号建议的答复",
    ],
)
def test_a_title_stays(title: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(title + "\n" + REST), keywords=False)
    assert letter.title == title


# (head75) The form's last row's label alone over the salutation, its colon lost (``答复情况``,
# ``办理情况``), under the column or the title: the page's, no title's words and no addressee
# in a copy flattened with blanks, and no title's words glued after a title's ending (an
# earlier round read ``人大建议 答复情况 王某代表：`` as the title ``人大建议答复`` and an
# addressee ``情况``, and ``…的答复答复情况`` as the title glued). Glued under a column alone,
# still the known gap above.
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_the_reply_row_label_under_a_column(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("人大建议\n答复情况\n" + REST), keywords=False)
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("label", ["答复情况", "办理情况"])
def test_the_reply_row_label_under_the_title(label: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(f"关于第12号建议的答复\n{label}\n" + REST), keywords=False)
    assert letter.title == "关于第12号建议的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
