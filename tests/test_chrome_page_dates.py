"""A page's date in figures in more of the shapes a site sets it around the letter: after a
list's bullet alone on its line (``• 2020-09-30``), opening a listing's row that counts the
page's views or holds its tools (``2017-12-16 00:00:00 某县政府办公室 点击:[] 打印``), in
lenticular brackets or after 发布于 (``【2020-09-30】``, ``发布于 2020-09-30``, also with its
colon in round brackets, ``（发布于：2020-09-30 10:20）``), and after a
bare 日期 between the page's heading and the title that writes it again, or above
the salutation of a page that shows itself. None is the letter's date nor part of its
title (replyparse.chrome). A lone ``日期：2022-07-13`` with nothing of a page around it
stays a date the letter may write. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

TITLE = "桐溪县水务局关于县八届人大二次会议第15号建议的答复"
LETTER = """王某代表：
您提出的《关于整治河道淤积的建议》收悉，现答复如下：
今年县财政安排清淤资金60万元。
感谢您对水利工作的关心和支持！
桐溪县水务局
2022年6月18日
"""
SIGNED = ["2022-06-18"]


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


CHROME = [
    pytest.param("• 2020-09-30", id="bullet-date"),
    pytest.param("● 2020-09-30 10:20", id="round-bullet-date-with-time"),
    pytest.param("·2020.9.30", id="middle-dot-date"),
    pytest.param("【2020-09-30】", id="lenticular-brackets"),
    pytest.param("【2020年9月30日 】", id="lenticular-brackets-year-month-day"),
    pytest.param("发布于 2020-09-30 10:20", id="published-on"),
    pytest.param("（发布于：2020-09-30 10:20）", id="published-on-in-brackets-with-colon"),
    pytest.param("发布于：2020-09-30", id="published-on-with-colon"),
    pytest.param("2017-12-16 00:00:00 桐溪县政府办公室 点击:[] 打印", id="row-empty-clicks-print"),
    pytest.param("2017-12-16 桐溪县政府办公室 点击：12次", id="row-office-clicks"),
    pytest.param("2017-12-16 10:20 浏览:【】 【打印】 【关闭】", id="row-views-tools"),
    pytest.param("2017/12/16 桐溪县政府办公室 打印本页 关闭窗口", id="row-office-tools"),
]
NOT_CHROME = [
    pytest.param("2020-09-30", id="lone-date"),
    pytest.param("日期：2022-07-13", id="lone-labelled-date"),
    pytest.param("• 2020-09-30 召开座谈会", id="bullet-date-then-words"),
    pytest.param("2017-12-16 桐溪县政府办公室", id="row-without-count-or-tools"),
    pytest.param("[2020-09-30]", id="square-brackets"),
    pytest.param("2020-09-30 14:22:11", id="date-and-clock-time"),
    pytest.param("（2020年9月30日）", id="round-brackets-a-letters-date"),
    pytest.param("2017-12-16 县政府召开会议研究点击率", id="date-then-a-clause"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in CHROME]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_CHROME],
)
def test_a_page_date_line(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


@pytest.mark.parametrize("line", CHROME)
def test_the_page_date_under_the_title_is_no_date_of_the_letter(line: str) -> None:
    letter = parse_text(f"{TITLE}\n{line}\n{LETTER}")
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED
    assert letter.signature.date == "2022-06-18"


@pytest.mark.parametrize("line", CHROME)
def test_the_page_date_over_the_title_is_no_date_of_the_letter(line: str) -> None:
    letter = parse_text(f"{line}\n{TITLE}\n{LETTER}")
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("日期：2022-07-13", id="labelled"),
        pytest.param("时间：2022-07-13", id="time-labelled"),
        pytest.param("2022-07-13", id="bare"),
        pytest.param("日期：2022年7月13日", id="labelled-year-month-day"),
    ],
)
def test_a_date_between_the_page_heading_and_the_title_is_the_pages(date: str) -> None:
    text = f"{TITLE}\n{date}\n{TITLE}\n{LETTER}"
    assert _chrome(text) == {TITLE, date}
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("日期：2022-07-13", id="labelled"),
        pytest.param("[2022-07-13]", id="square-brackets"),
        pytest.param("2022-07-13 14:22:11", id="with-clock-time"),
        pytest.param("2022年07月13日 14:22", id="year-month-day-with-clock-time"),
    ],
)
def test_a_date_above_the_salutation_of_a_page_is_the_pages(date: str) -> None:
    text = f"来源：桐溪县水务局  浏览次数：35\n{TITLE}\n{date}\n{LETTER}"
    assert date in _chrome(text)
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"日期：2022-07-13\n{TITLE}\n{LETTER}", id="lone-over-the-title"),
        pytest.param(f"{TITLE}\n日期：2022-07-13\n{LETTER}", id="lone-under-the-title"),
        pytest.param(
            f"{TITLE}\n日期：2022-07-13\n关于整治河道淤积的建议的答复\n{LETTER}",
            id="between-a-heading-and-another-title",
        ),
    ],
)
def test_a_lone_date_with_no_page_around_it_stays(text: str) -> None:
    assert "日期：2022-07-13" not in _chrome(text)
    assert [d.value for d in parse_text(text).dates] == ["2022-07-13", *SIGNED]


# A site's stamp of the moment it published the page, over the letter's first sentence or
# salutation: a date in square brackets, or with its clock time, or with the authority that
# posted it and the count of views (decided, fix7879). Decided: the page's on any
# page, with no other sign of one (an earlier round glued it to the title, or read it as a
# date of the letter).
STAMPS = [
    pytest.param("[2022-07-13]", id="square-brackets"),
    pytest.param("［2022-07-13］", id="wide-square-brackets"),
    pytest.param("[2022年07月13日]", id="square-brackets-year-month-day"),
    pytest.param("[2022-07-13 14:22]", id="square-brackets-clock-time"),
    pytest.param("2022-07-13 14:22:11", id="with-clock-time"),
    pytest.param("2022年07月13日 14:22", id="year-month-day-with-clock-time"),
    # (the authority that posted it and the count of views, its label an icon the copy lost)
    pytest.param("2022-07-13 桐溪县水务局1086", id="authority-and-count-glued"),
    pytest.param("2022-07-13 14:22 桐溪县水务局 86", id="authority-clock-and-count-apart"),
    pytest.param(
        "2022-07-13 14:22:11 桐溪县自然资源和规划局 10870", id="long-authority-clock-and-count"
    ),
    # (decided, fix90: the same byline with no count, the office that posted it alone after
    # a gap)
    pytest.param("2022-07-13   政府办", id="office-no-count"),
    pytest.param("2022.7.13 桐溪县水务局", id="authority-no-count-dotted"),
    pytest.param("2022/07/13 14:22　桐溪县人民政府办公室", id="office-clock-no-count-wide-gap"),
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_under_the_title_is_the_pages_with_no_page_around_it(stamp: str) -> None:
    text = f"{TITLE}\n{stamp}\n\n{LETTER}"
    assert _chrome(text) == {stamp}
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_over_the_title_is_the_pages_with_no_page_around_it(stamp: str) -> None:
    letter = parse_text(f"{stamp}\n{TITLE}\n{LETTER}")
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


def test_a_stamp_above_the_salutation_of_a_page_in_square_brackets_year_month_day() -> None:
    text = f"来源：桐溪县水务局  浏览次数：35\n{TITLE}\n[2022年07月13日]\n{LETTER}"
    assert "[2022年07月13日]" in _chrome(text)
    assert parse_text(text).title == TITLE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{TITLE}\n（2022年7月13日）\n{LETTER}", id="round-brackets-under-the-title"),
        pytest.param(
            TITLE + "\n" + LETTER.replace("感谢", "[2022-07-13]\n感谢"),
            id="square-brackets-in-the-body",
        ),
    ],
)
def test_a_date_the_letter_may_write_stays(text: str) -> None:
    assert "2022-07-13" in [d.value for d in parse_text(text).dates]


def test_a_byline_between_the_title_and_the_doc_number_is_the_pages() -> None:
    # (the page's heading, the title, the byline, the letter's 发文字号, its salutation)
    text = f"某州桐溪县\n\n{TITLE}\n2022-07-13   政府办\n\n桐水函〔2022〕9号\n\n{LETTER}"
    assert _chrome(text) == {"2022-07-13   政府办"}
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.doc_number is not None and letter.doc_number.text == "桐水函〔2022〕9号"
    assert [d.value for d in letter.dates] == SIGNED


# The letter's own date in figures in its closing, over its signer, after it or before it on
# one line, stays the letter's date (fix90: the byline is read only in the head).
_BODY = LETTER.split("桐溪县水务局")[0]
CLOSINGS = [
    pytest.param("2022-07-13\n政府办\n", id="date-over-office"),
    pytest.param("政府办\n2022-07-13\n", id="office-over-date"),
    pytest.param("2022-07-13   政府办\n", id="date-and-office-one-line"),
    pytest.param("桐溪县水务局\n2022-07-13   政府办\n", id="under-the-signer"),
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_dated_office_in_the_closing_stays_the_letters(closing: str) -> None:
    text = f"{TITLE}\n{_BODY}{closing}"
    assert not _chrome(text) & {"2022-07-13   政府办", "2022-07-13"}
    assert "2022-07-13" in [d.value for d in parse_text(text).dates]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("2022-07-13 王某某", id="a-person-no-office"),
        pytest.param("2022-07-13 政府办 发布", id="a-word-after-the-office"),
        pytest.param("2022-07-13 关于整治河道淤积的建议", id="a-title-after-the-date"),
    ],
)
def test_a_dated_line_that_names_no_office_alone_stays(line: str) -> None:
    text = f"{TITLE}\n{line}\n\n{LETTER}"
    assert line not in _chrome(text)


def test_a_dated_authority_with_a_telephone_number_is_no_stamp() -> None:
    # (seven figures or more after the authority: a telephone number, no count of views)
    assert not is_chrome_line("2022-07-13 桐溪县水务局 6612345")
    text = f"{TITLE}\n2022-07-13 桐溪县水务局 6612345\n{LETTER}"
    assert "2022-07-13 桐溪县水务局 6612345" not in _chrome(text)


# A year alone over the title (dev23 round): the page's column or listing by year, on a page
# that shows itself chrome (no date); with no page around it no title line (header).
@pytest.mark.parametrize("year", ["2019年", "2019"])
def test_a_year_alone_over_the_title_of_a_page_is_the_pages(year: str) -> None:
    text = f"{year}\n{TITLE}\n来源：桐溪县水务局  发布时间：2022-06-20\n{LETTER}"
    assert year in _chrome(text)
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == SIGNED


def test_a_year_alone_over_the_title_is_no_title_line() -> None:
    text = f"2019年\n{TITLE}\n{LETTER}"
    assert not _chrome(text)
    assert parse_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    [pytest.param("2019年度", id="year-of-a-plan"), pytest.param("2019年第5号", id="number")],
)
def test_a_year_with_more_words_over_the_title_stays(line: str) -> None:
    text = f"{line}\n{TITLE}\n来源：桐溪县水务局  发布时间：2022-06-20\n{LETTER}"
    assert line not in _chrome(text)


def test_the_page_date_in_brackets_under_a_traditional_title() -> None:
    """A page in traditional characters sets ``（發布于：…）`` under the title: chrome too."""
    letter = parse_text(
        "某縣公安局對縣政協一屆五次會議第18號提案的答復\n（發布于：2021-09-26 14:10）\n"
        "尊敬的王某委員：\n您提出的“關於某路禁止停車的提案”已收悉，現答復如下：\n"
        "我局已安裝電子警察設備。\n"
    )
    assert letter.title == "某縣公安局對縣政協一屆五次會議第18號提案的答復"
    assert letter.dates == []
