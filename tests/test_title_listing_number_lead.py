"""A page's listing number with its sub-number before the reply's title (``004(1).对…``,
``(2).关于…``, a list's bullet before it or not): the listing's, no part of the title, and
its dot no sentence's full stop (the view reads the dot after a bracketed figure opening a
line as the number's, not ``。``). An earlier round read the dot as a full stop, so the line
held a sentence and was no title at all: the title, the item's number and its session were
lost (fix92). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

TITLE = "对县五届人大二次会议第07-2号建议的办理答复"
REST = """王某某代表：
您提出的“增设公交站台”的建议已收悉，现答复如下：
站台已于今年建成。
某县城市建设有限公司
2099年6月27日"""


@pytest.mark.parametrize("lead", ["004(1).", "004（1）.", "(1).", "•004(1).", "  • 12(3)."])
def test_the_listing_number_opens_no_title(lead: str) -> None:
    letter = parse_text(f"{lead}{TITLE}\n{REST}")
    assert letter.title == TITLE
    assert (letter.proposal.number, letter.proposal.session) == ("07-2", "县五届人大二次会议")
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        pytest.param("(1).对某某", "（1）.对某某", id="line-start"),
        pytest.param("已完成（1）.下一步", "已完成（1）。下一步", id="inside-a-line"),
        pytest.param("已完成.下一步", "已完成。下一步", id="after-a-hanzi"),
    ],
)
def test_only_a_listing_numbers_dot_stays_a_dot(text: str, norm: str) -> None:
    assert TextView(text).norm == norm
