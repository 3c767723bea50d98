"""A page's byline, its count of views and its buttons in their brackets (【打印】 【关闭】)
run on before the letter's own title in a copy flattened onto one line, a blank between
its lines or nothing: the buttons are a line of their own, the page's, and the title
opens after them (an earlier round read the byline's clock and the buttons into the title,
or no title; left68). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

TITLE = "某县农业局关于修缮某村灌渠的建议的答复"
REPLY = (
    f"{TITLE}\n\n王某代表：\n\n您提出的关于修缮某村灌渠的建议收悉，现答复如下：\n\n"
    "我局已安排资金八万元，今年内完成修缮。\n\n感谢您对农业工作的关心。\n\n某县农业局\n\n"
    "2031年5月2日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "byline",
    [
        pytest.param(
            "来源:某县农业局 时间:2031-05-09 10:20:30 点击率: 88 【打印】 【关闭】", id="count"
        ),
        pytest.param("来源:某县农业局 时间:2031-05-09 10:20:30 【打印】 【关闭】", id="no-count"),
        pytest.param("发布时间：2031-05-09 浏览次数：88 【打印】【关闭】", id="glued-buttons"),
        pytest.param("发布时间：2031-05-09 10:20:30 [打印] [关闭窗口]", id="square-brackets"),
    ],
)
def test_buttons_before_the_title_are_no_part_of_it(
    byline: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{byline}\n\n{REPLY}"), keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "某县农业局"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.signature.date == "2031-05-02"


def test_a_title_that_names_closing_something_keeps_its_words() -> None:
    # (a button's word in a title, no brackets about it, is the title's)
    title = "关于关闭某村砂石厂的建议的答复"
    letter = parse_text(
        glued(f"{title}\n王某代表：\n您提出的建议收悉。\n某县农业局\n2031年5月2日\n")
    )
    assert letter.title == title
