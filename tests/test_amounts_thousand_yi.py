"""A sum counted in 千亿 or 百亿 after a figure (``5千亿元``, ``3百亿元``, ``1.2千亿元``),
also with its approximation said inside (``5百多亿元``: 5百亿 and more), as 千万 and
百万 are: one sum, never an order alone with its figure dropped (``百多亿元``)."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, approximate), ...])
THOUSAND_YI = [
    pytest.param("全省累计投入5千亿元", [("5千亿元", 500_000_000_000, False)], id="千亿"),
    pytest.param("完成投资3百亿元", [("3百亿元", 30_000_000_000, False)], id="百亿"),
    pytest.param("带动投资1.2千亿元", [("1.2千亿元", 120_000_000_000, False)], id="decimal"),
    pytest.param("争取资金5百多亿元", [("5百多亿元", 50_000_000_000, True)], id="百多亿"),
    pytest.param("累计投入2千余亿元", [("2千余亿元", 200_000_000_000, True)], id="千余亿"),
    pytest.param("总投资3百亿，分期实施", [("3百亿", 30_000_000_000, False)], id="no-元"),
    # as before: the numerals, and an order alone after 近
    pytest.param("投入五千亿元", [("五千亿元", 500_000_000_000, False)], id="numerals"),
    pytest.param("投资近千亿元", [("近千亿元", 100_000_000_000, True)], id="近-order"),
    pytest.param("投入3千余万元", [("3千余万元", 30_000_000, True)], id="千余万-unchanged"),
    # near-misses: a count, and a vague order
    pytest.param("资金惠及1千余亿人次", [], id="count"),
    pytest.param("撬动数百亿元社会投资", [], id="vague-数"),
]


@pytest.mark.parametrize(("snippet", "expected"), THOUSAND_YI)
def test_sums_in_thousand_yi(snippet: str, expected: list[tuple[str, int, bool]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.approximate) for a in found] == expected
