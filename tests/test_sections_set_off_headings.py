"""Markers a flattened copy left inside a line with their mark lost (``…已完成。 二 加强监管
…``), and the short headings such copies set off from their paragraph by a blank only
(``一 加强监管 我局已完成巡查。``, ``二：完善制度 已出台办法。``).

A ``二`` that lost its ``、`` after a sentence end inside a line is read only where the
numbering is unambiguous: in a run numbered 一, 二… in order, or as the next number of an
open level; never a count (``三 年来``), a lone one, or one out of sequence. The heading of
a marker that lost its mark or was typed with a colon or a comma ends at the first blank
when no mark stands before it and a clause ending a sentence on the line follows (so a
stray blank inside a short heading line, ``一 加强 监管``, cuts nothing). Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "近年来我局做了大量工作。 一 加强监管 已完成巡查。 二 完善制度 已出台办法。",
        [(1, 1, "一", "加强监管"), (1, 2, "二", "完善制度")],
        id="flattened-lost-mark-run",
    ),
    pytest.param(
        "一、基本情况\n已完成。 二 下一步工作 继续推进落实。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二", "下一步工作")],
        id="flattened-lost-mark-carries-on",
    ),
    pytest.param(
        "一 基本情况\n已完成。 二 加强宣传 继续推进落实。",
        [(1, 1, "一", "基本情况"), (1, 2, "二", "加强宣传")],
        id="line-start-then-flattened",
    ),
    pytest.param(
        "一 加强监管 我局已完成巡查。\n二 完善制度 已出台管理办法。",
        [(1, 1, "一", "加强监管"), (1, 2, "二", "完善制度")],
        id="lost-mark-heading-set-off-on-its-line",
    ),
    pytest.param(
        "一：加强监管 我局已完成巡查。\n二：完善制度 已出台管理办法。",
        [(1, 1, "一：", "加强监管"), (1, 2, "二：", "完善制度")],
        id="colon-heading-set-off",
    ),
    pytest.param(
        "1，加强监管 我局已完成巡查。\n2，完善制度 已出台管理办法。",
        [(1, 1, "1，", "加强监管"), (1, 2, "2，", "完善制度")],
        id="comma-heading-set-off",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_flattened_marker_and_set_off_heading(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


# The heading as before: the first sentence, or the whole short line (a blank between
# hanzi is no character of it).
HEADING_KEPT = [
    pytest.param(
        "一 加强 监管\n已完成。\n二 完善 制度\n已出台。",
        [(1, 1, "一", "加强监管"), (1, 2, "二", "完善制度")],
        id="stray-blank-in-a-heading-line",
    ),
    pytest.param(
        "一 加强监管，已完成 巡查工作。\n二 完善制度，已出台 管理办法。",
        [(1, 1, "一", "加强监管，已完成巡查工作"), (1, 2, "二", "完善制度，已出台管理办法")],
        id="mark-before-the-blank",
    ),
    pytest.param(
        "一 加强监管 已完成。\n二 完善制度 已出台。",
        [(1, 1, "一", "加强监管已完成"), (1, 2, "二", "完善制度已出台")],
        id="short-clause-after-the-blank",
    ),
    pytest.param(
        "一、加强监管 我局已完成巡查。\n二、完善制度 已出台管理办法。",
        [(1, 1, "一、", "加强监管我局已完成巡查"), (1, 2, "二、", "完善制度已出台管理办法")],
        id="marker-with-its-mark-left-to-resegment",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_KEPT)
def test_heading_not_cut_at_the_blank(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


NOT_READ = [
    pytest.param("近年来我局做了大量工作。 一 加强监管 已完成巡查。", id="lone-flattened-one"),
    pytest.param("已完成。 三 年来成效明显。 四 方面有所提升。", id="counts-after-sentence-ends"),
    pytest.param(
        "已完成整改。 二 完善制度 已出台办法。 三 加强宣传 已开展。", id="run-without-one"
    ),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_flattened_lost_mark(text: str) -> None:
    sections, _ = parse(text)
    assert flat(sections) == []


def test_a_flattened_lost_mark_out_of_sequence_is_body_text() -> None:
    sections, _ = parse("一、基本情况\n已完成。 三 加强宣传 继续推进落实。")
    assert flat(sections) == [(1, 1, "一、", "基本情况")]


HEAD = "关于加强某某管理的建议的答复 张某代表：您提出的关于加强某某管理的建议收悉，现答复如下："
TAIL = " 感谢您对我局工作的关心和支持。 某市某某局 2024年5月10日"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            " 一 加强监管 我局已完成巡查。 二 完善制度 已出台办法。 三 加强宣传 已开展宣传。",
            [(1, 1, "一", "加强监管"), (1, 2, "二", "完善制度"), (1, 3, "三", "加强宣传")],
            id="lost-marks",
        ),
        pytest.param(
            "一：加强监管 我局已完成巡查工作。 二：完善制度 已出台管理办法。",
            [(1, 1, "一：", "加强监管"), (1, 2, "二：", "完善制度")],
            id="colons",
        ),
    ],
)
def test_a_one_line_copy_sets_its_headings_off(body: str, expected: list[Flat]) -> None:
    record = parse_text(HEAD + body + TAIL, keywords=False)
    assert flat(record.sections) == expected
