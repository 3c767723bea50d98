"""A landline a copy broke after its area code's dash (``联系电话：0000-`` over ``5550123``):
one phone, as written without the break (``0000-5550123``), as a 发文字号 broken after its
year is one number; the contact's span runs over both lines. Only the dash after an area
code breaks so: a number whose rest is no number of seven or eight digits is not joined."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import _broken_phone

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

Row = tuple[str | None, str | None]

# (contact lines under the date, [(name, phone)])
BROKEN = [
    pytest.param("联系人：王某  联系电话：0000-\n5550123", [("王某", "0000-5550123")], id="same-line-label"),
    pytest.param("联系人：王某\n联系电话：0000-\n5550123", [("王某", "0000-5550123")], id="phone-line-under"),
    pytest.param("联系人：王某\n联系电话：0000－\n55501234", [("王某", "0000-55501234")], id="full-width-dash-8-digits"),
    pytest.param("联系电话：000-\n5550123", [(None, "000-5550123")], id="three-digit-code-no-person"),
    pytest.param("联系人：王某  电话：0000-\n5550123\n抄送：甲县财政局。", [("王某", "0000-5550123")], id="cc-after"),
]  # fmt: skip

# no area code before the dash, or no number under it: nothing joined
NOT_BROKEN = [
    pytest.param("联系人：王某  联系电话：5550123-\n8012", [("王某", "5550123")], id="no-area-code"),
    pytest.param("联系人：王某  联系电话：0000-\n2024年5月12日印发", [("王某", None)], id="a-date-under"),
    pytest.param("联系人：王某  联系电话：0000-\n123", [("王某", None)], id="too-few-digits"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[Row], str | None, str | None]:
    letter = parse_text(HEAD + lines + "\n")
    rows = [(c.name, c.phone) for c in letter.contacts]
    return rows, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), BROKEN)
def test_a_phone_broken_after_its_dash_is_one(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(("lines", "expected"), NOT_BROKEN)
def test_no_area_code_or_no_number_joins_nothing(lines: str, expected: list[Row]) -> None:
    assert _read(lines)[0] == expected


def test_the_span_runs_over_both_lines() -> None:
    text = HEAD + "联系人：王某  联系电话：0000-\n5550123\n"
    letter = parse_text(text)
    (contact,) = letter.contacts
    span = contact.span
    assert span is not None
    assert text[span[0] : span[1]] == "联系人：王某  联系电话：0000-\n5550123"


# (the line's text, the line under it, whether they are one phone broken after its dash)
PIECES = [
    pytest.param("联系电话：0000-", "5550123", True, id="area-code"),
    pytest.param("电话：000－", "55501234", True, id="full-width-dash"),
    pytest.param("联系电话：5550123-", "5550124", False, id="a-local-number-no-area-code"),
    pytest.param("办理期限：2024-", "20240601", False, id="a-year-no-area-code"),
    pytest.param("联系电话：0000-", "2024年5月12日印发", False, id="a-date-under"),
    pytest.param("联系电话：0000-", "555012345", False, id="nine-digits-under"),
    pytest.param("联系电话：0000-", "邮编：555000", False, id="a-label-under"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "below", "expected"), PIECES)
def test_which_pieces_are_one_phone(text: str, below: str, expected: bool) -> None:
    assert _broken_phone(text, below) is expected
