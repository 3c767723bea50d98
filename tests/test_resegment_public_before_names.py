"""A flattened head whose publication value is glued to the salutation's names (resegment.py,
``_Reader._names_start``): ``…的答复公开王某代表：``, ``同意公开王某代表：``. No name holds 公开:
the names start after the value, which is the letter's publication value. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "桐溪县水务局关于县十届人大三次会议第12号建议的答复"
BODY = [
    "你提出的关于整修某村灌溉水渠的建议收悉，现答复如下：",
    "我局已将该水渠列入明年的整修计划，预计投入资金12万元，汛期前完工。",
    "感谢你对水利工作的关心和支持。",
    "桐溪县水务局",
    "2024年5月20日",
]


@pytest.mark.parametrize("value", ["公开", "同意公开", "主动公开"])
@pytest.mark.parametrize("join", [pytest.param("", id="glued"), pytest.param(" ", id="space")])
def test_the_names_start_after_the_value(value: str, join: str) -> None:
    # (the value glued to the names, the title before it with a blank or without)
    letter = parse_text(join.join([TITLE, value + "王某代表：", *BODY]))
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.public is True
