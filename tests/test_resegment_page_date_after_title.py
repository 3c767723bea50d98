"""A page's date in figures between the title and the 发文字号 of a flattened head (snippets
written here, names and numbers invented).

A page prints the title with its class mark, then its date and the office that filed it,
then the 发文字号 (``…的答复函(B类)`` / ``2024-05-03  政府办`` / ``某政函〔2024〕7号``). A copy
that lost its line breaks glues them: ``…答复函(B类)2024-05-03政府办某政函〔2024〕7号王某代表：``.
The date is a header element after the title as the mark is: the title ends at its 文种,
the class mark gives the handling type, the number is read. Near misses: a date that ends
the head with no element after it keeps nothing from the title, a date inside the title.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "某县交通运输局关于县五届人大二次会议第12号建议的答复函"
_REST = (
    "王某代表： 您提出的《关于修缮某村便民桥的建议》收悉。现答复如下：一、我局已安排资金8万元。"
    "二、下一步将加强巡查。 某县交通运输局 2024年5月3日"
)


@pytest.mark.parametrize("date", ["2024-05-03", "2024-5-3", "2024/05/03", "2024.05.03"])
@pytest.mark.parametrize("mark", ["(B类)", "（B类）", "B类"])
def test_page_date_after_the_class_mark(mark: str, date: str) -> None:
    record = parse_text(f"{_TITLE}{mark}{date}政府办某政函〔2024〕7号{_REST}")
    assert record.title == _TITLE
    assert record.handling_type == "B"
    assert record.doc_number is not None and record.doc_number.text == "某政函〔2024〕7号"
    assert record.salutation == "王某代表："
    assert span_problems(record) == []


def test_page_date_right_after_the_title() -> None:
    record = parse_text(f"{_TITLE}2024-05-03政府办某政函〔2024〕7号{_REST}")
    assert record.title == _TITLE
    assert record.doc_number is not None and record.doc_number.text == "某政函〔2024〕7号"


def test_a_cited_date_inside_the_title_stays() -> None:
    # near miss: no 发文字号 after it, the date is the title's own words
    title = "关于落实2024-05-03会议精神的建议的答复"
    record = parse_text(f"{title} {_REST}")
    assert record.title == title
