"""A page flattened onto one line: the read-aloud tool under the heading, its button, its
status while it speaks and its mode switches (``语音播报 语音合成中… 进入播报模式
语音播报 退出播报模式``), glued after the title or parted by blanks, is the page's: the title
ends at its own ending. A reply that speaks of a broadcast in its prose keeps its words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced

TITLE = "丁市水务局关于市七届人大一次会议第208号建议办理情况的答复函"
PAGE = (
    "您的位置：首页>信息公开>议案建议>代表建议答复\n"
    + TITLE
    + "\n语音播报\n语音合成中，请耐心等待...\n进入播报模式\n语音播报\n退出播报模式\n"
    "日期：2099-03-04\n字体：\n"
    "韦某代表：\n"
    "你提出的关于完善城区排涝设施的建议收悉，现答复如下：\n"
    "我局已在低洼路段增设排涝泵站三座，汛期启用应急语音播报提醒过往车辆。\n"
    "感谢你长期以来对水务工作的支持。\n"
    "丁市水务局\n2099年3月1日\n"
)


@pytest.mark.parametrize("flatten", [glued, spaced], ids=["glued", "spaced"])
def test_the_tool_is_no_part_of_the_title(flatten: object) -> None:
    letter = parse_text(flatten(PAGE), keywords=False)  # type: ignore[operator]
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("韦某", "代表")]


def test_the_tidy_page_and_the_prose_keep_their_reading() -> None:
    letter = parse_text(PAGE, keywords=False)
    assert letter.title == TITLE
    assert letter.text is None or "语音播报提醒" in letter.text
