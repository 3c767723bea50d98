"""The item's number in brackets alone on a line above the title (``（第12号）`` /
``关于…的答复``), as a page sets it, also a registry's long serial (``（第2024011804号）``,
up to sixteen characters as elsewhere: :data:`replyparse.elements.ITEM_SERIAL`), is the
proposal's number; the line is no part of the title. A bracket that holds more than the
number (a year, a word) or a serial longer than a registry writes gives none. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = """{line}
关于改善某镇农贸市场环境的建议的答复

孙某代表：
    您提出的《关于改善某镇农贸市场环境的建议》收悉。现答复如下：
    我局将会同有关部门加快整治。
    感谢您的关心和支持。

某县市场监督管理局
2024年6月3日
"""
TITLE = "关于改善某镇农贸市场环境的建议的答复"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        pytest.param("（第12号）", "12", id="short"),
        pytest.param("（第2024011804号）", "2024011804", id="registry-serial"),
        pytest.param("(第2024011804号)", "2024011804", id="half-width-brackets"),
        pytest.param("（第20240118040077号）", "20240118040077", id="fourteen-digits"),
        pytest.param("（第A2024-0118号）", "A2024-0118", id="letter-and-dash"),
    ],
)
def test_the_bracketed_number_above_the_title_is_the_items(line: str, number: str) -> None:
    text = LETTER.format(line=line)
    record = parse_text(text)
    assert record.proposal.number == number
    assert record.title == TITLE
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("（第12345678901234567号）", id="past-sixteen"),
        pytest.param("（第二批）", id="a-batch"),
    ],
)
def test_other_brackets_above_the_title_give_no_number(line: str) -> None:
    record = parse_text(LETTER.format(line=line))
    assert record.proposal.number is None


def test_a_number_glued_to_the_title_line_keeps_its_reading() -> None:
    # no bracket: 第12号 before 关于 was read before this rule
    record = parse_text(LETTER.format(line="第12号"))
    assert record.proposal.number == "12"
    assert record.title == TITLE


# A number line in a registry's class-year-serial scheme above the title, its kind word
# after it or in brackets alone, is the item's too (elements.ITEM_CLASS_YEAR_SERIAL); a
# 发文字号 line there stays the letter's.
@pytest.mark.parametrize(
    ("line", "number"),
    [
        pytest.param("第B（2099）45号建议", "B（2099）45", id="class"),
        pytest.param("第［2099］12号提案", "［2099］12", id="square"),
        pytest.param("市九届人大三次会议第〔2099〕12号建议", "〔2099〕12", id="session"),
        pytest.param("（第B（2099）45号）", "B（2099）45", id="bracketed-alone"),
        pytest.param("第12号建议", "12", id="plain"),
    ],
)
def test_number_line_above_the_title(line: str, number: str) -> None:
    letter = parse_text(LETTER.format(line=line), keywords=False)
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert letter.proposal.number == number
    assert letter.doc_number is None


def test_a_doc_number_line_above_the_title_stays_the_letters() -> None:
    letter = parse_text(LETTER.format(line="某市监函〔2099〕12号"), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "某市监函〔2099〕12号"
    assert letter.proposal is not None and letter.proposal.number is None
