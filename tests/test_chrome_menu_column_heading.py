"""A site's column heading copied over the article: one of its menu's words alone with its
colon (``通知公告：``, ``政务公开：``), the box's label over the links it lists, often in a
table's cell (``| 通知公告: |``), then the letter's title and its salutation (fix138). A
menu's word names no one addressed: the line is never the salutation, nor a line of the
title; it stays in the head. An earlier round read ``通知公告`` as the addressee, and the
title under it as the body's first line. Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import menu_cell, menu_heading_alone
from snippets import COPIES
from spans import span_problems

TITLE = "甲山县政协五届二次会议《关于整治北河沿岸环境的提案》（第0321号）的答复"
LETTER = (
    f"{TITLE}\n李小明委员：\n您提出的关于整治北河沿岸环境的提案收悉，现答复如下：\n"
    "我局已将北河沿岸整治列入今年计划。\n甲山县生态环境局\n2099年3月4日\n"
)

COLUMNS = [
    pytest.param("通知公告：\n", id="notices"),
    pytest.param("【政务公开】：\n", id="bracketed"),
    pytest.param("政策文件:\n", id="policies"),
]
CELLS = [
    pytest.param("| 通知公告: |\n", id="notices-in-a-cell"),
    pytest.param("![]() |\n|\n|\n| 通知公告: |\n", id="notices-under-empty-cells"),
]


def _read_whole(text: str) -> None:
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李小明", "委员")]
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("0321", "甲山县政协五届二次会议")
    assert span_problems(letter) == []


@pytest.mark.parametrize("column", COLUMNS)
def test_a_menu_column_over_the_title_is_no_salutation(column: str) -> None:
    _read_whole(column + LETTER)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("cell", CELLS)
def test_a_menu_column_in_a_cell_is_no_salutation(cell: str, flatten: Callable[[str], str]) -> None:
    # (flattened, the cell's bars part it from the title as its line break did)
    _read_whole(flatten(cell + LETTER))


@pytest.mark.parametrize("flatten", COPIES[1:])
@pytest.mark.parametrize("column", COLUMNS)
def test_a_bare_menu_column_flattened_before_the_title(
    column: str, flatten: Callable[[str], str]
) -> None:
    # flattened with no bar, the column opening the head with its colon, the title after
    # it (通知公告：甲山县…的答复, a blank between or none), is a line of its own over the
    # title, as the page sets it (old71; an earlier round read it into the title)
    _read_whole(flatten(column + LETTER))


MENU_HEADINGS = [
    pytest.param("通知公告：", id="notices"),
    pytest.param("| 通知公告: |", id="in-a-cell"),
    pytest.param("首页：", id="home"),
    pytest.param("【政务动态】:", id="bracketed"),
]
NOT_MENU_HEADINGS = [
    pytest.param("通知公告", id="no-colon"),
    pytest.param("通知公告：关于调整办公时间的通知", id="an-item-after-it"),
    pytest.param("甲山县通知公告：", id="more-words"),
    pytest.param("李小明委员：", id="a-salutation"),
]


@pytest.mark.parametrize("line", MENU_HEADINGS)
def test_menu_heading_alone(line: str) -> None:
    assert menu_heading_alone(line)


@pytest.mark.parametrize("line", NOT_MENU_HEADINGS)
def test_not_a_menu_heading_alone(line: str) -> None:
    assert not menu_heading_alone(line)


# (review70b) under the title, a menu's word that names a unit, its colon after it, with the
# body speaking to it (你中心), is the salutation: the column stands over the title, not under it
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("unit", ["新闻中心", "政务服务"])
def test_a_unit_named_like_a_menu_word_under_the_title_is_addressed(
    unit: str, flatten: Callable[[str], str]
) -> None:
    text = (
        "关于甲山县融媒体建设的建议的答复\n" + unit + "：\n你中心转来的建议收悉，现答复如下：\n"
        "我局将加大融媒体设备投入。\n甲山县文化和旅游局\n2099年3月4日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert [a.name for a in letter.addressees] == [unit]


# (left72a) a menu's word with its colon and a value after it, a publication's
# (政务公开：主动公开, the page's disclosure attribute), is a cell: its label and value, a line
# of its own over the title and no part of it, flattened too (an earlier round read the word
# alone as the column and the value as the title's first words; lined, the line as the
# title's first); the cell gives no ``public``, as a page's 公开方式 cell gives none
MENU_CELLS = [
    pytest.param("政务公开：主动公开\n", id="disclosed"),
    pytest.param("政务公开：依申请公开\n", id="on-request"),
    pytest.param("【政务公开】：是\n", id="bracketed-yes"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("cell", MENU_CELLS)
def test_a_menu_word_with_its_value_is_a_cell(cell: str, flatten: Callable[[str], str]) -> None:
    _read_whole(flatten(cell + LETTER))
    assert parse_text(flatten(cell + LETTER), keywords=False).public is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("政务公开：主动公开", id="disclosed"),
        pytest.param("| 政务公开: 依申请公开 |", id="in-a-cell"),
    ],
)
def test_menu_cell(line: str) -> None:
    assert menu_cell(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("政务公开：", id="the-column-alone"),
        pytest.param("政务公开：主动公开甲山县政府", id="more-after-the-value"),
        pytest.param("公开方式：主动公开", id="a-label-of-the-letters"),
    ],
)
def test_not_a_menu_cell(line: str) -> None:
    assert not menu_cell(line)
