"""Section markers whose mark was lost in copying: ``一 加强监管`` (a Chinese numeral, a
blank, a heading) at a line's start.

Read only where the letter numbers such lines consistently (一, 二, 三 in order), or where
one carries on a level already open (``一、…`` then ``二 …``); never a line that merely
opens with a numeral and a blank (一 是, 一 方面, 三 年来). Snippets are invented.
"""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "一 基本情况\n我局高度重视。\n二 下一步工作\n继续推进。\n三 加强宣传\n广泛宣传。",
        [(1, 1, "一", "基本情况"), (1, 2, "二", "下一步工作"), (1, 3, "三", "加强宣传")],
        id="ascii-blank-run",
    ),
    pytest.param(
        "一\u3000基本情况\n我局高度重视。\n二\u3000下一步工作\n继续推进。",
        [(1, 1, "一", "基本情况"), (1, 2, "二", "下一步工作")],
        id="full-width-blank-run",
    ),
    pytest.param(
        "一\t基本情况\n我局高度重视。\n二  下一步工作\n继续推进。",
        [(1, 1, "一", "基本情况"), (1, 2, "二", "下一步工作")],
        id="tab-and-blanks",
    ),
    pytest.param(
        "    一 加强监管\n一是完善制度；二是加强巡查。\n    二 增加投入\n已安排资金。",
        [
            (1, 1, "一", "加强监管"),
            (2, 1, "一是", "完善制度"),
            (2, 2, "二是", "加强巡查"),
            (1, 2, "二", "增加投入"),
        ],
        id="indented-with-inline-children",
    ),
    pytest.param(
        "一、基本情况\n我局高度重视。\n二 下一步工作\n继续推进。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二", "下一步工作")],
        id="one-lost-in-an-open-level",
    ),
    pytest.param(
        "一 基本情况\n（一）完善制度\n已完成。\n二 下一步工作\n继续推进。",
        [(1, 1, "一", "基本情况"), (2, 1, "（一）", "完善制度"), (1, 2, "二", "下一步工作")],
        id="run-around-a-child-level",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_lost_mark_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("一 加强监管\n我局高度重视。", id="lone-one"),
    pytest.param("二 加强监管\n已完成。\n三 完善制度\n已完成。", id="run-without-one"),
    pytest.param("一 加强监管\n已完成。\n三 完善制度\n已完成。", id="run-skipping-two"),
    pytest.param("一方面加强监管。\n二方面完善制度。", id="no-blank-after-the-numeral"),
    pytest.param("一致同意加快建设。\n二手车市场已整治。", id="words-opening-with-numerals"),
    pytest.param("一 方面加强监管。\n二 方面完善制度。", id="fangmian-after-a-blank"),
    pytest.param("一 年来成效明显。\n二 年来持续推进。", id="count-of-years"),
    pytest.param("一 个村已完成。\n二 个村在建。", id="count-of-villages"),
    pytest.param("一 二 三 四\n二 三 四 五", id="numerals-only"),
    pytest.param("一、基本情况\n已完成。\n三 年来成效明显。", id="count-in-an-open-level"),
    pytest.param("一、基本情况\n已完成。\n二 十个村已完成。", id="numeral-after-the-blank"),
    pytest.param("一、基本情况\n已完成。\n三 加强宣传\n已完成。", id="not-the-next-number"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_lost_mark(text: str) -> None:
    sections, _ = parse(text)
    assert [f for f in flat(sections) if f[2] in ("一", "二", "三")] == []


def test_inline_run_with_a_blank_stays_inline() -> None:
    """``一 是…`` is 一是 with a stray blank, an inline run, not a heading ``是…``."""
    sections, _ = parse("一 是加强管理；\n二 是完善制度。")
    assert [f[1:3] for f in flat(sections)] == [(1, "一是"), (2, "二是")]
