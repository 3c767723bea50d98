"""A web copy's title row whose label lost its first characters in copying (``题：`` of
标题, ``称：`` of 名称), the letter's title after it on its line, over the salutation: the
cut label is the row's, no part of the title. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县九届人大二次会议第8号建议的答复"
REST = (
    "程某代表：\n你提出的关于修缮村口石桥的建议收悉，现答复如下：\n"
    "我局已派人查看，石桥列入今年的维修计划。\n青石县交通运输局\n2099年6月3日\n"
)


@pytest.mark.parametrize("label", ["题：", "称：", "题:"])
@pytest.mark.parametrize("title", [TITLE, "青石县交通运输局" + TITLE])
def test_cut_label_before_the_title(label: str, title: str) -> None:
    letter = parse_text(f"{label}{title}\n{REST}", keywords=False)
    assert letter.title == title


# Must not match: a title that opens with such a character is no label's value
def test_title_opening_with_the_character() -> None:
    title = "称号评选工作有关问题的答复"
    letter = parse_text(f"{title}\n{REST}", keywords=False)
    assert letter.title == title
