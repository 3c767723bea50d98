"""A weekday alone on its line, or after its date, over the title (``星期三``,
``2099年3月4日 星期三``, ``2099-03-04（周三）``): a page's day of the visit or of posting, no
letter's line over its title; header, the title under it whole (left57a: an earlier round
read the weekday as the title's first words). Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于修缮石桥村便民桥的建议的答复"
_LETTER = (
    f"{_TITLE}\n吴某代表：\n    您提出的建议收悉，现答复如下。\n    已列入明年计划。\n"
    "某县交通运输局\n2099年3月2日\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("星期三", id="weekday-alone"),
        pytest.param("周五", id="short-weekday"),
        pytest.param("2099年3月4日 星期三", id="date-and-weekday"),
        pytest.param("2099-03-04（周三）", id="figures-and-bracketed-weekday"),
        # the spoken 周天 for Sunday (left58b): alone it may be a person's name too (周 and
        # a given name), which is no title's first words either, so the line is the page's
        pytest.param("周天", id="spoken-sunday-alone"),
        pytest.param("2099年3月8日 周天", id="date-and-spoken-sunday"),
    ],
)
def test_a_weekday_over_the_title_is_no_part_of_it(line: str) -> None:
    letter = parse_text(f"{line}\n{_LETTER}", keywords=False)
    assert letter.title == _TITLE
    assert letter.issuer == "某县交通运输局"


def test_a_title_that_names_a_weekday_keeps_it() -> None:
    title = "关于周末开放星期三集市的建议的答复"
    letter = parse_text(_LETTER.replace(_TITLE, title), keywords=False)
    assert letter.title == title


def test_a_title_opening_with_a_weekdays_words_keeps_them() -> None:
    """The weekday is read only as a whole line: a title that opens with its words and goes
    on (``周天文化节…``) is no weekday line."""
    title = "周天文化节场地安排的建议的答复"
    letter = parse_text(_LETTER.replace(_TITLE, title), keywords=False)
    assert letter.title == title
