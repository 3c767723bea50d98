"""A saved page flattened onto one line with nothing between its lines (dev121's glued
copies): the page's cells glued to the letter's own words are the page's, the letter's
read as on the lines a kept copy shows. A view counter left empty but its unit (``浏览次数：
次某局关于…``), a font tool whose sizes were lost with their closing bracket (``字号：【某交复
(2099)01号…``), and the page's archive cell glued after the last contact's phone
(``…联系电话：5550123归档时间：已归档``). Snippets written for these tests; names, offices and
numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "柳川县交通运输局对县人大九届二次会议第7号建议的回复"
_REPLY = (
    "周某某代表：\n"
    "您提出的《关于改造乙村公路的建议》收悉，现回复如下。\n"
    "该项目已纳入县交通运输发展规划，计划明年开工建设。\n"
    "感谢您对交通运输工作的关心和支持。\n"
    "柳川县交通运输局\n"
    "2099年4月12日\n"
)


def _glued(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def test_a_counter_left_with_its_unit_is_no_part_of_the_title() -> None:
    letter = parse_text(_glued(f"首页 > 建议提案\n浏览次数:次\n{_TITLE}\n{_REPLY}"), keywords=False)
    assert letter.title == _TITLE
    assert span_problems(letter) == []


@pytest.mark.parametrize("unit", ["次", "人次"])
def test_a_kept_copy_reads_the_same(unit: str) -> None:
    letter = parse_text(f"首页 > 建议提案\n浏览次数:{unit}\n{_TITLE}\n{_REPLY}", keywords=False)
    assert letter.title == _TITLE


def test_a_font_tool_left_with_its_opening_bracket_leaves_the_number() -> None:
    head = f"您的位置:首页 > 信息公开 > 建议提案\n{_TITLE}\n2099-04-12 10:27 来源:县交通运输局\n阅读次数:\n字号:【\n柳交建复(2099)01号A 类\n此件公开\n"
    letter = parse_text(_glued(head + _REPLY), keywords=False)
    assert letter.doc_number is not None
    assert (letter.doc_number.prefix, letter.doc_number.year, letter.doc_number.serial) == (
        "柳交建复",
        2099,
        1,
    )
    assert (letter.handling_type, letter.public) == ("A", True)
    assert span_problems(letter) == []


def test_an_archive_cell_glued_after_the_phone_is_the_pages() -> None:
    tail = (
        "签发人:王某某              联系人:郑某某\n"
        "联系单位:柳川县交通运输局  联系电话:5550123\n归档时间:\n已归档\n"
    )
    letter = parse_text(_glued(f"{_TITLE}\n{_REPLY}{tail}"), keywords=False)
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == [
        ("郑某某", "柳川县交通运输局", "5550123")
    ]
    assert letter.signature.issuer == "柳川县交通运输局"
    assert span_problems(letter) == []


def test_a_letters_own_row_after_the_phone_stays() -> None:
    # (no page's cell: the letter's postcode row after the phone is read as before)
    tail = "联系人:郑某某\n联系电话:5550123\n邮政编码:000000\n"
    letter = parse_text(_glued(f"{_TITLE}\n{_REPLY}{tail}"), keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [("郑某某", "5550123")]
