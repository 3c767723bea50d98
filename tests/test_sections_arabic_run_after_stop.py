"""An Arabic run inside a paragraph right after a sentence's stop, no lead-in's colon
(``…我局高度重视。1、加强巡查；2、清理垃圾；3、建立长效机制。``), its 2 after a clause
break in the same paragraph: read as the run after a colon is (``具体为：1、…；2、…``), each
item heading to its ``；`` or ``。``, lined as the flattened copies read it (left72a: lined read
no sections where a copy flattened with a blank or glued read three, its 1、 a line's start
there). A lone ``1、`` after a stop, a decimal or a count stays body text. Snippets invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

HEAD = "甲山县水利局关于县十届人大三次会议第12号建议的答复\n王某代表：\n"
TAIL = "感谢您对水利工作的关心。\n甲山县水利局\n2099年3月4日\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("paragraph", "headings"),
    [
        pytest.param(
            "您提出的建议收悉，我局高度重视。1、加强巡查；2、清理垃圾；3、建立长效机制。",
            ["加强巡查", "清理垃圾", "建立长效机制"],
            id="dun",
        ),
        pytest.param(
            "您提出的建议收悉，现答复如下。1.拓宽路面，增设护栏；2.延长末班时间。",
            ["拓宽路面，增设护栏", "延长末班时间"],
            id="dot",
        ),
    ],
)
def test_an_arabic_run_after_a_stop(
    paragraph: str, headings: list[str], flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{HEAD}{paragraph}\n{TAIL}"), keywords=False)
    assert [s.heading for s in letter.sections] == headings


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("您提出的建议收悉。1、已完成改造。", id="lone-one"),
        pytest.param("项目已完成。1.5公里路段已通车；2号路口在建。", id="decimal"),
        pytest.param("项目已完成。1个标段已通车；2、其余在建。", id="a-count"),
    ],
)
def test_no_run_after_a_stop(paragraph: str) -> None:
    assert parse_text(f"{HEAD}{paragraph}\n{TAIL}", keywords=False).sections == []
