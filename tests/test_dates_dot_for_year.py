"""A month written with a dot for 年 and its 月 kept (``2020.6月``, ``2023.05月份``): the
month of that year, as ``2020年6月``, also at either end of a range; a dot before no 月
(a sum, a percentage) makes no date, and a dotted period with no 月 is read by
``tests/test_dates_dotted_ranges.py``."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end, inferred), ...]) with the letter's year 2024
DOTTED_MONTHS = [
    pytest.param("该项目于2020.6月启动", [("2020.6月", "2020-06", None, False)], id="alone"),
    pytest.param("2023.05月份完成验收", [("2023.05月", "2023-05", None, False)], id="月份-padded"),
    pytest.param(
        "工期2020.06月至2021.3月",
        [("2020.06月至2021.3月", "2020-06", "2021-03", False)],
        id="range-both-dotted",
    ),
    pytest.param(
        "2020.6月—2021.3月", [("2020.6月—2021.3月", "2020-06", "2021-03", False)], id="dash"
    ),
    pytest.param(
        "2020年6月至2021.3月",
        [("2020年6月至2021.3月", "2020-06", "2021-03", False)],
        id="second-dotted",
    ),
    pytest.param(
        "2020.6月至2021年3月",
        [("2020.6月至2021年3月", "2020-06", "2021-03", False)],
        id="first-dotted",
    ),
    pytest.param(
        "2020.6月至12月", [("2020.6月至12月", "2020-06", "2020-12", False)], id="month-range"
    ),
    pytest.param("２０２０．６月", [("２０２０．６月", "2020-06", None, False)], id="full-width"),
    # near-misses
    pytest.param("产值增长2020.6%", [], id="percent"),
    pytest.param("投资2020.6万元", [], id="sum"),
    pytest.param("2020.6至2021.3月", [("2021.3月", "2021-03", None, False)], id="first-no-月"),
    pytest.param("编号12020.6月", [("6月", "2024-06", None, True)], id="longer-number"),
    pytest.param("2020.13月", [], id="no-month"),
    pytest.param("V2020.6月", [("6月", "2024-06", None, True)], id="version"),
]


@pytest.mark.parametrize(("snippet", "expected"), DOTTED_MONTHS)
def test_dot_for_年_before_a_month(
    snippet: str, expected: list[tuple[str, str, str | None, bool]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.end, d.inferred) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text
