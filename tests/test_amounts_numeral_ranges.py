"""A range of sums in Chinese numerals whose first half is one digit (``三至五万元``,
``两至三千元``, ``三至五百万元``): the unit and the order of the second half apply to it,
as the range is said; a digit that ends a word (统一, 第三) or opens a range of figures
opens none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...])
RANGES = [
    pytest.param("每户补助三至五万元", [("三至五万元", 30_000, 50_000)], id="万"),
    pytest.param("奖励一到二万元不等", [("一到二万元", 10_000, 20_000)], id="到"),
    pytest.param("每人补贴两至三千元", [("两至三千元", 2_000, 3_000)], id="千-order"),
    pytest.param("每处奖补三至五百万元", [("三至五百万元", 3_000_000, 5_000_000)], id="百万-order"),
    pytest.param("每亩补助三到五十元", [("三到五十元", 30, 50)], id="十-order"),
    pytest.param("每次收费五至十元", [("五至十元", 5, 10)], id="十-alone"),
    pytest.param("一次性奖励八至十二万元", [("八至十二万元", 80_000, 120_000)], id="十二"),
    pytest.param("补助标准为三—五万元", [("三—五万元", 30_000, 50_000)], id="dash"),
    # near-misses: a digit ending a word, a range of figures, no money
    pytest.param("补助标准统一至五万元", [("五万元", 50_000, None)], id="统一"),
    pytest.param("补助标准统一至5万元", [("5万元", 50_000, None)], id="统一-figures"),
    pytest.param("其一至五万元用于培训", [("五万元", 50_000, None)], id="其一"),
    pytest.param("第三至五万元部分", [("五万元", 50_000, None)], id="第三"),
    pytest.param("三至5万元", [("5万元", 50_000, None)], id="mixed-numeral-figure"),
    pytest.param("覆盖三至五万人", [], id="count"),
    pytest.param("每年三至五次", [], id="times"),
    pytest.param("统一元", [], id="统一元"),
]


@pytest.mark.parametrize(("snippet", "expected"), RANGES)
def test_numeral_range_with_a_lone_first_digit(
    snippet: str, expected: list[tuple[str, int, int | None]]
) -> None:
    found = find_amounts(TextView(snippet))
    want = [
        (text, Decimal(value), None if end is None else Decimal(end))
        for text, value, end in expected
    ]
    assert [(a.text, a.value, a.end) for a in found] == want
