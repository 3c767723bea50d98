"""A sum in 万 or 亿 followed by the currency's name (``300万人民币``): money, where 人
would otherwise make it a count of people (``300万人``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

CASES = [
    pytest.param("争取资金300万人民币", [("300万", 3_000_000)], id="万"),
    pytest.param("共计1.5亿人民币用于", [("1.5亿", 150_000_000)], id="亿-no-money-word"),
    pytest.param("折合五十万人民币", [("五十万", 500_000)], id="numerals"),
    pytest.param("资金300万元人民币", [("300万元", 3_000_000)], id="元-before"),
    # near-misses: people
    pytest.param("投入资金惠及300万人民群众", [], id="人民群众"),
    pytest.param("资金覆盖300万人", [], id="人"),
    pytest.param("服务人口2万人次", [], id="人次"),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES)
def test_renminbi_after_the_multiplier(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]
