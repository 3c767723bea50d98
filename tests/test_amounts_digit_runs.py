"""Digits in a row inside a sum in Chinese numerals.

- Digit by digit with a 〇, as numbers are written in the numeral style that holds one
  (二〇二三年): ``二〇万元`` is 20万 (200000), ``一〇五万元`` 105万, ``二〇〇元`` 200.
- A 零 or 〇 holding a place after a unit is read as ever: ``一千零五万元``, ``三万〇五百元``.
- Decided: digits in a row with no 〇 that are no spoken range (falling, ``六五万元``; three,
  ``一二三万元``; ``五六万元`` is one: tests/test_amounts_spoken_ranges.py) are no sum: no one
  can tell which sum was meant (六十五万? 五六万?), and the record reads only what is
  certain. A run after a unit that is no place holder (``一百二〇万元``) is none either.
- A first digit that ends the word before it (``统一二十万元``) is the word's, as ever.

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.fields.numerals import chinese_to_int
from replyparse.textview import TextView

READ = [
    pytest.param("补助资金二〇万元", "二〇万元", 200_000, id="二〇万"),
    pytest.param("安排资金一〇五万元", "一〇五万元", 1_050_000, id="一〇五万"),
    pytest.param("每户补助二〇〇元", "二〇〇元", 200, id="二〇〇元"),
    pytest.param("资金三〇亿元", "三〇亿元", 3_000_000_000, id="三〇亿"),
    pytest.param("投入一千零五万元", "一千零五万元", 10_050_000, id="place-holder-零"),
    pytest.param("投入三万〇五百元", "三万〇五百元", 30_500, id="place-holder-〇"),
    pytest.param("投入两千零二十元", "两千零二十元", 2_020, id="place-holder-then-十"),
    pytest.param("标准统一二十万元", "一二十万元", 200_000, id="统一-word"),
]

NOT_READ = [
    pytest.param("补助资金六五万元", id="falling-pair"),
    pytest.param("补助资金九一万元", id="falling-pair-2"),
    pytest.param("补助资金一二三万元", id="three-in-a-row"),
    pytest.param("补助资金一百二〇万元", id="run-after-a-unit"),
    pytest.param("标准统一六五万元", id="word-then-falling"),
]


@pytest.mark.parametrize(("snippet", "text", "value"), READ)
def test_digit_runs_read(snippet: str, text: str, value: int) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == [(text, Decimal(value), None)]


@pytest.mark.parametrize("snippet", NOT_READ)
def test_digit_runs_no_sum(snippet: str) -> None:
    assert find_amounts(TextView(snippet)) == []


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("二〇万", 200_000),
        ("一〇五", 105),
        ("一千零五", 1_005),
        ("三百〇五", 305),
        ("二〇二〇", 2_020),
    ],
)
def test_chinese_to_int_reads_a_run_digit_by_digit(numeral: str, value: int) -> None:
    assert chinese_to_int(numeral) == value
