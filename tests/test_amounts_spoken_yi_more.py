"""亿 said with its approximation after 个 (``1个多亿``, ``一个多亿``, ``两个余亿``): 1亿 and
more, money as ``3个亿`` is (no money word needed), ``approximate``.

Near-misses: ``几个多亿`` is vague, and a count after it is no money (``1个多亿人``).

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

READ = [
    pytest.param("资金缺口还有1个多亿", "1个多亿", 100_000_000, id="arabic"),
    pytest.param("前后投入一个多亿", "一个多亿", 100_000_000, id="numerals"),
    pytest.param("省里支持两个多亿用于改造", "两个多亿", 200_000_000, id="两"),
    pytest.param("共筹集一个多亿元", "一个多亿元", 100_000_000, id="with-元"),
]

NOT_READ = [
    pytest.param("需要几个多亿才能完成", id="vague"),
    pytest.param("覆盖1个多亿人口", id="count-after"),
    pytest.param("投入一个多月", id="month"),
]


@pytest.mark.parametrize(("snippet", "text", "value"), READ)
def test_spoken_yi_with_more(snippet: str, text: str, value: int) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.approximate) for a in found] == [(text, Decimal(value), True)]


@pytest.mark.parametrize("snippet", NOT_READ)
def test_spoken_yi_with_more_not_read(snippet: str) -> None:
    assert find_amounts(TextView(snippet)) == []
