"""Two months listed with 月 written once, after the second (``2022年3、4月``): the first
is a month of the written year, the second is listed after it (its year carried, still
``inferred``)."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, inferred), ...]) with the letter's year 2024
MONTH_LISTS = [
    pytest.param(
        "2022年3、4月间，我局组织专项检查",
        [("2022年3", "2022-03", False), ("4月", "2022-04", True)],
        id="顿号",
    ),
    pytest.param(
        "2023年7、8月份汛期期间",
        [("2023年7", "2023-07", False), ("8月", "2023-08", True)],
        id="月份",
    ),
    pytest.param(
        "2021年11和12月开展排查",
        [("2021年11", "2021-11", False), ("12月", "2021-12", True)],
        id="joined-by-和",
    ),
    pytest.param(
        "2023年5、6、7月，我局组织专项检查",
        [("2023年5", "2023-05", False), ("6", "2023-06", True), ("7月", "2023-07", True)],
        id="three-months",
    ),
    pytest.param(
        "2023年10、11和12月份开展排查",
        [("2023年10", "2023-10", False), ("11", "2023-11", True), ("12月", "2023-12", True)],
        id="three-months-和",
    ),
    pytest.param(
        "二〇二三年五、六、七、八月",
        [
            ("二〇二三年五", "2023-05", False),
            ("六", "2023-06", True),
            ("七", "2023-07", True),
            ("八月", "2023-08", True),
        ],
        id="four-months-in-words",
    ),
    # near-misses: no list of months
    pytest.param(
        "2022年11、12、1月",
        [("2022年11", "2022-11", False), ("1月", "2024-01", True)],
        id="three-turning-a-year-left-to-yearless",
    ),
    pytest.param("2022年3、4、5年级", [("2022年", "2022", False)], id="three-grades"),
    pytest.param(
        "2022年13、4月", [("2022年", "2022", False), ("4月", "2024-04", True)], id="no-month-13"
    ),
    pytest.param("2022年3、4年级", [("2022年", "2022", False)], id="grades-not-months"),
    pytest.param("2022年3、4号楼", [("2022年", "2022", False)], id="buildings-not-months"),
    pytest.param(
        "2022年12、1月",
        [("2022年12", "2022-12", False), ("1月", "2024-01", True)],
        id="list-turning-a-year-not-carried",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), MONTH_LISTS)
def test_months_listed_with_one_月(snippet: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.inferred) for d in found] == expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param("2023年3、4月开展调研", ["2023-03", "2023-04"], id="pair"),
        pytest.param("2023年5、6、7月开展", ["2023-05", "2023-06", "2023-07"], id="three"),
    ],
)
def test_listed_months_need_no_letter_year(snippet: str, expected: list[str]) -> None:
    """The list names its year: its months are read with no letter's date known."""
    assert [d.value for d in find_dates(TextView(snippet))] == expected


# (snippet, [(text, value, end), ...]): a range of months whose first names a part of its
# month (上旬, 下旬, 初, 底, 末) before the dash
MONTH_PART_RANGES = [
    pytest.param(
        "2023年9月下旬至10月上旬开展",
        [("2023年9月下旬至10月", "2023-09", "2023-10")],
        id="下旬-至-上旬",
    ),
    pytest.param("2023年3月底至5月完成", [("2023年3月底至5月", "2023-03", "2023-05")], id="底"),
    pytest.param("2023年5月初—6月底", [("2023年5月初—6月", "2023-05", "2023-06")], id="初-dash"),
    # near-misses: no range, the part stays out of the text
    pytest.param("2023年5月中旬召开", [("2023年5月", "2023-05", None)], id="no-dash"),
    pytest.param("2023年5月底至今", [("2023年5月", "2023-05", None)], id="至今"),
    # a part of a year before a dash to a year is a range of years
    # (tests/test_dates_year_part_ranges.py)
    pytest.param("2022年底至2023年", [("2022年底至2023年", "2022", "2023")], id="year"),
]


@pytest.mark.parametrize(("snippet", "expected"), MONTH_PART_RANGES)
def test_range_from_a_part_of_a_month(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.end) for d in found] == expected
