"""A reply that answers a proposal's points one by one may head each with the point's
ordinal and what the point is, then its colon (``第一点建议：``, ``第二条意见：``,
``第三项建议：``): a marker at a line's start, ``第一，``'s level, the word and the colon
the marker's, as ``第一点：``'s colon is. Without the colon the words are a sentence's
(``第一点建议我局已落实``), and 第一项 alone is a count's. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


MARKERS = [
    pytest.param(
        "第一点建议：关于增设站点。我局已完成选址。\n第二点建议：关于延长班次。已调整时刻表。",
        [(1, 1, "第一点建议：", "关于增设站点"), (1, 2, "第二点建议：", "关于延长班次")],
        id="点建议",
    ),
    pytest.param(
        "第一点意见：加强巡查\n已完成。\n第二点意见：完善制度\n已印发。",
        [(1, 1, "第一点意见：", "加强巡查"), (1, 2, "第二点意见：", "完善制度")],
        id="点意见-heading-line",
    ),
    pytest.param(
        "第一条建议：增设站点。已完成。\n第二条建议：延长班次。已调整。",
        [(1, 1, "第一条建议：", "增设站点"), (1, 2, "第二条建议：", "延长班次")],
        id="条建议",
    ),
    pytest.param(
        "第一项建议：增设站点。已完成。\n第二项建议：延长班次。已调整。",
        [(1, 1, "第一项建议：", "增设站点"), (1, 2, "第二项建议：", "延长班次")],
        id="项建议",
    ),
    pytest.param(
        "第一点问题:道路破损。已修复。\n第二点问题:路灯不亮。已更换。",
        [(1, 1, "第一点问题:", "道路破损"), (1, 2, "第二点问题:", "路灯不亮")],
        id="点问题-web-colon",
    ),
    pytest.param(
        "一、总体情况\n已部署。\n二、具体答复\n第一点建议：增设站点。已完成。\n第二点建议：延长班次。已调整。",
        [
            (1, 1, "一、", "总体情况"),
            (1, 2, "二、", "具体答复"),
            (2, 1, "第一点建议：", "增设站点"),
            (2, 2, "第二点建议：", "延长班次"),
        ],
        id="under-yi-dun",
    ),
]

# Near-misses: the words with no colon (a sentence), 第一项 with no word or no colon (a
# count), the ordinal inside a sentence, another noun after it.
NOT_MARKERS = [
    pytest.param(
        "第一点建议我局已经落实到位并形成了长效机制。\n第二点建议正在研究落实之中。", id="no-colon"
    ),
    pytest.param("第一项工程已经完工，第二项工程正在建设之中，预计年底前通车。", id="项-count"),
    pytest.param("第一项建议已经落实到位。\n第二项建议正在研究落实之中。", id="项-no-colon"),
    pytest.param("第一项建议已落实\n第二项建议在研究", id="项-short-lines-no-colon"),
    pytest.param("关于第一点建议：我局已完成排查。\n关于第二点建议：已印发办法。", id="after-关于"),
    pytest.param(
        "第一项：我局已完成排查工作并报送。\n第二项：已印发办法并组织实施。", id="项-alone"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_point_with_noun_read(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_markers(text: str) -> None:
    assert _parse(text) == []
