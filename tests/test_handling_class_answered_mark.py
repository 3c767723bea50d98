"""A class mark written with 答复 after its 类 (``（A类答复）``, ``B类答复``: the reply's class,
as a page sets it beside the title, the signer or the date), with 办理 after it (``B类办理``:
how the item was handled), or with the Chinese ordinal (``甲类答复``, ``丙类件``), read as
the class mark alone is (``B类``, ``B类件``): above the issuer, under the date, glued in
brackets to the title, the signer or the date, after a gap on the date's line, or said by
the document's own head (``此件为A类答复``). Such a mark inside a sentence, or the class of
something else, is no mark."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import MARK_AT_END, MARK_AT_HEAD
from spans import span_problems

HEAD = (
    "关于县七届人大四次会议第15号建议的答复\n赵某代表：\n"
    "　　您提出的关于整治村内排水沟的建议收悉，现答复如下：\n"
    "　　我局已将该项目列入年度计划。感谢您对水务工作的支持。\n"
)

# (a line of its own, above the issuer or under the date, and the class it gives)
ALONE = [
    pytest.param("（A类答复）", "A", id="bracketed"),
    pytest.param("B类答复", "B", id="bare"),
    pytest.param("【C类答复】", "C", id="square-brackets"),
    pytest.param("（B类答复，同意公开）", "B", id="with-a-publication-value"),
    pytest.param("此件为A类答复", "A", id="said-by-the-document"),
    pytest.param("（本件属C类答复）", "C", id="said-in-brackets"),
    pytest.param("B类办理", "B", id="handled"),
    pytest.param("（C类办理）", "C", id="handled-bracketed"),
    pytest.param("甲类答复", "A", id="ordinal-answered"),
    pytest.param("（乙类答复）", "B", id="ordinal-answered-bracketed"),
    pytest.param("丙类件", "C", id="ordinal-document"),
    pytest.param("（A类办理，同意公开）", "A", id="handled-with-a-publication-value"),
]  # fmt: skip

# (the closing, the class it gives): the signer and the date are read beside it
BESIDE_THE_SIGNATURE = [
    pytest.param("某县水务局（A类答复）\n2024年3月8日", "A", id="glued-to-the-signer"),
    pytest.param("某县水务局（本件属C类答复）\n2024年3月8日", "C", id="said-glued-to-the-signer"),
    pytest.param("某县水务局\n2024年3月8日（B类答复）", "B", id="glued-to-the-date"),
    pytest.param("某县水务局\n2024年3月8日    C类答复", "C", id="after-a-gap-on-the-date-line"),
    pytest.param("某县水务局  （B类答复）  2024年3月8日", "B", id="between-signer-and-date"),
    pytest.param("某县水务局\n2024年3月8日（B类件）", "B", id="lei-jian-glued-to-the-date"),
    pytest.param("某县水务局（B类办理）\n2024年3月8日", "B", id="handled-glued-to-the-signer"),
    pytest.param("某县水务局\n2024年3月8日（B类办理）", "B", id="handled-glued-to-the-date"),
    pytest.param("某县水务局\n2024年3月8日    乙类答复", "B", id="ordinal-after-a-gap-on-the-date-line"),
    pytest.param("某县水务局（甲类答复）\n2024年3月8日", "A", id="ordinal-glued-to-the-signer"),
]  # fmt: skip

# a 类答复 that is no mark: inside a sentence, or the class of something else
NOT_A_MARK = [
    pytest.param("　　全年A类答复占比达到八成。\n", id="in-a-sentence"),
    pytest.param("　　按照规定，凡已解决的，列为A类答复\n", id="sentence-without-its-stop"),
    pytest.param("　　此件为A类答复对象。\n", id="class-of-something-else"),
    pytest.param("　　全年B类办理占比达到八成。\n", id="handled-in-a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), ALONE)
@pytest.mark.parametrize("where", [MARK_AT_HEAD, MARK_AT_END], ids=["at-head", "at-end"])
def test_a_class_with_its_answer_word_is_a_mark(where: str, line: str, expected: str) -> None:
    record = parse_text(where.format(line=line))
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某市民政局", "2024-06-01")
    assert record.title == "关于市十五届人大三次会议第8号建议的答复"
    assert span_problems(record) == []


@pytest.mark.parametrize(("closing", "expected"), BESIDE_THE_SIGNATURE)
def test_a_class_with_its_answer_word_beside_the_signature(closing: str, expected: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2024-03-08")
    assert span_problems(record) == []


@pytest.mark.parametrize("body", NOT_A_MARK)
def test_a_class_with_its_answer_word_in_prose_is_none(body: str) -> None:
    record = parse_text(HEAD + body + "某县水务局\n2024年3月8日\n")
    assert record.handling_type is None
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2024-03-08")


def test_a_title_about_the_classes_gives_none() -> None:
    record = parse_text(
        "关于提高A类答复比例的建议的答复\n赵某代表：\n　　您提出的建议收悉，现答复如下：\n"
        "　　我局将改进办理工作。\n某县水务局\n2024年3月8日\n"
    )
    assert record.handling_type is None
    assert record.title == "关于提高A类答复比例的建议的答复"


def test_a_class_handled_beside_the_title() -> None:
    record = parse_text(
        HEAD.replace("的答复\n", "的答复（B类办理）\n", 1) + "某县水务局\n2024年3月8日\n"
    )
    assert record.handling_type == "B"
    assert record.title == "关于县七届人大四次会议第15号建议的答复"
