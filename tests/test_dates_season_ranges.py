"""A range whose first end names a season of its year before the dash, to an end that
names its year (``2023年秋季至2024年春季``, a heating or a planting season's works): one
date, year to what the end writes, as ``2022年底至2023年初`` is (a season is a part of
its year). The season alone adds nothing to the year, and no range is read where no dash
follows it or the end names no year."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2020
SEASONS = [
    pytest.param(
        "2018年秋季至2019年春季开展巡查",
        [("2018年秋季至2019年", "2018", "2019")],
        id="autumn-to-spring",
    ),
    pytest.param(
        "2018年秋冬季—2019年春季集中治理",
        [("2018年秋冬季—2019年", "2018", "2019")],
        id="two-seasons",
    ),
    pytest.param(
        "2018年冬季至2019年3月供暖", [("2018年冬季至2019年3月", "2018", "2019-03")], id="to-a-month"
    ),
    pytest.param(
        "二〇一八年夏季至二〇一九年",
        [("二〇一八年夏季至二〇一九年", "2018", "2019")],
        id="numerals",
    ),
    # near-misses: no dash after the season, no year after the dash, a season that is
    # not the year's part right after 年, or no season at all
    pytest.param(
        "2018年秋季，2019年春季", [("2018年", "2018", None), ("2019年", "2019", None)], id="no-dash"
    ),
    pytest.param("2018年秋季至今", [("2018年", "2018", None)], id="至今"),
    pytest.param(
        "2018年春季学期至2019年",
        [("2018年", "2018", None), ("2019年", "2019", None)],
        id="学期-between",
    ),
    pytest.param(
        "2018年季度至2019年",
        [("2018年", "2018", None), ("2019年", "2019", None)],
        id="no-season",
    ),
    pytest.param(
        "2018年3月春季至2019年",
        [("2018年3月", "2018-03", None), ("2019年", "2019", None)],
        id="after-a-month",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), SEASONS)
def test_a_season_before_the_dash_opens_a_range_of_years(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2020) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected
