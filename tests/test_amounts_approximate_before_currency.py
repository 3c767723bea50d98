"""An approximation said before the currency's name, code or sign, the sum after it (``超
￥300万元``, ``超过人民币2亿元``, ``约RMB500万元``, ``近￥50万元``): approximate as ``超300万元``
is, its text the sum without the currency and the word before it (as ``人民币300万元``
gives ``300万元``); a sum the sign alone makes money keeps the word in its text as ``约￥300``
does (``超￥300``). A ceiling (``不超过人民币300万元``) or a word the prefix's character ends
(节约, 附近, 赶超) says no approximation. Snippets invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, approximate)])
READ = [
    pytest.param("投入资金超￥300万元", [("300万元", 3_000_000, True)], id="超-sign"),
    pytest.param("另有超过人民币2亿元", [("2亿元", 200_000_000, True)], id="超过-name"),
    pytest.param("共计约RMB500万元", [("500万元", 5_000_000, True)], id="约-code"),
    pytest.param("落实近¥50万元", [("50万元", 500_000, True)], id="近-half-width-sign"),
    pytest.param("累计逾人民币3亿元", [("3亿元", 300_000_000, True)], id="逾-name"),
    pytest.param("将近人民币八百万元", [("八百万元", 8_000_000, True)], id="将近-numerals"),
    pytest.param("大约cny1.5亿元", [("1.5亿元", 150_000_000, True)], id="大约-lower-code"),
    pytest.param("补贴超￥300", [("超￥300", 300, True)], id="超-sign-alone"),
    pytest.param("支出超过¥1,200.50", [("超过¥1,200.50", Decimal("1200.50"), True)], id="超过-sign-alone"),
]  # fmt: skip

# Near-misses: a ceiling, a word the prefix's character ends, no currency between.
NOT_APPROXIMATE = [
    pytest.param("每户不超过人民币300万元", [("300万元", 3_000_000, False)], id="ceiling"),
    pytest.param("节约人民币300万元", [("300万元", 3_000_000, False)], id="节约"),
    pytest.param("附近￥30万元", [("30万元", 300_000, False)], id="附近"),
    pytest.param("赶超RMB100万元", [("100万元", 1_000_000, False)], id="赶超"),
    pytest.param("每户不超过￥500", [("￥500", 500, False)], id="ceiling-sign-alone"),
    pytest.param("超标准人民币300万元", [("300万元", 3_000_000, False)], id="word-between"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_APPROXIMATE)
def test_approximation_before_the_currency(
    snippet: str, expected: list[tuple[str, int | Decimal, bool]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.approximate) for a in found] == [
        (t, Decimal(v), approx) for t, v, approx in expected
    ]
