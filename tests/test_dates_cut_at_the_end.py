"""A date the letter's text ends inside, the page as a store cut it (decided fix108): the
figures or numerals of its day run into the text's very end, no 日 after them, and more
could follow them to make another day of that month (``2021年9月2``: 2 or 2x). The day is
unknown: the date is read to its month and the signature has no date, its authority still
signing. A day no figure can follow lost only its 日 and is read whole, and a cut run
anywhere but at the end is read as before. Invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "关于某镇修缮村道的答复\n王某代表：\n您提出的建议收悉，现答复如下：我局将加快推进。\n"

CUT = [
    pytest.param("某县交通局\n2099年9月2", "2099年9月", "2099-09", id="one-figure-two"),
    pytest.param(
        "某县交通局\n2099年9月3\n\n  ", "2099年9月", "2099-09", id="three-trailing-blanks"
    ),
    pytest.param("某县交通局\n2099年11月1", "2099年11月", "2099-11", id="one-then-ten-to-nineteen"),
    pytest.param("某县交通局 2099年9月2", "2099年9月", "2099-09", id="on-the-authoritys-line"),
    pytest.param(
        "某县交通局\n二〇九九年九月二十", "二〇九九年九月", "2099-09", id="numerals-twenty"
    ),
    pytest.param("某县交通局\n二〇九九年九月三", "二〇九九年九月", "2099-09", id="numerals-three"),
]


@pytest.mark.parametrize(("closing", "text", "value"), CUT)
def test_a_day_cut_at_the_texts_end_is_read_to_its_month(
    closing: str, text: str, value: str
) -> None:
    letter = parse_text(HEAD + closing)
    assert [(d.text, d.value, d.precision) for d in letter.dates] == [(text, value, "month")]
    assert letter.signature.date is None
    assert letter.signature.issuer == "某县交通局"
    assert span_problems(letter) == []


WHOLE = [
    pytest.param("某县交通局\n2099年9月27", "2099-09-27", id="two-figures"),
    pytest.param("某县交通局\n2099年9月5", "2099-09-05", id="no-figure-can-follow-five"),
    pytest.param("某县交通局\n2099年2月3", "2099-02-03", id="february-has-no-thirtieth"),
    pytest.param("某县交通局\n二〇九九年九月三十", "2099-09-30", id="numerals-thirty-in-september"),
    pytest.param("某县交通局\n2099年9月2日", "2099-09-02", id="its-day-mark-kept"),
]


@pytest.mark.parametrize(("closing", "value"), WHOLE)
def test_a_whole_day_ending_the_text_is_that_day(closing: str, value: str) -> None:
    letter = parse_text(HEAD + closing)
    assert [d.value for d in letter.dates] == [value]
    assert letter.signature.date == value


def test_a_day_mark_lost_mid_text_is_read_as_before() -> None:
    text = (
        HEAD.replace("我局将加快推进", "我局于2099年9月2召开协调会") + "某县交通局\n2099年9月8日\n"
    )
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == ["2099-09", "2099-09-08"]
    assert letter.signature.date == "2099-09-08"


def test_a_page_going_on_under_the_date_cut_nothing() -> None:
    # the view drops the page's tools under it: the text does not end at the date
    text = HEAD + "某县交通局\n2099年9月2\n扫一扫在手机打开当前页\n"
    letter = parse_text(text)
    assert letter.signature.date == "2099-09-02"


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        pytest.param("某县水务局\n2099年4月3", "3", id="thirty-days-thirty-could-follow"),
        pytest.param("某县水务局 2099年2月1\n", "1", id="february-ten-to-nineteen"),
        pytest.param(
            "某县水务局\n二〇九九年五月三十", "三十", id="numerals-thirty-one-could-follow"
        ),
    ],
)
def test_a_cut_day_is_told_as_a_missing_date_at_its_figures(closing: str, day: str) -> None:
    # (review63a: the signature's date is null and something says why, pointed at the day)
    text = HEAD + closing
    letter = parse_text(text)
    assert letter.signature.date is None
    found = [d for d in letter.diagnostics if d.code == "missing-date"]
    assert len(found) == 1
    assert found[0].span is not None
    assert text[found[0].span[0] : found[0].span[1]] == day
    assert "cut" in found[0].message


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县水务局\n2099年4月27", id="two-figures"),
        pytest.param("某县水务局\n2099年2月3", id="no-february-thirtieth"),
        pytest.param("某县水务局\n二〇九九年四月三十", id="no-april-thirty-first"),
    ],
)
def test_a_whole_day_that_lost_its_mark_is_no_missing_date(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature.date is not None
    assert "missing-date" not in [d.code for d in letter.diagnostics]
