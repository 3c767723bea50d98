"""A site's record of the item flattened into lines, each label alone over its value
(``建议号`` / ``…第23号`` / ``建议人`` / ``王某`` / ``标题`` / ``关于…的建议`` / ``建议内容`` /
…/ ``答复内容``), printed over the reply under the page's heading, which writes the
record's title cell again: the heading is the item's own title as filed, no title of the
reply (null when the reply writes none), as dev30 reads the page's heading over the same
form written a row a line (decided, fix112). The number cell may write the session before
the number (``某区十届人大二次会议第23号``): the number is read off it when the title and the
opening give none. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEADING = "关于整治某路夜市油烟的建议"


def _page(heading: str, number_cell: str = "青山县十届人大二次会议第23号") -> str:
    return "\n".join(
        [
            "您当前所在位置:首页>信息公开>建议提案>人大代表建议",
            "",
            heading,
            "",
            "来源: 发布时间:2031-12-22",
            "建议号",
            number_cell,
            "建议人",
            "王某 李某",
            "标题",
            HEADING,
            "建议内容",
            "",
            "建议整治夜市油烟,还居民清静。",
            "",
            "承办单位",
            "青山县某某局",
            "办理结果",
            "B",
            "答复内容",
            "",
            "王某、李某代表:",
            "",
            "您们在县十届人大二次会议上提出的关于整治某路夜市油烟的建议已收悉。现答复如下:",
            "",
            "一、加强巡查。我局已安排专人每晚巡查。",
            "",
            "感谢您们对我们工作的关心!",
        ]
    )


def test_heading_writing_the_title_cell_again_is_no_title() -> None:
    letter = parse_text(_page(HEADING))
    assert letter.title is None
    assert letter.proposal.title == HEADING
    assert letter.handling_type == "B"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表"), ("李某", "代表")]
    assert span_problems(letter) == []


def test_heading_naming_something_else_stays_the_title() -> None:
    other = "青山县某某局关于县十届人大二次会议第23号建议的答复"
    assert parse_text(_page(other)).title == other


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        pytest.param("青山县十届人大二次会议第23号", "23", id="session-then-number"),
        pytest.param("第23号", "23", id="number-alone"),
        pytest.param("青山县某某局第23号", None, id="no-session-before"),
    ],
)
def test_number_cell_with_the_session_before_it(cell: str, number: str | None) -> None:
    letter = parse_text(_page(HEADING, cell))
    assert letter.proposal.number == number
    assert span_problems(letter) == []
