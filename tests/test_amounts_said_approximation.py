"""A sum whose approximation is said inside its multiplier (``3千余万元``, ``1亿3百多万元``,
``一亿三千余万元``): 千万 or 百万 and more, one approximate sum, never 千万 alone after a
dropped figure, nor the numeral before 余 times the 万 after it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, approximate), ...])
SAID = [
    pytest.param("共拨付补助资金3千余万元", [("3千余万元", 30_000_000, True)], id="千余万"),
    pytest.param("落实配套资金5百多万元", [("5百多万元", 5_000_000, True)], id="百多万"),
    pytest.param(
        "各级累计投入1亿3千余万元用于改造", [("1亿3千余万元", 130_000_000, True)], id="亿-千余万"
    ),
    pytest.param("争取上级资金2亿6百多万元", [("2亿6百多万元", 206_000_000, True)], id="亿-百多万"),
    pytest.param(
        "整合涉农资金一亿三千余万元",
        [("一亿三千余万元", 130_000_000, True)],
        id="numerals-亿-千余万",
    ),
    pytest.param(
        "投入资金一亿零五百余万元",
        [("一亿零五百余万元", 105_000_000, True)],
        id="numerals-亿零百余万",
    ),
    pytest.param(
        "完成投资三亿两千多万元", [("三亿两千多万元", 320_000_000, True)], id="numerals-两千多万"
    ),
    pytest.param("财政补贴1千多万，已兑付", [("1千多万", 10_000_000, True)], id="no-元"),
    # as before: the approximation after the multiplier, and a numeral with its own 万
    pytest.param("共计投入3000余万元", [("3000余万元", 30_000_000, True)], id="余-after-figures"),
    pytest.param("投入一万五千余万元", [("一万五千余万元", 150_000_000, True)], id="万-within-万"),
    pytest.param("投入一亿三千万元", [("一亿三千万元", 130_000_000, False)], id="numerals-no-余"),
    # near-misses: counts, and an order alone stays vague
    pytest.param("惠及1千余万人", [], id="count-people"),
    pytest.param("累计植树3百余万株", [], id="count-trees"),
    pytest.param("全市有1亿3千余万亩耕地", [], id="count-area"),
    pytest.param("已筹集数千余万元", [], id="vague-数"),
    pytest.param("累计投入上千余万元", [], id="vague-上"),
]


@pytest.mark.parametrize(("snippet", "expected"), SAID)
def test_approximation_said_inside_the_multiplier(
    snippet: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = find_amounts(TextView(snippet))
    want = [(text, Decimal(value), approx) for text, value, approx in expected]
    assert [(a.text, a.value, a.approximate) for a in found] == want
