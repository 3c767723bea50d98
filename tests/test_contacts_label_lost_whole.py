"""A person's label a copy lost whole, its colon left before the name (``联系电话：…`` over
``：王某``, a page that dropped the label's cell; fix96): the name is the contact's, paired
with the phone beside it as ``联系人：王某`` would be, above the signer or under it. Only a
name alone, beside a line a contact label opens. Snippets written for these tests; names
and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import ContactRow, contact_rows
from spans import span_problems

UNDER_SIGNER = [
    pytest.param("联系电话：0000-5550123\n：苗青禾", [("苗青禾", "0000-5550123")], id="name-under"),
    pytest.param(": 苗青禾\n联系电话：0000-5550123", [("苗青禾", "0000-5550123")], id="name-over"),
    pytest.param("联系人：苗青禾\n联系电话：0000-5550123", [("苗青禾", "0000-5550123")], id="whole-as-before"),
    # the phone's cell on the name's own line, after a gap (dev121/001): one row of cells
    pytest.param(": 苗青禾          联系电话: 5550123", [("苗青禾", "5550123")], id="phone-cell-after"),
    pytest.param("：苗青禾  联系电话：0000-5550123", [("苗青禾", "0000-5550123")], id="full-width"),
    pytest.param("承办单位：柳川县某局\n\n: 苗青禾    联系电话: 5550123", [("苗青禾", "5550123")],
                 id="under-the-unit"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), UNDER_SIGNER)
def test_a_name_after_a_lost_label_is_the_contact(lines: str, expected: list[ContactRow]) -> None:
    assert contact_rows(lines) == expected


LETTER = (
    "关于市十五届人大三次会议第8号建议的答复\n韩立新代表：\n"
    "您提出的建议收悉，现答复如下：\n我局已列入计划。\n感谢您的支持。\n"
    "{lines}\n柳川市民政局\n2099年6月1日\n"
)


def test_above_the_signer() -> None:
    letter = parse_text(LETTER.format(lines="联系电话：5550123\n: 苗青禾"))
    assert [(c.name, c.phone) for c in letter.contacts] == [("苗青禾", "5550123")]
    assert span_problems(letter) == []


def test_under_the_date_the_row_keeps_the_signature() -> None:
    # the row is the closing's: the signer and the date above it are still read
    text = LETTER.format(lines="感谢您的关心。") + ": 苗青禾        联系电话: 5550123\n"
    letter = parse_text(text)
    assert [(c.name, c.phone) for c in letter.contacts] == [("苗青禾", "5550123")]
    assert (letter.signature.issuer, letter.signature.date) == ("柳川市民政局", "2099-06-01")
    assert span_problems(letter) == []


NONE = [
    # no name alone: a sentence's words after the colon
    pytest.param("联系电话：5550123\n：请于工作日拨打。", id="words"),
    # no contact line beside it
    pytest.param("：苗青禾", id="alone"),
    # words, no name, before the phone's cell on the line
    pytest.param("：请于工作日  联系电话：5550123", id="words-before-a-phone-cell"),
]


@pytest.mark.parametrize("lines", NONE)
def test_no_name(lines: str) -> None:
    letter = parse_text(LETTER.format(lines=lines))
    assert all(c.name is None for c in letter.contacts)
