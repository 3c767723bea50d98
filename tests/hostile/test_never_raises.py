"""Hostile strings: ``parse_text`` never raises, spans hold and the record serialises.

Each case once raised or broke the record: a numeral too long for ``int()``, an amount
too large for the decimal context, a lone surrogate that UTF-8 JSON cannot hold.
Invisible format characters (Unicode Cf) inside a document number or a date must not
hide it.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replyparse import parse_text
from replyparse.formatchars import INVISIBLE
from replyparse.invisible import visible
from replyparse.model import Letter
from replyparse.textview import FORMAT_CHARS, TextView
from spans import span_problems


def _spans(node: Any, out: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and node.get("span") is not None:
            out.append((node["text"], node["span"]))
        for value in node.values():
            _spans(value, out)
    elif isinstance(node, list):
        for value in node:
            _spans(value, out)
    return out


def assert_sound(letter: Letter) -> None:
    """Every span holds (as tests/spans.py rules: its text, invisible format characters
    aside) and the record round-trips through strict UTF-8 JSON."""
    data = json.loads(letter.model_dump_json().encode("utf-8"))
    text = data.pop("text")
    for item, (start, end) in _spans(data, []):
        assert visible(text[start:end]) == item  # (no value keeps an invisible character)
    assert text == letter.text
    assert span_problems(letter) == []


RAISED_BEFORE = {
    "amount-past-decimal-precision": "投入9999999999999999999亿元",
    "numeral-past-int-digit-limit": "一" * 4400,
    "arabic-numeral-past-int-digit-limit": "投入" + "9" * 4400 + "元资金",
    "huge-amount-with-big-multiplier": "安排资金" + "9" * 400 + "万亿元",
    "many-yi-in-a-row": "投入" + "亿" * 500 + "元",
    "lone-high-surrogate": "关于第1号建议的答复\n张三代表：\n\ud800资金10万元。",
    "lone-low-surrogate": "答复\udfff函",
    "surrogate-pair-as-two-code-points": "答复\ud83d\ude00函",
}


@pytest.mark.parametrize("text", list(RAISED_BEFORE.values()), ids=list(RAISED_BEFORE))
def test_hostile_string_gives_a_sound_record(text: str) -> None:
    letter = parse_text(text)
    assert_sound(letter)
    assert letter.text is not None
    assert len(letter.text) == len(text)  # surrogates are mapped one for one


def test_amount_past_decimal_precision_keeps_its_value() -> None:
    (amount,) = parse_text("投入9999999999999999999亿元").amounts
    assert amount.value == Decimal("9999999999999999999") * 100_000_000


NOT_AMOUNTS = {
    "forty-one-numerals": "二" * 41 + "亿元资金",
    "thirty-one-digits": "投入" + "9" * 31 + "元",
}


@pytest.mark.parametrize("text", list(NOT_AMOUNTS.values()), ids=list(NOT_AMOUNTS))
def test_absurdly_long_numbers_are_no_amount(text: str) -> None:
    assert parse_text(text).amounts == []


LETTER = "西民函〔2021〕87号\n关于第12号建议的答复\n张三代表：\n您好。\n\n某某局\n2021年11月2日\n"

FORMAT_MARKS = {
    "zero-width-joiner": "\u200d",
    "zero-width-space": "\u200b",
    "word-joiner": "\u2060",
    "soft-hyphen": "\u00ad",
    "left-to-right-mark": "\u200e",
    "right-to-left-mark": "\u200f",
    "byte-order-mark": "\ufeff",
    "left-to-right-embedding": "\u202a",
    "pop-directional-isolate": "\u2069",
}


@pytest.mark.parametrize("mark", list(FORMAT_MARKS.values()), ids=list(FORMAT_MARKS))
def test_format_characters_hide_no_doc_number_and_no_date(mark: str) -> None:
    text = LETTER.replace("2021〕", f"2021{mark}〕").replace("87号", f"8{mark}7号")
    text = text.replace("11月2日", f"11{mark}月2{mark}日")
    letter = parse_text(text)
    assert_sound(letter)
    assert letter.doc_number is not None
    assert (letter.doc_number.year, letter.doc_number.serial) == (2021, 87)
    # the value is what a reader sees; its span holds the letter as read
    assert letter.doc_number.text == "西民函〔2021〕87号"
    start, end = letter.doc_number.span
    assert mark in letter.text[start:end]
    assert letter.signature is not None
    assert letter.signature.date == "2021-11-02"


def test_format_characters_are_dropped_from_the_view_with_spans_exact() -> None:
    view = TextView("20\u200d21\u2060年 GB/T\u00ad 9704")
    assert view.norm == "2021年GB/T 9704"
    assert view.source(0, 4) == ("20\u200d21", (0, 5))


def test_a_line_of_format_characters_is_blank() -> None:
    assert TextView("甲\n\u200b\u200e\ufeff\n乙").norm == "甲\n\n乙"


def test_format_list_is_unicode_category_cf() -> None:
    expected = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert expected == FORMAT_CHARS


def test_the_invisible_pattern_matches_the_format_list_exactly() -> None:
    # (written as ranges for speed: each code point in or out as the list has it)
    matched = {chr(c) for c in range(sys.maxunicode + 1) if INVISIBLE.fullmatch(chr(c))}
    assert matched == FORMAT_CHARS


# Any code point, and often the characters of numbers, dates, surrogates and format marks.
ALPHABET = st.characters(codec=None, categories=None) | st.sampled_from(
    [*"一二亿万元〔〕号年月日9\n", "\ud800", "\udc00", "\u200d", "\u2060", "\u00ad", "\u200f"]
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_any_string_gives_a_sound_record(text: str) -> None:
    assert_sound(parse_text(text))
