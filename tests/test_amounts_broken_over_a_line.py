"""A sum a copy broke over a line end where the page's width ended the line, in a letter not
hard-wrapped as a whole (``下达资金120`` / ``0万元``, ``资金1.2`` / ``亿元``): one sum, its
span running over the break, as in a hard-wrapped letter; never the piece after the break
alone (``0万元`` read as a sum of nothing). So also where the line ends with a thousands'
separator written ``,`` (``3,`` / ``200万元``; a full-width ``，`` there ends a clause as
often), and over one blank line a copy set inside the sum when the line after it opens
with what opens no sum (``0万元``, ``万元``). A figure ending a line after a label's colon,
a line's start or a blank (a phone, an attachment's number) carries on to nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import _amounts, find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value), ...])
BROKEN = [
    pytest.param("下达资金1.2\n亿元用于改造", [("1.2\n亿元", 120_000_000)], id="before-亿元"),
    pytest.param("下达资金1.\n2亿元用于改造", [("1.\n2亿元", 120_000_000)], id="after-point"),
    pytest.param("安排资金120\n0万元用于改造", [("120\n0万元", 12_000_000)], id="inside-digits"),
    pytest.param("安排资金120\n万元用于改造", [("120\n万元", 1_200_000)], id="before-万元"),
    pytest.param("每户补助300\n元", [("300\n元", 300)], id="before-元"),
    pytest.param(
        "安排资金120\n    0万元用于改造", [("120\n    0万元", 12_000_000)], id="next-indented"
    ),
    pytest.param(
        "下达资金1.2\n亿元，其中省级资金3000\n万元",
        [("1.2\n亿元", 120_000_000), ("3000\n万元", 30_000_000)],
        id="two-breaks",
    ),
    pytest.param(
        "共投入500万元，下达资金1.2\n亿元",
        [("500万元", 5_000_000), ("1.2\n亿元", 120_000_000)],
        id="after-a-sum",
    ),
    pytest.param(
        "共投入资金3,\n200万元用于改造", [("3,\n200万元", 32_000_000)], id="thousands-comma"
    ),
    pytest.param(
        "共投入资金1,\n200.5万元用于改造", [("1,\n200.5万元", 12_005_000)], id="thousands-decimal"
    ),
    pytest.param("下达资金120\n\n0万元用于改造", [("120\n\n0万元", 12_000_000)], id="blank-line-0"),
    pytest.param("下达资金120\n\n万元用于改造", [("120\n\n万元", 1_200_000)], id="blank-line-unit"),
    # near-misses: the figure ending the line is no part of a sum
    pytest.param("下达资金120\n\n5万元用于改造", [("5万元", 50_000)], id="blank-line-a-sum"),
    pytest.param("下达资金120\n\n\n0万元", [("0万元", 0)], id="two-blank-lines"),
    pytest.param("共投入资金3，\n200万元", [("200万元", 2_000_000)], id="full-width-comma"),
    pytest.param("资金3,\n2000万元", [("2000万元", 20_000_000)], id="comma-then-four-figures"),
    pytest.param("联系电话：5550123\n500万元用于改造", [("500万元", 5_000_000)], id="phone"),
    pytest.param("附件：1\n500万元以上项目清单", [("500万元", 5_000_000)], id="after-colon"),
    pytest.param("1\n500万元用于改造", [("500万元", 5_000_000)], id="line-start"),
    pytest.param(
        "资金1200万元。\n2亿元",
        [("1200万元", 12_000_000), ("2亿元", 200_000_000)],
        id="sentence-end",
    ),
    pytest.param("资金安排\n1200万元", [("1200万元", 12_000_000)], id="word-before"),
    pytest.param("建设道路12\n公里", [], id="length"),
    pytest.param("帮扶项目3\n千余人受益", [], id="count"),
]


@pytest.mark.parametrize(("snippet", "expected"), BROKEN)
def test_a_sum_broken_over_a_line_end_is_one(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]
    assert all(snippet[a.span[0] : a.span[1]] == a.text for a in found)


def test_a_claim_over_the_figure_before_the_break_still_holds() -> None:
    # a claim's range (a document number's, a standard code's) in the view's offsets is
    # read where the break is dropped: the sum starting inside it is none, nor its tail
    snippet = "资金120\n0万元，另拨付300万元"
    found = find_amounts(TextView(snippet), exclude=[(0, 5)])
    assert [(a.text, a.value) for a in found] == [("300万元", Decimal(3_000_000))]
    assert found[0].span == (13, 18)


def test_a_claim_after_the_break_still_holds() -> None:
    snippet = "资金120\n0万元，某号500万元"
    found = find_amounts(TextView(snippet), exclude=[(12, 17)])
    assert [(a.text, a.value) for a in found] == [("120\n0万元", Decimal(12_000_000))]


def test_the_ranges_read_are_the_views() -> None:
    # the claims the extractor adds, in the view's offsets (the dropped break counted)
    snippet = "资金120\n0万元，另拨付300万元"
    view = TextView(snippet)
    assert [(a.text, r) for a, r in _amounts(view, ())] == [
        ("120\n0万元", (2, 9)),
        ("300万元", (13, 18)),
    ]
    assert view.norm[2:9] == "120\n0万元"
