"""An event a letter names by its month and day parted by a middle dot, the year written in
full with its 年 before them (``2019年7·14洪涝灾害``, ``2099年3·15晚会``; the dot as a copy or
an input method writes it, ``˙``, ``・``, ``‧``, ``•``): that day, as ``2019年7月14日`` is
(fix162; an earlier round read the year alone, dev162/006). The day is read whole or not at
all: a figure after the dot that is no day, a decimal's full stop, and a dot with no year
before it stay as they were. (tail75) The event in quotes after the 年 (``2021年“7·20”暴雨``) is
that day too, the text to the closing quote (fix162 read the year alone); a range of such
days (``2019年7·14至7·16``, ``7·14—16日``) ends at its last day (fix162 read the first day and
no end)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.fields.dates import find_dates
from replyparse.textview import TextView
from snippets import COPIES

# (snippet, [(text, value), ...]) with the letter's year 2099
EVENTS = [
    pytest.param("自2019年7˙14洪涝灾害以来", [("2019年7˙14", "2019-07-14")], id="spacing-dot"),
    pytest.param("2019年7·14洪涝后", [("2019年7·14", "2019-07-14")], id="middle-dot"),
    pytest.param("2098年3・15晚会上", [("2098年3・15", "2098-03-15")], id="katakana-dot"),
    pytest.param("2097年12‧1暴雨", [("2097年12‧1", "2097-12-01")], id="hyphenation-point"),
    pytest.param("2097年5•12日", [("2097年5•12日", "2097-05-12")], id="bullet-with-日"),
    pytest.param(
        "2019年7·14洪涝与2020年6月",
        [("2019年7·14", "2019-07-14"), ("2020年6月", "2020-06")],
        id="then-a-month",
    ),
    # near-misses
    pytest.param("2019年7.14万元", [("2019年", "2019")], id="decimal"),
    pytest.param("2019年7·45", [("2019年", "2019")], id="no-day"),
    pytest.param("2019年2·30", [("2019年", "2019")], id="no-such-day"),
    pytest.param("2019年7·145", [("2019年", "2019")], id="longer-figures"),
    pytest.param("在7·14洪涝中", [], id="no-year"),
    pytest.param("2097年7·20台风", [("2097年7·20", "2097-07-20")], id="typhoon"),
    # a figure's unit after the day's figures: a number, its dot a decimal's or a list's
    # (mend74a: a review's variants of fix162's rule)
    pytest.param("2019年7·14万元资金", [("2019年", "2019")], id="ten-thousands"),
    pytest.param("2019年7·5亿元", [("2019年", "2019")], id="hundred-millions"),
    pytest.param("2019年7·14米宽", [("2019年", "2019")], id="metres"),
    pytest.param("2019年7·14公里", [("2019年", "2019")], id="kilometres"),
    pytest.param("2019年7·2%", [("2019年", "2019")], id="percent"),
    pytest.param("2019年3·5％", [("2019年", "2019")], id="full-width-percent"),
    pytest.param("2019年1·3比例", [("2019年", "2019")], id="ratio"),
    pytest.param("2019年3·4季度", [("2019年", "2019")], id="quarters"),
    pytest.param("2019年7·8月份", [("2019年", "2019"), ("8月", "2099-08")], id="months"),
    pytest.param("2019年1·2月", [("2019年", "2019"), ("2月", "2099-02")], id="months-bare"),
    pytest.param("2019年7·3倍", [("2019年", "2019")], id="times"),
]


@pytest.mark.parametrize(("snippet", "expected"), EVENTS)
def test_an_event_named_by_its_day(snippet: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(TextView(snippet), default_year=2099)
    assert [(d.text, d.value) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text


# (snippet, [(text, value, end), ...]) with the letter's year 2099 (tail75)
QUOTED_AND_RANGES = [
    pytest.param("2096年“7·20”暴雨后", [("2096年“7·20”", "2096-07-20", None)], id="quoted"),
    pytest.param('2096年"7·20"暴雨后', [('2096年"7·20"', "2096-07-20", None)], id="ascii-quoted"),
    pytest.param(
        "2096年「7·20」暴雨后", [("2096年「7·20」", "2096-07-20", None)], id="corner-quoted"
    ),
    pytest.param(
        "2095年7·14至7·16洪涝期间",
        [("2095年7·14至7·16", "2095-07-14", "2095-07-16")],
        id="range-dotted",
    ),
    pytest.param(
        "2095年7·14—7·16洪涝", [("2095年7·14—7·16", "2095-07-14", "2095-07-16")], id="range-dash"
    ),
    pytest.param(
        "2095年7·14至16日洪涝", [("2095年7·14至16日", "2095-07-14", "2095-07-16")], id="range-day"
    ),
    # near-misses: the quote not closed right after the day, no such day, a dotted end after
    # a day written with 月 and 日, an end that is no day
    pytest.param("2096年“7·20暴雨”", [("2096年", "2096", None)], id="quote-closes-later"),
    pytest.param("2096年“7·45”", [("2096年", "2096", None)], id="quoted-no-day"),
    pytest.param(
        "2095年7月14日至7·16", [("2095年7月14日", "2095-07-14", None)], id="dotted-end-only"
    ),
    pytest.param("2095年7·14至7·45", [("2095年7·14", "2095-07-14", None)], id="end-no-day"),
    # (tail76) an end with a sum's or a count's unit after it shows a range of numbers, the
    # dots their decimal points: the year alone (tail75 read the first day)
    pytest.param("2095年7·14至7·5亿元", [("2095年", "2095", None)], id="end-a-figure"),
    pytest.param("2095年7·14至7·16万元", [("2095年", "2095", None)], id="end-a-sum"),
    pytest.param("2095年7·14—7·16公里", [("2095年", "2095", None)], id="end-a-length"),
    # (mend75b) an end before the start is none: the first day alone, as before tail75
    pytest.param("2095年12·30至1·2期间", [("2095年12·30", "2095-12-30", None)], id="end-before"),
    pytest.param("2095年7·14至7·12", [("2095年7·14", "2095-07-14", None)], id="end-days-before"),
    # (mend75b) the quoted day is an event's where an event's word follows the quote (what
    # happened or was held, within a few words, or a time word right after); other words
    # (比分, 版本) name no event: the year alone, as before tail75
    pytest.param("2096年“3·15”晚会上", [("2096年“3·15”", "2096-03-15", None)], id="quoted-gala"),
    pytest.param("2096年“8·1”建军节", [("2096年“8·1”", "2096-08-01", None)], id="quoted-holiday"),
    pytest.param("2096年“6·18”期间", [("2096年“6·18”", "2096-06-18", None)], id="quoted-time"),
    pytest.param(
        "2096年“7·20”特大暴雨灾害", [("2096年“7·20”", "2096-07-20", None)], id="quoted-few-words"
    ),
    pytest.param("2096年“7·2”比分领先", [("2096年", "2096", None)], id="quoted-score"),
    pytest.param("2096年“1·1”版本的规划", [("2096年", "2096", None)], id="quoted-version"),
    # (tail76) a range of quoted days, each in its quotes (“7·20”至“7·22”暴雨): the range,
    # text to the end's closing quote (an earlier round read the first day alone); an end
    # before the start, no day, or no event's word after it leaves the first day alone
    pytest.param(
        "2096年“7·20”至“7·22”暴雨",
        [("2096年“7·20”至“7·22”", "2096-07-20", "2096-07-22")],
        id="quoted-range",
    ),
    pytest.param(
        "2096年“7·30”—“8·2”期间",
        [("2096年“7·30”—“8·2”", "2096-07-30", "2096-08-02")],
        id="quoted-range-months",
    ),
    pytest.param(
        "2096年“7·20”至“7·12”暴雨", [("2096年“7·20”", "2096-07-20", None)], id="quoted-before"
    ),
    pytest.param(
        "2096年“7·20”至“7·32”暴雨", [("2096年“7·20”", "2096-07-20", None)], id="quoted-no-end"
    ),
    pytest.param(
        "2096年“7·20”至“7·22”比分", [("2096年“7·20”", "2096-07-20", None)], id="quoted-no-event"
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), QUOTED_AND_RANGES)
def test_an_event_day_in_quotes_or_a_range_of_them(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2099)
    assert [(d.text, d.value, d.end) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text


# (mend75b) the same in a letter, on its lines and flattened
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2096年12·30至1·2期间，我局已开展巡查。", ("2096-12-30", None)),
        ("2096年“7·2”比分领先。", ("2096", None)),
        ("2096年“7·20”暴雨后，我局已开展巡查。", ("2096-07-20", None)),
    ],
)
def test_event_days_in_a_letter(
    sentence: str, expected: tuple[str, str | None], flatten: Callable[[str], str]
) -> None:
    text = (
        "关于治理乙河河道的建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        f"{sentence}\n感谢您对我局工作的支持。\n甲山县水利局\n2099年5月6日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert [(d.value, d.end) for d in letter.dates] == [expected, ("2099-05-06", None)]
