"""Markers some letters write in another dress than the standard's: a （一） level set in
any bracket pair (``【一】``, ``〔一〕``, ``［一］``; ``【1】`` as ``（1）``), and ``第一点``,
``第一条`` at a line's start, ``第一，``'s level, set off from their heading as ``第一部分``
is (a mark, a blank, or a short line). Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


MARKERS = [
    pytest.param(
        "【一】加强巡查\n我局已完成排查。\n【二】完善制度\n已印发办法。",
        [(1, 1, "【一】", "加强巡查"), (1, 2, "【二】", "完善制度")],
        id="square-black-brackets",
    ),
    pytest.param(
        "〔一〕加强巡查\n我局已完成排查。\n〔二〕完善制度\n已印发办法。",
        [(1, 1, "〔一〕", "加强巡查"), (1, 2, "〔二〕", "完善制度")],
        id="tortoise-brackets",
    ),
    pytest.param(
        "一、基本情况\n【一】加强巡查\n已完成。\n【二】完善制度\n已印发。\n二、下一步打算\n继续推进。",
        [
            (1, 1, "一、", "基本情况"),
            (2, 1, "【一】", "加强巡查"),
            (2, 2, "【二】", "完善制度"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="under-yi-dun",
    ),
    pytest.param(
        "一、基本情况\n【1】加强巡查\n已完成。\n【2】完善制度\n已印发。",
        [(1, 1, "一、", "基本情况"), (2, 1, "【1】", "加强巡查"), (2, 2, "【2】", "完善制度")],
        id="arabic-in-square-brackets",
    ),
    pytest.param(
        "第一点，加强巡查。我局已完成排查。\n第二点，完善制度。已印发办法。",
        [(1, 1, "第一点，", "加强巡查"), (1, 2, "第二点，", "完善制度")],
        id="点-comma",
    ),
    pytest.param(
        "第一点：加强巡查\n已完成。\n第二点：完善制度\n已印发。",
        [(1, 1, "第一点：", "加强巡查"), (1, 2, "第二点：", "完善制度")],
        id="点-colon",
    ),
    pytest.param(
        "第一条 加强巡查\n已完成。\n第二条 完善制度\n已印发。",
        [(1, 1, "第一条", "加强巡查"), (1, 2, "第二条", "完善制度")],
        id="条-blank",
    ),
    pytest.param(
        "第一点\n加强巡查\n第二点\n完善制度",
        [(1, 1, "第一点", "加强巡查"), (1, 2, "第二点", "完善制度")],
        id="点-alone-on-its-line",
    ),
]

# Near-misses: a count or an ordinal inside a sentence (第一条道路, 第一点建议我局…), a
# bracketed year, words glued to 点 or 条 on a long line.
NOT_MARKERS = [
    pytest.param("第一条道路已经完工，第二条道路正在建设之中，预计年底前通车。", id="条-count"),
    pytest.param(
        "第一点建议我局已经落实到位并形成了长效机制。\n第二点建议正在研究。", id="点-glued"
    ),
    pytest.param("关于第一点，我局已完成排查。\n关于第二点，已印发办法。", id="mid-sentence"),
    pytest.param("【2024】年度工作已部署。", id="bracketed-year"),
    pytest.param("【通知】各单位抓好落实。", id="bracketed-word"),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_markers_read(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_markers(text: str) -> None:
    assert _parse(text) == []
