"""The class of a note under the title (``办理情况（B）``, ``（编号:45号，A类）`` on a line of
its own) is read as the title's note is: from the header's first line after the title, the
line right under it, also past a page's chrome row or a title the page gave twice. A header
line elsewhere (a 发文字号 line at the letter's end), or a note line that names no class,
gives none. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于改造某镇农贸市场的建议的答复"
REST = "\n孙某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已纳入年度计划。\n某县商务局\n2023年4月6日\n"


@pytest.mark.parametrize(
    ("head", "value"),
    [
        pytest.param(TITLE + "\n办理情况（B）", "B", id="right-under"),
        pytest.param(TITLE + "\n" + TITLE + "\n办理情况（B）", "B", id="title-given-twice"),
        pytest.param(TITLE + "\n" + TITLE + "\n（编号:45号，A类）", "A", id="twice-number-note"),
        pytest.param(
            TITLE + "\n来源：某县商务局  发布时间：2023-04-07\n办理情况（C）", "C", id="past-chrome"
        ),
    ],
)  # fmt: skip
def test_the_note_under_the_title_gives_the_class(head: str, value: str) -> None:
    letter = parse_text(head + REST)
    assert letter.handling_type == value
    assert letter.title == TITLE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(TITLE + REST + "某商函〔2023〕7号\n", id="number-at-the-end"),
        pytest.param(TITLE + "\n" + TITLE + "\n办理情况" + REST, id="no-class"),
        pytest.param(TITLE + "\n某商函〔2023〕7号" + REST, id="number-under-title"),
    ],
)  # fmt: skip
def test_no_class_from_other_header_lines(text: str) -> None:
    letter = parse_text(text)
    assert letter.handling_type is None
    assert letter.title == TITLE
