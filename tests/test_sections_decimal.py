"""Decimal sub-numbering (``1.1``, ``1.2`` under ``1.``), as technical and planning
bureaus number a reply: a child level of the ``1.`` (or ``1、``) its first number names.
Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


DECIMAL = [
    pytest.param(
        "1.基本情况\n1.1 工程建设。累计建成供水工程86处。\n1.2 水质监测。每季度检测一次。\n"
        "2.下一步工作\n逐步改造老旧管网。",
        [
            (1, 1, "1.", "基本情况"),
            (2, 1, "1.1", "工程建设"),
            (2, 2, "1.2", "水质监测"),
            (1, 2, "2.", "下一步工作"),
        ],
        id="printed-headings",
    ),
    pytest.param(
        "1.已做工作\n1.1强化规划引领\n1.2加大资金投入\n2.下一步打算\n2.1完善机制\n2.2加强督导",
        [
            (1, 1, "1.", "已做工作"),
            (2, 1, "1.1", "强化规划引领"),
            (2, 2, "1.2", "加大资金投入"),
            (1, 2, "2.", "下一步打算"),
            (2, 1, "2.1", "完善机制"),
            (2, 2, "2.2", "加强督导"),
        ],
        id="numbering-restarts-under-2",
    ),
    pytest.param(
        "1、总体情况\n1.1项目进展。已开工12个。\n1.2 资金到位。已拨付。",
        [
            (1, 1, "1、", "总体情况"),
            (2, 1, "1.1", "项目进展"),
            (2, 2, "1.2", "资金到位"),
        ],
        id="under-1dun",
    ),
    pytest.param(
        "1.基本情况\n1.1工程建设\n（1）新建水厂2座。\n（2）改造管网。",
        [
            (1, 1, "1.", "基本情况"),
            (2, 1, "1.1", "工程建设"),
            (3, 1, "（1）", "新建水厂2座"),
            (3, 2, "（2）", "改造管网"),
        ],
        id="paren-under-decimal",
    ),
]

# Decimals and stray numbers that stay body text
NOT_DECIMAL = [
    pytest.param("1.基本情况\n1.5公里的道路已完工。", [(1, 1, "1.", "基本情况")], id="length"),
    pytest.param("1.基本情况\n1.2亿元已拨付到位。", [(1, 1, "1.", "基本情况")], id="money"),
    pytest.param("1.基本情况\n1.1倍于去年。", [(1, 1, "1.", "基本情况")], id="times"),
    pytest.param("1.基本情况\n1.1万元已拨付。", [(1, 1, "1.", "基本情况")], id="wan-yuan"),
    pytest.param("1.基本情况\n2.1 工程建设。", [(1, 1, "1.", "基本情况")], id="wrong-parent"),
    pytest.param("1.1 工程建设。\n1.2 水质监测。", [], id="no-parent"),
    pytest.param("一、基本情况\n1.1 工程建设。", [(1, 1, "一、", "基本情况")], id="under-cn"),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL)
def test_decimal_sub_numbering(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_DECIMAL)
def test_not_decimal_sub_numbering(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected
