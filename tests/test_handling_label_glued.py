"""A handling label that lost its colon, glued to the class mark that ends its line
(``类别C``, ``办理类型B类``, ``类别（A）``): the class is read, and the line is a header
element, no part of the title. The mark must end the line: a sentence that opens with the
word (``类别A的资金…``) gives none (snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于第3号建议的答复"
REST = f"{TITLE}\n王某代表：\n    你提出的建议收悉。\n甲县林业局\n2024年5月10日\n"

GLUED = [
    pytest.param("类别C", "C", id="letter"),
    pytest.param("类别C类", "C", id="letter-and-lei"),
    pytest.param("类别（B）", "B", id="bracketed"),
    pytest.param("类别甲类", "A", id="jia"),
    pytest.param("办理类型B类", "B", id="long-label"),
    pytest.param("办复类别A", "A", id="another-label"),
]


@pytest.mark.parametrize(("line", "value"), GLUED)
def test_a_class_glued_to_its_label_in_the_header(line: str, value: str) -> None:
    letter = parse_text(f"甲县林业局\n{line}\n{REST}", keywords=False)
    assert (letter.handling_type, letter.title) == (value, TITLE)
    assert span_problems(letter) == []


def test_a_class_glued_to_its_label_at_the_end() -> None:
    letter = parse_text(f"甲县林业局\n{REST}类别C\n", keywords=False)
    assert letter.handling_type == "C"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("类别C1", id="a-grade-code"),
        pytest.param("类别A的资金已下达。", id="a-sentence"),
        pytest.param("水质类别II类", id="another-class"),
    ],
)
def test_no_class_where_the_mark_does_not_end_the_line(line: str) -> None:
    letter = parse_text(f"{REST}{line}\n", keywords=False)
    assert letter.handling_type is None
