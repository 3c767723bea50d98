"""A class mark written with 件 after its 类 (``B类件``, ``（C类件）``), the document's class
as a note names it, standing alone above the title, at the end of a header line or in the
closing, as ``B类`` is read: the span holds the letter, and the mark is never the title's."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于市十五届人大三次会议第8号建议的答复"
HEADER = (
    "{line}\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n"
)
CLOSING = (
    TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n{line}\n"
)

# (the line, the handling type)
MARKS = [
    pytest.param("B类件", "B", id="alone"),
    pytest.param("（C类件）", "C", id="in-brackets"),
    pytest.param("【A类件】", "A", id="square-brackets"),
    pytest.param("某民函〔2024〕5号    D类件", "D", id="after-the-number"),
    pytest.param("A类件  同意公开", "A", id="then-public"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), MARKS)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_class_mark_with_jian(where: str, line: str, expected: str) -> None:
    text = where.format(line=line)
    letter = parse_text(text, keywords=False)
    assert letter.handling_type == expected
    assert letter.handling_type_span is not None
    assert text[slice(*letter.handling_type_span)] == expected
    assert letter.title == TITLE


# Near-misses: 类件 inside a sentence or glued to more words, a count of such items.
NOT_MARKS = [
    pytest.param("全年共办理B类件12件。", id="in-a-sentence"),
    pytest.param("B类件数", id="glued-word"),
    pytest.param("AB类件", id="two-letters"),
    pytest.param("其中A类件3件、B类件5件", id="counts"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_MARKS)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_a_class_mark(where: str, line: str) -> None:
    assert parse_text(where.format(line=line), keywords=False).handling_type is None


def test_class_mark_glued_to_the_title() -> None:
    text = HEADER.format(line="某市民政局").replace(TITLE, TITLE + "（B类件）")
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.handling_type) == (TITLE, "B")
