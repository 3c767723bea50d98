"""A range whose unit is written once after its second figure, the first a whole figure
too big for that unit (``5000-1万元``: not 5000万 down to 1万): the first is said in the
unit below, yuan under 万 and 万 under 亿, where it rises to the second."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...])
RISING_FIRST = [
    pytest.param("每户5000-1万元", [("5000-1万元", 5_000, 10_000)], id="yuan-to-万"),
    pytest.param("补助800-1.2万元不等", [("800-1.2万元", 800, 12_000)], id="to-a-decimal-万"),
    pytest.param("奖励3000至1万元", [("3000至1万元", 3_000, 10_000)], id="至"),
    pytest.param("每户补贴1,200-2万元", [("1,200-2万元", 1_200, 20_000)], id="thousands-comma"),
    pytest.param("项目资金5000-1亿元", [("5000-1亿元", 50_000_000, 100_000_000)], id="万-to-亿"),
    pytest.param("补助资金5000-1万", [("5000-1万", 5_000, 10_000)], id="no-元"),
    # as before: a rising range in the second's unit, and falling small figures
    pytest.param("每项50-100万元", [("50-100万元", 500_000, 1_000_000)], id="rising-in-万"),
    pytest.param(
        "投资3000-5000万元", [("3000-5000万元", 30_000_000, 50_000_000)], id="big-rising-in-万"
    ),
    pytest.param("标准50-30万元", [("50-30万元", 500_000, 300_000)], id="falling-small"),
    pytest.param("补助2.5-2万元", [("2.5-2万元", 25_000, 20_000)], id="falling-decimal"),
    pytest.param(
        "投资5000万-1亿元", [("5000万-1亿元", 50_000_000, 100_000_000)], id="first-has-its-万"
    ),
    pytest.param(
        "投资3000-1千万元", [("3000-1千万元", 30_000_000_000, 10_000_000)], id="千万-no-unit-below"
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), RISING_FIRST)
def test_a_rising_first_figure_is_said_in_the_unit_below(
    snippet: str, expected: list[tuple[str, int, int]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == expected
