"""A year-less month or day listed right after a date that names its year
(``2019年5月、8月``) is in that year, not the letter's (still ``inferred``)."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, inferred), ...]) with the letter's year 2020
LISTED_MONTHS = [
    pytest.param(
        "2019年5月、8月分两批下达",
        [("2019年5月", "2019-05", False), ("8月", "2019-08", True)],
        id="month-listed-after-a-dated-month",
    ),
    pytest.param(
        "2018年3月和9月开展检查",
        [("2018年3月", "2018-03", False), ("9月", "2018-09", True)],
        id="joined-by-和",
    ),
    pytest.param(
        "2018年3月、6月、11月三次督查",
        [("2018年3月", "2018-03", False), ("6月", "2018-06", True), ("11月", "2018-11", True)],
        id="a-list-of-three",
    ),
    pytest.param(
        "2019年4月10日、5月20日召开座谈会",
        [("2019年4月10日", "2019-04-10", False), ("5月20日", "2019-05-20", True)],
        id="days",
    ),
    # near-misses: the letter's year stays
    pytest.param(
        "2018年11月、2月开展检查",
        [("2018年11月", "2018-11", False), ("2月", "2020-02", True)],
        id="month-before-the-listed-one-not-carried",
    ),
    pytest.param(
        "2018年11月完成。8月启动",
        [("2018年11月", "2018-11", False), ("8月", "2020-08", True)],
        id="next-sentence-not-carried",
    ),
    pytest.param(
        "一期完成于2018年3月。8月启动二期",
        [("2018年3月", "2018-03", False), ("8月", "2020-08", True)],
        id="full-stop-between-not-carried",
    ),
    pytest.param(
        "2018年3月起，至8月底",
        [("2018年3月", "2018-03", False), ("8月", "2020-08", True)],
        id="words-between-not-carried",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), LISTED_MONTHS)
def test_listed_month_takes_the_year_before(
    snippet: str, expected: list[tuple[str, str, bool]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2020)
    assert [(d.text, d.value, d.inferred) for d in found] == expected
