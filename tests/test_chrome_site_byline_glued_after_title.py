"""A page's byline under its heading, the site's name (an authority's) and its address, the
page's date and cells and its font tool after them (``某县政府 www.example.gov.cn
2099-07-19 08:30 来源:某局 放大 正常 缩小``), glued to the title's ending in a copy that lost
its line breaks (``…的答复某县政府 www.…``): the site's name is the page's banner, no
salutation of a unit addressed, and the font tool no part of the names glued after it
(fix138; an earlier round read the site's name as the addressee and the names with the
tool's ``缩小`` before them). Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

TITLE = "关于县十届人大五次会议第9号建议的答复"
PAGE = (
    "您当前的位置: 首页 > 建议提案 > 人大\n"
    f"{TITLE}\n"
    "甲山县政府 www.jiashan.gov.cn 2099-07-19 08:30 来源:甲山县交通运输局 放大 正常 缩小\n"
    "李小明代表\n"
    "您提出的《关于整治甲河便道的建议》收悉，经研究，现答复如下：\n"
    "一、便道积水已安排疏通。\n"
    "以上答复您是否满意，如有意见，敬请反馈。\n"
    "甲山县交通运输局\n2099年7月19日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_the_byline_is_the_pages(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(PAGE), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("李小明", "代表")]
    assert [d.value for d in letter.dates] == ["2099-07-19"]
    assert letter.signature.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []


def test_a_title_running_on_past_its_reply_word_is_not_cut() -> None:
    # (words that end no authority's name after 答复: the title's own, the address after
    # a blank no banner's)
    title = "关于做好代表建议答复工作的通知"
    text = f"您当前的位置: 首页 > 通知\n{title} www.jiashan.gov.cn\n李小明代表：\n您好。\n"
    letter = parse_text(COPIES[2].values[0](text), keywords=False)
    assert letter.title is None or letter.title.startswith(title)


# (left71: the byline shows the page by itself, a short letter with no crumb over its title
# read as under one, its salutation with a colon or none; an earlier round read the site's
# name as the addressee there, flattened)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("salutation", ["李小明代表", "李小明代表："])
def test_the_byline_over_a_short_letter_with_no_crumb(
    flatten: Callable[[str], str], salutation: str
) -> None:
    page = PAGE.split("\n", 1)[1].replace("李小明代表\n", salutation + "\n")
    letter = parse_text(flatten(page), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("李小明", "代表")]
    assert letter.signature.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []
