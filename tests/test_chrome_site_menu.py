"""A site's menu over the letter on a page that shows itself (its page labels left empty,
``索引号：`` / ``发布机构：`` / ``文号：``): 首页 and its short items, on one line apart by blanks or
bars (``首页 政务公开 政务服务 互动交流``) or one item a line under a lone 首页. Before, the menu
was read as the title of a letter that has none under it, or joined to its title. The
visitor's day with its weekday and a bar after it (``2024年5月4日 星期六 |``) is the site's
too. A letter's authority on its line under the menu, over its title, stays its own; so do
such lines on a text that shows no page. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "青岚县水务局关于县十七届人大二次会议第24号建议的答复"
LETTER = [
    "王某某代表：",
    "您提出的关于加快农村饮水工程建设的建议收悉。现答复如下：",
    "我局已将该工程列入年度计划。",
    "青岚县水务局",
    "2023年6月1日",
]
LABELS = ["索引号：", "发布机构：", "文号："]


def _chrome(lines: list[str]) -> set[str]:
    return {lines[i] for i in chrome_lines(lines, "\n".join(lines))}


MENUS = [
    pytest.param(["首页 政务公开 政务服务 互动交流 走进青岚"], id="one-line"),
    pytest.param(["网站首页 | 新闻中心 | 政务公开 | 互动交流"], id="bars"),
    pytest.param(["首页", "政务公开", "政务服务", "互动交流", "走进青岚"], id="a-line-each"),
    # its 首页 spaced out to the items' width (flat55)
    pytest.param(["首   页 走进青岚 新闻中心 政务公开 互动交流"], id="home-spaced"),
]


@pytest.mark.parametrize("menu", MENUS)
@pytest.mark.parametrize("labels", [LABELS, ["索引号：  发布机构：  文号："]], ids=["lines", "one"])
def test_the_menu_over_a_letter_without_title_is_no_title(
    menu: list[str], labels: list[str]
) -> None:
    lines = [*menu, *labels, *LETTER]
    assert _chrome(lines) == {*menu, *labels}
    record = parse_text("\n".join(lines) + "\n")
    assert record.title is None
    assert record.salutation == "王某某代表："


@pytest.mark.parametrize("menu", MENUS)
def test_the_menu_is_no_part_of_the_title(menu: list[str]) -> None:
    lines = [*LABELS, *menu, TITLE, *LETTER]
    assert parse_text("\n".join(lines) + "\n").title == TITLE


def test_the_authority_under_a_listed_menu_stays() -> None:
    title = "关于县十七届人大二次会议第24号建议的答复"
    lines = [*LABELS, "首页", "政务公开", "互动交流", "青岚县水务局", title, *LETTER]
    chrome = _chrome(lines)
    assert "青岚县水务局" not in chrome and {"首页", "政务公开", "互动交流"} <= chrome
    assert parse_text("\n".join(lines) + "\n").issuer == "青岚县水务局"


def test_a_text_without_a_page_keeps_its_lines() -> None:
    lines = ["首页 政务公开 政务服务", TITLE, *LETTER]
    assert _chrome(lines) == set()


def test_the_visitors_day_with_a_bar_is_the_sites() -> None:
    lines = ["2024年5月4日 星期六 |", TITLE, "来源：青岚县水务局 日期：2023-06-01 10:00", *LETTER]
    assert "2024年5月4日 星期六 |" in _chrome(lines)
    record = parse_text("\n".join(lines) + "\n")
    assert record.title == TITLE
    assert [d.value for d in record.dates] == ["2023-06-01"]


def test_a_menu_under_the_pages_heading_is_no_issuer() -> None:
    """A one-line menu under the page's cells and heading, an item ending as an office's
    name does (新闻中心), is the site's, never the letter's issuer (flat55)."""
    lines = [
        *LABELS,
        "欢迎访问青岚县政府网站！",
        "关于县十七届人大二次会议第24号建议的答复",
        "首   页 走进青岚 新闻中心 政务公开 互动交流",
        "青岚县水务局",
        "关于县十七届人大二次会议第24号建议的答复",
        *LETTER,
    ]
    record = parse_text("\n".join(lines) + "\n")
    assert record.issuer == "青岚县水务局"
    assert record.title == "关于县十七届人大二次会议第24号建议的答复"


def test_a_spaced_home_opens_a_flattened_pages_menu() -> None:
    """On a page flattened onto one line, the spaced 首   页 goes with the menu after it: no
    lone 首 stays over the letter's head (flat55)."""
    head = "首   页 走进青岚 新闻中心 政务公开 互动交流 某水函〔2099〕8号 青岚县水务局"
    text = " ".join([head, "关于县十七届人大二次会议第24号建议的答复", *LETTER])
    record = parse_text(text)
    assert record.issuer == "青岚县水务局"
    assert record.title == "关于县十七届人大二次会议第24号建议的答复"
