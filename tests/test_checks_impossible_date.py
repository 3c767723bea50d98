"""A 成文日期 that names no day of the calendar (a month past 12, a day its month lacks, a
year outside 1900 to 2099) leaves the signature's date null: ``date-impossible`` says so,
at the date as written, naming it and what is wrong; dates are read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.validate import findings


def letter(date_line: str) -> str:
    """An invented reply, its date on line 7."""
    return (
        "某区文化旅游局\n"
        "关于修缮老街牌坊建议的答复\n"
        "冯某代表：\n"
        "　　您提出的关于修缮老街牌坊的建议收悉，现答复如下：\n"
        "　　我局已委托设计单位编制修缮方案，年内开工。\n"
        "　　　　　　　　某区文化旅游局\n"
        f"　　　　　　　　{date_line}\n"
    )


def impossible(text: str) -> list[tuple[int | None, int | None, int | None, str]]:
    return [
        (f.line, f.column, f.end_column, f.message)
        for f in findings("x.txt", parse_text(text))
        if f.code == "date-impossible"
    ]


# (the date line, the date as written, why)
BAD = [
    pytest.param("2021年13月45日", "2021年13月45日", "there is no month 13", id="month-13"),
    pytest.param("2023年2月30日", "2023年2月30日", "2023年2月 has 28 days", id="feb-30"),
    pytest.param("2022年2月29日", "2022年2月29日", "2022年2月 has 28 days", id="common-year"),
    pytest.param("2022年4月31日", "2022年4月31日", "2022年4月 has 30 days", id="april-31"),
    pytest.param("2022年0月8日", "2022年0月8日", "there is no month 0", id="month-0"),
    pytest.param("2022年3月0日", "2022年3月0日", "there is no day 0", id="day-0"),
    pytest.param("2202年3月8日", "2202年3月8日", "the year 2202 is outside", id="year-typo"),
    pytest.param(
        "二〇二二年十三月八日", "二〇二二年十三月八日", "there is no month 13", id="numerals"
    ),
    pytest.param("2023年2月30日。", "2023年2月30日", "2023年2月 has 28 days", id="full-stop"),
]


@pytest.mark.parametrize(("line", "written", "why"), BAD)
def test_an_impossible_date_is_named_with_its_fault(line: str, written: str, why: str) -> None:
    text = letter(line)
    assert parse_text(text).signature.date is None  # as before: no date is made up
    ((at, column, end_column, message),) = impossible(text)
    assert (at, column, end_column) == (7, 9, 9 + len(written))
    assert message.startswith(f"成文日期 {written} is no date: {why}")


def test_an_impossible_date_after_the_signer_on_its_line() -> None:
    text = letter("2021年1月1日").replace(
        "　　　　　　　　某区文化旅游局\n　　　　　　　　2021年1月1日",
        "某区文化旅游局　2021年2月29日",
    )
    ((at, column, _, message),) = impossible(text)
    assert (at, column) == (6, 9)
    assert "2021年2月29日 is no date: 2021年2月 has 28 days" in message


# must not match: days that exist, leap days in leap years, dates of other forms
GOOD = [
    pytest.param("2024年2月29日", "2024-02-29", id="leap-day"),
    pytest.param("2000年2月29日", "2000-02-29", id="leap-century"),
    pytest.param("2022年12月31日", "2022-12-31", id="year-end"),
    pytest.param("二〇二二年十二月三十一日", "2022-12-31", id="numerals"),
    pytest.param("二〇二二年元月廿三日", "2022-01-23", id="first-month-twenties"),
    pytest.param("2022年1月", None, id="to-the-month"),
]


@pytest.mark.parametrize(("line", "value"), GOOD)
def test_a_real_date_is_no_finding(line: str, value: str | None) -> None:
    text = letter(line)
    assert impossible(text) == []
    assert parse_text(text).signature.date == value
