"""A range whose second end names the year after the first's with 次年 or 翌年, as a
season that runs over the new year is written (``2023年12月至次年2月``, a winter's
works): one date, its end in the first year plus one."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2020
NEXT_YEAR = [
    pytest.param(
        "2018年12月至次年2月开展冬季巡查",
        [("2018年12月至次年2月", "2018-12", "2019-02")],
        id="months-至-次年",
    ),
    pytest.param(
        "供暖期为2018年11月-次年3月",
        [("2018年11月-次年3月", "2018-11", "2019-03")],
        id="months-dash-次年",
    ),
    pytest.param(
        "2018年10月—翌年4月禁止采挖",
        [("2018年10月—翌年4月", "2018-10", "2019-04")],
        id="翌年",
    ),
    pytest.param(
        "于2018年12月25日至次年1月5日集中整治",
        [("2018年12月25日至次年1月5日", "2018-12-25", "2019-01-05")],
        id="days",
    ),
    pytest.param(
        "二〇一八年十二月至次年二月",
        [("二〇一八年十二月至次年二月", "2018-12", "2019-02")],
        id="numerals",
    ),
    pytest.param(
        "2018年12月下旬至次年1月上旬",
        [("2018年12月下旬至次年1月", "2018-12", "2019-01")],
        id="part-of-the-month-before-the-dash",
    ),
    pytest.param(
        "2019年12月至次年1月", [("2019年12月至次年1月", "2019-12", "2020-01")], id="into-2020"
    ),
    # near-misses: no month after 次年, or no year before it, reads the first end alone
    pytest.param(
        "2018年12月至次年完成验收", [("2018年12月", "2018-12", None)], id="次年-with-no-month"
    ),
    pytest.param(
        "2018年12月至次年度预算编制", [("2018年12月", "2018-12", None)], id="次年度-no-month"
    ),
    pytest.param("2018年12月至次年13月", [("2018年12月", "2018-12", None)], id="no-such-month"),
    pytest.param("2018年12月，次年3月完工", [("2018年12月", "2018-12", None)], id="no-dash"),
]


@pytest.mark.parametrize(("snippet", "expected"), NEXT_YEAR)
def test_next_year_ends_the_range(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2020) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected
