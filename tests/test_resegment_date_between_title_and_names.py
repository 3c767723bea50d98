"""A whole date between the letter's title and its salutation, which a copy glued to both
(``…的答复2024年5月6日王某代表：您提出的…``, or with a blank each side): the title ends at its
ending and the names open after the date, as where the copy kept its lines (left69; an
earlier round read no title and no salutation, or cut a date in numerals at its 〇). The
date itself is read as title58 and left59a decided: one in figures glued after the title is
the page's, one in numerals the letter's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县住房和城乡建设局关于县人大某届某次会议第12号建议的答复"
LETTER = (
    TITLE + "\n{date}\n王某代表：\n您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已将老旧小区改造列入今年计划，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n甲山县住房和城乡建设局\n2024年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("date", ["2024年5月6日", "2024年05月06日", "二〇二四年五月六日"])
def test_title_and_names_around_a_date(date: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER.format(date=date)), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "王某代表："
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.signature.date == "2024-05-06"
