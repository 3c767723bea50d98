"""A range of years whose first end names a part of its year before the dash
(``2022年底至2023年初``, ``2023年第四季度至2024年第一季度``): one date, year to year (the
part adds nothing to the year), as a range of months whose first names a part of its
month is (``2023年9月下旬至10月``)."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2020
YEAR_PARTS = [
    pytest.param(
        "项目于2017年底至2018年初完成招标",
        [("2017年底至2018年", "2017", "2018")],
        id="底-至-初",
    ),
    pytest.param("2017年年底—2018年年初", [("2017年年底—2018年", "2017", "2018")], id="年底-dash"),
    pytest.param("2017年末至2018年", [("2017年末至2018年", "2017", "2018")], id="末"),
    pytest.param(
        "2017年下半年至2018年上半年",
        [("2017年下半年至2018年", "2017", "2018")],
        id="half-years",
    ),
    pytest.param(
        "2017年第四季度至2018年第一季度",
        [("2017年第四季度至2018年", "2017", "2018")],
        id="quarters",
    ),
    pytest.param(
        "2017年四季度-2018年二季度",
        [("2017年四季度-2018年", "2017", "2018")],
        id="quarters-without-第",
    ),
    pytest.param(
        "2017年底至2018年6月", [("2017年底至2018年6月", "2017", "2018-06")], id="to-a-month"
    ),
    pytest.param(
        "2017年底至次年3月", [("2017年底至次年3月", "2017", "2018-03")], id="to-次年-month"
    ),
    # near-misses: the year alone, and a second year alone
    pytest.param("2017年底前完成", [("2017年", "2017", None)], id="no-dash"),
    pytest.param("自2017年初至今", [("2017年", "2017", None)], id="至今"),
    pytest.param(
        "2017年一季度至三季度", [("2017年", "2017", None)], id="second-quarter-has-no-year"
    ),
    pytest.param(
        "2017年上旬至2018年",
        [("2017年", "2017", None), ("2018年", "2018", None)],
        id="a-month-part-after-a-year",
    ),
    pytest.param(
        "2017年冬至2018年春",
        [("2017年", "2017", None), ("2018年", "2018", None)],
        id="冬至-is-no-dash",
    ),
    # as before: a part of the month before the dash
    pytest.param(
        "2017年9月下旬至10月上旬",
        [("2017年9月下旬至10月", "2017-09", "2017-10")],
        id="month-part",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), YEAR_PARTS)
def test_a_part_of_the_year_before_the_dash(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2020) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected
