"""QuoteDepth: how deep inside quotation marks a place stands, asked left to right."""

from __future__ import annotations

import pytest

from replyparse.quotes import QuoteDepth

DEPTHS = [
    pytest.param("关于“修路”的建议", 0, [(2, 0), (3, 1), (5, 1), (6, 0), (9, 0)], id="one-quote"),
    pytest.param("“甲‘乙’丙”", 0, [(1, 1), (2, 1), (3, 2), (4, 2), (5, 1), (7, 0)], id="nested"),
    pytest.param("“甲”乙“丙", 3, [(3, 0), (4, 0), (5, 1), (6, 1)], id="counted-from-start"),
    pytest.param("「甲」『乙』", 0, [(1, 1), (3, 0), (4, 1), (6, 0)], id="corner-marks"),
    pytest.param("甲”乙", 0, [(2, -1), (3, -1)], id="close-without-open"),
]


@pytest.mark.parametrize(("text", "start", "asks"), DEPTHS)
def test_depth(text: str, start: int, asks: list[tuple[int, int]]) -> None:
    quotes = QuoteDepth(text, start)
    assert [(pos, quotes.at(pos)) for pos, _ in asks] == asks


CLOSES = [
    pytest.param(
        "关于“建成。”的问题", [(4, 10, True), (6, 10, True), (7, 10, False)], id="closed-after"
    ),
    pytest.param("“建成。\n”", [(3, 4, False), (4, 6, True)], id="closed-on-next-line-only"),
    pytest.param("“一。二。三", [(2, 6, False), (4, 6, False)], id="never-closed"),
    pytest.param(
        "“甲”乙“丙”", [(0, 2, False), (0, 3, True), (4, 6, False), (4, 7, True)], id="asked-again"
    ),
]


@pytest.mark.parametrize(("text", "asks"), CLOSES)
def test_closes_before(text: str, asks: list[tuple[int, int, bool]]) -> None:
    quotes = QuoteDepth(text, 0)
    assert [(pos, end, quotes.closes_before(pos, end)) for pos, end, _ in asks] == asks
