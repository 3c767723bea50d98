"""A proposal database's form of the item whose rows name it a 问题 (``问题内容: | … |``,
the reply in its ``问题答复: | … |`` row), a colon before each bar, and its own row for the
item's title right over it (``标题: | 关于…的建议 |``): the title's row and the 内容 row are the
page's, so the item's title is no title of the reply (null: the reply writes none), while
the reply's salutation, proposal and sections are read from its row (an earlier round read
the item's title as the reply's). A reply's title in the title row stays the title.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_ITEM = "关于“某路段留路口”的建议"
_FORM = (
    "{label}: | {title} |\n"
    "问题内容: | 内容: 某路段正在扩建,建议在该路段留路口,以免日后带来不便。 |\n"
    "问题答复: | 王某代表: 你们提出的区一届人大一次会议闭会期间代表建议第134号《"
    + _ITEM
    + "》已收悉,现答复如下: 一、某路为红线宽度 二、我办已在某路两侧设置路口 "
    "三、我办现正加快辅道建设。 非常感谢你对我区工作的关心和支持。 |\n"
)


@pytest.mark.parametrize("label", ["标题", "标 题", "问题标题"])
def test_the_items_title_row_is_the_pages(label: str) -> None:
    letter = parse_text(_FORM.format(label=label, title=_ITEM), keywords=False)
    assert letter.title is None
    assert letter.salutation == "王某代表:"
    # (the reply quotes 《关于“X”的建议》: the proposal's title is the part quoted, X, as the
    # spec's 关于“X”的建议 gives it; fix95, where dev30's round kept the quote whole)
    assert (letter.proposal.title, letter.proposal.number) == ("某路段留路口", "134")
    assert len(letter.sections) == 3


def test_a_replys_title_in_the_row_stays() -> None:
    title = "关于区一届人大一次会议第134号建议的答复"
    letter = parse_text(_FORM.format(label="标题", title=title), keywords=False)
    assert letter.title == title
