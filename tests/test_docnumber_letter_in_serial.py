"""A 发文字号 whose serial a scan's OCR or a typist gave with one letter for a digit after
a digit of it (``某教函〔2024〕2l号``, ``〔2024〕1O号``, ``〔2024〕第1o号``: l and I read 1,
O and o read 0, as in a year, ``〔2O24〕``): the letter's own number, its serial the
figures, its text as written, and its line no part of the title; a cited one likewise.
Near-misses: a letter before the digits is a local scheme's (``B12号``: serial null), two
letters make no number. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "某县教育局关于县十八届人大三次会议第15号建议的答复"
LETTER = (
    "某县教育局\n\n{number}\n\n" + TITLE + "\n\n王某代表：\n    您提出的建议收悉，现答复如下：\n"
    "    {body}我局已落实。\n\n某县教育局\n2024年5月20日\n"
)

OWN = [
    pytest.param("某教函〔2024〕2l号", 21, id="small-l-last"),
    pytest.param("某教函〔2024〕1O号", 10, id="capital-o-last"),
    pytest.param("某教函〔2024〕1I5号", 115, id="capital-i-inside"),
    pytest.param("某教函〔2024〕第1o号", 10, id="after-di"),
    pytest.param("某教函〔2O24〕2l号", 21, id="year-and-serial"),
    pytest.param("某教函[2024]2l号", 21, id="square-brackets"),
]


@pytest.mark.parametrize(("number", "serial"), OWN)
def test_a_letter_in_the_serial_reads_as_its_digit(number: str, serial: int) -> None:
    record = parse_text(LETTER.format(number=number, body=""), keywords=False)
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.year, record.doc_number.serial) == (
        number,
        2024,
        serial,
    )
    assert record.title == TITLE
    assert span_problems(record) == []


def test_a_cited_number_reads_so_too() -> None:
    text = LETTER.format(number="某教函〔2024〕21号", body="根据某财预〔2023〕1l号文件，")
    record = parse_text(text, keywords=False)
    assert [r.text for r in record.references if r.kind == "doc_number"] == ["某财预〔2023〕1l号"]


NEAR = [
    pytest.param("某教函〔2024〕B12号", ("某教函〔2024〕B12号", None), id="scheme-letter"),
    pytest.param("某教函〔2024〕l2号", ("某教函〔2024〕l2号", None), id="letter-first"),
]


@pytest.mark.parametrize(("number", "expected"), NEAR)
def test_a_letter_before_the_digits_is_a_schemes(
    number: str, expected: tuple[str, int | None]
) -> None:
    record = parse_text(LETTER.format(number=number, body=""), keywords=False)
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.serial) == expected


def test_two_letters_make_no_number() -> None:
    record = parse_text(LETTER.format(number="某教函〔2024〕2lO号", body=""), keywords=False)
    assert record.doc_number is None
