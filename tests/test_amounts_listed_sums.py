"""Bare 万/亿 sums listed before one that writes the 元 they share (``分别为300万、200万元``,
``50万和30万元``): each is money, as the years of a list that writes 年 once are dates;
a list of counts, or a word between the sums, says nothing of the earlier ones."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value), ...])
LISTED = [
    pytest.param(
        "两个项目分别为300万、200万元",
        [("300万", 3_000_000), ("200万元", 2_000_000)],
        id="two-with-、",
    ),
    pytest.param(
        "两村各获得50万和30万元",
        [("50万", 500_000), ("30万元", 300_000)],
        id="two-with-和",
    ),
    pytest.param(
        "三年分别下达300万、200万、100万元",
        [("300万", 3_000_000), ("200万", 2_000_000), ("100万元", 1_000_000)],
        id="three",
    ),
    pytest.param(
        "两期分别为1.2亿、1.5亿元",
        [("1.2亿", 120_000_000), ("1.5亿元", 150_000_000)],
        id="亿",
    ),
    pytest.param(
        "两批分别为三百万、二百万元",
        [("三百万", 3_000_000), ("二百万元", 2_000_000)],
        id="numerals",
    ),
    pytest.param("两地分别为30余万、20万元", [("30余万", 300_000), ("20万元", 200_000)], id="余"),
    # near-misses: a list of counts, a word between, a list with no 元
    pytest.param("分别惠及300万、200万人", [], id="counts"),
    pytest.param("常住人口300万和资金200万元", [("200万元", 2_000_000)], id="a-word-between"),
    pytest.param("两县人口分别为30万、20万", [], id="no-元"),
    pytest.param("两县分别有30万、20万户", [], id="count-at-the-end"),
]


@pytest.mark.parametrize(("snippet", "expected"), LISTED)
def test_sums_listed_before_a_shared_元(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == expected
