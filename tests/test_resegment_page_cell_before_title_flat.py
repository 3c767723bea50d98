"""A page's cells over the title, the copy flattened with blanks or with nothing (page76):

- a publisher's cell whose value is an authority's name, the title glued after it opening with
  对 (``来源：甲山县教育局对王某代表提出的…的答复``): the value runs to the 对, as it runs to a
  title's 关于 (flat65, left69), and the title is read from the 对 (an earlier round read no
  title);
- the site's word for itself as the value (``来源：本站``), the title glued after it opening
  with its authority: the value is the site's word, the title whole after it (an earlier round
  read no title, or the title without its authority);
- a page's date cell, the title glued after it opening with its authority
  (``发布时间：2099-05-06甲山县教育局对…``): the date whole, the title after it;
- a publisher's cell whose label has no colon, its value on its own line
  (``发布机构`` / ``甲山县教育局`` / the title): the cell apart from the title in the three
  copies (an earlier round read no title in the blank copy and the cell inside the title in the
  glued one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued, spaced

REPLY = (
    "王某代表：\n您提出的关于加强乡村学校校车管理的建议收悉，现答复如下：\n"
    "一、加强车辆检查\n我局每学期组织一次车辆检查。\n"
    "感谢您对教育工作的关心和支持。\n甲山县教育局\n2099年5月6日\n"
)
TO_TITLE = "对王某代表提出的关于加强乡村学校校车管理的建议的答复"
OWN_TO_TITLE = "甲山县教育局" + TO_TITLE
OWN_ABOUT_TITLE = "甲山县教育局关于王某代表提出的关于加强乡村学校校车管理的建议的答复"


PAGES = [
    pytest.param("", id="cells"),
    pytest.param("首页 > 政务公开 > 正文\n【字体：大 中 小】\n", id="page"),
]
"""What stands over the cells: nothing, or a crumb and a page's tools (the page's chrome)."""


def _read(head: str, flatten: Callable[[str], str]) -> tuple[str | None, list[tuple[str, str]]]:
    letter = parse_text(flatten(head + REPLY), keywords=False)
    return letter.title, [(a.name, a.role or "") for a in letter.addressees]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("label", ["来源", "信息来源", "发布机构"])
@pytest.mark.parametrize("page", PAGES)
def test_publisher_value_then_title_opening_with_dui(
    page: str, label: str, flatten: Callable[[str], str]
) -> None:
    head = page + f"{label}：甲山县教育局\n{TO_TITLE}\n"
    assert _read(head, flatten) == (TO_TITLE, [("王某", "代表")])


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("title", [OWN_TO_TITLE, OWN_ABOUT_TITLE, TO_TITLE])
@pytest.mark.parametrize("site", ["本站", "本站原创", "本网"])
@pytest.mark.parametrize("page", PAGES)
def test_site_itself_then_title(
    page: str, site: str, title: str, flatten: Callable[[str], str]
) -> None:
    head = page + f"来源：{site}\n{title}\n"
    assert _read(head, flatten) == (title, [("王某", "代表")])


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("page", PAGES)
def test_title_broken_after_the_role_under_the_site_cell(
    page: str, flatten: Callable[[str], str]
) -> None:
    head = page + "来源：本站\n甲山县教育局对王某代表\n提出的关于加强乡村学校校车管理的建议的答复\n"
    assert _read(head, flatten) == (OWN_TO_TITLE, [("王某", "代表")])


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("title", [OWN_TO_TITLE, OWN_ABOUT_TITLE])
@pytest.mark.parametrize("date", ["2099-05-06", "2099-05-06 10:30", "2099年5月6日"])
def test_date_cell_then_title_with_its_authority(
    date: str, title: str, flatten: Callable[[str], str]
) -> None:
    head = f"来源：本站\n发布时间：{date}\n{title}\n"
    assert _read(head, flatten) == (title, [("王某", "代表")])


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title", [TO_TITLE, "关于对王某代表提出的关于加强乡村学校校车管理的建议的答复"]
)
@pytest.mark.parametrize("label", ["发布机构", "发布单位"])
@pytest.mark.parametrize("page", PAGES)
def test_colonless_publisher_cell_over_title(
    page: str, label: str, title: str, flatten: Callable[[str], str]
) -> None:
    head = page + f"{label}\n甲山县教育局\n{title}\n"
    assert _read(head, flatten) == (title, [("王某", "代表")])


@pytest.mark.parametrize(("flatten", "title"), [(str, OWN_ABOUT_TITLE), (spaced, OWN_ABOUT_TITLE)])
def test_colonless_cell_over_its_own_authority_title(
    flatten: Callable[[str], str], title: str
) -> None:
    # (a blank parts the value from the title; glued, the name twice runs into the cell's
    # value up to 关于, as a cell with its colon reads it: left69)
    head = f"发布机构\n甲山县教育局\n{title}\n"
    assert _read(head, flatten) == (title, [("王某", "代表")])
    assert _read(head, glued)[0] == title.removeprefix("甲山县教育局")


@pytest.mark.parametrize("flatten", COPIES)
def test_words_of_a_sentence_after_the_value_stay(flatten: Callable[[str], str]) -> None:
    # (no reply's ending after the 对: the name and its words are no cell over a title)
    head = "来源：甲山县教育局\n关于王某代表提出的关于加强乡村学校校车管理的建议的答复\n"
    assert _read(head, flatten)[0] == "关于王某代表提出的关于加强乡村学校校车管理的建议的答复"
