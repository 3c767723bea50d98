"""A date whose 年 a copy wrote as a hyphen, its 月 so too or kept: a mirror that replaced
every 年 by ``-`` (``2016-起``, ``2021-11-底``, ``2021-3月``, ``2021-3月9日``) gives the
year, the month or the day it writes, as the dotted ``2020.6月`` does
(``tests/test_dates_dot_for_year.py``); a last hyphen is no part of the date's text.
Near-misses: a range of years (figures after the hyphen), a whole numeric date (read as
ever) and one with a hyphen after it (a flattened page's list dash after its date cell), a
count or a sum after the hyphen, a month that is none, a year inside a code. Snippets
written here."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end, inferred), ...]) with the letter's year 2024
HYPHENED = [
    pytest.param("本镇自2016-起逐步推行", [("2016", "2016", None, False)], id="year"),
    pytest.param("力争2021-11-底建成", [("2021-11", "2021-11", None, False)], id="month"),
    pytest.param("已于2021-3月完工", [("2021-3月", "2021-03", None, False)], id="month-kept"),
    pytest.param("2021-3月，工程验收", [("2021-3月", "2021-03", None, False)], id="month-comma"),
    pytest.param(
        "定于2021-3月9日开工", [("2021-3月9日", "2021-03-09", None, False)], id="day-kept"
    ),
    pytest.param(
        "近-来，本镇自2016-起推行，2021-11-底建成",
        [("2016", "2016", None, False), ("2021-11", "2021-11", None, False)],
        id="two-in-a-sentence",
    ),
    pytest.param("2016-2019逐步推行", [], id="range-of-years"),
    pytest.param(
        "2016-2019年逐步推行", [("2016-2019年", "2016", "2019", False)], id="range-with-mark"
    ),
    pytest.param("于2021-11-08召开", [("2021-11-08", "2021-11-08", None, False)], id="numeric"),
    pytest.param("-发布日期2021-11-08-有效性有效", [], id="numeric-then-a-list-dash"),
    pytest.param("共计1980-余人", [], id="count-after"),
    pytest.param("筹资2010-万元", [], id="sum-after"),
    pytest.param("力争2021-14-底建成", [], id="no-month"),
    pytest.param("编号A2016-起", [], id="inside-a-code"),
    pytest.param("项目编号：2020-甲-03，已验收", [], id="code-part-then-hyphen"),
    pytest.param("图号2019-乙3所示", [], id="code-part-then-figure"),
    # a range of years so written is one date, as 2014年至2016年 is (its last hyphen no
    # part of it), whatever follows it; backwards, its years are read apart
    pytest.param(
        "2014-至2016-逐步推行", [("2014-至2016", "2014", "2016", False)], id="range-word-kept"
    ),
    pytest.param(
        "2014-至2016-，逐步推行",
        [("2014-至2016", "2014", "2016", False)],
        id="range-of-years-then-a-comma",
    ),
    pytest.param(
        "2014-到2016年逐步推行",
        [("2014-到2016年", "2014", "2016", False)],
        id="range-of-years-end-with-年",
    ),
    pytest.param(
        "2016-至2014-逐步推行",
        [("2016", "2016", None, False), ("2014", "2014", None, False)],
        id="range-of-years-backwards-read-apart",
    ),
    pytest.param("标准DB00/T 1234-2016规定", [], id="standard-year-after"),
    # a range of months (or days) so written is one date, as 2019年10月至2020年3月 is
    pytest.param(
        "自2019-10月至2020-3月开展整治",
        [("2019-10月至2020-3月", "2019-10", "2020-03", False)],
        id="range-of-months",
    ),
    pytest.param(
        "于2018-6月—2018年9月完成",
        [("2018-6月—2018年9月", "2018-06", "2018-09", False)],
        id="range-end-with-年",
    ),
    pytest.param(
        "于2017-3月到5月试点",
        [("2017-3月到5月", "2017-03", "2017-05", False)],
        id="range-end-no-year",
    ),
    pytest.param(
        "于2016-4月5日至2016-4月9日检查",
        [("2016-4月5日至2016-4月9日", "2016-04-05", "2016-04-09", False)],
        id="range-of-days",
    ),
    pytest.param(
        "2016-9月至2015-3月",
        [("2016-9月", "2016-09", None, False), ("2015-3月", "2015-03", None, False)],
        id="range-backwards-read-apart",
    ),
    pytest.param(
        "2016-9月至2016-3月5日",
        [("2016-9月", "2016-09", None, False), ("2016-3月5日", "2016-03-05", None, False)],
        id="range-of-two-precisions-read-apart",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), HYPHENED)
def test_hyphen_for_年(snippet: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    found = find_dates(TextView(snippet), default_year=2024)
    assert [(d.text, d.value, d.end, d.inferred) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text


def test_a_mirrors_letter_dated_with_hyphens() -> None:
    """A whole letter so damaged: its body's year and month read, its signed date too."""
    letter = parse_text(
        "关于修缮某村祠堂的答复\n赵某委员：\n"
        "近-来，本县自2016-起逐步推行修缮，力争2021-11-底完工。\n"
        "感谢您的关心。\n2021-7-3\n",
        keywords=False,
    )
    assert [d.value for d in letter.dates] == ["2016", "2021-11", "2021-07-03"]
    assert letter.signature.date == "2021-07-03"
