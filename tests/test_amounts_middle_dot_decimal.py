"""A middle dot typed for the decimal point (``7·16万元``, ``7·14至7·16万元``; the dot as a
copy or an input method writes it, ``·``, ``・``, ``•``…): read as the full stop typed for it
is (``50。5万元``, tests/test_amounts.py), one or two decimals right before the multiplier or
元 or a range's dash (an earlier round read the figures after the dot alone, ``16万元``).
After a year, the range is the sum's, no event's days (``2099年7·14至7·16万元``:
tests/test_dates_event_month_dot_day.py). Snippets invented (tail76).

Near-misses: three decimals, a count's unit or an ordinal before it make no sum, and the
figures after the dot are none of their own (a full stop typed for the point ends a
sentence; a middle dot ends none)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView
from snippets import COPIES

READ = [
    pytest.param("下达资金7·16万元。", [("7·16万元", 71600, None)], id="wan"),
    pytest.param("下达资金7・16万元。", [("7・16万元", 71600, None)], id="katakana-dot"),
    pytest.param("补贴450•5元", [("450•5元", 450.5, None)], id="bullet-yuan"),
    pytest.param("总投资3·2亿元", [("3·2亿元", 320_000_000, None)], id="yi"),
    pytest.param("下达资金7·14至7·16万元。", [("7·14至7·16万元", 71400, 71600)], id="range"),
    pytest.param("每项20·5—30·5万元", [("20·5—30·5万元", 205000, 305000)], id="range-dash"),
]

NOT_READ = [
    pytest.param("共修缮房屋7·16万间", [], id="count"),
    pytest.param("第7·16万元", [], id="ordinal"),
    pytest.param("资金60·125万元", [], id="three-decimals"),
    pytest.param("“7·20”暴雨", [], id="event"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_a_middle_dot_for_the_decimal_point(
    snippet: str, expected: list[tuple[str, float, float | None]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.end) for a in found] == expected


LETTER = (
    "关于治理乙河河道的建议的答复\n"
    "王某代表：\n"
    "您提出的关于治理乙河河道的建议收悉，现答复如下：\n"
    "2098年7·14至7·16万元的资金已下达乙河治理项目。\n"
    "感谢您对我局工作的支持。\n"
    "甲山县水利局\n"
    "2099年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_dotted_sum_after_a_year_is_no_date(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert [(a.text, a.value, a.end) for a in letter.amounts] == [("7·14至7·16万元", 71400, 71600)]
    assert [d.value for d in letter.dates] == ["2098", "2099-05-06"]
