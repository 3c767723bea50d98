"""A 成文日期 written in figures with separators (``2021-03-05``, ``2021.3.5``,
``2021/3/5``): GB/T 9704-2012 7.3.5.4 writes 年月日 after the figures, with no leading
zero. The closing reads such a line as the date of writing, and before no check said a
word about its form; now ``date-separators`` points at the date as written (not the line's
start, when the authority stands before it) and names the form the standard wants."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import Letter


def _letter(date_line: str) -> str:
    return (
        "某水函〔2021〕3号\n关于加固某河堤防建议的答复\n张某代表：\n"
        "  您提出的关于加固堤防的建议收悉，现答复如下。\n  一、今年汛前完成巡查。\n"
        f"某县水务局\n{date_line}\n"
    )


def _found(letter: Letter, code: str) -> list[tuple[str, str]]:
    return [
        (letter.text[d.span[0] : d.span[1]] if d.span else "", d.message)
        for d in letter.diagnostics
        if d.code == code
    ]


@pytest.mark.parametrize(
    ("date_line", "written", "wanted"),
    [
        pytest.param("2021-03-05", "2021-03-05", "2021年3月5日", id="iso-padded"),
        pytest.param("2021.3.5", "2021.3.5", "2021年3月5日", id="dots"),
        pytest.param("2021/11/20", "2021/11/20", "2021年11月20日", id="slashes"),
        pytest.param(
            "某县水务局    2021-03-05", "2021-03-05", "2021年3月5日", id="after-authority"
        ),
    ],
)
def test_a_date_in_figures_is_pointed_at_as_written(
    date_line: str, written: str, wanted: str
) -> None:
    letter = parse_text(_letter(date_line))
    assert letter.signature.date is not None  # still read as the date
    found = _found(letter, "date-separators")
    assert len(found) == 1, letter.diagnostics
    at, message = found[0]
    assert at == written
    assert written in message and wanted in message and "7.3.5.4" in message
    assert _found(letter, "date-zero-padded") == []  # one finding for the one fault


# must not match: dates written as the standard writes them, or faulted otherwise


@pytest.mark.parametrize(
    "date_line",
    ["2021年3月5日", "二〇二一年三月五日", "2021年03月05日", "2021-13-45", "2021年3月"],
)
def test_dates_with_nian_yue_ri_or_no_day_raise_none(date_line: str) -> None:
    letter = parse_text(_letter(date_line))
    assert _found(letter, "date-separators") == []


def test_figures_in_the_body_are_not_the_date_of_writing() -> None:
    text = _letter("2021年3月5日").replace("今年汛前完成巡查。", "2021-03-05前完成巡查。")
    assert _found(parse_text(text), "date-separators") == []
