"""A phone's label with more words than its own: the fax the number doubles as
(``电话/传真：``, ``联系电话及传真：``, ``传真/电话：``), a bracketed note before the colon or
the phone (``联系电话（传真）：``, ``电话（办）：``, ``办公电话（兼传真）：``), or a kind of
phone the table names (``移动电话：``, ``值班电话：``). The number is the
contact's phone; the note names no office and no person. A fax's own label (``传真：``,
``传真电话：``, ``传真（办公室）：``, ``联系单位传真：``: a note follows a phone's word only)
still gives no phone."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (contact lines, [(name, org, phone), …])
NOTED = [
    pytest.param("联系人：韩某  电话/传真：0000-5550123", [("韩某", None, "0000-5550123")], id="slash-fax"),
    pytest.param("联系人：韩某  联系电话及传真：0000-5550123", [("韩某", None, "0000-5550123")], id="及-fax"),
    pytest.param("联系人：韩某  电话、传真：0000-5550123", [("韩某", None, "0000-5550123")], id="顿号-fax"),
    pytest.param("联系人：韩某  电话传真：0000-5550123", [("韩某", None, "0000-5550123")], id="glued-fax"),
    pytest.param("联系人：韩某  传真/电话：0000-5550123", [("韩某", None, "0000-5550123")], id="fax-first"),
    pytest.param("电话/传真：0000-5550123\n联系人：韩某", [("韩某", None, "0000-5550123")], id="line-above"),
    pytest.param("联系人：韩某  联系电话（传真）：0000-5550123", [("韩某", None, "0000-5550123")], id="bracketed-fax"),
    pytest.param("联系人：韩某  电话(传真):0000-5550123", [("韩某", None, "0000-5550123")], id="half-width"),
    pytest.param("联系人：韩某  电话（传真）0000-5550123", [("韩某", None, "0000-5550123")], id="no-colon"),
    pytest.param("联系人：韩某  办公电话（兼传真）：0000-5550123", [("韩某", None, "0000-5550123")], id="兼传真"),
    pytest.param("联系人：韩某  联系电话（办公室）：0000-5550123", [("韩某", None, "0000-5550123")], id="office-note"),
    pytest.param("联系人：韩某  联系方式（手机）：13900000001", [("韩某", None, "13900000001")], id="mobile-note"),
    pytest.param("联系人：韩某  移动电话：13900000001", [("韩某", None, "13900000001")], id="移动电话"),
    pytest.param("联系人：韩某  值班电话：0000-5550123", [("韩某", None, "0000-5550123")], id="值班电话"),
    pytest.param("联系人：韩某  办公室电话：0000-5550123", [("韩某", None, "0000-5550123")], id="办公室电话"),
    pytest.param("联系人：韩某  电话：0000-5550123（兼传真）", [("韩某", None, "0000-5550123")], id="note-after"),
]  # fmt: skip

# a fax's own number is no phone
FAX_ONLY = [
    pytest.param("联系人：韩某  传真：0000-5550124", id="fax"),
    pytest.param("联系人：韩某  传真电话：0000-5550124", id="传真电话"),
    pytest.param("联系人：韩某  传真（办公室）：0000-5550124", id="fax-with-note"),
    pytest.param("联系人：韩某  联系单位传真：0000-5550124", id="the-unit's-fax"),
    pytest.param("联系单位（传真）：0000-5550124\n联系人：韩某", id="the-unit's-fax-bracketed"),
]


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), NOTED)
def test_a_phone_label_with_a_note_gives_the_phone(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize("lines", FAX_ONLY)
def test_a_fax_label_gives_no_phone(lines: str) -> None:
    assert _read(lines) == [("韩某", None, None)]


def test_an_office_before_a_gap_and_a_phone_label_keeps_its_name() -> None:
    # 办公室 and 电话 apart: the office's last word, not a label 办公室电话
    assert _read("联系单位：县水利局办公室  电话：0000-5550123\n联系人：韩某") == [
        ("韩某", "县水利局办公室", "0000-5550123")
    ]


def test_a_phone_and_a_fax_give_the_phone() -> None:
    assert _read("联系人：韩某  电话：0000-5550123  传真：0000-5550124") == [
        ("韩某", None, "0000-5550123")
    ]


def test_phone_and_fax_in_prose_is_no_contact() -> None:
    assert _read("我局已通过电话（传真）方式与代表沟通。") == []


def test_a_closing_with_a_phone_and_fax_label() -> None:
    record = parse_text(
        "关于某某建议的答复\n周某代表：\n　　您提出的建议收悉。现答复如下：\n　　一、加快改造。\n"
        "某县交通运输局\n2024年5月10日\n联系人：韩某    联系电话（传真）：0000-5550123\n"
    )
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [("韩某", None, "0000-5550123")]
