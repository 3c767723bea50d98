"""An unquoted 关于… title whose words hold a comma right after the asking word with no 的
between (``您在某会议上提出关于甲，乙的建议，由…办理``), read as after ``提出的`` (the comma
its own, the title running to its kind word before what is done with it). Snippets
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "关于某区五届人大三次会议第8号建议办理情况的复函\n李某代表：\n"
_TAIL = "\n现将办理情况函复如下：\n感谢。\n"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param(
            "您在某区五届人大三次会议期间提出关于要求拓宽某某公路，方便群众出行的建议，由区政府责成我局办理。",
            "关于要求拓宽某某公路，方便群众出行的建议",
            id="handed-over",
        ),
        pytest.param(
            "您提出关于增设某路口信号灯，规范停车秩序的建议已收悉。",
            "关于增设某路口信号灯，规范停车秩序的建议",
            id="received",
        ),
        pytest.param(
            "您提出的关于增设某路口信号灯，规范停车秩序的建议已收悉。",
            "关于增设某路口信号灯，规范停车秩序的建议",
            id="with-de",
        ),
    ],
)  # fmt: skip
def test_the_title_with_its_comma(opening: str, title: str) -> None:
    assert parse_text(_HEAD + opening + _TAIL, keywords=False).proposal.title == title


def test_a_comma_then_the_letters_own_words_ends_nothing() -> None:
    # the comma opens no handing over: no title runs past it
    opening = "您提出关于拓宽某某公路，我们认为很有必要。"
    assert parse_text(_HEAD + opening + _TAIL, keywords=False).proposal.title is None
