"""Roman numerals as section markers: ``Ⅰ、`` ``Ⅱ、`` (one character each) or ``I.`` ``II.``
typed in letters, marker as written, number its value; a level of its own in the letter's
tree. Grades (``Ⅱ类水质``, ``Ⅲ级响应``) and words in letters (``IC卡``, ``V2.0``) are
body text. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields.sections import Style, numbered
from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "Ⅰ、基本情况\n已完成。\nⅡ、下一步工作\n继续推进。\nⅢ、有关说明\n无。",
        [(1, 1, "Ⅰ、", "基本情况"), (1, 2, "Ⅱ、", "下一步工作"), (1, 3, "Ⅲ、", "有关说明")],
        id="symbols-with-dun",
    ),
    pytest.param(
        "Ⅰ.基本情况\n已完成。\nⅡ.下一步工作\n继续推进。",
        [(1, 1, "Ⅰ.", "基本情况"), (1, 2, "Ⅱ.", "下一步工作")],
        id="symbols-with-dot",
    ),
    pytest.param(
        "Ⅰ 基本情况\n已完成。\nⅡ 下一步工作\n继续推进。",
        [(1, 1, "Ⅰ", "基本情况"), (1, 2, "Ⅱ", "下一步工作")],
        id="symbols-with-a-blank",
    ),
    pytest.param(
        "I. 基本情况\n已完成。\nII. 下一步工作\n继续推进。\nIII. 有关说明\n无。\nIV. 其他\n无。",
        [
            (1, 1, "I.", "基本情况"),
            (1, 2, "II.", "下一步工作"),
            (1, 3, "III.", "有关说明"),
            (1, 4, "IV.", "其他"),
        ],
        id="letters-with-dot",
    ),
    pytest.param(
        "I、基本情况\n已完成。\nII、下一步工作\n继续推进。",
        [(1, 1, "I、", "基本情况"), (1, 2, "II、", "下一步工作")],
        id="letters-with-dun",
    ),
    pytest.param(
        "Ⅰ、基本情况\n1.完善制度。\n2.加强巡查。\nⅡ、下一步工作\n一是加大投入；二是强化宣传。",
        [
            (1, 1, "Ⅰ、", "基本情况"),
            (2, 1, "1.", "完善制度"),
            (2, 2, "2.", "加强巡查"),
            (1, 2, "Ⅱ、", "下一步工作"),
            (2, 1, "一是", "加大投入"),
            (2, 2, "二是", "强化宣传"),
        ],
        id="with-children",
    ),
    pytest.param(
        "一、基本情况\nⅠ.完善制度。\nⅡ.加强巡查。\n二、下一步工作\n继续推进。",
        [
            (1, 1, "一、", "基本情况"),
            (2, 1, "Ⅰ.", "完善制度"),
            (2, 2, "Ⅱ.", "加强巡查"),
            (1, 2, "二、", "下一步工作"),
        ],
        id="under-cn-sections",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_roman_marker_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("IC卡已全部发放。", id="ic-card"),
    pytest.param("V2.0版本已上线。", id="version"),
    pytest.param("X光机已配备。", id="x-ray"),
    pytest.param("Ⅰ类水质断面占比提高。", id="water-grade-one"),
    pytest.param("Ⅰ级响应已经启动。", id="response-level-one"),
    pytest.param("Ⅰ型糖尿病患者纳入保障。", id="type-one"),
    pytest.param("Ⅰ期工程已完工。", id="phase-one"),
    pytest.param("I型糖尿病患者纳入保障。", id="letter-without-a-mark"),
    pytest.param("I.", id="letter-mark-alone"),
    pytest.param("Ⅱ、下一步工作\n继续推进。", id="starting-at-two"),
    pytest.param("IIII.基本情况", id="no-roman-numeral"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_roman_marker(text: str) -> None:
    sections, _ = parse(text)
    assert sections == []


@pytest.mark.parametrize(("n", "marker"), [(1, "Ⅰ、"), (4, "Ⅳ、"), (12, "Ⅻ、"), (13, "13、")])
def test_numbered_writes_roman(n: int, marker: str) -> None:
    assert numbered(Style.ROMAN, n) == marker
