"""A class mark written with 办理件 or 办结 after its 类 (``B类办理件``, ``A类办结``: the
item handled, or closed, as that class), and a note with the document's head saying so
(``此件为B类办理件``, ``本件系A类办结``): read as ``B类办理`` and ``此件为B类`` are, alone
above the title or under the date, in brackets beside the signer or after a gap on the
date's line; the line is never part of the title. Inside a sentence it is no mark."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import MARK_AT_END, MARK_AT_HEAD
from spans import span_problems

HEAD = (
    "关于县七届人大四次会议第22号建议的答复\n钱某代表：\n"
    "　　您提出的关于修缮村级文化广场的建议收悉，现答复如下：\n"
    "　　我局已将广场修缮纳入今年计划。感谢您对文化工作的关心。\n"
)
TITLE = "关于县七届人大四次会议第22号建议的答复"

# (a line of its own, above the title or under the date, and the class it gives)
ALONE = [
    pytest.param("B类办理件", "B", id="handled-document"),
    pytest.param("A类办结", "A", id="closed"),
    pytest.param("（丙类办理件）", "C", id="ordinal-bracketed"),
    pytest.param("此件为B类办理件", "B", id="said-handled-document"),
    pytest.param("本件系A类办结", "A", id="said-closed"),
    pytest.param("（此件属D类办结）", "D", id="said-bracketed"),
]  # fmt: skip

# (the closing, the class it gives): the signer and the date are read beside it
BESIDE_THE_SIGNATURE = [
    pytest.param("某县文广局（C类办理件）\n2024年4月9日", "C", id="glued-to-the-signer"),
    pytest.param("某县文广局\n2024年4月9日    A类办结", "A", id="after-a-gap-on-the-date-line"),
    pytest.param("某县文广局\n2024年4月9日（乙类办结）", "B", id="bracketed-on-the-date-line"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), ALONE)
@pytest.mark.parametrize("where", [MARK_AT_HEAD, MARK_AT_END], ids=["at-head", "at-end"])
def test_a_class_handled_or_closed_is_a_mark(where: str, line: str, expected: str) -> None:
    record = parse_text(where.format(line=line))
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某市民政局", "2024-06-01")
    assert record.title == "关于市十五届人大三次会议第8号建议的答复"
    assert span_problems(record) == []


@pytest.mark.parametrize(("line", "expected"), ALONE)
def test_the_mark_above_the_title_is_no_part_of_it(line: str, expected: str) -> None:
    record = parse_text(line + "\n" + HEAD + "某县文广局\n2024年4月9日\n")
    assert record.handling_type == expected
    assert record.title == TITLE


@pytest.mark.parametrize(("closing", "expected"), BESIDE_THE_SIGNATURE)
def test_a_class_handled_or_closed_beside_the_signature(closing: str, expected: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某县文广局", "2024-04-09")
    assert span_problems(record) == []


# A class of something else: the words go on after the mark.
NOT_MARKS = [
    pytest.param("本件为A类办结项目", id="said-of-a-project"),
    pytest.param("　　全年B类办理件占比达到八成。", id="in-a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_MARKS)
def test_a_class_of_something_else_is_none(line: str) -> None:
    record = parse_text(HEAD + line + "\n某县文广局\n2024年4月9日\n")
    assert record.handling_type is None
    assert (record.signature.issuer, record.signature.date) == ("某县文广局", "2024-04-09")
