"""A page's number between a site's comment form and its prompt, or among its fields, parts
nothing, however the print writes it: the view drops ``1/3`` and ``共3页第2页`` as it drops
``— 3 —`` and ``第2页``, and the comment form now knows the same page numbers, read from the
one list both use (:data:`replyparse.chrome.PAGE_NUMBERS`); fix48's form spelled only the
last two again, so a ``1/3`` among its fields kept the fields over it and the prompt in the
letter. A line of figures that is no page's number (a date, ``2024/6/3``) still parts.
Snippets in our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import textview
from replyparse.chrome import _PAGE_NUMBER, chrome_lines

CLOSING = "某县园林绿化中心\n\n2024年6月3日\n\n"
PROMPT = "为收集读者对本页所载事项的看法,请您留下宝贵意见。\n"


@pytest.mark.parametrize("number", ["— 2 —", "第2页", "1/3", "共3页第2页", "第2页,共3页"])
@pytest.mark.parametrize("where", ["over-fields", "among-fields"])
def test_a_page_number_parts_no_form(number: str, where: str) -> None:
    if where == "over-fields":
        tail = PROMPT + number + "\n  • 姓  名:\n  • *内  容:\n  • *验证码:\n"
    else:
        tail = PROMPT + "  • 姓  名:\n" + number + "\n  • *内  容:\n  • *验证码:\n"
    lines = (CLOSING + tail).split("\n")
    chrome = chrome_lines(lines)
    form = [i for i, line in enumerate(lines) if "请您" in line or line.endswith(":")]
    assert set(form) <= chrome
    assert lines.index("某县园林绿化中心") not in chrome


@pytest.mark.parametrize("line", ["— 2 —", "第2页", "1/3", "共3页第2页", "第2页,共3页"])
def test_what_the_form_passes_over_the_view_drops(line: str) -> None:
    assert _PAGE_NUMBER.match(line)
    assert textview._NOISE_LINE.match(line)


@pytest.mark.parametrize("line", ["2024/6/3", "1/3号楼", "第2页的内容:", "12345"])
def test_other_figures_are_no_page_number(line: str) -> None:
    assert _PAGE_NUMBER.match(line) is None
