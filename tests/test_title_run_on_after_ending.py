"""The title's line run on, with no break, into what a page prints after the title: its
cells (with their colons or none), the 发文字号 and its class, the page's row of its date
with the authority that posted it and a count, the site's name after a separator or
glued, a crumb's ``正文`` step, a handling note in brackets, the title written again after
the number. None of it continues a title after its ending word (title58): the title ends
there. A title whose words go on after 答复 as a title's do (``…的答复意见``, a note the
record keeps, words after an ending inside the title) keeps them. Snippets are invented."""

from __future__ import annotations

import tracemalloc

import pytest

from replyparse import parse_text
from replyparse.fields.title import run_on_end

TITLE = "关于县十六届人大二次会议第31号建议的答复"
HEAD = "某县林业局\n"
REST = (
    "\n孟某代表：\n　　您提出的《关于整治河岸的建议》收悉，现答复如下：\n"
    "　　我局已将该项目列入年度计划。\n某县林业局\n2031年4月9日\n"
)


def _title(line: str, title: str = TITLE) -> str | None:
    return parse_text(HEAD + line.replace("{t}", title) + REST, keywords=False).title


RUN_ONS = [
    pytest.param("文号成文日期:2031-04-08发布日期:2031-04-09", id="cells-no-colon-first"),
    pytest.param("发布时间：2031-04-09 09:30来源：某县林业局", id="time-and-source"),
    pytest.param("索引号1122334/2031-00077", id="index-number"),
    pytest.param("信息来源某县林业局浏览次数466", id="source-and-views-no-colons"),
    pytest.param("2031-04-09", id="date-alone"),
    pytest.param("2031/04/09某县林业局", id="date-and-authority"),
    pytest.param("2031.04.09某县林业局3087", id="date-authority-serial"),
    pytest.param("2031年4月9日 某县林业局 3087", id="date-in-characters-spaced"),
    pytest.param("某林函〔2031〕8号", id="doc-number"),
    pytest.param("某林函〔2031〕8号B类", id="doc-number-and-class"),
    pytest.param("_某县人民政府", id="underscore-site"),
    pytest.param("｜某县林业局", id="bar-site"),
    pytest.param("某县人民政府门户网站", id="site-name-glued"),
    pytest.param("某县林业局2031年4月9日", id="authority-then-date"),
    pytest.param("某县林业局2031-04-09 09:30", id="authority-then-date-and-time"),
    pytest.param("某县人民政府门户网站2031.04.09 3087", id="site-then-date-and-serial"),
    pytest.param("-正文", id="text-step"),
    pytest.param("--正文内容", id="text-step-double-dash"),
    pytest.param("-2", id="page-fragment-figures"),  # (left59a)
    pytest.param("-12", id="page-fragment-two-figures"),
    pytest.param("（复文类型：B）", id="handling-type-note"),
    pytest.param("【答复类别：A】", id="reply-class-note"),
]


@pytest.mark.parametrize("run_on", RUN_ONS)
def test_run_on_after_the_title(run_on: str) -> None:
    assert _title("{t}" + run_on) == TITLE


@pytest.mark.parametrize(
    "run_on",
    [
        "2031-04-02某县林业局3087",
        "2031/04/02 某县林业局 86",
        "2031.04.02",
        "2031-04-02 08:15",
        "某县林业局2031年4月2日",
    ],
)
def test_page_date_after_the_title_is_no_date(run_on: str) -> None:
    letter = parse_text(HEAD + TITLE + run_on + REST, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年4月9日"]


def test_short_title_before_page_cells() -> None:
    assert _title("{t}发布时间：2031-04-02来源：某县林业局", "答复函") == "答复函"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("", id="glued"),
        pytest.param("某林函〔2031〕8号", id="after-its-number"),
    ],
)
def test_title_written_again(between: str) -> None:
    assert _title("{t}" + between + "{t}") == TITLE


