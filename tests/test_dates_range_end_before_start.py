"""A range written with 年, 月 and 日 whose end comes before its start (``2099年7月14日至7月12日``,
a slip of the figures; ``2099年12月至2月`` with no 次年 to say the year turns): no end, the
first alone, its text the range as written, so the end is read as no date of its own, as a
dotted range ending before its start is read (mend75b: ``2099年7·14至7·12``). An earlier
round gave the end, before the start. Snippets invented (tail76)."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2099
RANGES = [
    pytest.param(
        "2098年7月14日至7月12日开展巡查",
        [("2098年7月14日至7月12日", "2098-07-14", None)],
        id="days-before",
    ),
    pytest.param(
        "2098年9月14至10日开展巡查", [("2098年9月14至10日", "2098-09-14", None)], id="one-日"
    ),
    pytest.param("2097年12月至2月为枯水期", [("2097年12月至2月", "2097-12", None)], id="months"),
    # the ranges that rise, or end on their start, are read as before
    pytest.param(
        "2098年7月12日至7月14日开展巡查",
        [("2098年7月12日至7月14日", "2098-07-12", "2098-07-14")],
        id="rising",
    ),
    pytest.param(
        "2098年7月14日至7月14日",
        [("2098年7月14日至7月14日", "2098-07-14", "2098-07-14")],
        id="same",
    ),
    pytest.param(
        "2097年12月至次年2月", [("2097年12月至次年2月", "2097-12", "2098-02")], id="next-year"
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), RANGES)
def test_a_range_ending_before_its_start_has_no_end(
    snippet: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2099)
    assert [(d.text, d.value, d.end) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text
