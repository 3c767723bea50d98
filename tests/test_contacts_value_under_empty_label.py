"""A contact label alone on its line with its colon (``联系人及电话：``), the line under it
opening with its value, more labels after it there (``王某  0000-5550123  传真：…``): the
value is the label's, read as on one line, and the line is the closing's (the signature
above it is read). A line under it that opens with a label of its own is read as before,
and a label line holding more than the label joins nothing."""

from __future__ import annotations

import pytest

from replyparse.closing import name_then_labels
from replyparse.textview import TextView
from snippets import SIGNED_REPLY, ContactRow, contact_rows

HEAD = SIGNED_REPLY

Row = ContactRow

READ = [
    pytest.param("联系人及电话：\n王某  0000-5550123  传真：0000-5550124",
                 [("王某", "0000-5550123")], id="person-and-phone-then-fax"),
    pytest.param("承办人及联系电话：\n王某  13900000000  邮箱：someone@example.cn",
                 [("王某", "13900000000")], id="mobile-then-mail"),
    pytest.param("联系人：\n王某  联系电话：0000-5550123", [("王某", "0000-5550123")],
                 id="a-label-after-the-name-as-before"),
    pytest.param("联系人及电话：\n王某  0000-5550123", [("王某", "0000-5550123")],
                 id="nothing-after-as-before"),
]  # fmt: skip

NOT_JOINED = [
    pytest.param("联系人：\n联系电话：0000-5550123", [(None, "0000-5550123")],
                 id="the-line-under-opens-with-a-label"),
    pytest.param("联系人：王某  电话：0000-5550123\n李某  传真：0000-5550124",
                 [("王某", "0000-5550123")], id="label-line-holds-a-value"),
]  # fmt: skip


_read = contact_rows


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_the_value_under_an_empty_label(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NOT_JOINED)
def test_no_value_under_it(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


# (a closing line: whether it is a person's name, a phone, then labels)
NAME_ROWS = [
    pytest.param("王某  0000-5550123  传真：0000-5550124", True, id="name-phone-fax"),
    pytest.param("王某  13900000000（手机）", True, id="name-phone-note"),
    pytest.param("某县某局  0000-5550123  传真：0000-5550124", False, id="an-office-then-phone"),
    pytest.param("王某  12345678人次参加培训", False, id="a-count-no-label"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), NAME_ROWS)
def test_which_lines_are_a_name_then_a_phone_and_labels(text: str, person: bool) -> None:
    view = TextView(text)
    found = name_then_labels(view, view.content_lines[0])
    assert (found is not None and not found.authority) is person
