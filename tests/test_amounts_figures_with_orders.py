"""A sum whose figures are written with the numeral's own orders between them, as it is
said (``3千5百万元``, ``1千8百余万元``, ``2百元``, ``5百余元``, ``5十万元``): the Chinese
numeral it spells, never its last figure alone (``5百万元``, ``百余元``)."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end, approximate), ...])
FIGURES_WITH_ORDERS = [
    pytest.param(
        "共投入3千5百万元",
        [("3千5百万元", 35_000_000, None, False)],
        id="千-百-then-万元",
    ),
    pytest.param(
        "累计下达1千8百余万元",
        [("1千8百余万元", 18_000_000, None, True)],
        id="千-百-余万",
    ),
    pytest.param("每户补助3千5百元", [("3千5百元", 3_500, None, False)], id="千-百-元"),
    pytest.param("每人每月2百元", [("2百元", 200, None, False)], id="百-元"),
    pytest.param("人均增收5百余元", [("5百余元", 500, None, True)], id="百-余元"),
    pytest.param("每亩补贴3百多元", [("3百多元", 300, None, True)], id="百-多元"),
    pytest.param("奖励5十万元", [("5十万元", 500_000, None, False)], id="十-万元"),
    pytest.param("奖励2十5万元", [("2十5万元", 250_000, None, False)], id="十-figure-万元"),
    pytest.param("补贴1百2十万元", [("1百2十万元", 1_200_000, None, False)], id="百-十-万元"),
    pytest.param(
        "专项资金3千5百万，分两年拨付",
        [("3千5百万", 35_000_000, None, False)],
        id="no-元",
    ),
    pytest.param("每月2百至3百元", [("2百至3百元", 200, 300, False)], id="range"),
    # a range whose second half says a compound multiplier: the first's orders are its own,
    # the last order the second's (2百-3百万元: 二百万 to 三百万)
    pytest.param(
        "需投入2百-3百万元",
        [("2百-3百万元", 2_000_000, 3_000_000, False)],
        id="range-百万",
    ),
    pytest.param(
        "估算1千5百-2千万元",
        [("1千5百-2千万元", 15_000_000, 20_000_000, False)],
        id="range-千五百-to-千万",
    ),
    pytest.param("奖励5十-8十万元", [("5十-8十万元", 500_000, 800_000, False)], id="range-十-万"),
    # and a first whose 千 is the first order of the second's 千万 (2千-3千万元)
    pytest.param(
        "投资2千-3千万元",
        [("2千-3千万元", 20_000_000, 30_000_000, False)],
        id="range-千-千万",
    ),
    pytest.param("补助5千-1万元", [("5千-1万元", 5_000, 10_000, False)], id="range-千-to-万"),
    # near-misses: counts, years, and no unit
    pytest.param("参训3百多人", [], id="count-people"),
    pytest.param("已有3百年历史", [], id="years"),
    pytest.param("投入3千5百万人次", [], id="count-after-万"),
    pytest.param("种植3千5百株", [], id="count-株"),
    pytest.param("编号12百元", [], id="two-figures-before-百"),
]


@pytest.mark.parametrize(("snippet", "expected"), FIGURES_WITH_ORDERS)
def test_figures_with_the_numerals_orders(
    snippet: str, expected: list[tuple[str, int, int | None, bool]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end, a.approximate) for a in found] == expected


# as before: a multiplier reads these, 百万 and 千万 whole, its unit as written
# (snippet, [(text, value, unit), ...])
MULTIPLIERS_AS_BEFORE = [
    pytest.param("投入5百万元", [("5百万元", 5_000_000, "百万元")], id="百万-unchanged"),
    pytest.param("投入5百多万元", [("5百多万元", 5_000_000, "百万元")], id="百多万-unchanged"),
    pytest.param("投入3千万元", [("3千万元", 30_000_000, "千万元")], id="千万-unchanged"),
    pytest.param("投入3千元", [("3千元", 3_000, "千元")], id="千元-unchanged"),
]


@pytest.mark.parametrize(("snippet", "expected"), MULTIPLIERS_AS_BEFORE)
def test_multipliers_keep_their_unit(snippet: str, expected: list[tuple[str, int, str]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.unit) for a in found] == expected
