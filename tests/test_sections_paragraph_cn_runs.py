"""A run numbered ``（一）…；（二）…`` or ``一、…；二、…`` inside a paragraph, its first item
right after the lead-in's colon (``主要做了以下工作：（一）…；（二）…``): read as the Arabic
run ``具体为：1、…；2、…`` is, when its 2 follows after a clause break in the same paragraph,
each heading to its ``；`` or ``。``. A lone first item, a count (``一、二等奖``), or a second
numeral that follows no clause break stays body text. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


PARAGRAPH_RUNS = [
    pytest.param(
        "近年来我局主要做了以下工作：（一）摸清底数；（二）制定方案；（三）落实资金。\n",
        [
            (1, 1, "（一）", "摸清底数"),
            (1, 2, "（二）", "制定方案"),
            (1, 3, "（三）", "落实资金"),
        ],
        id="cn-paren",
    ),
    pytest.param(
        "针对所提问题，我们的措施有：一、拓宽路面，增设护栏；二、延长末班时间。\n",
        [(1, 1, "一、", "拓宽路面，增设护栏"), (1, 2, "二、", "延长末班时间")],
        id="cn-dun",
    ),
    pytest.param(
        "主要做法是:(一)加强巡查，每月两次。(二)完善台账。\n",
        [(1, 1, "(一)", "加强巡查，每月两次"), (1, 2, "(二)", "完善台账")],
        id="half-width-brackets-sentence-ends",
    ),
    pytest.param(
        "一、工作开展情况\n我局采取了以下措施：（一）摸清底数；（二）制定方案。\n二、下一步打算\n",
        [
            (1, 1, "一、", "工作开展情况"),
            (2, 1, "（一）", "摸清底数"),
            (2, 2, "（二）", "制定方案"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="cn-paren-under-a-section",
    ),
    pytest.param(
        "经研究，现答复如下：一、关于拓宽路面。已列入计划。\n二、关于增设护栏。\n",
        [(1, 1, "一、", "关于拓宽路面"), (1, 2, "二、", "关于增设护栏")],
        id="cn-first-glued-second-on-next-line",
    ),
]

# Body text: no second item after a clause break, a count, a lone first item.
NOT_PARAGRAPH_RUNS = [
    pytest.param("本次评选结果：一、二等奖各一名，三等奖两名。\n", [], id="count-prizes"),
    pytest.param("道路分为：一、二级公路；其余为乡道。\n", [], id="count-grades"),
    pytest.param("主要分为：（一）类和（二）类两种情况。\n", [], id="second-after-no-break"),
    pytest.param("现将有关情况说明：（一）资金已经拨付到位。\n", [], id="lone-cn-paren"),
    pytest.param(
        "具体情况：一、资金已拨付。此外，二、三月份完成验收。\n", [], id="lone-cn-count-after"
    ),
    pytest.param("比例为：（1）类占三成；二、三类占七成。\n", [], id="second-of-another-style"),
    pytest.param("验收情况：1组已完成；二、三组在建。\n", [], id="digit-before-a-cn-second"),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_RUNS)
def test_paragraph_run(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_PARAGRAPH_RUNS)
def test_not_paragraph_run(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected
