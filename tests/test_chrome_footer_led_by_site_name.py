"""A site writes its name over its article and again before its host's cell in the footer
(``某某在线_某某资讯【推荐】`` at the top, ``某某在线_某某资讯【推荐】 主办单位：… 部分图片提供：…``
over ``技术支持：… 公网安备…``): the footer's row is chrome, its other cells known or not, and
so is the page's first line, its banner, with the section's name under it (``政府信息公开``):
the title is the letter's own, and the closing ends at the date, a cut character under the
footer no line of the letter's (dev48/009). A first line that is the letter's title, or a
footer row led by other words, stays as it was. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

SITE = "某某在线_某某资讯¥【精品推荐】"
BODY = (
    "\n\n政府信息公开\n\n"
    "某某资讯:交通运输局关于区八届政协三次会议第12号提案的复函\n\n"
    "发布机构:区交通运输局 发布时间: 2022-09-27 11:14 字体: [ ]\n\n"
    "李某某委员:\n\n"
    "您提出的“关于某某公路建设”的提案已收悉,现将办理结果答复如下:\n\n"
    "我局将积极争取资金。\n\n"
    "联系人:王某某\n\n"
    "某某资讯:交通运输局\n\n"
    "2022年7月7日\n\n"
)
FOOTER = (
    " 主办单位:某区人民政府办公室 部分图片提供:赵某\n"
    "技术支持:某某通信分公司 网站维护:某某运营中心 某公网安备 00000000000000号\n"
    "政\n"
)


def test_the_sites_name_over_the_page_and_its_footer_row_are_chrome() -> None:
    text = SITE + BODY + SITE + FOOTER
    lines = text.split("\n")
    chrome = chrome_lines(lines)
    assert {0, 2, lines.index(SITE + FOOTER.split("\n")[0])} <= chrome
    record = parse_text(text)
    assert record.title == "某某资讯:交通运输局关于区八届政协三次会议第12号提案的复函"
    assert record.signature.date == "2022-07-07"
    assert span_problems(record) == []


def test_a_footer_row_led_by_other_words_leaves_the_first_line() -> None:
    # (the row's lead is not the page's first line: nothing shows that line a banner)
    lines = (SITE + BODY + "某某区政务平台" + FOOTER).split("\n")
    chrome = chrome_lines(lines)
    assert 0 not in chrome
    assert lines.index("某某区政务平台" + FOOTER.split("\n")[0]) not in chrome


def test_a_title_on_the_first_line_stays_the_title() -> None:
    title = "某区交通运输局关于区八届政协三次会议第12号提案的复函"
    text = (
        title
        + "\n\n李某某委员:\n\n您提出的提案收悉,现答复如下:\n\n我局将积极争取资金。\n\n"
        + "某区交通运输局\n\n2022年7月7日\n\n"
        + title
        + " 主办单位:某区人民政府办公室\n技术支持:某某通信分公司 某公网安备 00000000000000号\n"
    )
    record = parse_text(text)
    assert record.title == title
    assert record.signature.date == "2022-07-07"


NARROW = SITE + " 主办单位:某区人民\n政府办公室 部分图片提供:赵某\n" + FOOTER.split("\n", 1)[1]
PORTAL = (
    "某某县人民政府门户网站\n\n某某资讯:交通运输局关于区八届政协三次会议第12号提案的复函\n\n"
    "时间：2023-05-06 15:37   点击数：6830\n\n"
)


@pytest.mark.parametrize(
    ("top", "tail"),
    [("", NARROW), (PORTAL, SITE + FOOTER + "\n上一篇：关于某某的答复\n\n下一篇：关于某某的复函\n")],
    ids=["narrow-row", "portal-over-the-page"],
)  # fmt: skip
def test_a_narrow_row_or_a_portal_over_the_page(top: str, tail: str) -> None:
    # the row broken in two by a narrow print (``…主办单位:某区人民`` / ``政府办公室 …``); the
    # page's portal, its heading written again and its cells over the site's name
    record = parse_text(top + SITE + BODY + tail)
    assert record.title == "某某资讯:交通运输局关于区八届政协三次会议第12号提案的复函"
    assert record.signature.date == "2022-07-07"
    assert span_problems(record) == []
