"""A figure the yuan's sign alone makes money (``￥300``, ``¥1,200.50``, ``￥1，200``): no 元
and no multiplier after it.

Decided: ``text`` the sign and figure as written (the figure alone says no sum, where
``RMB300万元`` → ``300万元`` does), ``unit`` ``元`` (the sign is the yuan's), ``value`` in
yuan. A range said with the sign (``￥300-￥500``, ``￥300—500``) is one amount. A figure
with 万/亿/元 after the sign is read as before (``￥300万`` → ``300万``, ``￥300元`` →
``300元``), and a range whose second figure has its unit (``￥300—500元``) too. 约, 近, 逾…
before the sign or 左右 after the figure make it approximate, as for any sum.

Near-misses: a count or a percentage after the figure (``¥300人``, ``￥30%``), a range
whose second figure counts (``￥300—500万件``: no ``￥300`` alone either), a sign with no
figure after it, a figure with no sign.

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end, unit)])
READ = [
    pytest.param("每人补助￥300，按月发放", [("￥300", 300, None, "元")], id="full-width"),
    pytest.param("每人补助¥300。", [("¥300", 300, None, "元")], id="half-width"),
    pytest.param("费用￥1,200.50，已结清", [("￥1,200.50", "1200.50", None, "元")], id="comma"),
    pytest.param(
        "费用￥1，200.50，已结清", [("￥1，200.50", "1200.50", None, "元")], id="fw-comma"
    ),
    pytest.param("合计：￥ 300", [("￥ 300", 300, None, "元")], id="blank-after-sign"),
    pytest.param("标准为￥300-￥500", [("￥300-￥500", 300, 500, "元")], id="range-two-signs"),
    pytest.param("标准为￥300—500", [("￥300—500", 300, 500, "元")], id="range-one-sign"),
    pytest.param("单价￥12.5/吨", [("￥12.5", "12.5", None, "元")], id="per-ton"),
    pytest.param("奖励￥300元", [("300元", 300, None, "元")], id="with-元-as-before"),
    pytest.param("每户约￥300，", [("约￥300", 300, None, "元")], id="approximate-约"),
    pytest.param("每户￥300左右。", [("￥300左右", 300, None, "元")], id="approximate-左右"),
    pytest.param("奖励￥300万", [("300万", 3_000_000, None, "万")], id="with-万-as-before"),
    pytest.param("标准￥300—500元", [("300—500元", 300, 500, "元")], id="range-with-元"),
    pytest.param(
        "甲项￥300，乙项￥450元", [("￥300", 300, None, "元"), ("450元", 450, None, "元")], id="two"
    ),
]

NOT_READ = [
    pytest.param("共有¥300人参加", id="count"),
    pytest.param("涨幅￥30%", id="percent"),
    pytest.param("标价符号￥，见附表", id="sign-alone"),
    pytest.param("共计300，用于修路", id="no-sign"),
    pytest.param("约￥300—500万件", id="range-of-a-count"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ)
def test_yuan_sign_read(
    snippet: str, expected: list[tuple[str, int | str, int | None, str]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end, a.unit) for a in found] == [
        (t, Decimal(v), None if e is None else Decimal(e), u) for t, v, e, u in expected
    ]
    assert all(snippet[a.span[0] : a.span[1]] == a.text for a in found)
    assert [a.approximate for a in found] == [
        t.startswith("约") or "左右" in t for t, *_ in expected
    ]


@pytest.mark.parametrize("snippet", NOT_READ)
def test_yuan_sign_not_read(snippet: str) -> None:
    assert find_amounts(TextView(snippet)) == []
