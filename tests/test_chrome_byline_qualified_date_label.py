"""A page's byline whose date label names what the page posts (``文章发布日期：``,
``信息发布时间：``) is the page's, as ``发布日期：`` is: its date in figures is no date of the
letter (fix117). Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于修缮某某小学操场的答复\n"
    "孙某代表：\n"
    "您提出的建议收悉，现答复如下：\n"
    "操场修缮已列入2030年计划。\n"
    "某县教育局\n"
    "2029年6月3日\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "文章发布日期: 2029-06-10    来源:本网",
        "信息发布日期：2029-06-10",
        "文章发布时间:2029-06-10 09:30",
        "信息发布时间: 2029-06-10  来源: 某县教育局",
    ],
)
def test_the_bylines_date_is_the_pages(byline: str) -> None:
    record = parse_text(byline + "\n\n" + LETTER)
    assert [d.value for d in record.dates] == ["2030", "2029-06-03"]
    assert record.title == "关于修缮某某小学操场的答复"


def test_a_sentence_naming_the_posting_keeps_its_date() -> None:
    # (no label with its colon: the letter's words, the date a date)
    text = LETTER.replace("操场修缮已列入2030年计划。", "文章发布日期定于2029年7月1日。")
    assert "2029-07-01" in [d.value for d in parse_text(text).dates]
