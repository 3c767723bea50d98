"""A bracketed marker with a 、 typed after it (``（一）、``, ``（1）、``), a slip many
offices make when they number with both brackets and the 、 of ``一、``: the 、 belongs to
the marker (as written), not to the heading. A 、 inside the heading, or one after a
marker that is no bracketed numeral, is read as before. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


BRACKET_THEN_DUN = [
    pytest.param(
        "（一）、加大资金投入。今年安排资金若干。\n（二）、优化审批流程。\n",
        [(1, 1, "（一）、", "加大资金投入"), (1, 2, "（二）、", "优化审批流程")],
        id="cn-paren",
    ),
    pytest.param(
        "(一)、完善规划\n已编制专项规划。\n(二)、加强监管\n开展季度检查。\n",
        [(1, 1, "(一)、", "完善规划"), (1, 2, "(二)、", "加强监管")],
        id="half-width-brackets",
    ),
    pytest.param(
        "一、工作开展情况\n（1）、设立专项资金。\n（2）、落实贷款贴息。\n二、下一步打算\n",
        [
            (1, 1, "一、", "工作开展情况"),
            (2, 1, "（1）、", "设立专项资金"),
            (2, 2, "（2）、", "落实贷款贴息"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="ar-paren-under-cn",
    ),
    pytest.param(
        "（一）、（二）、关于资金和人员问题。已统筹安排。\n（三）、关于场地问题。\n",
        [(1, 1, "（一）、（二）、", "关于资金和人员问题"), (1, 3, "（三）、", "关于场地问题")],
        id="joined-points",
    ),
]

# Read as before: the 、 is the heading's or the marker is no bracketed numeral.
NOT_BRACKET_THEN_DUN = [
    pytest.param(
        "（一）加大投入、优化结构。\n（二）强化考核。\n",
        [(1, 1, "（一）", "加大投入、优化结构"), (1, 2, "（二）", "强化考核")],
        id="dun-inside-heading",
    ),
    pytest.param(
        "一、加大投入。\n二、优化结构。\n",
        [(1, 1, "一、", "加大投入"), (1, 2, "二、", "优化结构")],
        id="plain-cn-dun",
    ),
    pytest.param(
        "（一）加大投入。\n（二）优化结构。\n",
        [(1, 1, "（一）", "加大投入"), (1, 2, "（二）", "优化结构")],
        id="no-dun",
    ),
    pytest.param("（注）、以上数据为初步统计。\n", [], id="note-no-numeral"),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_THEN_DUN)
def test_bracket_then_dun(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_BRACKET_THEN_DUN)
def test_not_bracket_then_dun(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected
