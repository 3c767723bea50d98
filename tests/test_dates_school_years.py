"""School and fiscal years: a range of two years before 学年 or 年度 (``2022—2023学年``,
``2022-2023年度``, ``2023/2024学年``: a slash too, as such years are written) is one date,
``value`` the first year, ``end`` the second, precision ``year``.

Near-misses: a slash between two years before no 学年 or 年度 (``2023/2024年``, an "or"),
a year before 学年 alone (``2020学年``: a school year runs over two calendar years, and
the gold does not count it),
a second year of two digits (``2022/23学年``: only years written in full are dates), 学
before another word (``2023学费``), a numeric date with slashes.

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end, precision)])
READ = [
    pytest.param(
        "在2022—2023学年开展课后服务", [("2022—2023学年", "2022", "2023", "year")], id="dash"
    ),
    pytest.param("2022-2023学年第一学期", [("2022-2023学年", "2022", "2023", "year")], id="hyphen"),
    pytest.param("2023/2024学年招生", [("2023/2024学年", "2023", "2024", "year")], id="slash"),
    pytest.param("2023/2024年度预算", [("2023/2024年", "2023", "2024", "year")], id="slash-fiscal"),
    pytest.param("2022-2023年度考核", [("2022-2023年", "2022", "2023", "year")], id="fiscal"),
    pytest.param("2022～2023学年度", [("2022～2023学年", "2022", "2023", "year")], id="学年度"),
    pytest.param("2022至2023学年", [("2022至2023学年", "2022", "2023", "year")], id="至"),
    pytest.param(
        "二〇二二—二〇二三学年", [("二〇二二—二〇二三学年", "2022", "2023", "year")], id="numerals"
    ),
]

NOT_READ = [
    pytest.param("2023/2024年", [], id="slash-no-school-year"),
    pytest.param("2022/23学年", [], id="two-digit-second-year"),
    pytest.param("缴纳2023学费", [], id="学费"),
    pytest.param("2020学年第一学期", [], id="one-school-year"),
    pytest.param("二〇二三学年", [], id="one-school-year-numerals"),
    pytest.param("编号A2022-2023学年", [], id="code"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ + NOT_READ)
def test_school_years(snippet: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    found = find_dates(TextView(snippet))
    assert [(d.text, d.value, d.end, d.precision) for d in found] == expected
