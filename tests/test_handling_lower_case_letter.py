"""The class's letter typed in lower case after a 办理类型 label (``办复类别:a``, a web
form's field; fix96) is its class, as the capital is. Only after a label: a bare mark in
lower case, or a word of Latin letters after the label, is none. Snippets written for
these tests; names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于市十五届人大三次会议第8号建议的答复\n韩立新代表：\n"
    "您提出的建议收悉，现答复如下：\n我局已列入计划。\n{line}\n柳川市民政局\n2099年6月1日\n"
)

READ = [
    pytest.param("办复类别:a", "A", id="half-width-colon"),
    pytest.param("办理类型：b", "B", id="full-width-colon"),
    pytest.param("答复类型：c类", "C", id="with-lei"),
    pytest.param("办复类别：（d）", "D", id="in-brackets"),
    pytest.param("办理类型：A", "A", id="capital-as-before"),
]


@pytest.mark.parametrize(("line", "expected"), READ)
def test_lower_case_letter_after_a_label(line: str, expected: str) -> None:
    letter = parse_text(LETTER.format(line=line))
    assert letter.handling_type == expected
    assert span_problems(letter) == []


NONE = [
    pytest.param("办理类型：ab", id="two-letters"),
    pytest.param("办理类型：app", id="a-word"),
    pytest.param("a类", id="bare-mark"),
]


@pytest.mark.parametrize("line", NONE)
def test_no_class(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).handling_type is None
