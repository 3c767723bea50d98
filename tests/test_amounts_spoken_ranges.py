"""A range said with two neighbouring digits, as a guessed sum is said: ``五六万元`` is 5万
to 6万 (``value`` the first digit's sum, ``end`` the second's), ``二三十万元`` 20万 to 30万,
``七八百元`` 700 to 800, ``十五六万元`` 15万 to 16万; ``三五万元`` (3万 to 5万) too. Not
approximate by itself (a range is none): only 左右, 约, 近… make it so.

Digit by digit (``二〇二三``), three digits in a row (``一二三``), or a first digit ending a
word before it (``统一二十万元``) name no range; a count after it is no money. (Falling
digits and three in a row give no sum at all: tests/test_amounts_digit_runs.py.)

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, text, value, end, approximate)
RANGES = [
    pytest.param("村里自筹五六万元用于修路", "五六万元", 50_000, 60_000, False, id="五六万"),
    pytest.param("预计投入二三十万元", "二三十万元", 200_000, 300_000, False, id="二三十万"),
    pytest.param("每户补助七八百元", "七八百元", 700, 800, False, id="七八百"),
    pytest.param("需要资金三四百万元", "三四百万元", 3_000_000, 4_000_000, False, id="三四百万"),
    pytest.param("需要资金十五六万元", "十五六万元", 150_000, 160_000, False, id="十五六万"),
    pytest.param("需要资金十一二万元", "十一二万元", 110_000, 120_000, False, id="十一二万"),
    pytest.param(
        "总投资一百二三十万元", "一百二三十万元", 1_200_000, 1_300_000, False, id="一百二三十万"
    ),
    pytest.param("每人一两千元", "一两千元", 1_000, 2_000, False, id="一两千"),
    pytest.param("每年四五千元", "四五千元", 4_000, 5_000, False, id="四五千"),
    pytest.param("资金缺口两三个亿", "两三个亿", 200_000_000, 300_000_000, False, id="两三个亿"),
    pytest.param("每村三五万元", "三五万元", 30_000, 50_000, False, id="三五万"),
    pytest.param("资金五六万元左右", "五六万元左右", 50_000, 60_000, True, id="左右"),
    pytest.param("约七八十万元", "约七八十万元", 700_000, 800_000, True, id="约"),
]

# (snippet, text, value): one sum, no range
SINGLE = [
    pytest.param("资金九十万元", "九十万元", 900_000, id="ninety"),
    pytest.param("资金二十五万元", "二十五万元", 250_000, id="twenty-five"),
    pytest.param("资金三万五千元", "三万五千元", 35_000, id="three-wan-five-qian"),
    pytest.param("标准统一二十万元", "一二十万元", 200_000, id="统一-word"),
]

# two digits together that are no spoken range: falling, or three in a row (no sum at
# all: tests/test_amounts_digit_runs.py)
NO_RANGE = [
    pytest.param("资金六五万元", id="falling"),
    pytest.param("资金八六百元", id="falling-two-apart"),
    pytest.param("资金一二三万元", id="three-in-a-row"),
]

NOT_AMOUNTS = [
    pytest.param("涉及五六万人", id="people"),
    pytest.param("种植七八百亩", id="area"),
    pytest.param("二三十万名群众", id="count"),
]


@pytest.mark.parametrize(("snippet", "text", "value", "end", "approximate"), RANGES)
def test_spoken_range(snippet: str, text: str, value: int, end: int, approximate: bool) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end, a.approximate) for a in found] == [
        (text, Decimal(value), Decimal(end), approximate)
    ]


@pytest.mark.parametrize(("snippet", "text", "value"), SINGLE)
def test_no_spoken_range(snippet: str, text: str, value: int) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == [(text, Decimal(value), None)]


@pytest.mark.parametrize("snippet", NO_RANGE)
def test_digits_together_but_no_range(snippet: str) -> None:
    assert [a.end for a in find_amounts(TextView(snippet)) if a.end is not None] == []


@pytest.mark.parametrize("snippet", NOT_AMOUNTS)
def test_spoken_range_of_a_count(snippet: str) -> None:
    assert find_amounts(TextView(snippet)) == []
