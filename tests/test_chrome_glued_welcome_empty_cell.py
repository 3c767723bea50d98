"""A web page flattened onto one line with nothing between its lines: the site's welcome
(``某县人民政府欢迎您！``) with a stray name glued before it (an advert's ``AB彩3``), and a
metadata cell written with no colon and left empty, the page's title glued to it
(``主题词关于…的回复``), are the page's: the letter's title after them is read whole. A
letter whose prose thanks or welcomes, and a tidy page, are left alone."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县交通运输局关于对某县第十届人大二次会议第12号建议的答复"
BARE = "关于王某某代表建议的回复"
SALUTE = "王某某代表："
BODY = (
    "您提出的关于硬化某村道路的建议收悉，现答复如下：我局已将该路段列入明年计划。"
    "该路段全长约三公里，沿线有两个自然村，群众出行多有不便。我局将会同镇政府做好前期勘察、"
    "设计和资金筹措，争取早日开工建设，并在施工期间做好安全管理和交通疏导工作。"
    "感谢您对交通工作的关心和支持。"
)
CLOSE = "某县交通运输局2023年6月23日"

WELCOME = [
    pytest.param(
        "AB彩3某县人民政府欢迎您！AB彩3> 建议提案 > > 人大代表建议"
        + TITLE
        + "来源: 某县交通运输局 | 访问量:1234 | 发布时间: 2023/6/30 16:31:56"
        + SALUTE
        + BODY
        + CLOSE,
        TITLE,
        id="stray-name-before-welcome",
    ),
    pytest.param(
        "索引号000000/2023-00001 发布机构某县交通运输局 发文字号 主题词"
        + BARE
        + "时间:2023-08-20 来源:某县日报"
        + SALUTE
        + BODY
        + CLOSE,
        BARE,
        id="empty-cell-then-title",
    ),
    # two cells left empty, their labels glued to each other and to the title (tools55)
    pytest.param(
        "首页 > 建议提案 索引号：000000/2023-00001 浏览量主题词"
        + TITLE
        + " "
        + SALUTE
        + BODY
        + CLOSE,
        TITLE,
        id="two-empty-cells-then-authority-title",
    ),
    pytest.param(
        "首页 > 建议提案 索引号：000000/2023-00001 点击量主题词"
        + BARE
        + " "
        + SALUTE
        + BODY
        + CLOSE,
        BARE,
        id="two-empty-cells-then-title",
    ),
]


@pytest.mark.parametrize(("text", "title"), WELCOME)
def test_flattened_head_gives_the_title(text: str, title: str) -> None:
    assert parse_text(text).title == title


KEPT = [
    # a tidy page: the welcome and the cells on lines of their own
    pytest.param(
        "某县人民政府欢迎您！\n首页 > 建议提案\n" + TITLE + "\n" + SALUTE + "\n" + BODY,
        TITLE,
        id="tidy-page",
    ),
    # no page at all: the title first, a welcome in the letter's prose
    pytest.param(
        TITLE + "\n" + SALUTE + "\n欢迎您！" + BODY + "\n" + CLOSE, TITLE, id="welcome-in-prose"
    ),
    # a letter's own 主题词 with its colon at the foot: nothing of the title moves
    pytest.param(
        TITLE + "\n" + SALUTE + "\n" + BODY + "\n" + CLOSE + "\n主题词：交通 建议 答复",
        TITLE,
        id="foot-keywords",
    ),
]


@pytest.mark.parametrize(("text", "title"), KEPT)
def test_tidy_letters_left_alone(text: str, title: str) -> None:
    assert parse_text(text).title == title
