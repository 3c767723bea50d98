"""A saved page flattened with nothing between its lines: the site's banner, its name and
address (``某县人民政府 www.example.gov.cn``), with the site's menu glued after the address
(``www.example.gov.cn政府信息公开政府信息公开指南…``). The address ends where the words begin:
the menu is a piece of its own, read as the page's, and neither it nor the banner is read
into the letter's head (the issuer, the title)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县某局关于对县政协九届二次会议第5号提案的答复"
SPLIT = "某县某局关于对县政协九届二次会议第5号 提案的答复"  # (a blank the page's title holds)
PAGE = (
    "长者模式\n无障碍浏览\n\n某县人民政府 www.example.gov.cn\n\n政府信息公开\n\n"
    "政府信息公开指南\n政府信息公开制度\n\n"
    "索引号: 0000-2099-00002 主题分类: 2099年\n"
    "发布机构:  某县人民政府 发布日期: 2099-05-06 10:00\n"
    f"名 称: {SPLIT}\n文号: 关键字:\n\n{SPLIT}\n\n发布时间:2099-05-06 10:00\n字号:[ ]\n\n"
    "王某某委员：\n\n您提出的关于修缮村道的提案收悉，现答复如下：\n\n"
    "我局已将该村道纳入今年养护计划，安排资金对破损路面进行修补。\n\n"
    "下一步，我局将加强日常巡查，及时处置路面病害，保障群众出行安全。\n\n"
    "感谢您对交通工作的关心和支持。\n\n某县某局\n\n2099年5月6日\n"
)


@pytest.mark.parametrize("joiner", ["", " "])
def test_menu_glued_to_the_address_is_the_pages(joiner: str) -> None:
    text = joiner.join(line.strip() for line in PAGE.split("\n") if line.strip())
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "某县某局"


def test_tidy_page() -> None:
    letter = parse_text(PAGE, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "某县某局"


# Must not match
def test_address_in_a_sentence_stays() -> None:
    # (a body's sentence citing an address, on a page glued with nothing between its lines)
    said = "养护进度可登录www.example.gov.cn查询。"
    page = PAGE.replace("感谢您对交通工作的关心和支持。", said + "感谢您对交通工作的关心和支持。")
    letter = parse_text("".join(line.strip() for line in page.split("\n")), keywords=False)
    assert letter.title == TITLE
    assert letter.signature.issuer == "某县某局"
