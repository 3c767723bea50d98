"""A saved page flattened onto one line with nothing between its lines: the page's clock
(``发布日期：2099-01-02 09:30``) with the letter's class mark and its title glued after it
(``09:30B某局关于…``) is parted: the clock the page's, the title (and its authority) the
letter's; a clock in a tidy page's cell, and a sentence's figures, stay as they were.
"""

from __future__ import annotations

from replyparse import parse_text

BODY = (
    "王某某委员：\n您提出的关于加强河道巡查的提案收悉，现答复如下：\n"
    "我局已组织人员对辖区河道开展巡查，清理垃圾两吨，拆除沿河违建棚屋三处。\n"
    "下一步，我局将建立河道巡查长效机制，明确各镇街巡查责任，每月通报巡查情况，"
    "对发现的问题限期整改。同时加强宣传，引导沿河群众自觉爱护河道环境，"
    "共同维护河道整洁畅通。\n感谢您的关心和支持。\n"
    "壬县水务局\n2099年1月2日\n"
)
TITLE = "壬县水务局关于县政协五届三次会议第8号提案的答复"
HEAD = (
    "您的当前位置： 首页 > 政务公开 > 通知公告\n\n" + TITLE + "\n\n"
    "浏览次数： 字体： 作者：壬县水务局 发布日期：2099-01-02 09:30\n\nB\n\n"
)


def test_clock_glued_to_class_mark_and_title() -> None:
    page = HEAD + TITLE + "\n" + BODY
    glued = "".join(line.strip() for line in page.split("\n"))
    letter = parse_text(glued, keywords=False)
    assert letter.issuer == "壬县水务局"
    assert letter.title == TITLE


def test_tidy_page_keeps_its_reading() -> None:
    page = HEAD + TITLE + "\n" + BODY
    letter = parse_text(page, keywords=False)
    assert letter.issuer == "壬县水务局"
    assert letter.title == TITLE
    assert letter.handling_type == "B"
