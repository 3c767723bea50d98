"""A year alone in the lead of a page heading over the letter (the page's listing of the
reply: ``2019年人大建议答复``, ``某区2020年度政协提案办理…``, ``2021年某县某届政协某次会议《…》
的答复``, a header line above the letter's own title) is the year the page files the reply
under, no date of the letter's. A year inside a cited title there, a heading's month, the
heading of the form the reply is written on (…建议办理单, the letter's own), the letter's
own title and the body's years stay dates. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于对县八届人大四次会议第63号建议的答复"
REST = (
    "\n周某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已于2021年纳入计划。\n"
    "某县水利局\n2021年9月3日\n"
)


def _texts(text: str) -> list[str]:
    return [d.text for d in parse_text(text).dates]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("2019年人大建议答复", id="year-opens"),
        pytest.param("某区2020年度政协提案办理答复", id="year-after-a-name"),
        pytest.param(
            "2020年某县九届人大二次会议《关于整治某河道的建议》（58号）的答复",
            id="year-before-session-and-cited-title",
        ),
    ],
)  # fmt: skip
def test_a_page_heading_year_is_no_date(heading: str) -> None:
    letter = parse_text(heading + "\n\n" + TITLE + REST)
    assert letter.title == TITLE
    assert [d.text for d in letter.dates] == ["2021年", "2021年9月3日"]


def test_a_year_inside_a_cited_title_in_the_heading_stays() -> None:
    heading = "某县人大建议答复《关于实施2020年河道整治的建议》的答复"
    letter = parse_text(heading + "\n\n" + TITLE + REST)
    assert letter.title == TITLE
    assert [d.text for d in letter.dates] == ["2020年", "2021年", "2021年9月3日"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "2020年县八届人大四次会议第63号建议的答复" + REST,
            ["2020年", "2021年", "2021年9月3日"],
            id="the-letters-own-title",
        ),
        pytest.param(
            TITLE + REST.replace("我局已于2021年", "在2020年县九届人大二次会议上，我局于2021年"),
            ["2020年", "2021年", "2021年9月3日"],
            id="a-year-before-a-session-in-the-body",
        ),
        pytest.param(
            "2020年某县人大代表建议办理单\n" + TITLE + REST,
            ["2020年", "2021年", "2021年9月3日"],
            id="the-heading-of-the-form-the-reply-is-written-on",
        ),
        pytest.param(
            "2020年5月人大建议答复\n\n" + TITLE + REST,
            ["2020年5月", "2021年", "2021年9月3日"],
            id="a-heading-with-a-month",
        ),
    ],
)  # fmt: skip
def test_other_years_stay_dates(text: str, dates: list[str]) -> None:
    assert _texts(text) == dates
