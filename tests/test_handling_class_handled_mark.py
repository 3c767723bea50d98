"""A class mark written with 办理 after its 类 (``B类办理``: how the item was handled), and
one written with the Chinese ordinal (``甲类答复``, ``丙类件``), read as ``B类答复`` and
``B类件`` are: alone above the issuer or under the date, in brackets beside the title, the
signer or the date. A 类办理 inside a sentence is no mark."""

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
    pytest.param("B类办理", "B", id="handled"),
    pytest.param("（C类办理）", "C", id="handled-bracketed"),
    pytest.param("甲类答复", "A", id="ordinal-answered"),
    pytest.param("（乙类答复）", "B", id="ordinal-answered-bracketed"),
    pytest.param("丙类件", "C", id="ordinal-document"),
    pytest.param("（A类办理，同意公开）", "A", id="with-a-publication-value"),
]  # fmt: skip

# (the closing, the class it gives): the signer and the date are read beside it
BESIDE_THE_SIGNATURE = [
    pytest.param("某县水务局（B类办理）\n2024年3月8日", "B", id="glued-to-the-signer"),
    pytest.param("某县水务局\n2024年3月8日（B类办理）", "B", id="glued-to-the-date"),
    pytest.param("某县水务局\n2024年3月8日    乙类答复", "B", id="after-a-gap-on-the-date-line"),
    pytest.param("某县水务局（甲类答复）\n2024年3月8日", "A", id="ordinal-glued-to-the-signer"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), ALONE)
@pytest.mark.parametrize("where", [MARK_AT_HEAD, MARK_AT_END], ids=["at-head", "at-end"])
def test_a_class_handled_or_by_ordinal_is_a_mark(where: str, line: str, expected: str) -> None:
    record = parse_text(where.format(line=line))
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某市民政局", "2024-06-01")
    assert record.title == "关于市十五届人大三次会议第8号建议的答复"
    assert span_problems(record) == []


@pytest.mark.parametrize(("closing", "expected"), BESIDE_THE_SIGNATURE)
def test_a_class_handled_beside_the_signature(closing: str, expected: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.handling_type == expected
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2024-03-08")
    assert span_problems(record) == []


def test_a_class_handled_beside_the_title() -> None:
    record = parse_text(
        HEAD.replace("的答复\n", "的答复（B类办理）\n", 1) + "某县水务局\n2024年3月8日\n"
    )
    assert record.handling_type == "B"
    assert record.title == "关于县七届人大四次会议第15号建议的答复"


def test_a_class_handled_in_a_sentence_is_none() -> None:
    record = parse_text(HEAD + "　　全年B类办理占比达到八成。\n某县水务局\n2024年3月8日\n")
    assert record.handling_type is None
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2024-03-08")
