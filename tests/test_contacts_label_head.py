"""A label written with words of its own glued before its table word (``监督电话：``,
``咨询电话：``, ``办公地址：``, ``单位传真：``, ``工作手机：``): those words are the label's
head, whatever they are, no person's name and no part of the value before it. The value
before the label ends where its head starts. A run that opens a person's value
(``联系人：王某电话：…``, the name glued to the phone's label) or follows a list's 、 in it
(``联系人：甲、乙电话：…``) is the value's: the person."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY, ContactRow, contact_rows

HEAD = SIGNED_REPLY

Row = ContactRow

# (contact lines under the date, [(name, phone)]): the head names nobody
HEADS = [
    pytest.param("联系人：李某  联系电话：0000-5551234  监督电话：0000-5559876",
                 [("李某", "0000-5551234")], id="supervision-phone-after-phone"),
    pytest.param("联系人：李某，联系电话：0000-5551234，举报电话：0000-5559876",
                 [("李某", "0000-5551234")], id="comma-parted"),
    pytest.param("联系人：李某  联系电话：0000-5551234  办公地址：某市某路1号",
                 [("李某", "0000-5551234")], id="office-address-after-phone"),
    pytest.param("联系人：李某  办公地址：某市某路1号", [("李某", None)],
                 id="address-after-the-name"),
    pytest.param("联系人：李某  电话：0000-5551234  单位传真：0000-5551235",
                 [("李某", "0000-5551234")], id="unit-fax"),
    pytest.param("联系人：李某  电话：0000-5551234  工作手机：13900000000",
                 [("李某", "0000-5551234")], id="work-mobile-second-number"),
    pytest.param("联系人：李某  咨询电话：0000-5551234", [("李某", "0000-5551234")],
                 id="the-only-phone-is-his"),
    pytest.param("联系人：王某  联系电话：0000-5551234  监督投诉电话0000-5559876",
                 [("王某", "0000-5551234")], id="no-colon-glued-to-phone"),
]  # fmt: skip

# the run glued to the label is the person's name: it stays the value's
NAMES = [
    pytest.param("联系人：王某电话：0000-5551234", [("王某", "0000-5551234")],
                 id="opens-the-person-value"),
    pytest.param("联系人：王某手机13900000000", [("王某", "13900000000")],
                 id="opens-the-value-no-colon"),
    pytest.param("联系人：王某、李某电话：0000-5551234",
                 [("王某", "0000-5551234"), ("李某", "0000-5551234")], id="listed-after-dun"),
    pytest.param("联系单位：某县某局办公室电话：0000-5551234", [(None, "0000-5551234")],
                 id="opens-an-office-value"),
    pytest.param("联系人：李某  联系电话：0000-5551234（办公室）", [("李某", "0000-5551234")],
                 id="a-bracketed-note-no-label"),
]  # fmt: skip


_read = contact_rows


@pytest.mark.parametrize(("lines", "expected"), HEADS)
def test_a_labels_head_names_nobody(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NAMES)
def test_a_name_glued_to_a_label_is_the_persons(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


def test_a_contact_note_in_the_body_keeps_its_person() -> None:
    text = (
        "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n"
        "　　感谢您的关心。（联系人：王某，联系电话：0000-5551234，办公地址：某市某路1号）\n"
        "某县交通运输局\n2024年5月10日\n"
    )
    contacts = parse_text(text).contacts
    assert [(c.name, c.phone) for c in contacts] == [("王某", "0000-5551234")]
