"""A number a phone's label gives whose length no phone has (``联系电话：555012345``: a county
landline written one digit short, or damaged in copying) is the phone as written, six to
twelve digits, its area code's dash kept or not (an earlier round read the contact with no
phone). Decided: the record's phone is the number as written (spec: "as written, digits and
dashes only"); a reader checks its length. Only the first number of a phone's label, never
a number under a person's label alone, nor a postcode, nor five digits (a hotline's
``12345``). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于县政协十届三次会议第12号提案的答复\n\n王某委员：\n"
    "您提出的提案收悉。现答复如下：\n我局已安排专项资金。\n感谢您对我们工作的支持。\n\n"
)
_SIGNED = "\n某县交通运输局\n2021年6月18日\n"

Row = tuple[str | None, str | None]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        pytest.param("联系人：李某某\n联系电话：555012345\n", [("李某某", "555012345")], id="nine"),
        pytest.param("联系人：李某某  电话：5550123456\n", [("李某某", "5550123456")], id="ten"),
        pytest.param("联系人及电话：李某某 555012345\n", [("李某某", "555012345")], id="joined"),
        pytest.param(
            "联系人：李某某，联系电话：0000-555012\n", [("李某某", "0000-555012")], id="dash-six"
        ),
        pytest.param(
            "联系人：李某某  联系电话：0000-5550123、555012345\n",
            [("李某某", "0000-5550123")],
            id="second-after-a-phone",
        ),
    ],
)
def test_an_odd_length_number_is_the_phone_as_written(closing: str, expected: list[Row]) -> None:
    letter = parse_text(_HEAD + closing + _SIGNED)
    assert [(c.name, c.phone) for c in letter.contacts] == expected
    assert letter.signature.issuer == "某县交通运输局"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        pytest.param("联系人：李某某 555012345\n", [("李某某", None)], id="person-label-only"),
        pytest.param("联系人：李某某  邮编：555012\n", [("李某某", None)], id="postcode"),
        pytest.param("联系人：李某某  联系电话：12345\n", [("李某某", None)], id="five-digits"),
        pytest.param(
            "联系人：李某某  联系电话：5550123456789\n", [("李某某", None)], id="thirteen"
        ),
    ],
)
def test_no_odd_phone_outside_a_phones_label(closing: str, expected: list[Row]) -> None:
    letter = parse_text(_HEAD + closing + _SIGNED)
    assert [(c.name, c.phone) for c in letter.contacts] == expected
