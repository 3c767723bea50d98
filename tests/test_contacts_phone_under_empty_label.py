"""A phone's label left empty at its line's end, the number opening the next line with
more after it (``联系电话：`` over ``0000-5550123，传真：0000-5550124``): the number is the
label's value, the contact's phone, and the contact's span runs over both lines. A line
under it that opens with no phone (a date, words, a label) is not joined."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY, ContactRow, contact_rows

HEAD = SIGNED_REPLY

Row = ContactRow

READ = [
    pytest.param("联系人：李某\n联系电话：\n0000-5550123，传真：0000-5550124",
                 [("李某", "0000-5550123")], id="label-line-then-phone-and-fax"),
    pytest.param("联系人：李某  联系电话：\n0000-5550123  传真：0000-5550124",
                 [("李某", "0000-5550123")], id="same-line-as-the-person"),
    pytest.param("联系人：李某  手机：\n13900000000  邮箱：someone@example.cn",
                 [("李某", "13900000000")], id="mobile-then-mail"),
    pytest.param("联系人：李某  联系方式：\n0000-5550123；邮编：555000",
                 [("李某", "0000-5550123")], id="contact-way-then-postcode"),
    pytest.param("联系人：李某\n电话：\n0000-5550123\n抄送：某县财政局",
                 [("李某", "0000-5550123")], id="phone-alone-under-as-before"),
]  # fmt: skip

# nothing under the empty label that opens with a phone
NOT_READ = [
    pytest.param("联系人：李某  联系电话：\n传真：0000-5550124", [("李某", None)],
                 id="a-label-under"),
    pytest.param("联系人：李某  联系电话：\n2024年5月12日印发", [("李某", None)],
                 id="a-date-under"),
    pytest.param("联系人：李某  传真：\n0000-5550124  邮编：555000", [("李某", None)],
                 id="a-fax-label-is-no-phone"),
    pytest.param("联系人：李某  地址：\n5550123号大院  电话：0000-5550123",
                 [("李某", "0000-5550123")], id="an-address-label-is-no-phone"),
]  # fmt: skip


_read = contact_rows


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_the_number_under_an_empty_phone_label(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NOT_READ)
def test_no_phone_opens_the_line_under(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


def test_the_span_runs_over_both_lines() -> None:
    lines = "联系人：李某  联系电话：\n0000-5550123  传真：0000-5550124"
    text = HEAD + lines + "\n"
    (contact,) = parse_text(text).contacts
    assert contact.span is not None
    assert text[contact.span[0] : contact.span[1]].startswith(
        "联系人：李某  联系电话：\n0000-5550123"
    )
