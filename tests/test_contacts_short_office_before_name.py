"""An office written before the person in the contact's value, named short, two characters
whose first opens no surname (``联系人：某科 王某``, ``一科王某某``): the person is the name,
the office his org, as with a longer office (``联系人：综合科 王某``). Two characters that
open with a surname may be a person's name (``王科``) and stay one."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY

Row = tuple[str | None, str | None, str | None]

OFFICE_FIRST = [
    pytest.param("联系人：某科 王某\n联系电话：0000-5550123", [("王某", "某科", "0000-5550123")], id="gap"),
    pytest.param("联系人：某科王某  联系电话：0000-5550123", [("王某", "某科", "0000-5550123")], id="glued"),
    pytest.param("联系人：一科王某某\n电话：0000-5550123", [("王某某", "一科", "0000-5550123")], id="numbered"),
    pytest.param("联系人：某股李某科长\n电话：0000-5550123", [("李某", "某股", "0000-5550123")], id="post-after"),
    pytest.param("联系人：综合科 王某\n联系电话：0000-5550123", [("王某", "综合科", "0000-5550123")], id="three"),
]  # fmt: skip

PEOPLE = [
    pytest.param(
        "联系人：王科 李某\n联系电话：0000-5550123",
        [("王科", None, "0000-5550123"), ("李某", None, "0000-5550123")],
        id="surname-first",
    ),
    pytest.param("联系人：欧阳某某\n联系电话：0000-5550123", [("欧阳某某", None, "0000-5550123")], id="four"),
]  # fmt: skip


def _rows(lines: str) -> list[Row]:
    letter = parse_text(SIGNED_REPLY + lines + "\n")
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")
    return [(c.name, c.org, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(("lines", "expected"), OFFICE_FIRST)
def test_a_short_office_before_the_name_is_its_org(lines: str, expected: list[Row]) -> None:
    assert _rows(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), PEOPLE)
def test_a_name_opening_with_a_surname_stays_a_person(lines: str, expected: list[Row]) -> None:
    assert _rows(lines) == expected
