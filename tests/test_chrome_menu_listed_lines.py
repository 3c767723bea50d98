"""A site's menu listed one item a line over the letter (``首页`` / ``政务公开`` / ``政务服务`` /
``互动交流``), with no other sign of a page, is chrome: a lone 首页 over two of a menu's words
shows the page, and a run of short lines holding three of them or more is the menu, its
other short items with it (``投资指南``); its last line naming an authority (the letter's
issuer over its title) stays. Fewer menu words, or menu words under the salutation, are
the letter's. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于改造某镇农贸市场的建议的答复"
REST = "\n孙某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已纳入年度计划。\n某县商务局\n2023年4月6日\n"


@pytest.mark.parametrize(
    "menu",
    [
        pytest.param("首页\n政务公开\n政务服务\n互动交流\n", id="home-and-three"),
        pytest.param("网站首页\n政务公开\n政务服务\n互动交流\n投资指南\n", id="own-item-after"),
        pytest.param("首页\n\n政务公开\n\n互动交流\n\n", id="blank-lines-between"),
        pytest.param("首页\n　新闻中心　\n信息公开\n", id="blanks-about-items"),
    ],
)  # fmt: skip
def test_a_listed_menu_is_chrome(menu: str) -> None:
    letter = parse_text(menu + TITLE + REST)
    assert letter.title == TITLE
    lines = (menu + TITLE + REST).split("\n")
    chrome = chrome_lines(lines)
    assert all(i in chrome for i, line in enumerate(lines[: menu.count("\n")]) if line.strip())
    assert lines.index(TITLE) not in chrome


def test_the_issuer_under_the_menu_stays() -> None:
    text = "首页\n政务公开\n政务服务\n某县商务局\n" + TITLE + REST
    lines = text.split("\n")
    chrome = chrome_lines(lines)
    assert {0, 1, 2} <= chrome
    assert 3 not in chrome
    assert parse_text(text).issuer == "某县商务局"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("首页\n政务公开\n" + TITLE + REST, id="two-menu-words"),
        pytest.param("某县商务局\n同意公开\n" + TITLE + REST, id="a-letters-short-lines"),
        pytest.param(
            TITLE + REST.replace("现答复如下：", "现答复如下：\n首页\n政务公开\n政务服务"),
            id="under-the-salutation",
        ),
    ],
)  # fmt: skip
def test_other_short_lines_stay(text: str) -> None:
    lines = text.split("\n")
    assert chrome_lines(lines) == frozenset()
