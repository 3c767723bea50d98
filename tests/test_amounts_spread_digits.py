"""A sum whose digits blanks spread out, one blank between each two (a justified line of a
PDF's text spaced character by character: ``资 金 1 2 0 万 元``): one figure, ``1 2 0万元``
→ 1200000, ``text`` and span as written with their blanks, as a date's spread digits are
(``2 0 2 1 年``). Before the figure a hanzi, a clause's mark or a range's dash.

Near-misses (the sum, if any, is the number after the blank, as before): a tab or a run of
blanks between the digits (a table's cells), groups of other sizes (``12 0万元``), 第 or a
line's start before the figure (an ordinal, a row's number), a count after it.

Snippets invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end)])
READ = [
    pytest.param("下达资金1 2 0万元", [("1 2 0万元", 1_200_000, None)], id="spread"),
    pytest.param("下 达 资 金 1 2 0 万 元 。", [("1 2 0 万 元", 1_200_000, None)], id="all-spread"),
    pytest.param("合计 1 2 0 . 5 万元", [("1 2 0 . 5 万元", 1_205_000, None)], id="decimal"),
    pytest.param("补助5 0-1 0 0万元", [("5 0-1 0 0万元", 500_000, 1_000_000)], id="range"),
    pytest.param("投入资金1 2 0万，", [("1 2 0万", 1_200_000, None)], id="bare-wan"),
    pytest.param("每户补助，8 0 0元", [("8 0 0元", 800, None)], id="after-comma"),
]

NOT_SPREAD = [
    pytest.param("下达资金1\t2\t0万元", [("0万元", 0, None)], id="tabs"),
    pytest.param("下达资金1  2  0万元", [("0万元", 0, None)], id="runs-of-blanks"),
    pytest.param("下达资金12 0万元", [("0万元", 0, None)], id="groups-of-two"),
    pytest.param("第1 2 0万元", [("0万元", 0, None)], id="ordinal"),
    pytest.param("1 2 0万元", [("0万元", 0, None)], id="line-start"),
    pytest.param("涉及群众1 2 0万人", [], id="count"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_SPREAD)
def test_spread_digits(snippet: str, expected: list[tuple[str, int, int | None]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == [
        (t, Decimal(v), None if e is None else Decimal(e)) for t, v, e in expected
    ]
    assert all(snippet[a.span[0] : a.span[1]] == a.text for a in found)
