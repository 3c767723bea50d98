"""A figure's unit is one token with it: a blank a copy left between them (``3000 份``, a
justified PDF line) is never a lost line break. ``份`` (copies, sets of a document) is such a
unit as ``个``, ``元`` and ``年`` are: a flattened letter's short heading that ends with a
count keeps its unit (``一、印发宣传手册3000 份 今年以来…`` → heading ``印发宣传手册3000份``),
the heading's line ending at the gap after it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

FLAT = (
    "关于加强防汛宣传的建议的答复 周某代表：您提出的关于加强防汛宣传的建议收悉，现答复如下："
    " 一、{heading} 今年以来，我局在各乡镇发放防汛手册。 二、下一步工作 我局将继续加强宣传。"
    " 某县应急管理局 2099年5月10日"
)


def _headings(heading: str) -> list[str]:
    return [s.heading for s in parse_text(FLAT.format(heading=heading)).sections][:2]


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("印发防汛手册3000 份", "印发防汛手册3000份"),
        ("印发防汛手册300 份", "印发防汛手册300份"),
        # (the other units, as before)
        ("设立宣传点12 个", "设立宣传点12个"),
        ("投入资金50 万元", "投入资金50万元"),
    ],
)
def test_a_count_and_its_unit_stay_one_heading(heading: str, read: str) -> None:
    assert _headings(heading) == [read, "下一步工作"]


# Must not match: a heading with no unit after its figure keeps its gap as the line's end
def test_a_figure_with_no_unit_ends_the_heading_at_the_gap() -> None:
    assert _headings("防汛手册印发情况") == ["防汛手册印发情况", "下一步工作"]
