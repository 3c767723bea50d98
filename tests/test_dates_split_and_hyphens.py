"""Dates as damaged copies write them, beyond :mod:`test_dates_copy_forms`: a line broken
between a month's figures and its 月 (``2024年5`` / ``月10日``) or between a day's two
figures (``2024年5月1`` / ``0日``); 念 written for the tens 廿 of a day (``五月念三日``);
a numeric date whose - a copy wrote as a hyphen or a minus sign (``2024‐05‐10``,
``2024−05−10``), or with a full stop after it (``2024.5.20.``); a range of such dates is
one, as one written with dots (``2024-05-10至2024-05-12``, ``2023-05—2024-03``). A date carried on to the next line is read once (no year-less month-day
of it read again on that line). Near-misses: a span of days or months after the break,
a day the month does not hold, 念 as a word, a long dash between figures (a range's
dash: no numeric date). Snippets written here."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, inferred), ...]) with the letter's year 2024
DAMAGED = [
    pytest.param("我局于2024年5\n月10日召开会议", [("2024年5\n月10日", "2024-05-10", False)],
                 id="split-month-figure"),
    pytest.param("于2023年12\n  月1日起施行", [("2023年12\n  月1日", "2023-12-01", False)],
                 id="split-two-figure-month-blanks"),
    pytest.param("于二〇二三年五\n月十二日印发", [("二〇二三年五\n月十二日", "2023-05-12", False)],
                 id="split-month-in-words"),
    pytest.param("截至2024年5\n月底", [("2024年5\n月", "2024-05", False)], id="split-month-alone"),
    pytest.param("定于2024年5月1\n0日召开", [("2024年5月1\n0日", "2024-05-10", False)],
                 id="split-day-figures"),
    pytest.param("二〇二三年五月念三日召开", [("二〇二三年五月念三日", "2023-05-23", False)],
                 id="nian-for-nian"),
    pytest.param("2024‐05‐10召开", [("2024‐05‐10", "2024-05-10", False)], id="hyphen"),
    pytest.param("2024‑5‑10召开", [("2024‑5‑10", "2024-05-10", False)], id="non-breaking-hyphen"),
    pytest.param("2024−05−10召开", [("2024−05−10", "2024-05-10", False)], id="minus-sign"),
    pytest.param("2024﹣05﹣10召开", [("2024﹣05﹣10", "2024-05-10", False)], id="small-minus"),
    pytest.param("我局于2024年\n5月10日召开会议", [("2024年\n5月10日", "2024-05-10", False)],
                 id="broken-after-year-read-once"),
    pytest.param("于2024年5月\n10日召开，6月3日复查",
                 [("2024年5月\n10日", "2024-05-10", False), ("6月3日", "2024-06-03", True)],
                 id="broken-then-yearless-on-the-next-line"),
    pytest.param("于2024.5.20.召开", [("2024.5.20", "2024-05-20", False)], id="dot-after"),
    # near misses
    pytest.param("版本2024.5.20.1发布", [], id="dot-then-figure-a-version"),
    # (a hyphen after it is no 日 so written, fix75: a list's dash may stand there)
    pytest.param("于2024-5-20-召开", [], id="hyphen-after"),
    pytest.param("截至2024年5\n月内完成", [("2024年", "2024", False)], id="split-month-within"),
    pytest.param("截至2023年2月3\n0日召开", [("2023年2月3", "2023-02-03", False)],
                 id="split-day-no-such-day"),
    pytest.param("截至2024年5月1\n5日内完成", [("2024年5月1", "2024-05-01", False)],
                 id="split-day-within"),
    pytest.param("截至2024年5月12\n3日", [("2024年5月12", "2024-05-12", False)],
                 id="two-figure-day-then-figure"),
    pytest.param("二〇二三年五月念及此事", [("二〇二三年五月", "2023-05", False)], id="nian-a-word"),
    pytest.param("2024年5月念日", [("2024年5月", "2024-05", False)], id="nian-no-unit"),
    pytest.param("2023—05—10", [], id="long-dash-no-numeric-date"),
    pytest.param("编号A2024‐05‐10", [], id="hyphen-inside-a-code"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "expected"), DAMAGED)
def test_damaged_dates(snippet: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.inferred) for d in found] == expected
    for d in found:
        assert snippet[d.span[0] : d.span[1]] == d.text


# (snippet, [(text, value, end), ...]): ranges of numeric dates written with hyphens
RANGES = [
    pytest.param("于2024-05-10至2024-05-12召开",
                 [("2024-05-10至2024-05-12", "2024-05-10", "2024-05-12")], id="days"),
    pytest.param("于2024‐05‐10至2024‐05‐12召开",
                 [("2024‐05‐10至2024‐05‐12", "2024-05-10", "2024-05-12")], id="hyphen-variant"),
    pytest.param("于2023-05—2024-03实施", [("2023-05—2024-03", "2023-05", "2024-03")],
                 id="months"),
    pytest.param("于2024-05-10—05-12", [("2024-05-10—05-12", "2024-05-10", "2024-05-12")],
                 id="second-year-unwritten"),
    # near misses
    pytest.param("于2023-05至2023-03", [], id="falling"),
    pytest.param("于2023-05至2024-03万元", [], id="a-sum"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "expected"), RANGES)
def test_hyphen_ranges(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.end) for d in found] == expected
