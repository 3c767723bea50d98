"""The currency's code written in lower case before a sum (``rmb300万元``, ``cny1.5亿元``,
``rmb300万``), as a typist without caps writes it: read as ``RMB300万元`` is, ``text`` the
sum without the code.

Near-misses: other letters glued before a figure still make a code (``型号ab300万元``,
``usd300万元``, both with 元: the code's letters are not the currency's), and a count after a
bare 万 is still none (``rmb300万件``).

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

READ = [
    pytest.param("共计rmb300万元用于建设", [("300万元", 3_000_000)], id="rmb-yuan"),
    pytest.param("折合cny1.5亿元", [("1.5亿元", 150_000_000)], id="cny"),
    pytest.param("共rmb300万，用于修路", [("300万", 3_000_000)], id="rmb-bare-wan"),
]

NOT_READ = [
    pytest.param("型号ab300万元", [], id="code-letters"),
    pytest.param("共usd300万元", [], id="other-code"),
    pytest.param("共rmb300万件", [], id="count-unit"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_lower_case_currency_code(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]
