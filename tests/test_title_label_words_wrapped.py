"""A title broken before words a form's label spells (``反馈意见``), glued to the rest with no
colon: ``关于甲山县第二巡察组`` / ``反馈意见的整改报告``. The line above opens a title and has not
ended, and the line goes on with ``的`` to a title's ending: the title's second line, on the
kept lines and flattened with blanks (head75; an earlier round read the line as a form's row
and cut the title after ``巡察组``). Snippets invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

REST = (
    "王某代表：\n您提出的关于整改村道的建议收悉，现答复如下：\n我局已加强巡查。\n"
    "甲山县交通局\n2099年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["关于甲山县第二巡察组", "反馈意见的整改报告"], id="report"),
        pytest.param(["关于甲山县第二巡察组", "反馈意见的整改情况的答复"], id="reply"),
    ],
)
def test_title_broken_before_label_words(lines: list[str], flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join(lines) + "\n" + REST), keywords=False)
    assert letter.title == "".join(lines)
    assert letter.salutation == "王某代表："


# Near miss: the label with its colon under a title that has ended is the page's row.
def test_label_row_under_an_ended_title() -> None:
    letter = parse_text("关于某某建议的答复\n反馈意见：满意\n" + REST, keywords=False)
    assert letter.title == "关于某某建议的答复"
