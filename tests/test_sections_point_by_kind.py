"""A reply answering a proposal's points one by one may head each with what the point is
and its number, then a colon (``建议一：``, ``问题二：``, ``意见1：``), or with 第…点 in
figures and its mark (``第1点：``, ``第2条，``): a marker at a line's start, ``第一点``'s
level. Near-misses: no colon (a sentence), the words inside a sentence, a figure with no
point word (第1季度), 第1点 with no mark, a heading word other than the kinds. Snippets
invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


MARKERS = [
    pytest.param(
        "建议一：关于增设公交站点\n我局已完成选址。\n建议二：关于延长末班时间\n已调整时刻表。",
        [(1, 1, "建议一：", "关于增设公交站点"), (1, 2, "建议二：", "关于延长末班时间")],
        id="建议一",
    ),
    pytest.param(
        "问题一：道路破损。已修复。\n问题二：路灯不亮。已更换。",
        [(1, 1, "问题一：", "道路破损"), (1, 2, "问题二：", "路灯不亮")],
        id="问题一-paragraph",
    ),
    pytest.param(
        "意见1:加强巡查\n已完成。\n意见2:完善制度\n已印发。",
        [(1, 1, "意见1:", "加强巡查"), (1, 2, "意见2:", "完善制度")],
        id="意见-figures-web-colon",
    ),
    pytest.param(
        "第1点：关于增设站点。我局已完成选址。\n第2点：关于延长班次。已调整时刻表。",
        [(1, 1, "第1点：", "关于增设站点"), (1, 2, "第2点：", "关于延长班次")],
        id="第1点",
    ),
    pytest.param(
        "第1条，增设站点。已完成。\n第2条，延长班次。已调整。",
        [(1, 1, "第1条，", "增设站点"), (1, 2, "第2条，", "延长班次")],
        id="第1条",
    ),
    pytest.param(
        "第1点建议：增设站点。已完成。\n第2点建议：延长班次。已调整。",
        [(1, 1, "第1点建议：", "增设站点"), (1, 2, "第2点建议：", "延长班次")],
        id="第1点建议",
    ),
    pytest.param(
        "建议一：增设站点\n（一）选址情况\n已完成。\n（二）建设计划\n年内建成。\n建议二：延长班次\n已调整。",
        [
            (1, 1, "建议一：", "增设站点"),
            (2, 1, "（一）", "选址情况"),
            (2, 2, "（二）", "建设计划"),
            (1, 2, "建议二：", "延长班次"),
        ],
        id="with-children",
    ),
]

NOT_MARKERS = [
    pytest.param("建议一并纳入规划统筹考虑。\n建议二者兼顾。", id="no-colon"),
    pytest.param(
        "您提出的建议一：增设站点，已完成。\n建议二：延长班次，已调整。", id="mid-sentence-first"
    ),
    pytest.param("第1季度已完成排查。\n第2季度将开展整治。", id="quarter"),
    pytest.param("第1点已经落实到位。\n第2点正在研究落实。", id="第1点-no-mark"),
    pytest.param("措施一：加强巡查。已完成。\n措施二：完善制度。已印发。", id="other-word"),
    pytest.param("问题：道路破损。已修复。", id="no-number"),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_point_by_kind_read(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_markers(text: str) -> None:
    assert _parse(text) == []
