"""A signed date a typist mixes (its year in figures and its month or day in numerals, or the
opposite) reads as the unmixed date does wherever a signed date is read, not in the closing's
full date alone (left60b): written to the month (``二〇二四年5月``, ``2024年五月``), and by the
page furniture that finds the letter's signed date to drop a proposal printed after the reply
(``二〇二四年5月10日``, ``2024年五月十日``, a day in figures with 号). An earlier round lost the
signer under a mixed month, and kept the proposal after a mixed date as the letter's: its own
date then read as the letter's, and no signer. Units, places and numbers invented
(review60e)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第7号建议的答复\n赵某代表：\n    您提出的关于修缮某村便桥的建议收悉。现答复如下：\n"
    "    我局已安排资金，年内完工。感谢您的支持！\n\n"
)
FLAT = "关于第7号建议的答复\n赵某代表：\n您提出的建议收悉。我局已安排资金，年内完工。此复。"
# the proposal a page prints after the reply, its own date inside it
PROPOSAL = (
    "\n关于修缮某村便桥的建议\n"
    "    某村便桥年久失修，群众出行不便。建议安排资金于2031年3月1日前修缮。\n"
    "    领衔代表：赵某\n"
)

MONTHS = [
    pytest.param("2024年5月", id="figures"),
    pytest.param("二〇二四年五月", id="numerals"),
    pytest.param("二〇二四年5月", id="numeral-year-figure-month"),
    pytest.param("2024年五月", id="figure-year-numeral-month"),
    pytest.param("二〇二四年12月", id="numeral-year-two-figure-month"),
]


@pytest.mark.parametrize("date", MONTHS)
@pytest.mark.parametrize(
    "shape",
    [
        pytest.param("{head}丁山县水利局\n{date}\n", id="under-its-signer"),
        pytest.param("{head}丁山县水利局 {date}\n", id="after-its-signer"),
        pytest.param("{flat}丁山县水利局 {date}", id="run-on"),
    ],
)
def test_a_date_to_the_month_under_its_signer_signs(date: str, shape: str) -> None:
    text = shape.format(head=HEAD, flat=FLAT, date=date)
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == "丁山县水利局"
    assert span_problems(record) == []


FULL = [
    pytest.param("2024年5月10日", id="figures"),
    pytest.param("二〇二四年五月十日", id="numerals"),
    pytest.param("二〇二四年5月10日", id="numeral-year"),
    pytest.param("2024年五月十日", id="figure-year"),
    pytest.param("2024年5月10号", id="hao"),
    pytest.param("二〇二四年5月10号", id="numeral-year-hao"),
]


@pytest.mark.parametrize("date", FULL)
def test_a_proposal_printed_after_a_reply_so_signed_is_none_of_it(date: str) -> None:
    record = parse_text(HEAD + "丁山县水利局\n" + date + "\n" + PROPOSAL, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("丁山县水利局", "2024-05-10")
    assert [d.value for d in record.dates] == ["2024-05-10"]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("二〇二四年5月10", id="numeral-year"),
        pytest.param("2024年五月十", id="figure-year"),
    ],
)
def test_a_mixed_date_that_lost_its_day_mark_signs(date: str) -> None:
    record = parse_text(HEAD + "丁山县水利局\n" + date + "\n", keywords=False)
    assert record.signature.issuer == "丁山县水利局"
