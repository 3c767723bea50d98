"""A sum with the currency named or signed before it (``人民币300万``, ``RMB300万元``,
``￥300万``): money, its text the sum as written without the currency (as ``300万元人民币``
gives ``300万元``).

- ASCII letters glued before a figure make it a code (``型号AB300万元``), but for the
  currency's own codes, ``RMB`` and ``CNY``.
- A figure with 万 or 亿 and no 元 is money with no money word near when the currency's
  name or sign stands right before it; a count unit after it still makes it a count.

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

READ = [
    pytest.param("共计RMB300万元用于建设", [("300万元", 3_000_000)], id="rmb-glued"),
    pytest.param("共计RMB300元", [("300元", 300)], id="rmb-yuan"),
    pytest.param("折合CNY1.5亿元", [("1.5亿元", 150_000_000)], id="cny"),
    pytest.param("共RMB300万，用于修路", [("300万", 3_000_000)], id="rmb-bare-wan"),
    pytest.param("共人民币300万，用于修路", [("300万", 3_000_000)], id="renminbi-bare-wan"),
    pytest.param("共￥300万，用于修路", [("300万", 3_000_000)], id="yen-sign-full-width"),
    pytest.param("共¥2亿，用于修路", [("2亿", 200_000_000)], id="yen-sign-half-width"),
    pytest.param("共人民币三百万，用于修路", [("三百万", 3_000_000)], id="numerals"),
    pytest.param("共RMB 300万元", [("300万元", 3_000_000)], id="rmb-spaced"),
]

NOT_READ = [
    pytest.param("型号ABC300万元", [], id="code-letters"),
    pytest.param("编号AB300万元", [], id="code-two-letters"),
    pytest.param("共有人民币300万人", [], id="count-after"),
    pytest.param("共RMB300万件", [], id="count-unit"),
    pytest.param("共计300万，用于修路", [], id="no-currency-no-money-word"),
    pytest.param("共USD300万元", [], id="other-code"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_currency_before_the_sum(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]
