"""A signer with a date damaged past reading on its line (``某局 2023927``): the authority
signs, the date null (as under it on a line of its own; an earlier round read no signer),
also where a contact's row follows on the line with its name label's head lost in copying
(``某局 2023927 人：李某 电话：…``, a flattened copy). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第25号建议的答复\n王某代表：\n"
    "您提出的关于加强某镇水渠维修的建议收悉。现答复如下：我局已安排资金对该水渠进行维修。\n"
)
CONTACT = ("李某", "0000-5550123")


@pytest.mark.parametrize(
    ("closing", "date", "contact"),
    [
        pytest.param("某县水利局 2023927\n", None, None, id="damaged-date-beside"),
        pytest.param("某县水利局2023927\n", None, None, id="glued"),
        pytest.param("某县水利局 2023927\n联系人：李某 电话：0000-5550123\n", None, CONTACT, id="contact-under"),
        pytest.param("某县水利局 2023927 人:李某 电话:0000-5550123\n", None, CONTACT, id="headless-label-after"),
        pytest.param("某县水利局 2023年9月27日 人:李某 电话:0000-5550123\n", "2023-09-27", CONTACT, id="whole-date"),
        # a label spaced out character by character: its 人 is no head lost
        pytest.param("某县水利局 2023年9月27日 联 系 人:李某 电话:0000-5550123\n", "2023-09-27", CONTACT, id="spaced-label"),
        pytest.param("某县水利局 2023年9月27日 承  办  人:李某 电话:0000-5550123\n", "2023-09-27", CONTACT, id="spaced-wide"),
    ],
)  # fmt: skip
def test_the_authority_signs(
    closing: str, date: str | None, contact: tuple[str, str] | None
) -> None:
    for text in (HEAD + closing, HEAD.replace("\n", " ") + closing):  # (as written, flattened)
        record = parse_text(text)
        assert (record.signature.issuer, record.signature.date) == ("某县水利局", date)
        assert [(c.name, c.phone) for c in record.contacts] == ([contact] if contact else [])
        assert span_problems(record) == []


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县水利局 2023 1327\n", id="past-any-day"),
        pytest.param("某县水利局 20231399\n", id="no-month-and-day"),
    ],
)  # fmt: skip
def test_digits_that_are_no_date_sign_nothing(closing: str) -> None:
    assert parse_text(HEAD + closing).signature.issuer is None
