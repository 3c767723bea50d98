"""A breadcrumb a copy wrote as a list, each step an item with its list mark (an ordered
list's count, ``1. 当前位置：`` / ``2. 首页 > 政务公开 > 某栏目`` / ``3. > 正文``, or a bullet,
``• `` ``- `` ``* ``), is the page's chrome as the crumb without its marks is: no
salutation, addressee or title is read off it, and the letter's title under it is found.
A letter's own list (its points, numbered or bulleted) holds no crumb and is left alone."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于对某县政协第九届第二次会议（社会类3号总第7号）提案的答复"
LETTER = (
    f"{TITLE}\n\n"
    "阿某·某某某委员：\n\n"
    "您提出的关于加快某乡牧道建设的提案收悉，现答复如下：\n\n"
    "我局已将牧道建设列入年度计划，安排资金40万元。\n\n"
    "某县交通运输局\n2031年5月6日\n"
)
STEPS = ("当前位置：", "首页 > 政务公开 > 某县人民政府 > 政协提案", "> 正文")


def _listed(marks: list[str]) -> str:
    return "".join(f"{mark}{step}\n" for mark, step in zip(marks, STEPS, strict=True))


LISTS = [
    pytest.param(["1. ", "  2. ", "  3. "], id="ordered-indented"),
    pytest.param(["1. ", "2. ", "3. "], id="ordered"),
    pytest.param(["１． ", "２． ", "３． "], id="ordered-full-width"),
    pytest.param(["• "] * 3, id="bullet"),
    pytest.param(["- "] * 3, id="dash"),
    pytest.param(["* "] * 3, id="star"),
]


@pytest.mark.parametrize("marks", LISTS)
def test_a_listed_crumb_is_chrome(marks: list[str]) -> None:
    text = _listed(marks) + "\n" + LETTER
    assert {0, 1, 2} <= chrome_lines(text.split("\n"), text)
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "阿某·某某某委员："
    assert [(a.name, a.role) for a in letter.addressees] == [("阿某·某某某", "委员")]
    assert letter.proposal.session == "某县政协第九届第二次会议"


def test_blank_lines_between_the_items_keep_the_list() -> None:
    text = "1. 当前位置：\n\n2. 首页 > 政务公开 > 政协提案\n\n3. > 正文\n\n" + LETTER
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("阿某·某某某", "委员")]


NOT_CRUMBS = [
    # a letter's own numbered points, no crumb among them
    pytest.param("1. 加强规划。\n2. 落实资金。\n3. 定期检查。\n", id="own-points"),
    # a count that does not go on by one is no list of the page's
    pytest.param("1. 当前位置不明的路段已排查。\n3. 首页 > 无\n", id="counts-skip"),
    # bullets of two kinds are two lists, neither holding a crumb
    pytest.param("• 加强规划。\n- 落实资金。\n", id="mixed-bullets"),
    # the letter's own steps naming a site's pages, no crumb's lead (review53f)
    pytest.param("1. 登录网站\n2. 某政务网 > 办事服务 > 某查询\n3. 提交\n", id="site-steps"),
]


@pytest.mark.parametrize("own", NOT_CRUMBS)
def test_a_letters_own_list_is_left_alone(own: str) -> None:
    text = LETTER.replace("我局已将", own + "我局已将")
    assert chrome_lines(text.split("\n"), text) == frozenset()


def test_a_list_under_the_letters_sentences_is_its_own() -> None:
    """A list opening under a sentence's end is the letter's, even with a 首页 trail among
    its steps (review53f: fix66 took its marks off and read two of them as chrome)."""
    own = "1. 登录网站\n2. 首页 > 办事服务 > 某查询\n3. 提交\n"
    text = LETTER.replace("某县交通运输局\n", own + "某县交通运输局\n")
    assert chrome_lines(text.split("\n"), text) == frozenset()