@pytest.mark.parametrize(
    "ending",
    ["的复函", "的回复", "的答复函", "办理情况的答复", "的函"],
)
def test_other_endings(ending: str) -> None:
    title = TITLE.removesuffix("的答复") + ending
    assert _title("{t}2031-04-09某县林业局3087", title) == title


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(TITLE + "意见", id="reply-opinion"),
        pytest.param(TITLE + "（第二次）", id="bracket-no-note"),
        pytest.param("关于县政协提案2031年度办理情况的答复", id="year-inside"),
        pytest.param("关于对《某县林业局答复》的复核意见", id="ending-inside"),
        pytest.param("关于县人大建议答复工作的报告——以某镇为例", id="subtitle-dash"),
        pytest.param("某局印发<关于乙事项的意见>的通知", id="quoted-in-angle-brackets"),
        pytest.param("关于转发某林函〔2031〕3号文件的复函", id="number-cited-inside"),
    ],
)
def test_title_that_goes_on_keeps_its_words(title: str) -> None:
    assert _title("{t}", title) == title


@pytest.mark.parametrize("word", ["函", "答复", "的答复-"])
def test_a_long_line_of_endings_holds_no_match_of_each(word: str) -> None:
    # A hostile line of ending words is read once, keeping the endings near the last only:
    # a match kept for each (a 200,000-character line of 函, most of a second) is a memory
    # peak of tens of megabytes; the bound is a few times the line's own size.
    text = word * (200_000 // len(word))
    tracemalloc.start()
    try:
        end = run_on_end(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert end <= len(text)
    assert peak < 4 * 2 * len(text)  # (the line's slices at two bytes a character)


WRAPPED = "某县林业局关于县十六届人大二次会议第31号建议的函"


@pytest.mark.parametrize(
    "run_on",
    [
        pytest.param("2031-04-09", id="date"),
        pytest.param("_某县人民政府", id="underscore-site"),
        pytest.param("某县人民政府门户网站", id="site-name-glued"),
    ],
)
def test_run_on_after_a_heading_wrapping_the_title(run_on: str) -> None:
    # The page's heading wraps the reply's whole title in brackets (title.wrapped_title) and
    # the copy ran its date row or site name on after the closing bracket: the bracket's
    # title is the letter's, as without the run-on (an earlier round kept the whole line).
    line = "某镇2031年人大代表建议办理答复（{t}）" + run_on
    letter = parse_text(HEAD + line.replace("{t}", WRAPPED) + REST, keywords=False)
    assert letter.title == WRAPPED
    assert [d.text for d in letter.dates] == ["2031年4月9日"]


# Decided (left59a): a date in Chinese numerals glued after the title's ending is the letter's
# own (a page stamps its date in figures): no part of the title, still one of its dates.
@pytest.mark.parametrize(
    "date", ["二〇三一年四月九日", "二〇三一年十二月三十一日", "二○三一年十一月二十日"]
)
def test_a_date_in_numerals_after_the_title_is_the_letters(date: str) -> None:
    record = parse_text(HEAD + TITLE + date + REST.replace("2031年4月9日\n", ""), keywords=False)
    assert record.title == TITLE
    assert [d.text for d in record.dates] == [date]


# A 发文字号 glued after a title that ends with the item's kind word then 的答复 (…建议的答复
# 甲交函〔2099〕5号): the number's code, read greedily, would open at 的答复 and cut the title
# after 建议 (mend73a: a number's line head73 read as the title's second line lost it so).
# The number opens with no reply's ending.
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("甲山县交通局关于王某代表建议的答复", id="answer"),
        pytest.param("关于王某代表建议的复函", id="reply-letter"),
        pytest.param("关于王某代表建议的答复函", id="answer-letter"),
    ],
)
@pytest.mark.parametrize("after", ["甲交函〔2099〕5号", "甲交函〔2099〕5号，B类"])
def test_number_after_reply_ending_keeps_it(title: str, after: str) -> None:
    text = title + after
    assert text[: run_on_end(text)] == title
