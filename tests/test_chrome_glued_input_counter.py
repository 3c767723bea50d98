"""A saved page flattened onto one line: the site's question box over the article, its
close button and its counter of characters left to type glued before the title
(``智能问答 关闭你还可以输入35关于…的答复``), is the page's furniture: the title opens at 关于.
A letter that writes 输入 in its own words keeps them.
"""

from __future__ import annotations

from replyparse import parse_text

BODY = (
    "王某、李某等人大代表：\n你们提出的关于加快乡村道路建设的建议收悉，现答复如下：\n"
    "我局已组织人员对全区乡村道路开展排查，修补破损路面十二处，新建错车道六处。\n"
    "下一步，我局将持续加大资金输入，每季度开展一次巡查，对发现的问题限期整改。\n"
    "感谢你们对交通工作的关心和支持。\n"
    "壬区交通运输局\n2099年1月2日\n"
)
TITLE = "关于区九届人大三次会议第73号建议的答复"
PAGE = (
    "智能问答 关闭\n你还可以输入40\n" + TITLE + "\n"
    "发布时间:2099-01-03 16:27:02 来源:壬区交通运输局\n\n" + BODY
)


def _flattened(page: str, between: str) -> str:
    return between.join(line.strip() for line in page.split("\n") if line.strip())


def test_counter_glued_before_the_title() -> None:
    letter = parse_text(_flattened(PAGE, ""), keywords=False)
    assert letter.title == TITLE


def test_tidy_page_keeps_its_reading() -> None:
    assert parse_text(PAGE, keywords=False).title == TITLE
    assert parse_text(_flattened(PAGE, " "), keywords=False).title == TITLE
