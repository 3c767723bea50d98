"""A class's letter alone after the letter's 发文字号, the authority over the number and the
title over both, the salutation next (a page's head: ``…办理工作的意见`` / ``甲山县农业农村局``
/ ``甲农函〔2099〕16号`` / ``A`` / ``乙河镇人民政府：``), in a copy that lost its line breaks
(``…的意见甲山县农业农村局甲农函〔2099〕16号A乙河镇人民政府：``): the letter is the class
mark's line, as where the lines were kept, so the authority, the number and the class are
read apart (an earlier round found no line there, read the number's code back into the
authority, ``山县农业农村局甲农函``, and no class). Invented words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

LETTER = (
    "县农委关于对县政协九届二次会议第20990417号提案办理工作的意见\n"
    "甲山县农业农村局\n甲农函〔2099〕16号\nA\n乙河镇人民政府：\n"
    "现将我委对县政协九届二次会议第20990417号提案所提乙河镇观光果园一事的办理意见送上，"
    "请汇总后统一答复。\n我委已安排资金。\n甲山县农业农村局\n2099年4月20日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_class_letter_after_the_number_is_a_line(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "甲农函〔2099〕16号"
    assert letter.handling_type == "A"
    assert letter.issuer == "甲山县农业农村局"
    assert span_problems(letter) == []
