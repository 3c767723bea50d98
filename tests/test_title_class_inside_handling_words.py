"""A class the reply notes in round brackets inside its title, right after the handling
words and before the title's ending (``…第12号建议办理情况（A）的函``): the title keeps it as
written and the class is read from it. ``办理情况`` is also a form's row label, but not a
label of the class: its bracketed value is no cell of its own (fix138's and fix158's cells
are the class's and the publication's labels, ``分类（A）``, ``是否同意公开【主动公开】``), so
the line is not cut after the bracket (an earlier round read ``（A）`` as a header cell and
the title without it, dev162/003). Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

REST = (
    "王某代表:\n您在县七届人大二次会议上提出的《关于增设乡村图书室的建议》收悉。"
    "现将办理情况函告如下:\n我局将认真研究后续改建计划。\n甲山县交通运输局\n2099年8月22日\n"
)
TITLES = [
    pytest.param(
        "关于县七届人大二次会议第12号建议\n办理情况(A)的函\n",
        "关于县七届人大二次会议第12号建议办理情况(A)的函",
        "A",
        id="broken-ascii",
    ),
    pytest.param(
        "关于县七届人大二次会议第12号建议办理情况（B）的函\n",
        "关于县七届人大二次会议第12号建议办理情况（B）的函",
        "B",
        id="one-line-wide",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("head", "title", "kind"), TITLES)
def test_the_class_stays_in_the_title(
    head: str, title: str, kind: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("甲交办议〔2099〕46号\n" + head + REST), keywords=False)
    assert letter.title == title
    assert letter.handling_type == kind
    assert letter.doc_number is not None and letter.doc_number.text == "甲交办议〔2099〕46号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert span_problems(letter) == []


# (with the authority's name alone between the number and the title, as dev162/003 writes
# it: where the lines are kept or a blank parts them the name is the header's; glued, it
# reads as the title's first words, as a title that opens with its authority does)
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_the_authority_over_the_title(flatten: Callable[[str], str]) -> None:
    text = "甲交办议〔2099〕46号\n甲山县交通运输局\n" + TITLES[0].values[0] + REST
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == "关于县七届人大二次会议第12号建议办理情况(A)的函"
    assert letter.issuer == "甲山县交通运输局"
