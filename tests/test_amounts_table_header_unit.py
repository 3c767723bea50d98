"""A table copied as text whose unit stands only in its header or a 单位 note
(``金额（万元）`` over rows of bare figures): the bare figures are no amounts, as the record
holds sums written with their unit (docs/record.md, Amounts); a cell that writes its unit
is one, and the table's row numbers and years are no sums."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse import parse_text

OPEN = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。现将资金安排答复如下：\n"
SIGNED = "感谢您对我们工作的支持。\n某县财政局\n2024年5月10日\n"

# (table lines, [(text, value), ...])
TABLES = [
    pytest.param(
        "序号\n项目名称\n金额（万元）\n1\n乡道改造\n300\n2\n便民桥维修\n150.5\n合计\n450.5\n",
        [],
        id="flattened-one-cell-a-line",
    ),
    pytest.param(
        "资金安排表（单位：万元）\n项目  省级资金  县级配套\n乡道  300  100\n便民桥  150  50\n",
        [],
        id="cells-in-columns-unit-note",
    ),
    pytest.param(
        "| 项目 | 金额（万元） |\n| 乡道改造 | 300 |\n| 便民桥维修 | 150 |\n", [], id="bars"
    ),
    pytest.param("单位：万元\n乡道改造300\n", [], id="unit-note-then-a-figure"),
    pytest.param("年度  投入资金（万元）\n2022  120\n2023  150\n", [], id="years-and-figures"),
    # a cell that writes its unit is a sum
    pytest.param(
        "| 项目 | 金额 |\n| 乡道改造 | 300万元 |\n| 便民桥维修 | 1,250.5万元 |\n",
        [("300万元", 3_000_000), ("1,250.5万元", 12_505_000)],
        id="bars-unit-in-cell",
    ),
    pytest.param(
        "项目  省级资金  县级配套\n乡道  300万元  100万元\n",
        [("300万元", 3_000_000), ("100万元", 1_000_000)],
        id="columns-unit-in-cell",
    ),
]


@pytest.mark.parametrize(("table", "expected"), TABLES)
def test_a_header_unit_makes_no_sum_of_a_bare_figure(
    table: str, expected: list[tuple[str, int]]
) -> None:
    letter = parse_text(OPEN + table + SIGNED)
    assert [(a.text, a.value) for a in letter.amounts] == [(t, Decimal(v)) for t, v in expected]
