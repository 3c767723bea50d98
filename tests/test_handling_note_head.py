"""A note that says the class with the document's own head, as a publication note does
(``此件为A类``, ``（本件属B类件）``, ``本答复系C类。``), near the top or the end: read as a
labelled note's sentence is (``办理结果为A类``); a class of something else is none."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import MARK_AT_END, MARK_AT_HEAD, MARK_TITLE

TITLE, HEADER, CLOSING = MARK_TITLE, MARK_AT_HEAD, MARK_AT_END

# (the note, the handling type, the span's text)
NOTES = [
    pytest.param("此件为A类", "A", "A", id="为"),
    pytest.param("（本件属B类）", "B", "B", id="属-in-brackets"),
    pytest.param("（此件为C类件）", "C", "C", id="类件"),
    pytest.param("本答复系A类。", "A", "A", id="系-full-stop"),
    pytest.param("（此件属于乙类，同意公开）", "B", "乙", id="属于-stem-then-public"),
    pytest.param("此件是“B”类", "B", "B", id="quoted-letter"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected", "written"), NOTES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_note_head_says_the_class(where: str, line: str, expected: str, written: str) -> None:
    text = where.format(line=line)
    letter = parse_text(text)
    assert letter.handling_type == expected
    assert letter.handling_type_span is not None
    assert text[slice(*letter.handling_type_span)] == written
    assert letter.title == TITLE


# Near-misses: the class of something the note goes on to name, no class's letter, or no
# head of the document itself.
NOT_NOTES = [
    pytest.param("本件为A类项目", id="class-of-a-project"),
    pytest.param("此件为AB类", id="two-letters"),
    pytest.param("该项目为A类", id="no-head-of-the-document"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_NOTES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_the_letters_class(where: str, line: str) -> None:
    assert parse_text(where.format(line=line)).handling_type is None
