"""The slot a page leaves for the unit leader's seal (单位负责人盖章：, left empty) under the
signed date, glued after the date in a copy that lost its line breaks (…的关注！2031年5月10日
单位负责人盖章：承办单位：…): the label keeps its own words (单位), so the date stands on a
line of its own over it and is the signature's, as where the lines were kept (an earlier
round read the date into the label's line and signed with no date)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

LETTER = (
    "甲山县人民政府对县人大第九届二次会议第0012号建议的答复\n"
    "王某代表：\n"
    "您提出的关于修建公园的建议收悉，现答复如下：\n"
    "我县已安排资金修缮公园。\n"
    "感谢您对我县发展的关注！\n"
    "2031年5月10日\n"
    "单位负责人盖章：\n"
    "承办单位：甲山县林业局、乙河镇人民政府\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_seal_slot_label_leaves_the_signed_date(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert letter.signature.date == "2031-05-10"
    assert [d.value for d in letter.dates] == ["2031-05-10"]
    assert span_problems(letter) == []
