"""A range of school or fiscal years with its first year's 年 or 学年 written too
(``2022年—2023学年``, ``2023学年至2024学年``, ``2023学年—2024学年``, ``2022年度—2023年度``):
one date, ``value`` the first year, ``end`` the second, as ``2022—2023学年`` is.

Near-misses: a school year alone (``2020学年``, none, as the gold has it), a second year
of two digits, a second end with a plain 年 after a 学年 (``2023学年至2024年``: only
``2024年``), a list (``2022年、2023学年``: only ``2022年``), 学年 before 至今.

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end)])
READ = [
    pytest.param("在2022年—2023学年开展", [("2022年—2023学年", "2022", "2023")], id="年-学年"),
    pytest.param("2023学年至2024学年招生", [("2023学年至2024学年", "2023", "2024")], id="至"),
    pytest.param("2023学年—2024学年", [("2023学年—2024学年", "2023", "2024")], id="dash"),
    pytest.param("2022年度—2023年度考核", [("2022年度—2023年", "2022", "2023")], id="年度"),
    pytest.param("2022学年度-2023学年度", [("2022学年度-2023学年", "2022", "2023")], id="学年度"),
    pytest.param(
        "二〇二二学年至二〇二三学年",
        [("二〇二二学年至二〇二三学年", "2022", "2023")],
        id="numerals",
    ),
]

NOT_READ = [
    pytest.param("2020学年第一学期", [], id="one-school-year"),
    pytest.param("2022学年至23学年", [], id="two-digit-second"),
    pytest.param("2023学年至2024年", [("2024年", "2024", None)], id="plain-second"),
    pytest.param("2022年、2023学年", [("2022年", "2022", None)], id="list"),
    pytest.param("2023学年至今", [], id="至今"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_school_year_both_ends(snippet: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_dates(TextView(snippet))
    assert [(d.text, d.value, d.end) for d in found] == expected
    assert all(d.precision == "year" for d in found)
