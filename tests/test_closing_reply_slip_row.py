"""A reply slip's row after the letter that names the deputy in its own slot, with the
deputy's phone (``代表姓名：张某  联系电话：139…``): a line of the closing (a person's name
slot ends its label: the signature above it is still read), and the deputy's, so no
contact. The reply's own contact beside it stays."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

Row = tuple[str | None, str | None]

# (lines under the date, contacts as (name, phone))
SLIP_ROWS = [
    pytest.param("代表姓名：林某  联系电话：13900000002", [], id="deputy-and-phone"),
    pytest.param("委员姓名：林某  联系电话：13900000002", [], id="member-and-phone"),
    pytest.param("代表人姓名：林某  联系电话：13900000002", [], id="代表人姓名"),
    pytest.param("提案人姓名：林某  手机：13900000002", [], id="提案人姓名"),
    pytest.param("领衔代表姓名：林某  联系电话：13900000002", [], id="领衔代表姓名"),
    pytest.param("代表姓名：林某  手机：13900000002  所在代表团：某镇", [], id="deputy-phone-and-group"),
    pytest.param("联系人：王某  联系电话：0000-5550123\n代表姓名：林某  联系电话：13900000002", [("王某", "0000-5550123")], id="under-the-reply's-contact"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), SLIP_ROWS)
def test_the_deputy_row_keeps_the_signature_and_gives_no_contact(
    lines: str, expected: list[Row]
) -> None:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == expected
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")


# A contact's own name slot opening a contact row stays a contact.
OWN_SLOTS = [
    pytest.param("姓名：王某  电话：0000-5550123", id="姓名"),
    pytest.param("联系人姓名：王某  电话：0000-5550123", id="联系人姓名"),
    pytest.param("承办人姓名：王某  电话：0000-5550123", id="承办人姓名"),
]


@pytest.mark.parametrize("lines", OWN_SLOTS)
def test_a_contact_name_slot_is_still_a_contact(lines: str) -> None:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == [("王某", "0000-5550123")]


def test_a_body_line_with_a_name_label_and_a_sentence_is_no_closing_line() -> None:
    letter = parse_text(BODY + SIGNED + "代表姓名：经核实，林某已调离本选区，请予更正。\n")
    assert letter.signature.issuer is None
