"""Lower-case Roman numerals as section markers: ``ⅰ.`` ``ⅱ.`` (one character each, read as
``Ⅰ、`` is) or ``i.`` ``ii.`` ``iii.`` typed in letters, these only in a run numbered in
order from ``i.`` (or carrying on a level already open); marker as written, number its
value, a level of its own beside the upper-case one. Grades (``ⅱ类``), English words and
abbreviations, and a lone letter with a dot are body text. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields.sections import Style, numbered
from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "ⅰ.基本情况\n已完成。\nⅱ.下一步工作\n继续推进。\nⅲ.有关说明\n无。",
        [(1, 1, "ⅰ.", "基本情况"), (1, 2, "ⅱ.", "下一步工作"), (1, 3, "ⅲ.", "有关说明")],
        id="symbols-with-dot",
    ),
    pytest.param(
        "ⅰ、基本情况\n已完成。\nⅱ、下一步工作\n继续推进。",
        [(1, 1, "ⅰ、", "基本情况"), (1, 2, "ⅱ、", "下一步工作")],
        id="symbols-with-dun",
    ),
    pytest.param(
        "ⅰ 基本情况\n已完成。\nⅱ 下一步工作\n继续推进。",
        [(1, 1, "ⅰ", "基本情况"), (1, 2, "ⅱ", "下一步工作")],
        id="symbols-with-a-blank",
    ),
    pytest.param(
        "i. 基本情况\n已完成。\nii. 下一步工作\n继续推进。\niii. 有关说明\n无。\niv. 其他\n无。",
        [
            (1, 1, "i.", "基本情况"),
            (1, 2, "ii.", "下一步工作"),
            (1, 3, "iii.", "有关说明"),
            (1, 4, "iv.", "其他"),
        ],
        id="letters-in-a-run",
    ),
    pytest.param(
        "i、基本情况\n已完成。\nii、下一步工作\n继续推进。",
        [(1, 1, "i、", "基本情况"), (1, 2, "ii、", "下一步工作")],
        id="letters-with-dun",
    ),
    pytest.param(
        "ⅰ.基本情况\n已完成。\nii.下一步工作\n继续推进。",
        [(1, 1, "ⅰ.", "基本情况"), (1, 2, "ii.", "下一步工作")],
        id="letters-carrying-on-symbols",
    ),
    pytest.param(
        "一、工作情况\ni.完善制度。\nii.加强巡查。\n二、下步打算\n继续推进。",
        [
            (1, 1, "一、", "工作情况"),
            (2, 1, "i.", "完善制度"),
            (2, 2, "ii.", "加强巡查"),
            (1, 2, "二、", "下步打算"),
        ],
        id="under-cn-sections",
    ),
    pytest.param(
        "Ⅰ、工作情况\nⅰ.完善制度。\nⅱ.加强巡查。\nⅡ、下步打算\nⅰ.加大投入。",
        [
            (1, 1, "Ⅰ、", "工作情况"),
            (2, 1, "ⅰ.", "完善制度"),
            (2, 2, "ⅱ.", "加强巡查"),
            (1, 2, "Ⅱ、", "下步打算"),
            (2, 1, "ⅰ.", "加大投入"),
        ],
        id="a-level-below-upper-case",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_lower_roman_marker_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("i.完善制度建设。\n已完成。", id="lone-i"),
    pytest.param("v.完善制度建设。\n已完成。", id="lone-v"),
    pytest.param("x.完善制度建设。\n已完成。", id="lone-x"),
    pytest.param("ii.完善制度。\niii.加强巡查。", id="run-without-i"),
    pytest.param("i.完善制度。\niii.加强巡查。", id="run-skipping-ii"),
    pytest.param("i.e.完善制度。\nii.e.加强巡查。", id="abbreviation"),
    pytest.param("iv期工程已完工。\nv期工程在建。", id="phases-without-a-mark"),
    pytest.param("ipad已配发。\niphone已配发。", id="english-words"),
    pytest.param("ⅰ类水质断面占比提高。", id="water-grade"),
    pytest.param("ⅱ级响应已经启动。", id="response-level"),
    pytest.param("ⅱ.下一步工作\n继续推进。", id="symbol-starting-at-two"),
    pytest.param("vi.完善制度。\nvii.加强巡查。", id="letters-starting-at-six"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_lower_roman_marker(text: str) -> None:
    sections, _ = parse(text)
    assert sections == []


@pytest.mark.parametrize(("n", "marker"), [(1, "ⅰ."), (4, "ⅳ."), (12, "ⅻ."), (13, "13.")])
def test_numbered_writes_lower_roman(n: int, marker: str) -> None:
    assert numbered(Style.ROMAN_LOWER, n) == marker
