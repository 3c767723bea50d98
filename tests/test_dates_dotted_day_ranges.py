"""A range of days written in figures with dots or slashes whose second end leaves its
year unwritten (``2023.10.1—10.7``, ``2023.5.1-5.31``, ``2023/9/1-9/30``): one date, its
``end`` in the first end's year, as ``2023年10月1日—10月7日`` is.

Near-misses: months alone with no second year (``2023.5-8``: a decimal's range as well), an
end before the start (``2023.10.1-1.5``), two marks (``2023.9.1-9/30``), more figures after
the end, a unit after it (``2023.5.1-3.5万元``), a code's letter before it.

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end)])
READ = [
    pytest.param(
        "活动于2023.10.1—10.7举行", [("2023.10.1—10.7", "2023-10-01", "2023-10-07")], id="em-dash"
    ),
    pytest.param(
        "检查期2023.5.1-5.31。", [("2023.5.1-5.31", "2023-05-01", "2023-05-31")], id="hyphen"
    ),
    pytest.param("2023/9/1-9/30开展", [("2023/9/1-9/30", "2023-09-01", "2023-09-30")], id="slash"),
    pytest.param("2023.9.1至12.31", [("2023.9.1至12.31", "2023-09-01", "2023-12-31")], id="至"),
    pytest.param(
        "2023.5.1-2024.3.31", [("2023.5.1-2024.3.31", "2023-05-01", "2024-03-31")], id="both-years"
    ),
]

NOT_READ = [
    pytest.param("增长2023.5-8", [], id="months-no-year"),
    pytest.param("2023.10.1-1.5", [], id="backwards"),
    pytest.param("2023.9.1-9/30", [], id="two-marks"),
    pytest.param("2023.5.1-5.31.2", [], id="more-figures"),
    pytest.param("V2023.5.1-5.31", [], id="code"),
    pytest.param("2023.5.1-5", [], id="day-alone"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_dotted_day_ranges(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_dates(TextView(snippet))
    assert [(d.text, d.value, d.end) for d in found] == expected


def test_a_sum_after_a_dotted_day_is_no_date_range() -> None:
    assert [d.end for d in find_dates(TextView("2023.5.1-3.5万元"))] == []
