"""A page notes the item's number and its class in one bracket after the title, parted by
a comma (``…的答复（第123号，B类）``): the class is the handling type, the number the
proposal's (its year no date), and the note is no part of the title. A note that is no number (``（第二次，B类）``) is left alone, as is a
title with the number alone. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于增设某镇公交站点的建议的答复"
REST = "\n赵某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n某县公交公司\n2023年7月2日\n"


@pytest.mark.parametrize(
    ("note", "value", "number"),
    [
        pytest.param("（第123号，B类）", "B", "123", id="comma"),
        pytest.param("（第7号、A类）", "A", "7", id="enumeration-comma"),
        pytest.param("（第66号；C2类）", "C", "66", id="semicolon-graded"),
        pytest.param("（2023年第9号，D类）", "D", "9", id="year-first"),
    ],
)  # fmt: skip
def test_the_class_after_the_number_in_the_note(note: str, value: str, number: str) -> None:
    letter = parse_text(TITLE + note + REST)
    assert letter.handling_type == value
    assert letter.title == TITLE
    assert letter.proposal is not None and letter.proposal.number == number
    assert [d.value for d in letter.dates] == ["2023-07-02"]  # (the note's year no date)
    assert letter.text is not None and letter.handling_type_span is not None
    assert letter.text[slice(*letter.handling_type_span)] == value


def test_the_note_on_a_line_of_its_own() -> None:
    letter = parse_text(TITLE + "\n（第123号，B类）" + REST)
    assert letter.handling_type == "B"
    assert letter.title == TITLE


@pytest.mark.parametrize(
    ("note", "title"),
    [
        pytest.param("（第二次，B类）", TITLE + "（第二次，B类）", id="no-number"),
        pytest.param("（第123号）", TITLE, id="number-alone"),
        pytest.param("", TITLE, id="no-note"),
    ],
)  # fmt: skip
def test_other_notes_give_no_class(note: str, title: str) -> None:
    letter = parse_text(TITLE + note + REST)
    assert letter.handling_type is None
    assert letter.title == title
