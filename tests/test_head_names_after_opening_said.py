"""A letter's 发文字号 with the opening said after a comma beside it (``甲交建〔2099〕5号，现答复
如下``) over a salutation of two persons parted by a blank (``王某 李小明代表：``): the line
is no title (a title never opens with a comma or an enumeration mark, and ``答复如下`` is the
opening's formula, no title's ending), and the salutation names both persons, on the kept
lines and with blanks (an earlier round read ``，现答复如下王某`` as the title and only
``李小明`` addressed, or on the kept lines the salutation as the title's second line).
Glued, the names start after the formula's ``如下``, as no name holds it.
Snippets invented (names made up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

HEAD = "甲山县交通运输局\n甲交建〔2099〕5号，现答复如下\n"
BODY = "您提出的建议收悉。\n道路养护已纳入计划。\n感谢您的关心。\n甲山县交通运输局\n2099年6月1日\n"


@pytest.mark.parametrize("flatten", COPIES)
def test_names_under_the_opening_said_beside_the_number(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + "王某 李小明代表：\n" + BODY), keywords=False)
    assert letter.title is None
    assert letter.doc_number is not None and letter.doc_number.text == "甲交建〔2099〕5号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表"), ("李小明", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
def test_one_name_under_the_opening_said(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + "王某代表：\n" + BODY), keywords=False)
    assert letter.title is None
    assert letter.doc_number is not None and letter.doc_number.text == "甲交建〔2099〕5号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


def test_a_list_introduced_under_the_opening_stays_body() -> None:
    # (near miss: a line ending with a colon under the opening that names no one)
    text = (
        "关于加强乡村道路养护的建议的答复\n您提出的建议收悉，现答复如下\n"
        "我局从以下三方面开展工作：\n一、加强巡查。\n甲山县交通运输局\n2099年6月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于加强乡村道路养护的建议的答复"
    assert letter.salutation is None
    assert letter.addressees == []


@pytest.mark.parametrize("flatten", COPIES)
def test_names_parted_by_a_blank_after_a_clause_beside_the_number(
    flatten: Callable[[str], str],
) -> None:
    # (the clause after the comma no opening's formula, left74a's: the names after it whole)
    head = "甲山县交通运输局\n甲交建〔2099〕5号，现已办结\n王某 李小明代表：\n"
    letter = parse_text(flatten(head + BODY), keywords=False)
    names = [a.name for a in letter.addressees]
    assert names == (["李小明"] if flatten is glued else ["王某", "李小明"])
