"""``一）`` ``二）``: the ``（一）`` level typed without its opening bracket, as ``1）`` is
``（1）``'s (also with a web copy's half-width ``一)``), marker as written, at the level
``（一）`` has. Read where words follow the bracket; a bracket a hard wrap left at a line's
start (``附件\\n一）。``), one after a word (``统一）``) or inside a sentence after a comma,
and a run not numbered from 一 are body text. Snippets are invented.
"""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "一）加强日常监管\n已完成。\n二）增加资金投入\n已完成。",
        [(1, 1, "一）", "加强日常监管"), (1, 2, "二）", "增加资金投入")],
        id="top-level",
    ),
    pytest.param(
        "一)加强日常监管\n已完成。\n二)增加资金投入\n已完成。",
        [(1, 1, "一)", "加强日常监管"), (1, 2, "二)", "增加资金投入")],
        id="half-width-bracket",
    ),
    pytest.param(
        "一、工作情况\n一）加强日常监管\n二）增加资金投入\n二、下步打算\n继续推进。",
        [
            (1, 1, "一、", "工作情况"),
            (2, 1, "一）", "加强日常监管"),
            (2, 2, "二）", "增加资金投入"),
            (1, 2, "二、", "下步打算"),
        ],
        id="under-cn-without-warning-of-order",
    ),
    pytest.param(
        "一）“放管服”改革\n已完成。\n二）《条例》修订\n已启动。",
        [(1, 1, "一）", "“放管服”改革"), (1, 2, "二）", "《条例》修订")],
        id="quote-or-title-after-it",
    ),
    pytest.param(
        "我局采取了以下措施：一）加强日常监管；二）增加资金投入。",
        [(1, 1, "一）", "加强日常监管"), (1, 2, "二）", "增加资金投入")],
        id="run-after-a-lead-in-colon",
    ),
    pytest.param(
        "一）、加强日常监管\n已完成。\n二）、增加资金投入",
        [(1, 1, "一）、", "加强日常监管"), (1, 2, "二）、", "增加资金投入")],
        id="dun-after-the-bracket",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_close_bracket_marker_is_read(text: str, expected: list[Flat]) -> None:
    sections, diagnostics = parse(text)
    assert flat(sections) == expected
    assert not [d for d in diagnostics if d.code.value == "section-order"]


NOT_READ = [
    pytest.param("已列入计划（详见附件\n一）。另已完成。", id="bracket-closed-after-a-wrap"),
    pytest.param("详见附件（之\n一），另已完成。", id="bracket-and-comma-after-a-wrap"),
    pytest.param("我局积极推进，一）加强日常监管；二）增加资金投入。", id="after-a-comma"),
    pytest.param("二）加强日常监管\n已完成。\n三）增加资金投入", id="run-not-from-one"),
    pytest.param("统一）加强日常监管\n二）增加资金投入", id="after-a-word"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_close_bracket_marker(text: str) -> None:
    sections, _ = parse(text)
    assert sections == []
