"""The 版记's 印发 line that lost its 印发 in a web copy, set between the signer and the date
(``某区某街道办事处`` / ``某街道办事处党政综合办公室 2024年5月12日 |`` / ``2024年5月12日``):
an office of the signer's own with a date on its line, a date alone under it, prints the
letter and signs nothing. The authority above signs with the date under it, and both dates
are the letter's (the page's bar after the printing line's date is a table cell's, no end of
the article: a signed date alone under it is no teaser of another page's). A flattened copy
that sets the office and its date apart reads the same. A joint reply's second authority,
another body, and an office with its date ending the closing stay signers. Snippets in our
own words, invented names.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于对区某届人大一次会议第12号建议的答复\n"
    "李某代表：\n"
    "您提出的《关于修缮某村水塘的建议》收悉，现答复如下：\n"
    "该项目需资金20万元，目前正在争取。\n"
    "联系人及电话：赵某 00000000\n"
)
PRINTED = "某区某街道办事处\n某街道办事处党政综合办公室 2024年5月12日{bar}\n2024年5月12日\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HEAD + PRINTED.format(bar=" |"), id="barred"),
        pytest.param(HEAD + PRINTED.format(bar=""), id="plain"),
        pytest.param(
            HEAD + PRINTED.format(bar=" |").replace("处\n", "处\n（盖章）\n", 1), id="sealed"
        ),
        pytest.param((HEAD + PRINTED.format(bar=" |")).replace("\n", " "), id="flattened"),
        pytest.param(
            HEAD + "某县水务局\n某县水务局办公室 2024年5月12日\n2024年5月12日\n", id="bureau"
        ),
    ],
)
def test_the_printing_office_signs_nothing(text: str) -> None:
    letter = parse_text(text)
    signer = "某县水务局" if "水务局" in text else "某区某街道办事处"
    assert (letter.signature.issuer, letter.signature.date) == (signer, "2024-05-12")
    assert [d.value for d in letter.dates] == ["2024-05-12", "2024-05-12"]
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param(
            "甲县教育局\n甲县财政局 2024年5月12日\n", "甲县教育局、甲县财政局", id="joint"
        ),
        pytest.param(
            "甲县教育局\n甲县财政局 2024年5月12日\n2024年5月12日\n",
            "甲县教育局、甲县财政局",
            id="joint-another-body",
        ),
        pytest.param("某县水务局办公室 2024年5月12日\n", "某县水务局办公室", id="office-signs"),
    ],
)
def test_other_signers_stay(closing: str, signer: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2024-05-12"
