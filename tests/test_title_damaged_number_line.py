"""The item's number alone on a line whose 号 a copy lost (``甲县人大次会议第17建议``,
characters lost inside it too) under a page's heading that writes the reply's title whole:
the number line as with its 号, header, and the heading the only title line (decided,
fix118). On lines, flattened with blanks and glued. Near-misses: a title broken after
such a number (``…第17建议`` / ``的答复``) runs on; a line opening as a title does
(``关于…``) is no number line. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADING = "对甲县九届人大三次会议第17号建议的答复"
HEAD = [
    HEADING,
    "来源：甲县政府网 日期：2031-05-06 09:12",
    "甲自然资字〔2031〕4号 B类 同意公开",
    "甲县人大次会议第17建议",
]
BODY = [
    "王某等代表：",
    "你们提出的《关于修缮甲村便桥的建议》收悉，现答复如下：",
    "一是加快勘察设计。我局已完成方案。",
    "感谢你们对我局工作的关心。",
    "甲县自然资源局",
    "2031年5月1日",
]


@pytest.mark.parametrize("joint", ["\n", " ", ""], ids=["lined", "blank", "glued"])
def test_damaged_number_line_under_a_whole_heading(joint: str) -> None:
    record = parse_text(joint.join(HEAD + BODY) + "\n", keywords=False)
    assert record.title == HEADING
    assert record.proposal is not None
    assert record.proposal.number == "17"
    assert record.proposal.kind == "建议"
    assert record.proposal.session == "甲县九届人大三次会议"


def test_number_with_its_hao_lost_above_the_title_is_no_title() -> None:
    title = "关于修缮甲村便桥的建议的答复"
    record = parse_text(
        "\n".join(["甲县人大三次会议第17建议", title, *BODY]) + "\n", keywords=False
    )
    assert record.title == title
    assert record.proposal is not None
    assert record.proposal.number == "17"


def test_a_title_broken_after_such_a_number_runs_on() -> None:
    lines = ["甲县九届人大三次会议第17建议", "的答复", *BODY]
    record = parse_text("\n".join(lines) + "\n", keywords=False)
    assert record.title == "甲县九届人大三次会议第17建议的答复"
