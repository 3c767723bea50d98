"""A signed date that lost its final 日 (dev21 round): in Chinese numerals as in figures
(``二○○九年六月二十五``, as ``2009年6月25``), alone on its line or after its authority, is
the 成文日期 to the day; and a broken tag of a web page's markup a mirror glued where the 日
was (``二○○九年六月二十五?span lang="EN-US">``) does not cut the date to its month nor
keep the line from being the date's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于市六届人大二次会议第40号建议的答复\n孙某代表：\n"
    "　　您提出的关于修缮某园的建议收悉，现答复如下：\n"
    "　　我局将积极协调，争取早日对外开放。\n"
)
SIGNER = "某市文物局\n"
CONTACT = "经办人：李某\n联系电话：0000-5550123\n"

# (the date's line, the date, the date as written)
LOST = [
    pytest.param("二○○九年六月二十五", "2009-06-25", "二○○九年六月二十五", id="numerals"),
    # (a day no numeral can follow: 十二月三 ending the text may be 三十, cut by a store: fix108)
    pytest.param("二〇二四年十二月五", "2024-12-05", "二〇二四年十二月五", id="numerals-one-digit-day"),
    pytest.param("二〇二四年元月廿三", "2024-01-23", "二〇二四年元月廿三", id="numerals-元月-廿"),
    pytest.param("2009年6月25", "2009-06-25", "2009年6月25", id="figures"),
    pytest.param('二○○九年六月二十五?span lang="EN-US">', "2009-06-25", "二○○九年六月二十五", id="numerals-markup"),
    pytest.param('2009年6月25?span lang="EN-US">', "2009-06-25", "2009年6月25", id="figures-markup"),
    pytest.param("2009年6月25</span>", "2009-06-25", "2009年6月25", id="figures-closing-tag"),
    pytest.param("二○○九年六月二十五日/span>", "2009-06-25", "二○○九年六月二十五日", id="whole-markup"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "date", "written"), LOST)
@pytest.mark.parametrize(
    "above", [SIGNER, SIGNER + CONTACT, CONTACT + SIGNER], ids=["signer", "contact", "signer-below"]
)
def test_the_date_that_lost_its_day_mark_is_the_signed_date(
    line: str, date: str, written: str, above: str
) -> None:
    record = parse_text(HEAD + above + line + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某市文物局", date)
    span = record.signature.date_span
    assert span is not None
    assert (record.text or "")[span[0] : span[1]] == written
    assert [d.value for d in record.dates] == [date]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("某市文物局  二○○九年六月二十五", "2009-06-25", id="numerals"),
        pytest.param("某市文物局  2009年6月25", "2009-06-25", id="figures"),
    ],
)
def test_the_authority_and_the_date_that_lost_its_day_mark_on_one_line(
    line: str, date: str
) -> None:
    record = parse_text(HEAD + line + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某市文物局", date)


# a day in a sentence, words or figures after it, stays unread without its 日
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("计划于2024年5月20多个村推开。", "2024-05", id="words-after"),
        pytest.param("2024年5月3/4", "2024-05", id="figures-after-slash"),
    ],
)
def test_a_day_without_its_mark_in_a_sentence_stays_the_month(sentence: str, value: str) -> None:
    record = parse_text(
        HEAD.replace("我局将积极协调", sentence + "我局将积极协调") + SIGNER + "2024年6月1日\n"
    )
    assert record.dates[0].value == value
