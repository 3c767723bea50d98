"""Days listed with 日 written once, after the last (``2024年5月6、7日``, a meeting held
on two days): the first is a day of the written month and year, each one after it a day
listed after it (its year and month carried, ``inferred`` as a month listed after a date
is: ``tests/test_dates_month_lists.py``); not the month alone."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, inferred), ...]) with the letter's year 2024
DAY_LISTS = [
    pytest.param(
        "会议于2023年6月8、9日在县城召开",
        [("2023年6月8", "2023-06-08", False), ("9日", "2023-06-09", True)],
        id="顿号",
    ),
    pytest.param(
        "2023年9月12和13日开展联合检查",
        [("2023年9月12", "2023-09-12", False), ("13日", "2023-09-13", True)],
        id="和",
    ),
    pytest.param(
        "2022年11月3、4、5日组织培训",
        [
            ("2022年11月3", "2022-11-03", False),
            ("4", "2022-11-04", True),
            ("5日", "2022-11-05", True),
        ],
        id="three-days",
    ),
    pytest.param(
        "二〇二三年六月八、九日",
        [("二〇二三年六月八", "2023-06-08", False), ("九日", "2023-06-09", True)],
        id="in-words",
    ),
    pytest.param(
        "2023年6月8、9号到现场调研",
        [("2023年6月8", "2023-06-08", False), ("9号", "2023-06-09", True)],
        id="号",
    ),
    # near-misses: the first day alone, or the month alone
    pytest.param("2023年6月9、8日", [("2023年6月9", "2023-06-09", False)], id="not-rising"),
    pytest.param("2023年6月30、31日", [("2023年6月30", "2023-06-30", False)], id="no-31st"),
    pytest.param("2023年2月28、29日", [("2023年2月28", "2023-02-28", False)], id="no-leap-day"),
    pytest.param("2023年6月31、30日", [("2023年6月", "2023-06", False)], id="first-no-day"),
    pytest.param("2023年6月8、9号楼", [("2023年6月", "2023-06", False)], id="building"),
    pytest.param("2023年6月8、9个乡镇", [("2023年6月", "2023-06", False)], id="count"),
    pytest.param("2023年6月8、9", [("2023年6月", "2023-06", False)], id="no-日"),
]


@pytest.mark.parametrize(("snippet", "expected"), DAY_LISTS)
def test_days_listed_with_one_日(snippet: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.inferred) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text


# (tail76) Days listed after a whole date, each with its own 日 (``2023年6月8日、10日和12日``,
# works held on several days): each a day of that month and year, ``inferred`` as above (an
# earlier round read the first alone); a day listed as a range with its 日s (``、4日至6日``)
# a range; the list stops where it stops rising, names no day, or a span (``3日内``) or a
# building's number (``9号楼``) follows.
OWN_DAY_LISTS = [
    pytest.param(
        "2023年6月8日、10日和12日开展巡查",
        [
            ("2023年6月8日", "2023-06-08", None, False),
            ("10日", "2023-06-10", None, True),
            ("12日", "2023-06-12", None, True),
        ],
        id="each-日",
    ),
    pytest.param(
        "2023年6月8日和9号到现场调研",
        [("2023年6月8日", "2023-06-08", None, False), ("9号", "2023-06-09", None, True)],
        id="号",
    ),
    pytest.param(
        "2023年6月2日、4日至6日开展培训",
        [
            ("2023年6月2日", "2023-06-02", None, False),
            ("4日至6日", "2023-06-04", "2023-06-06", True),
        ],
        id="listed-range",
    ),
    pytest.param(
        "2023年6月9日、8日", [("2023年6月9日", "2023-06-09", None, False)], id="not-rising"
    ),
    pytest.param(
        "2023年6月30日、31日", [("2023年6月30日", "2023-06-30", None, False)], id="no-31st"
    ),
    pytest.param(
        "2023年6月1日、3日内完成", [("2023年6月1日", "2023-06-01", None, False)], id="span"
    ),
    pytest.param(
        "2023年6月1日、9号楼", [("2023年6月1日", "2023-06-01", None, False)], id="building"
    ),
    # (review76b) a number a facility or an event is named by: no day after a whole date
    pytest.param(
        "2023年6月1日、3号泵站完成改造",
        [("2023年6月1日", "2023-06-01", None, False)],
        id="numbered-facility",
    ),
    pytest.param(
        "2023年6月1日、5号台风登陆后",
        [("2023年6月1日", "2023-06-01", None, False)],
        id="numbered-event",
    ),
    pytest.param(
        "2023年6月1日、3号，全县完成检查",
        [("2023年6月1日", "2023-06-01", None, False), ("3号", "2023-06-03", None, True)],
        id="号-day-ends-its-clause",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), OWN_DAY_LISTS)
def test_days_listed_each_with_its_日(
    snippet: str, expected: list[tuple[str, str, str | None, bool]]
) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.end, d.inferred) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text
