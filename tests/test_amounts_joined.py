"""A sum written in two units joined, as it is said (``1亿3千万元``, ``2亿5000万元``,
``1亿零500万元``, ``3万5千元``): one amount, its parts added."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end, approximate), ...])
JOINED = [
    pytest.param(
        "省级下达补助资金1亿3千万元，用于农村公路",
        [("1亿3千万元", 130_000_000, None, False)],
        id="亿-千万",
    ),
    pytest.param(
        "共安排专项资金2亿5000万元。", [("2亿5000万元", 250_000_000, None, False)], id="亿-万"
    ),
    pytest.param(
        "累计投入1亿零500万元。", [("1亿零500万元", 105_000_000, None, False)], id="亿-零-万"
    ),
    pytest.param("奖补资金3万5千元已发放", [("3万5千元", 35_000, None, False)], id="万-千"),
    pytest.param("项目总投资3万零500元", [("3万零500元", 30_500, None, False)], id="万-零-元"),
    pytest.param(
        "总投资约1亿3000余万元", [("约1亿3000余万元", 130_000_000, None, True)], id="余-inside"
    ),
    pytest.param(
        "预计投资1亿3千万至1亿5千万元",
        [("1亿3千万至1亿5千万元", 130_000_000, 150_000_000, False)],
        id="range",
    ),
    pytest.param(
        "财政资金2亿5000万，已全部拨付", [("2亿5000万", 250_000_000, None, False)], id="no-元"
    ),
    # near-misses: two sums, or no money
    pytest.param(
        "安排资金5万12000元",
        [("5万", 50_000, None, False), ("12000元", 12_000, None, False)],
        id="second-not-smaller",
    ),
    pytest.param(
        "投资1.5亿3000万元",
        [("1.5亿", 150_000_000, None, False), ("3000万元", 30_000_000, None, False)],
        id="decimal-first",
    ),
    pytest.param(
        "投入1亿元3000万元用于",
        [("1亿元", 100_000_000, None, False), ("3000万元", 30_000_000, None, False)],
        id="元-between",
    ),
    pytest.param(
        "安排资金1亿，其中5000万元用于道路",
        [("1亿", 100_000_000, None, False), ("5000万元", 50_000_000, None, False)],
        id="comma-between",
    ),
    pytest.param(
        "累计投入资金3亿2024年将继续加大",
        [("3亿", 300_000_000, None, False)],
        id="year-after-no-unit",
    ),
    pytest.param("全县共有5万2千亩耕地", [], id="area"),
    pytest.param("全县共计2亿5个项目", [], id="count-after"),
]


@pytest.mark.parametrize(("snippet", "expected"), JOINED)
def test_joined_units_are_one_sum(
    snippet: str, expected: list[tuple[str, int, int | None, bool]]
) -> None:
    found = find_amounts(TextView(snippet))
    want = [
        (text, Decimal(value), None if end is None else Decimal(end), approx)
        for text, value, end, approx in expected
    ]
    assert [(a.text, a.value, a.end, a.approximate) for a in found] == want


def test_千余万_is_not_joined_as_千() -> None:
    """``1亿3千余万元``: the 千 is one of 万 (3千余万), not a part after 亿 (1亿3千):
    one sum, 1亿 and 3千万, approximate (``tests/test_amounts_said_approximation.py``)."""
    found = find_amounts(TextView("资金1亿3千余万元已拨付"))
    assert [(a.text, a.value, a.approximate) for a in found] == [
        ("1亿3千余万元", Decimal(130_000_000), True)
    ]
