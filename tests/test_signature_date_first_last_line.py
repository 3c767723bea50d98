"""The letter's own last line with its date first and its authority after it (resegment.py,
``_signature_cuts``): a short letter signed ``2017-05-03 政府办`` or ``2024年5月10日 某县交通
局``. The authority signs and the date is the signature's, as on the line under the date
(an earlier round made no cut in a line of a letter that kept its line breaks, and nothing
signed; left61a). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

BODY = "关于第5号建议的答复\n钱某代表：\n您提出的建议收悉。我们将认真研究落实。\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("2017-05-03 政府办", ("政府办", "2017-05-03"), id="figures-short-office"),
        pytest.param("2017-05-03 某县政府办", ("某县政府办", "2017-05-03"), id="figures"),
        pytest.param("2017.5.3 某县交通局", ("某县交通局", "2017-05-03"), id="dotted"),
        pytest.param("2017年5月3日 政府办", ("政府办", "2017-05-03"), id="written-date"),
        pytest.param(
            "2017年5月3日　　某县交通局", ("某县交通局", "2017-05-03"), id="ideographic-gap"
        ),
    ],
)
def test_the_authority_after_the_date_signs(line: str, expected: tuple[str, str]) -> None:
    text = BODY + line + "\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == expected
    assert record.issuer == expected[0]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "closing",
    [
        # a sentence that opens with a date and names an office goes on after it
        pytest.param("2017-05-03 政府办召开专题会议", id="sentence"),
        # …and ends with an office's last character, a sentence's words in it (review61c:
        # left61a's cut read the date alone as the signature's)
        pytest.param("2024年5月10日 县交通局牵头召开了协调会", id="sentence-ends-like-a-name"),
        pytest.param("2024年5月10日县交通局牵头召开了协调会", id="glued"),
        pytest.param("2017.5.3 县交通局积极开展了座谈会", id="dotted"),
    ],
)
def test_no_signer_read(closing: str) -> None:
    assert signature_of(BODY + closing + "\n") == (None, None)


@pytest.mark.xfail(strict=True, reason="read on the letter's own last line only (left61a)")
def test_with_a_contact_line_under_it() -> None:
    text = BODY + "2017-05-03 政府办\n联系人：王某  电话：5550123\n"
    assert signature_of(text) == ("政府办", "2017-05-03")


def test_a_page_row_at_the_top_is_no_signature() -> None:
    # a one-line text: no letter above it to close
    assert signature_of("2017-05-03 政府办\n") == (None, None)
