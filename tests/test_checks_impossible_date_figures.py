"""A 成文日期 written in figures only (2021-3-5, 2021.3.5, 2021/3/5) is the letter's date as
one written with 年月日 is: when it names no day of the calendar (2021-13-45, 2021/2/30)
the signature's date is null, and ``date-impossible`` says why at the date as written,
as it does for 2021年13月45日. Dates that exist give no finding; dates are read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_checks_impossible_date import impossible


def letter(date_line: str) -> str:
    """An invented reply, its date on line 7."""
    return (
        "某县水利局\n"
        "关于疏浚西河支渠建议的答复\n"
        "邱某代表：\n"
        "　　您提出的关于疏浚西河支渠的建议收悉，现答复如下：\n"
        "　　我局已将支渠疏浚列入今冬水利工程计划。\n"
        "　　　　　　　　某县水利局\n"
        f"　　　　　　　　{date_line}\n"
    )


# (the date line, the date as written, why)
BAD = [
    pytest.param("2021-13-45", "2021-13-45", "there is no month 13", id="dash-month-13"),
    pytest.param("2021.13.45", "2021.13.45", "there is no month 13", id="dot-month-13"),
    pytest.param("2021/2/30", "2021/2/30", "2021年2月 has 28 days", id="slash-feb-30"),
    pytest.param("2022-02-29", "2022-02-29", "2022年2月 has 28 days", id="common-year"),
    pytest.param("2022.4.31", "2022.4.31", "2022年4月 has 30 days", id="april-31"),
    pytest.param("2022-00-08", "2022-00-08", "there is no month 0", id="month-0"),
    pytest.param("2022/3/0", "2022/3/0", "there is no day 0", id="day-0"),
    pytest.param("2022．13．8", "2022．13．8", "there is no month 13", id="full-width-dots"),
    pytest.param("2022‐13‐8", "2022‐13‐8", "there is no month 13", id="copy-hyphen"),
    pytest.param("2022.2.30。", "2022.2.30", "2022年2月 has 28 days", id="full-stop"),
    pytest.param("（2022/2/30）", "2022/2/30", "2022年2月 has 28 days", id="bracketed"),
]


@pytest.mark.parametrize(("line", "written", "why"), BAD)
def test_an_impossible_date_in_figures_is_named(line: str, written: str, why: str) -> None:
    text = letter(line)
    assert parse_text(text).signature.date is None  # as before: no date is made up
    ((at, column, end_column, message),) = impossible(text)
    column_at = 9 + line.index(written)
    assert (at, column, end_column) == (7, column_at, column_at + len(written))
    assert (
        message == f"成文日期 {written} is no date: {why}, so the letter gives no date of writing"
    )


def test_after_the_signer_on_its_line() -> None:
    text = letter("x").replace(
        "　　　　　　　　某县水利局\n　　　　　　　　x", "　　　　　　　　某县水利局　　2021-13-45"
    )
    ((at, _, _, message),) = impossible(text)
    assert at == 6
    assert "2021-13-45 is no date: there is no month 13" in message


# must not match: days that exist, leap days in leap years
GOOD = [
    pytest.param("2021-3-5", "2021-03-05", id="dash"),
    pytest.param("2021.3.5", "2021-03-05", id="dot"),
    pytest.param("2021/3/5", "2021-03-05", id="slash"),
    pytest.param("2024/2/29", "2024-02-29", id="leap-day"),
    pytest.param("2022-12-31", "2022-12-31", id="year-end"),
    pytest.param("2022年12月31日", "2022-12-31", id="characters"),
]


@pytest.mark.parametrize(("line", "value"), GOOD)
def test_a_real_date_in_figures_is_no_finding(line: str, value: str) -> None:
    text = letter(line)
    assert impossible(text) == []
    assert parse_text(text).signature.date == value


def test_figures_that_are_no_date_line_are_not_asked() -> None:
    # a version's number is no date line: no date, and the date is missing, not impossible
    text = letter("2021-3-5-1")
    assert impossible(text) == []
    assert [d.code for d in parse_text(text).diagnostics] == ["missing-date"]
