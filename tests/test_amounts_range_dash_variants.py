"""A range written with a dash a copy or an input method changed: the dash —— decoded from
GB2312 as two horizontal bars (``5――10万元``), a Japanese input method's wave dash for ～
(``5〜10万元``), ASCII ``--`` for —— (``5--10万元``, also typed full-width, ``－－``): one
amount from the first figure to the second, as the dates read such ranges; never the
second figure alone."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...])
VARIANTS = [
    pytest.param("每户补助5〜10万元", [("5〜10万元", 50_000, 100_000)], id="wave-dash"),
    pytest.param("每户补助5――10万元", [("5――10万元", 50_000, 100_000)], id="two-bars"),
    pytest.param("每户补助5--10万元", [("5--10万元", 50_000, 100_000)], id="ascii-double"),
    pytest.param("每户补助5－－10万元", [("5－－10万元", 50_000, 100_000)], id="full-width-double"),
    pytest.param(
        "奖励5万元〜10万元", [("5万元〜10万元", 50_000, 100_000)], id="wave-dash-units-both"
    ),
    pytest.param("标准为1,000〜2,000元", [("1,000〜2,000元", 1_000, 2_000)], id="wave-thousands"),
    pytest.param(
        "每人一点五〜二点五万元", [("一点五〜二点五万元", 15_000, 25_000)], id="wave-numerals"
    ),
    pytest.param("票价￥300〜￥500", [("￥300〜￥500", 300, 500)], id="wave-yuan-sign"),
    pytest.param("补助5 〜 10万元", [("5 〜 10万元", 50_000, 100_000)], id="wave-blanks"),
    # as before: the usual dashes
    pytest.param("每户补助5～10万元", [("5～10万元", 50_000, 100_000)], id="full-width-tilde"),
    pytest.param("每户补助5——10万元", [("5——10万元", 50_000, 100_000)], id="dash"),
    # near-misses: no range where the second figure is no money, or the first a count
    pytest.param("培训5〜10人次，经费3万元", [("3万元", 30_000, None)], id="count-range"),
    pytest.param("种植5〜10万亩", [], id="area"),
    pytest.param("2021〜2025年累计投入", [], id="years"),
    pytest.param("增长5〜10%", [], id="percent"),
    pytest.param("建设5――10公里道路", [], id="length"),
]


@pytest.mark.parametrize(("snippet", "expected"), VARIANTS)
def test_a_range_dash_a_copy_changed_still_parts_one_amount(
    snippet: str, expected: list[tuple[str, int, int | None]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == expected
