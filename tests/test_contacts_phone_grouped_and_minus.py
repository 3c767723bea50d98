"""A landline written with the minus sign for its dash (``0000−5550123``, ``0000﹣5550123``:
a word processor's or a copy's dash) is that phone, as with ``-``; so is one whose local
number a blank or a dash groups after its area code (``0000-555 1234``, ``0000 5555 1234``),
the blank read as a dash as the one after the area code is. A number without its area code
is never grouped so, and a figure after a blank that is no four-digit group stays apart."""

from __future__ import annotations

import pytest

from snippets import ContactRow, contact_rows

PHONES = [
    pytest.param("联系人：王某  联系电话：0000−5550123", [("王某", "0000-5550123")], id="minus-sign"),
    pytest.param("联系人：王某  联系电话：0000﹣5550123", [("王某", "0000-5550123")], id="small-minus"),
    pytest.param("联系人：王某\n联系电话：0000−\n5550123", [("王某", "0000-5550123")], id="minus-broken"),
    pytest.param("联系人：王某  联系电话：0000-555 1234", [("王某", "0000-555-1234")], id="dash-then-blank"),
    pytest.param("联系人：王某  联系电话：0000 555 1234", [("王某", "0000-555-1234")], id="two-blanks"),
    pytest.param("联系人：王某  电话：（0000）5555 1234", [("王某", "0000-5555-1234")], id="bracketed-code"),
    pytest.param("联系人：王某  电话：0000－555 1234", [("王某", "0000-555-1234")], id="full-width-dash"),
    pytest.param("联系人：王某  电话：139−0000−0012", [("王某", "139-0000-0012")], id="mobile-minus"),
    pytest.param("联系人：王某  电话：139—0000—0012", [("王某", "139-0000-0012")], id="mobile-dash"),
]  # fmt: skip

APART = [
    pytest.param("联系人：王某  联系电话：0000-5550123 13900000012", [("王某", "0000-5550123")], id="mobile-after"),
    pytest.param("联系人：王某  联系电话：555 1234", [("王某", None)], id="no-area-code"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), PHONES)
def test_a_minus_or_a_grouping_blank_is_the_phone_s_dash(
    lines: str, expected: list[ContactRow]
) -> None:
    assert contact_rows(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), APART)
def test_no_group_without_an_area_code_or_four_digits(
    lines: str, expected: list[ContactRow]
) -> None:
    assert contact_rows(lines) == expected
