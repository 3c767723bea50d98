"""A mirror's row linking back to the page it copied (``原文链接：点击查看源文件``,
``原文地址：http…``) above a letter that kept no title line: page chrome, never the title.
Snippets written for these tests; names and places invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = (
    "王某代表：\n您提出的关于加强河道治理的建议收悉，现答复如下：\n一、加强巡查。我局已安排专人。\n"
    "某县水利局\n2024年6月1日\n"
)
_TITLE = "关于县十九届人大二次会议第29号建议的答复"

ROWS = {
    "link-half-width-colon": "原文链接:点击查看源文件",
    "link-full-width-colon": "原文链接：点击查看源文件",
    "address-with-url": "原文地址：http://www.example.gov.cn/a/123.html",
    "label-left-empty": "原文链接：",
}


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_the_link_row_is_no_title(row: str) -> None:
    letter = parse_text(f"{row}\n{_LETTER}", keywords=False)
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_the_title_under_the_link_row_is_read(row: str) -> None:
    letter = parse_text(f"{row}\n{_TITLE}\n{_LETTER}", keywords=False)
    assert letter.title == _TITLE
