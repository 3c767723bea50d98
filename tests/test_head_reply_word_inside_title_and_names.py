"""The reply's word 答复 inside a title or a body's name, its words going on after it
(``关于代表建议答复情况的通报``, ``甲山县答复情况核查小组：``), flattened with blanks or
glued: it ends no title there, and a form's row label inside a title opened with 关于 and not
yet ended (``建议答复``) parts nothing. An earlier round cut the title after ``答复`` and read
``情况的通报`` as a person's name, or read ``情况核查小组`` as the body addressed and the
rest of its name into the title. Near-miss: a form's row glued before the names after the
title's end still parts them. Snippets invented (names made up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, spaced

BODY = (
    "你们转来的建议收悉，现答复如下：\n一、已办理。\n感谢关心。\n甲山县交通运输局\n2099年6月1日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_body_named_with_the_reply_word(flatten: Callable[[str], str]) -> None:
    title = "关于县人大十届二次会议第8号建议的答复"
    text = "甲山县交通运输局\n" + title + "\n甲山县答复情况核查小组：\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title is not None and letter.title.endswith(title)
    assert [(a.name, a.role) for a in letter.addressees] == [("甲山县答复情况核查小组", None)]


@pytest.mark.parametrize("flatten", [str, spaced])
def test_title_going_on_after_the_reply_word(flatten: Callable[[str], str]) -> None:
    title = "关于代表建议答复情况的通报"
    text = (
        title
        + "\n王某代表：\n现将今年建议办理情况通报如下。\n一、已办结。\n甲山县人大常委会办公室\n2099年6月1日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
def test_form_row_after_the_title_still_parts(flatten: Callable[[str], str]) -> None:
    title = "关于加强乡村道路养护的建议的答复"
    text = (
        title
        + "\n答复情况\n王某代表：\n您提出的建议收悉。\n一、已办理。\n甲山县交通运输局\n2099年6月1日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
