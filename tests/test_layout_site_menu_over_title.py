"""A saved page flattened onto one line with spaces between its lines, a site's menu of
bodies left over the letter (市政府  市政府工作部门  县（市、区）政府  某县人民政府) before a
title that opens with its authority (某县水利局对…的答复): the title is the letter's own,
the menu's names are header, no part of it. A title after one name alone, joint
authorities over a title, and a tidy letter read as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import spaced

MENU = "市政府 市政府工作部门 市政府直属事业单位 县（市、区）政府 壬县人民政府 "
TITLE = "壬县水利局对县九届人大二次会议第73号建议的答复"
LETTER = (
    TITLE + "\n陈某代表：\n你提出的建议收悉，现答复如下：\n我局将于明年改建该闸。\n"
    "感谢你对水利工作的关心。\n壬县水利局\n2099年2月3日\n"
)


def _head(text: str) -> tuple[str | None, str | None]:
    letter = parse_text(text, keywords=False)
    return letter.title, letter.issuer


def test_menu_before_title_is_no_part_of_it() -> None:
    assert _head(spaced(MENU + LETTER)) == (TITLE, "壬县水利局")


@pytest.mark.parametrize("flatten", [lambda text: text, spaced])
@pytest.mark.parametrize(
    "above",
    [
        "",  # the letter alone
        "壬县人民政府\n",  # one name alone over the title
        "壬县水利局  壬县财政局\n",  # joint authorities over it
    ],
)
def test_other_heads_read_as_before(above: str, flatten: Callable[[str], str]) -> None:
    assert _head(flatten(above + LETTER)) == (TITLE, "壬县水利局")
