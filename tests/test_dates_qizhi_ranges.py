"""A range written from its start with 起 before the dash or 至, as a period is set out
(``自2019年6月起至2020年12月止``, ``2019年起到2021年``): one date, as ``2019年6月至2020年12月``
is; 起 with no end after it (``起至今``, ``起实施``) leaves the first alone."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2020
QIZHI = [
    pytest.param(
        "自2017年6月起至2018年12月止",
        [("2017年6月起至2018年12月", "2017-06", "2018-12")],
        id="months-起至-止",
    ),
    pytest.param(
        "2017年6月1日起至2018年5月31日止",
        [("2017年6月1日起至2018年5月31日", "2017-06-01", "2018-05-31")],
        id="days",
    ),
    pytest.param(
        "2017年6月1日起至8月31日",
        [("2017年6月1日起至8月31日", "2017-06-01", "2017-08-31")],
        id="days-in-the-year",
    ),
    pytest.param("2016年起至2018年", [("2016年起至2018年", "2016", "2018")], id="years"),
    pytest.param("2016年起到2018年", [("2016年起到2018年", "2016", "2018")], id="起到"),
    # near-misses: no end after 起
    pytest.param("2017年1月1日起至今", [("2017年1月1日", "2017-01-01", None)], id="起至今"),
    pytest.param("自2016年起实施", [("2016年", "2016", None)], id="起-alone"),
    pytest.param(
        "2017年1月起，至2018年",
        [("2017年1月", "2017-01", None), ("2018年", "2018", None)],
        id="comma-between",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), QIZHI)
def test_a_range_opened_with_起(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2020) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected
