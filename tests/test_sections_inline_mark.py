"""An inline item with a mark typed after its 是 (``一是：…``, ``一是，…``, ``一是、…``), as
many county offices number the points of a paragraph: the mark belongs to the marker (as
``其一，`` and ``第一，`` keep theirs), so the heading opens with the item's first word, not
with the colon. An 一是 that is no marker (统一是，) stays body text. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


MARK_AFTER_SHI = [
    pytest.param(
        "我局主要做了以下工作：一是：加强巡查，组织专项检查；二是：完善台账。\n",
        [(1, 1, "一是：", "加强巡查，组织专项检查"), (1, 2, "二是：", "完善台账")],
        id="colon-inside-paragraph",
    ),
    pytest.param(
        "一是:落实补助资金，按季度拨付。\n二是:开展技能培训。\n",
        [(1, 1, "一是:", "落实补助资金，按季度拨付"), (1, 2, "二是:", "开展技能培训")],
        id="half-width-colon-line-start",
    ),
    pytest.param(
        "下一步，我们将：一是，优化公交线路；二是，延长末班时间；三是，增设站牌。\n",
        [
            (1, 1, "一是，", "优化公交线路"),
            (1, 2, "二是，", "延长末班时间"),
            (1, 3, "三是，", "增设站牌"),
        ],
        id="comma",
    ),
    pytest.param(
        "一、工作开展情况\n一是、摸清底数；二是、制定方案。\n二、下一步打算\n",
        [
            (1, 1, "一、", "工作开展情况"),
            (2, 1, "一是、", "摸清底数"),
            (2, 2, "二是、", "制定方案"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="dun-under-a-section",
    ),
    pytest.param(
        "我局高度重视，道路一是：拓宽路面；二是：增设护栏。\n",
        [(1, 1, "一是：", "拓宽路面"), (1, 2, "二是：", "增设护栏")],
        id="glued-first-item",
    ),
]

# Read as before: no mark after 是, or an 一是 that is no marker.
NOT_MARK_AFTER_SHI = [
    pytest.param(
        "主要措施：一是加强巡查；二是完善台账。\n",
        [(1, 1, "一是", "加强巡查"), (1, 2, "二是", "完善台账")],
        id="no-mark",
    ),
    pytest.param("标准统一是，各地执行同一口径。\n", [], id="tongyi-shi-comma"),
    pytest.param("该项工作的难点之一是：资金不足。\n", [], id="zhiyi-shi-colon"),
    pytest.param("全省唯一是：该县未设站点。\n", [], id="weiyi-shi-colon"),
]


@pytest.mark.parametrize(("text", "expected"), MARK_AFTER_SHI)
def test_mark_after_shi_is_the_markers(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_MARK_AFTER_SHI)
def test_not_mark_after_shi(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected
