"""The page's date under its heading (``日期:2023-10-10``, over the salutation) is looked
for down to the letter's first sentence or salutation, past the page's own lines: a tool
line that ends with a colon (``分享到：``) above it is chrome, no salutation, and stopped the
search, so the page's date was read as a date of the letter. Snippets invented."""

from __future__ import annotations

from replyparse import parse_text

LETTER = """青岚县水务局关于县十七届人大二次会议第24号建议的复函
日期:2023-10-10
王某某代表：
您提出的关于加快农村饮水工程建设的建议收悉。现答复如下：
我局已将该工程列入年度计划。
青岚县水务局
"""


def test_the_pages_date_under_a_share_tool_is_no_date() -> None:
    page = "当前位置: 首页 / 政务公开\n分享到：\n" + LETTER
    assert parse_text(page).dates == []


def test_a_salutation_still_ends_the_search() -> None:
    # (a date under the salutation is the letter's: not looked for)
    page = "当前位置: 首页 / 政务公开\n分享到：\n王某某代表：\n2023-10-10\n您好。\n"
    assert [d.value for d in parse_text(page).dates] == ["2023-10-10"]
