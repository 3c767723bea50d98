"""A proposal's number a scan's OCR or a typist gave with one letter for a digit after a
digit of it (``第1O号建议``, ``第1l号建议``: O and o read 0, l and I read 1, as in a
发文字号's serial): the number its digits say. Near-misses: a letter before the digits
stays as written (``第l5号``: a local scheme may open its numbers with a letter), and two
letters make no number. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "某县教育局关于县十八届人大三次会议{n}建议的答复\n\n王某代表：\n"
    "    您提出的《关于加强乡村学校师资的建议》收悉，现答复如下：\n    我局已落实。\n\n"
    "某县教育局\n2024年5月20日\n"
)

NUMBERS = [
    pytest.param("第1O号", "10", id="capital-o"),
    pytest.param("第1l号", "11", id="small-l"),
    pytest.param("第2o3号", "203", id="small-o-inside"),
    pytest.param("第15号", "15", id="clean"),
    pytest.param("第l5号", "l5", id="letter-first-as-written"),
]


@pytest.mark.parametrize(("number", "expected"), NUMBERS)
def test_a_letter_for_a_digit_in_the_proposals_number(number: str, expected: str) -> None:
    record = parse_text(LETTER.format(n=number), keywords=False)
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.number) == ("建议", expected)
    assert record.proposal.session == "县十八届人大三次会议"
