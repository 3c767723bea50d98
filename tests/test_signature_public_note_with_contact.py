"""A publication note under the date that goes on with the letter's contact on the same
line (``（此件公开发布  联系人及电话: 王某、…）``, a comma or a full stop between them, the
blanks lost in a copy, no brackets) is a note of the closing: the signer and the date above
it stay the signature, the note says public, and the contact is read. Snippets in our own
words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "王某委员：\n您提出的关于某某湖绿化的建议已收悉，现答复如下：\n"
    "2019年3月，某县水务局实施了某某湖治理项目。\n某县某街道办事处\n2020年10月27日\n"
)

NOTES = [
    pytest.param("(此件公开发布  联系人及电话: 张某、0000-5550123   )", id="ascii-colon-blanks-inside"),
    pytest.param("（此件公开发布联系人及电话：张某、0000-5550123）", id="glued"),
    pytest.param("（此件公开发布，联系人及电话：张某、0000-5550123）", id="comma"),
    pytest.param("（此件主动公开。联系人：张某  电话：0000-5550123）", id="full-stop"),
    pytest.param("此件公开发布  联系人及电话: 张某、0000-5550123", id="no-brackets"),
]  # fmt: skip


@pytest.mark.parametrize("note", NOTES)
def test_the_note_and_its_contact_keep_the_signature(note: str) -> None:
    record = parse_text(LETTER + note + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县某街道办事处", "2020-10-27")
    assert record.issuer == "某县某街道办事处"
    assert record.public is True
    assert [(c.name, c.phone) for c in record.contacts] == [("张某", "0000-5550123")]
    assert span_problems(record) == []


def test_a_note_that_goes_on_with_a_sentence_is_no_contact() -> None:
    record = parse_text(LETTER + "（此件公开发布，感谢您的支持。）\n")
    assert record.contacts == []
