"""Section markers typed with a colon or a comma where their ``、`` belongs: ``一：基本情况``,
``二:…`` (the half-width colon), ``1，加强监管``, ``2,…``, ``3：…``.

Read as a marker that lost its mark is (``一 加强监管``): at a line's start, or after a
sentence end inside a line a flattened copy joined (``…工作。二：…``), or glued to a
lead-in's colon (``如下：一：…``), only in a run numbered 1, 2, 3… in order (two at least),
or as the next number of a level already open (``1、…`` then ``2，…``). Never a lone one,
a run that does not open with 1, a ``1，`` before a figure (``1，2号楼``) or a list of
numerals (``一，二，三``). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "一：基本情况\n我局高度重视。\n二：下一步工作\n继续推进。",
        [(1, 1, "一：", "基本情况"), (1, 2, "二：", "下一步工作")],
        id="cn-colon-run",
    ),
    pytest.param(
        "一:基本情况\n我局高度重视。\n二:下一步工作\n继续推进。\n三:加强宣传\n已开展。",
        [(1, 1, "一:", "基本情况"), (1, 2, "二:", "下一步工作"), (1, 3, "三:", "加强宣传")],
        id="cn-half-width-colon-run",
    ),
    pytest.param(
        "1，加强巡查。每月两次。\n2，完善台账。已建立。",
        [(1, 1, "1，", "加强巡查"), (1, 2, "2，", "完善台账")],
        id="arabic-comma-run",
    ),
    pytest.param(
        "1,加强巡查。每月两次。\n2,完善台账。已建立。",
        [(1, 1, "1,", "加强巡查"), (1, 2, "2,", "完善台账")],
        id="arabic-half-width-comma-run",
    ),
    pytest.param(
        "1：加强巡查。每月两次。\n2：完善台账。已建立。",
        [(1, 1, "1：", "加强巡查"), (1, 2, "2：", "完善台账")],
        id="arabic-colon-run",
    ),
    pytest.param(
        "一、工作开展情况\n已完成。\n1，加强巡查。每月两次。\n2，完善台账。已建立。\n二、下一步打算\n",
        [
            (1, 1, "一、", "工作开展情况"),
            (2, 1, "1，", "加强巡查"),
            (2, 2, "2，", "完善台账"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="comma-run-under-a-section",
    ),
    pytest.param(
        "1、加强巡查。每月两次。\n2，完善台账。已建立。\n3、增设站牌。已完成。",
        [(1, 1, "1、", "加强巡查"), (1, 2, "2，", "完善台账"), (1, 3, "3、", "增设站牌")],
        id="one-typo-in-an-open-level",
    ),
    pytest.param(
        "1.加强巡查。每月两次。\n2，完善台账。已建立。\n3.增设站牌。已完成。",
        [(1, 1, "1.", "加强巡查"), (1, 2, "2，", "完善台账"), (1, 3, "3.", "增设站牌")],
        id="one-typo-in-an-open-dot-level",
    ),
    pytest.param(
        "一、基本情况\n我局高度重视。\n二：下一步工作\n继续推进。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二：", "下一步工作")],
        id="colon-carries-on-an-open-level",
    ),
    pytest.param(
        "我局做了以下工作。一：加强巡查。每月两次。二：完善台账。已建立。三：增设站牌。",
        [(1, 1, "一：", "加强巡查"), (1, 2, "二：", "完善台账"), (1, 3, "三：", "增设站牌")],
        id="flattened-run-after-sentence-ends",
    ),
    pytest.param(
        "现答复如下：1，加强巡查。每月两次。2，完善台账。已建立。",
        [(1, 1, "1，", "加强巡查"), (1, 2, "2，", "完善台账")],
        id="flattened-run-glued-to-a-lead-in",
    ),
    pytest.param(
        "一：基本情况\n我局高度重视。二：下一步工作。继续推进。",
        [(1, 1, "一：", "基本情况"), (1, 2, "二：", "下一步工作")],
        id="line-start-then-flattened",
    ),
    pytest.param(
        "一、基本情况\n我局高度重视。二：下一步工作。继续推进。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二：", "下一步工作")],
        id="flattened-carries-on-an-open-level",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_loose_mark_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("一：加强监管\n我局高度重视。", id="lone-cn-colon"),
    pytest.param("1，加强监管。\n我局高度重视。", id="lone-arabic-comma"),
    pytest.param("二：加强监管\n已完成。\n三：完善制度\n已完成。", id="run-without-one"),
    pytest.param("1，加强监管。\n3，完善制度。", id="run-skipping-two"),
    pytest.param("1，2号楼已完工。\n2，3号楼在建。", id="figures-after-the-comma"),
    pytest.param("一，二，三期工程已完工。\n二，三期在建。", id="list-of-numerals"),
    pytest.param("十二：30开始巡查。\n十三：30结束。", id="clock-times"),
    pytest.param("截至目前已完成。1，其中乡镇已完成。", id="lone-count-after-a-sentence"),
    pytest.param("已完成整改。二：完善台账。三：增设站牌。", id="flattened-run-without-one"),
    pytest.param("我局已完成。一：加强监管。已完成。", id="lone-flattened-one"),
    pytest.param("统计如下：1，2号楼已完工；2，3号楼在建。", id="figures-glued-to-a-lead-in"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_loose_mark(text: str) -> None:
    sections, _ = parse(text)
    assert flat(sections) == []


def test_a_level_open_takes_no_loose_mark_out_of_sequence() -> None:
    sections, _ = parse("一、基本情况\n已完成。\n三：完善制度\n已完成。")
    assert flat(sections) == [(1, 1, "一、", "基本情况")]


HEAD = "关于加强某某管理的建议的答复 张某代表：您提出的关于加强某某管理的建议收悉，现答复如下："
TAIL = "感谢您对我局工作的关心和支持。 某市某某局 2024年5月10日"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "一：加强巡查。我局已完成。二：完善台账。已建立。三：增设站牌。已完成。",
            [(1, 1, "一：", "加强巡查"), (1, 2, "二：", "完善台账"), (1, 3, "三：", "增设站牌")],
            id="cn-colon",
        ),
        pytest.param(
            "1，加强巡查。我局已完成。2，完善台账。已建立。",
            [(1, 1, "1，", "加强巡查"), (1, 2, "2，", "完善台账")],
            id="arabic-comma",
        ),
    ],
)
def test_a_one_line_copy_reads_its_loose_marks(body: str, expected: list[Flat]) -> None:
    record = parse_text(HEAD + body + TAIL, keywords=False)
    assert flat(record.sections) == expected
