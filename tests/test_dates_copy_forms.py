"""Dates as copies of letters write them when a character or a line break was changed on
the way: the range dash —— given as two horizontal bars (``――``, GB2312 text decoded so),
as ``--`` or the wave dash ``〜``; a day in words with its tens in one character (``廿三日``,
``卅日``); a date whose line a copy broke after its month (``2024年5月`` / ``10日``), the
day opening the next line with its 日, or after its year (``2024年`` / ``5月10日``).
Near-misses: a line that opens with a span of days (``10日内``) or a count of months, a day
the month does not hold, a blank line between, a figure before ``――`` that is no year."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...]) with the letter's year 2024
COPY_FORMS = [
    pytest.param(
        "于2019年――2021年分三批建设", [("2019年――2021年", "2019", "2021")], id="bars-years"
    ),
    pytest.param("2019――2021年共投入", [("2019――2021年", "2019", "2021")], id="bars-year-once"),
    pytest.param(
        "于2023年3月――5月开展排查", [("2023年3月――5月", "2023-03", "2023-05")], id="bars-months"
    ),
    pytest.param(
        "定于2023年9月1日――5日集中办理",
        [("2023年9月1日――5日", "2023-09-01", "2023-09-05")],
        id="bars-days",
    ),
    pytest.param("于2019年--2021年建设", [("2019年--2021年", "2019", "2021")], id="double-hyphen"),
    pytest.param("于2020年〜2022年实施", [("2020年〜2022年", "2020", "2022")], id="wave-dash"),
    pytest.param(
        "《某某规划（2021――2035）》", [("2021――2035", "2021", "2035")], id="bars-bracketed"
    ),
    pytest.param(
        "二〇二三年五月廿三日召开会议", [("二〇二三年五月廿三日", "2023-05-23", None)], id="nian"
    ),
    pytest.param(
        "二〇二三年三月廿日", [("二〇二三年三月廿日", "2023-03-20", None)], id="nian-alone"
    ),
    pytest.param(
        "二〇二二年十月卅一日", [("二〇二二年十月卅一日", "2022-10-31", None)], id="sa-yi"
    ),
    pytest.param("二〇二二年十一月卅日", [("二〇二二年十一月卅日", "2022-11-30", None)], id="sa"),
    pytest.param(
        "我局于2024年5月\n10日召开专题会议", [("2024年5月\n10日", "2024-05-10", None)], id="broken"
    ),
    pytest.param(
        "自2023年12月\n  1日起施行", [("2023年12月\n  1日", "2023-12-01", None)], id="broken-blanks"
    ),
    pytest.param(
        "于二〇二三年五月\n十二日印发",
        [("二〇二三年五月\n十二日", "2023-05-12", None)],
        id="broken-words",
    ),
    pytest.param(
        "我局于2024年7月\n8号召开专题会议", [("2024年7月\n8号", "2024-07-08", None)], id="broken-号"
    ),
    # near-misses
    pytest.param("搬至2024年7月\n8号楼办公", [("2024年7月", "2024-07", None)], id="号-building"),
    pytest.param(
        "截至2024年5月\n10日内完成整改", [("2024年5月", "2024-05", None)], id="days-within"
    ),
    pytest.param("截至2024年5月\n5日以内办结", [("2024年5月", "2024-05", None)], id="days-yinei"),
    pytest.param("截至2023年2月\n30日召开", [("2023年2月", "2023-02", None)], id="no-such-day"),
    pytest.param("截至2024年5月\n\n10日召开", [("2024年5月", "2024-05", None)], id="blank-line"),
    pytest.param("截至2024年5月\n10个项目完成", [("2024年5月", "2024-05", None)], id="a-count"),
    pytest.param(
        "我局于2024年\n5月10日召开会议",
        [("2024年\n5月10日", "2024-05-10", None)],
        id="broken-after-year",
    ),
    pytest.param(
        "自2023年\n12月起施行", [("2023年\n12月", "2023-12", None)], id="broken-year-month"
    ),
    pytest.param("截至2024年\n10日召开", [("2024年", "2024", None)], id="year-then-day"),
    pytest.param("截至2024年\n3个月内完成", [("2024年", "2024", None)], id="year-then-count"),
    pytest.param("截至2024年\n3月内完成", [("2024年", "2024", None)], id="year-then-within"),
    pytest.param("于2024年\n13月", [("2024年", "2024", None)], id="year-then-no-month"),
    pytest.param("二〇二三年廿日", [("二〇二三年", "2023", None)], id="nian-no-month"),
    pytest.param("编号123――2021年", [("2021年", "2021", None)], id="bars-after-a-figure"),
]


@pytest.mark.parametrize(("snippet", "expected"), COPY_FORMS)
def test_copy_forms(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [d for d in find_dates(TextView(snippet), default_year=2024) if not d.inferred]
    assert [(d.text, d.value, d.end) for d in found] == expected
    for d in found:
        assert snippet[d.span[0] : d.span[1]] == d.text
