"""A page's keyword cell left empty (``主题词：``, ``关键词：``) between the reply's title (its
文号 cell after it or not) and the salutation, in a copy that lost its line breaks
(``…的答复文号：甲环函〔2099〕3号主题词：王某代表：``): the cell is a line of its own, as where
the page kept its lines, so the title and the number are read and the names after it are the
salutation's (an earlier round read the whole head, the title and the cell, as an
addressee, and no title). Invented words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

TITLE = "甲山县环保局关于王某代表建议的答复"
REPLY = (
    "王某代表：\n您提出的关于治理河道的建议收悉，现答复如下：\n我局已加强巡查。\n"
    "感谢您的关心。\n甲山县环保局\n2099年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("cells", "number"),
    [
        pytest.param(["文号：甲环函〔2099〕3号", "主题词："], "甲环函〔2099〕3号", id="number-then-subject"),
        pytest.param(["主题词："], None, id="subject"),
        pytest.param(["关键词："], None, id="keywords"),
        pytest.param(["文号：乙环函〔2099〕7号", "关键字："], "乙环函〔2099〕7号", id="number-then-keywords"),
    ],
)  # fmt: skip
def test_an_empty_keyword_cell_ends_the_head(
    cells: list[str], number: str | None, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([TITLE, *cells, REPLY])), keywords=False)
    assert letter.title == TITLE
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert span_problems(letter) == []
