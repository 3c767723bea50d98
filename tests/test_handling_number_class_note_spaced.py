"""The item's number and its class in one bracket after the title, as web copies write it:
labelled ``编号:`` with a full-width comma (``…的答复（编号:45号，A类）``, which the view
cuts off the title at the label's colon: the header's line under the title is read as the
title's note), or with blanks about the comma (``(第123号 , B类)``, ``（编号:45号 ， A类）``: the
gap inside the note cuts nothing, so no ``(第123号,`` stays in the title). Notes that are
no number and class stay as they were. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于修缮某村文化广场的建议的答复"
REST = "\n钱某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已列入计划。\n某县文旅局\n2022年8月9日\n"


@pytest.mark.parametrize(
    ("note", "value"),
    [
        pytest.param("（编号:45号，A类）", "A", id="label-full-width-comma"),
        pytest.param("（编号：45号，C类）", "C", id="label-full-width-colon"),
        pytest.param("(第123号 , B类)", "B", id="blanks-about-comma"),
        pytest.param("（第123号 ， B类）", "B", id="blanks-about-full-width-comma"),
        pytest.param("（编号:45号 , A类）", "A", id="label-blanks-about-comma"),
        pytest.param("(第123号, B类)", "B", id="blank-after-comma"),
    ],
)  # fmt: skip
def test_the_class_and_a_clean_title(note: str, value: str) -> None:
    for text in (TITLE + note + REST, TITLE + note + " " + REST.strip().replace("\n", " ")):
        letter = parse_text(text)
        assert letter.handling_type == value, text
        assert letter.title == TITLE, text
        assert letter.text is not None and letter.handling_type_span is not None
        assert letter.text[slice(*letter.handling_type_span)] == value


@pytest.mark.parametrize(
    ("note", "title", "value"),
    [
        pytest.param("（第二次，B类）", TITLE + "（第二次，B类）", None, id="no-number"),
        pytest.param("（编号:45号）", TITLE, None, id="number-alone"),
        pytest.param("", TITLE, None, id="no-note"),
    ],
)  # fmt: skip
def test_other_notes_are_left_alone(note: str, title: str, value: str | None) -> None:
    letter = parse_text(TITLE + note + REST)
    assert letter.handling_type == value
    assert letter.title == title


def test_a_header_line_under_the_title_that_is_no_note_gives_no_class() -> None:
    letter = parse_text("某县文旅局\n" + TITLE + "\n某文旅函〔2022〕5号" + REST)
    assert letter.handling_type is None
    assert letter.title == TITLE
