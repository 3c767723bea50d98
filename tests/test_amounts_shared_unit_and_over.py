"""Sums listed as bare figures before one that writes the unit they share
(``分别补助300、200万元``, ``50、30和20万元``: each a sum in that unit, ``text`` the figure as
written, ``unit`` the shared one), and 超/超过 before a sum, which says more than it as 逾
does (approximate, the word in ``text``). A section's marker (``1、200万元…``), an ordinal,
a count and a ceiling (``不超过``) are none of them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse import parse_text

OPEN = "关于某某建议的答复\n林某代表：\n您提出的建议收悉，现答复如下：\n"
SIGNED = "\n感谢您对我们工作的支持。\n某县财政局\n2024年5月10日\n"

Read = tuple[str, Decimal, str, bool]
"""An amount's text, value, unit and approximate."""


def _amounts(line: str) -> list[Read]:
    text = OPEN + line + SIGNED
    letter = parse_text(text, keywords=False)
    for a in letter.amounts:
        assert text[slice(*a.span)] == a.text
    return [(a.text, a.value, a.unit, a.approximate) for a in letter.amounts]


M = Decimal(10_000)

LISTED = [
    pytest.param(
        "今年分别补助两个村300、200万元。",
        [("300", 300 * M, "万元", False), ("200万元", 200 * M, "万元", False)],
        id="two-dun",
    ),
    pytest.param(
        "三个项目分别安排50、30和20万元。",
        [
            ("50", 50 * M, "万元", False),
            ("30", 30 * M, "万元", False),
            ("20万元", 20 * M, "万元", False),
        ],
        id="three-dun-and-he",
    ),
    pytest.param(
        "每户每月补贴300、500元。",
        [("300", Decimal(300), "元", False), ("500元", Decimal(500), "元", False)],
        id="yuan-only",
    ),
    pytest.param(
        "两年分别为1.5及2万元。",
        [("1.5", Decimal(15_000), "万元", False), ("2万元", 2 * M, "万元", False)],
        id="decimal-ji",
    ),
    pytest.param(
        "专项资金分别为80、60万，已拨付。",
        [("80", 80 * M, "万", False), ("60万", 60 * M, "万", False)],
        id="money-word-no-yuan",
    ),
]

OVER = [
    pytest.param("全年投入超300万元。", [("超300万元", 300 * M, "万元", True)], id="超"),
    pytest.param(
        "累计投入超过1.2亿元。", [("超过1.2亿元", Decimal(120_000_000), "亿元", True)], id="超过"
    ),
    pytest.param("投入超五百万元。", [("超五百万元", 500 * M, "万元", True)], id="超-numerals"),
]

# Near-misses: the figure before the list mark is a marker, an ordinal or a count; a
# ceiling; 超 that is no prefix of the sum.
NOT_LISTED = [
    pytest.param(
        "1、200万元用于道路维修。", [("200万元", 200 * M, "万元", False)], id="marker-at-line-start"
    ),
    pytest.param(
        "一是…；2、300万元用于维修。",
        [("300万元", 300 * M, "万元", False)],
        id="marker-after-clause",
    ),
    pytest.param("第1、2万元档次。", [("2万元", 2 * M, "万元", False)], id="ordinal"),
    pytest.param("共3、4个村获得200万元。", [("200万元", 200 * M, "万元", False)], id="count"),
    pytest.param("每年不超过300万元。", [("300万元", 300 * M, "万元", False)], id="ceiling"),
    pytest.param("项目超支300万元。", [("300万元", 300 * M, "万元", False)], id="超支"),
    pytest.param("力争赶超300万元。", [("300万元", 300 * M, "万元", False)], id="赶超"),
    pytest.param("2023、2024年共投入300万元。", [("300万元", 300 * M, "万元", False)], id="years"),
]


@pytest.mark.parametrize(("line", "expected"), LISTED + OVER + NOT_LISTED)
def test_amounts(line: str, expected: list[Read]) -> None:
    assert _amounts(line) == expected
