"""A disclosure page's search form over the letter, its fields left empty one a line
(``信息名称：`` / ``信息类别：`` / ``发布机构：``): a field of it the page's table does not
know, over the known ones, is the form's too, no salutation (fix106). Snippets in our own
words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

FORM = "信息名称:\n信息类别:\n发布机构:\n发布日期:   至\n  发 文 号:\n"
LETTER = (
    "关于县某届政协一次会议第9号提案答复的函\n\n林岚委员:\n\n"
    "您提出的《关于改善西山公交班次的提案》收悉。现将有关意见答复如下:\n"
    "我局已组织研究,将逐步改善。\n"
)


@pytest.mark.parametrize("first", ["信息编码:", "信息编号:", "资源代码："])
def test_an_unknown_field_over_the_form_is_the_forms(first: str) -> None:
    letter = parse_text(f"{first}\n{FORM}{LETTER}")
    assert letter.title == "关于县某届政协一次会议第9号提案答复的函"
    assert [(a.name, a.role) for a in letter.addressees] == [("林岚", "委员")]
    assert letter.proposal is not None
    assert letter.proposal.number == "9"
    assert span_problems(letter) == []


def test_a_salutation_under_the_pages_cells_stays() -> None:
    # (under them, not over them: the page's cells end where the letter begins)
    letter = parse_text(f"{FORM}林岚委员:\n您提出的提案收悉。现答复如下:\n我局已组织研究。\n")
    assert [(a.name, a.role) for a in letter.addressees] == [("林岚", "委员")]


def test_a_greeting_over_the_pages_cells_stays() -> None:
    # (a greeting word first, no role: never a form's field; review62b)
    letter = parse_text(
        "尊敬的林岚:\n信息名称:\n信息类别:\n发布机构:\n您提出的提案收悉。现答复如下:\n我局已组织研究。\n"
    )
    assert [a.name for a in letter.addressees] == ["林岚"]


def test_two_unknown_fields_over_the_form_are_the_forms() -> None:
    letter = parse_text(f"信息编码:\n资源代码:\n{FORM}{LETTER}")
    assert [(a.name, a.role) for a in letter.addressees] == [("林岚", "委员")]
    assert letter.title == "关于县某届政协一次会议第9号提案答复的函"
