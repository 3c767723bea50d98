"""A letter a page stores twice, both copies flattened onto one line, and a page's number
glued after the signature's date (snippets written here, names and numbers invented).

A page that holds the letter twice (its text, then its print version ending in ``— 1 —``)
flattened onto one line writes the opening's sentence twice on that line: the second copy
is dropped as on lines of its own, so its sums and dates are not read again. A page's
number glued right after the date ends the letter there: the signer and the date are
read. Near misses: a letter that says one sentence twice keeps both; a letter with one
copy reads as before.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_LETTER = [
    "王某某等代表:",
    "你们在区三届人大一次会议上提出的《关于硬化某组生产便道的建议》(第36号)收悉。经认真研究,现答复如下:",
    "2021年我局在某镇某组安排了高标准农田配套工程,共投入资金317万元,工程于2022年8月通过验收,"
    "2022年已为当地春耕提供了便利。",
    "你们所提生产便道与省道相接,按照公路管理的有关要求不宜直接开口,"
    "我局将配合交通部门另行研究接线方案。",
    "某市某区农业农村局",
    "2022年8月18日",
    "— 1 —",
]


def _read(text: str):  # type: ignore[no-untyped-def]
    record = parse_text(text)
    assert span_problems(record) == []
    return record


@pytest.mark.parametrize("separator", ["\n", " ", ""], ids=["lines", "one-line", "glued"])
def test_second_copy_on_one_line_is_dropped(separator: str) -> None:
    record = _read(separator.join(_LETTER + _LETTER) + "\n")
    assert [a.text for a in record.amounts] == ["317万元"]
    assert [d.text for d in record.dates] == ["2021年", "2022年8月", "2022年", "2022年8月18日"]
    assert record.signature.issuer == "某市某区农业农村局"
    assert record.signature.date == "2022-08-18"


@pytest.mark.parametrize("separator", [" ", ""], ids=["one-line", "glued"])
def test_page_number_glued_after_the_date(separator: str) -> None:
    record = _read(separator.join(_LETTER) + "\n")
    assert record.signature.issuer == "某市某区农业农村局"
    assert record.signature.date == "2022-08-18"


def test_an_opening_said_twice_is_no_copy() -> None:
    # (the opening's sentence written again further on, the text after it the letter's own)
    lines = [*_LETTER[:3], _LETTER[1], "2023年我局计划再投资50万元。", *_LETTER[4:6]]
    record = _read(" ".join(lines) + "\n")
    assert [a.text for a in record.amounts] == ["317万元", "50万元"]
    assert record.signature.date == "2022-08-18"
