"""A flattened closing whose 印发 line follows the signed date (``某局 2023年5月6日
某局办公室 2023年5月8日印发``, the cc list before it or after it, with the blanks between
kept or lost): the 印发 line's office starts after the date's 日, so the signature and its
date are lines of their own and sign the letter; an office whose name opens with 日 is read
whole. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap
from spans import span_problems

BODY = (
    "关于第21号建议的答复 林某代表： 您提出的建议收悉，现答复如下： "
    "一、加强管理。我局将抓好落实。 二、完善制度。我局将继续推进。 "
)
OFFICE = "桐石县教育局办公室"

# (the flattened closing, the cc)
CLOSINGS = [
    pytest.param(f"桐石县教育局 2023年5月6日 {OFFICE} 2023年5月8日印发", [], id="spaced"),
    pytest.param(f"桐石县教育局 2023年5月6日{OFFICE}2023年5月8日印发", [], id="glued"),
    pytest.param(
        f"桐石县教育局 2023年5月6日 {OFFICE} 2023年5月8日印发 抄送：县政府办公室，县人大常委会办公室",
        ["县政府办公室", "县人大常委会办公室"],
        id="cc-after",
    ),
    pytest.param(
        f"桐石县教育局 2023年5月6日 抄送：县政府办公室。 {OFFICE} 2023年5月8日印发",
        ["县政府办公室"],
        id="cc-before",
    ),
]


@pytest.mark.parametrize(("closing", "cc"), CLOSINGS)
def test_the_signature_before_a_printed_line_signs(closing: str, cc: list[str]) -> None:
    record = parse_text(BODY + closing)
    assert (record.signature.issuer, record.signature.date) == ("桐石县教育局", "2023-05-06")
    assert record.cc == cc
    assert "2023-05-08" in [d.value for d in record.dates]
    assert span_problems(record) == []


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


# near misses: an office whose name opens with 日 keeps it; a number before a name is none
@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("桐石县教育局 2023年5月6日 日照市某局办公室 2023年5月8日印发", id="spaced"),
        pytest.param("桐石县教育局 2023年5月6日日照市某局办公室2023年5月8日印发", id="glued"),
    ],
)
def test_an_office_opening_with_ri_is_read_whole(closing: str) -> None:
    assert _lines(BODY + closing)[-1] == "日照市某局办公室2023年5月8日印发"


def test_a_name_a_stray_blank_cut_after_a_phone_stays_whole() -> None:
    # the figures before the name's first piece are a phone's, not a date's: no 日 there
    record = parse_text(BODY + "联系人：韩某 联系电话：13900000456 桐石县教 育局 2023年5月6日")
    assert record.signature.issuer == "桐石县教育局"
    assert [c.name for c in record.contacts] == ["韩某"]
