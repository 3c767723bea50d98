"""元月 for January, as letters write it in the body (``2024年元月``) and in the 成文日期
(``二〇二四年元月十日``): a month, 1, wherever a figure's month stands, and the date line
it makes is the signature's date. 元 is a month only right before its 月: 元旦, 元宵 and a
sum's 元 are none."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2020
YUAN_MONTH = [
    pytest.param("2019年元月，我局召开座谈会", [("2019年元月", "2019-01", None)], id="month"),
    pytest.param("于2019年元月8日召开座谈会", [("2019年元月8日", "2019-01-08", None)], id="day"),
    pytest.param(
        "二〇一九年元月十五日前完成",
        [("二〇一九年元月十五日", "2019-01-15", None)],
        id="numerals",
    ),
    pytest.param(
        "2019年元月至3月开展排查",
        [("2019年元月至3月", "2019-01", "2019-03")],
        id="range-from-元月",
    ),
    pytest.param(
        "2018年12月至次年元月开展巡查",
        [("2018年12月至次年元月", "2018-12", "2019-01")],
        id="range-to-次年元月",
    ),
    pytest.param(
        "2018年11月—2019年元月", [("2018年11月—2019年元月", "2018-11", "2019-01")], id="range-years"
    ),
    pytest.param("截至2019年元月底", [("2019年元月", "2019-01", None)], id="元月底"),
    # near-misses: 元 that is no month
    pytest.param("2019年元旦期间开展慰问", [("2019年", "2019", None)], id="元旦"),
    pytest.param("2019年元宵节举办灯会", [("2019年", "2019", None)], id="元宵"),
    pytest.param("2019年元至5月", [("2019年", "2019", None)], id="元-without-月"),
    pytest.param("2019年发放300元月补贴", [("2019年", "2019", None)], id="sum-then-月"),
    pytest.param("2019年元年", [("2019年", "2019", None)], id="元年"),
]


@pytest.mark.parametrize(("snippet", "expected"), YUAN_MONTH)
def test_yuan_month_is_january(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2020) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected


def test_a_yearless_yuan_month_is_no_date_read() -> None:
    assert find_dates(TextView("元月以来，开展巡查"), default_year=2020) == []


_LETTER = (
    "关于增设公交线路的建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n我局已完成调研。\n"
)

SIGNED = [
    pytest.param("某市交通运输局\n二〇二四年元月十日\n", "2024-01-10", id="numerals"),
    pytest.param("某市交通运输局\n2024年元月10日\n", "2024-01-10", id="figures"),
    # to the month: the date line, no day for the signature's date (dev21, the contract's
    # type YYYY-MM-DD or null); the month is in dates
    pytest.param("某市交通运输局\n二〇二四年元月\n", None, id="to-the-month"),
    pytest.param("某市交通运输局    2024年元月10日\n", "2024-01-10", id="beside-the-signer"),
    pytest.param("某市交通运输局\n2024年元月10日（印章）\n", "2024-01-10", id="seal-note"),
]


@pytest.mark.parametrize(("closing", "date"), SIGNED)
def test_a_yuan_month_date_line_is_the_signature_date(closing: str, date: str | None) -> None:
    letter = parse_text(_LETTER + closing)
    assert letter.signature.date == date
    assert letter.signature.issuer == "某市交通运输局"
    assert (date or "2024-01") in [d.value for d in letter.dates]


def test_a_flattened_closing_with_a_yuan_month_date() -> None:
    text = (
        "关于增设公交线路的建议的答复 王某代表： 您提出的建议收悉，现答复如下： "
        "我局已完成调研，感谢您的支持。 某市交通运输局 2024年元月10日"
    )
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("某市交通运输局", "2024-01-10")
