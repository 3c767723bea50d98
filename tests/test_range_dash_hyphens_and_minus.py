"""A range whose dash a copy or a word processor wrote as a hyphen (``‐`` U+2010, ``‑``
U+2011), a minus sign (``−`` U+2212, its small form ``﹣`` U+FE63), the swung dash ``⁓``
(U+2053) or the tilde operator ``∼`` (U+223C): the dates and the amounts read one range
from the first end to the second (one shared set of range dashes), never the second end
alone. Near-misses: a minus sign before a figure alone, a phone number, a document's
number, a figure before the dash that is no year."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

_DASHES = {
    "hyphen": "\u2010",
    "non-breaking-hyphen": "\u2011",
    "minus": "\u2212",
    "small-minus": "\ufe63",
    "swung-dash": "\u2053",
    "tilde-operator": "\u223c",
}


def _dates(snippet: str) -> list[tuple[str, str, str | None]]:
    found = [d for d in find_dates(TextView(snippet), default_year=2024) if not d.inferred]
    return [(d.text, d.value, d.end) for d in found]


def _amounts(snippet: str) -> list[tuple[str, int, int | None]]:
    return [(a.text, a.value, a.end) for a in find_amounts(TextView(snippet))]


@pytest.mark.parametrize("dash", list(_DASHES.values()), ids=list(_DASHES))
def test_a_date_range_with_the_dash(dash: str) -> None:
    assert _dates(f"于2019年{dash}2021年分批建设") == [(f"2019年{dash}2021年", "2019", "2021")]
    assert _dates(f"2019{dash}2021年共投入") == [(f"2019{dash}2021年", "2019", "2021")]
    assert _dates(f"于2023年3月{dash}5月开展排查") == [
        (f"2023年3月{dash}5月", "2023-03", "2023-05")
    ]
    assert _dates(f"定于2023年9月1日{dash}5日集中办理") == [
        (f"2023年9月1日{dash}5日", "2023-09-01", "2023-09-05")
    ]


@pytest.mark.parametrize("dash", list(_DASHES.values()), ids=list(_DASHES))
def test_an_amount_range_with_the_dash(dash: str) -> None:
    assert _amounts(f"每户补助5{dash}10万元") == [(f"5{dash}10万元", 50_000, 100_000)]
    assert _amounts(f"奖励5万元{dash}10万元") == [(f"5万元{dash}10万元", 50_000, 100_000)]
    assert _amounts(f"标准为1,000{dash}2,000元") == [(f"1,000{dash}2,000元", 1_000, 2_000)]


# near-misses: (snippet, dates, amounts)
NEAR_MISSES = [
    pytest.param("同比下降\u22125%", [], [], id="minus-percent"),
    pytest.param("电话：0000\u20105551234", [], [], id="phone-hyphen"),
    pytest.param(
        "电话：0000\u22125551234，补助3万元", [], [("3万元", 30_000, None)], id="phone-minus"
    ),
    pytest.param("编号123\u20102021年", [("2021年", "2021", None)], [], id="figure-before-year"),
    pytest.param("种植5\u221210万亩", [], [], id="area"),
    pytest.param("增长5\u201010%", [], [], id="percent-range"),
    pytest.param("培训5\u223c10人次，经费3万元", [], [("3万元", 30_000, None)], id="count-range"),
]


@pytest.mark.parametrize(("snippet", "dates", "amounts"), NEAR_MISSES)
def test_near_misses(
    snippet: str,
    dates: list[tuple[str, str, str | None]],
    amounts: list[tuple[str, int, int | None]],
) -> None:
    assert _dates(snippet) == dates
    assert _amounts(snippet) == amounts
