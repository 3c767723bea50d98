"""``date-zero-padded`` points at the padded figures, not at the date line's start: the
``03`` of ``2021年03月5日`` (from the month's figures to the day's when both are padded,
``06月05``), as ``date-separators`` points at the date it names, and its message names
each padded figure and the form GB/T 9704-2012 7.3.5.4 wants. Before, the span was the
whole line, so an editor or a pull request annotation marked the authority and the date
alike when they share a line."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import Letter


def _letter(date_line: str) -> str:
    return (
        "某林函〔2022〕7号\n关于加强山林防火巡护建议的答复\n王某代表：\n"
        "  您提出的关于加强防火巡护的建议收悉，现答复如下。\n  一、今冬增设两处瞭望点。\n"
        f"某县林业局\n{date_line}\n"
    )


def _found(letter: Letter) -> list[tuple[str, str]]:
    return [
        (letter.text[d.span[0] : d.span[1]] if d.span else "", d.message)
        for d in letter.diagnostics
        if d.code == "date-zero-padded"
    ]


@pytest.mark.parametrize(
    ("date_line", "at", "named", "wanted"),
    [
        pytest.param("2022年03月5日", "03", "month 03", "2022年3月5日", id="month"),
        pytest.param("2022年11月07日", "07", "day 07", "2022年11月7日", id="day"),
        pytest.param(
            "2022年03月05日", "03月05", "month 03 and the day 05", "2022年3月5日", id="both"
        ),
        pytest.param(
            "某县林业局    2022年09月8日", "09", "month 09", "2022年9月8日", id="after-authority"
        ),
    ],
)
def test_the_padded_figures_are_pointed_at(
    date_line: str, at: str, named: str, wanted: str
) -> None:
    letter = parse_text(_letter(date_line))
    found = _found(letter)
    assert len(found) == 1, letter.diagnostics  # one finding for the date, as before
    span, message = found[0]
    assert span == at
    assert f"leading zero in the {named}" in message
    assert message.endswith(f"GB/T 9704-2012 7.3.5.4 writes {wanted}")


def test_the_column_is_the_figures_in_text_output() -> None:
    letter = parse_text(_letter("2022年03月5日"))
    (d,) = [d for d in letter.diagnostics if d.code == "date-zero-padded"]
    assert d.span is not None
    line_start = letter.text.rindex("\n", 0, d.span[0]) + 1
    assert d.span[0] - line_start == len("2022年")


# must not match: dates written as the standard wants, and figures that are no padding


@pytest.mark.parametrize(
    "date_line",
    ["2022年3月5日", "2022年10月20日", "2022年12月30日", "二〇二二年三月五日"],
)
def test_tidy_dates_raise_nothing(date_line: str) -> None:
    assert _found(parse_text(_letter(date_line))) == []


def test_no_form_is_offered_for_a_day_the_calendar_has_not() -> None:
    # 2022年06月31日: June has 30 days. date-impossible says so; date-zero-padded names the
    # padded figures but writes no "2022年6月31日" for the letter to copy.
    letter = parse_text(_letter("2022年06月31日"))
    found = _found(letter)
    assert len(found) == 1, letter.diagnostics
    assert found[0][0] == "06"
    assert "writes" not in found[0][1] and "7.3.5.4" in found[0][1]
    assert any(d.code == "date-impossible" for d in letter.diagnostics)
