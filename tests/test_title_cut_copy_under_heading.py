"""The letter's own title line a copy cut before its ending (``关于…第11号建议的``, its 答复
lost), under the page's heading that writes the same title whole (a tag before it or not:
``【人大建议】关于…第11号建议的答复``), a page's cell between or not: the later line is the
letter's title, read as written, damage and all (as fix73 reads a damaged title under a
whole heading); the heading is the page's (fix92: an earlier round glued the heading and the
cut line into one title). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

CUT = "关于对县三届人大二次会议第11号建议的"
REST = """赵某、钱某代表：
你们提出的《关于修缮某村便桥的建议》收悉，现答复如下：
便桥已列入今年的维修计划。
某县交通运输局
2099年8月1日"""


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(f"【人大建议】{CUT}答复", id="tagged"),
        pytest.param(f"{CUT}答复", id="bare"),
        pytest.param(f"{CUT}复函", id="other-ending"),
        pytest.param("关于对县三届人大二次会议第11号建议答复", id="cut-before-de"),
    ],
)
def test_the_cut_line_is_the_title(heading: str) -> None:
    cut = CUT if heading != "关于对县三届人大二次会议第11号建议答复" else CUT[:-1]
    letter = parse_text(f"{heading}\n\n访问量：\n\n{cut}\n\n{REST}")
    assert letter.title == cut
    assert (letter.proposal.number, letter.proposal.session) == ("11", "县三届人大二次会议")
    assert span_problems(letter) == []


def test_another_title_under_the_heading_is_not_a_cut_copy() -> None:
    # (a line that is no leading part of the heading's title stays glued to it, as before;
    # the heading's kind tag is the site's filing, no word of the title: fix144)
    heading = f"【人大建议】{CUT}答复"
    other = "关于对县三届人大二次会议第12号建议的"
    assert parse_text(f"{heading}\n{other}\n{REST}").title == f"{CUT}答复{other}"
