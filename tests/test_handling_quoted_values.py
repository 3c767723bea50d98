"""A 办理类型 label's value in quotes or square brackets, as forms fill it in (办理类型：“B”,
办理类别：【C】), read as the value in round brackets is."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "{line}\n某市民政局\n某民函〔2024〕5号\n关于市十五届人大三次会议第8号建议的答复\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n"
)

# (header line, handling type, the value as the span holds it)
QUOTED = [
    pytest.param("办理类型：“A”类", "A", "A", id="curly-quotes-then-类"),
    pytest.param("办理类型：“B”", "B", "B", id="curly-quotes"),
    pytest.param('答复类型:"C"', "C", "C", id="straight-quotes-half-width-colon"),
    pytest.param("办理类别：‘A’", "A", "A", id="single-quotes"),
    pytest.param("办理类型：【B】", "B", "B", id="square-brackets"),
    pytest.param("办复类别：〔C类〕", "C", "C", id="hexagonal-brackets"),
    pytest.param("办理结果：“解决采纳”", "A", "解决采纳", id="quoted-word-value"),
    pytest.param("办理类型：（A类）", "A", "A", id="round-brackets-as-before"),
]  # fmt: skip

# Near-misses: a quoted value that is no class.
NOT_CLASS = [
    pytest.param("办理类型：“AB”", id="two-letters"),
    pytest.param("类别：“重点”", id="quoted-word-no-class"),
    pytest.param("办理类型：“A12”", id="letter-and-two-digits"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected", "written"), QUOTED)
def test_quoted_value(line: str, expected: str, written: str) -> None:
    text = LETTER.format(line=line)
    letter = parse_text(text)
    assert letter.handling_type == expected
    assert letter.handling_type_span is not None
    start, end = letter.handling_type_span
    assert text[start:end] == written


@pytest.mark.parametrize("line", NOT_CLASS)
def test_quoted_value_no_class(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).handling_type is None
