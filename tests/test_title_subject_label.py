"""A subject line naming the letter's own title, as a page's or a form's row writes it
(``主题：关于…的答复``, ``事由：关于…的答复``): the title is the row's value, the label is
header. A 事由 or 主题 row naming the proposal (``事由：关于…的建议``), a page's 主题分类 or a
printing's 主题词, stays a label; a title that opens with the words is kept whole.
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "\n孙某代表：\n您提出的《关于改善城区排水设施的建议》收悉，现答复如下：\n"
    "我局已完成排水管网改造12公里。\n感谢您的关心和支持。\n某市水务局\n2024年5月16日\n"
)
_TITLE = "关于市十六届人大二次会议第0147号建议的答复"

SUBJECT_ROWS = [
    pytest.param(f"主题：{_TITLE}", _TITLE, id="zhuti"),
    pytest.param(f"主  题：{_TITLE}", _TITLE, id="zhuti-spaced"),
    pytest.param(f"主题: {_TITLE}", _TITLE, id="zhuti-half-width"),
    pytest.param(f"某市水务局\n事由：{_TITLE}", _TITLE, id="shiyou"),
    pytest.param(f"事  由    {_TITLE}", _TITLE, id="shiyou-gap"),
    pytest.param(
        "主题：某市水务局关于市十六届人大二次会议第0147号建议的答复",
        "某市水务局关于市十六届人大二次会议第0147号建议的答复",
        id="authority-first",
    ),
    pytest.param(
        "事由：对县政协九届四次会议第23号提案的复函",
        "对县政协九届四次会议第23号提案的复函",
        id="dui-fuhan",
    ),
    pytest.param("主题：关于市十六届人大二次会议第0147号\n建议的答复", _TITLE, id="wrapped"),
]

NOT_SUBJECT_ROWS = [
    # the proposal named on a form's row: the title is the line under it
    pytest.param(f"事由：关于改善城区排水设施的建议\n{_TITLE}", _TITLE, id="shiyou-proposal"),
    pytest.param(f"题目：关于改善城区排水设施的建议\n{_TITLE}", _TITLE, id="timu-proposal"),
    pytest.param(f"主题分类：城乡建设\n{_TITLE}", _TITLE, id="page-category"),
    # words that only open like the label: kept whole
    pytest.param(
        "主题教育办公室关于市十六届人大二次会议第0147号建议的答复",
        "主题教育办公室关于市十六届人大二次会议第0147号建议的答复",
        id="title-opening-with-zhuti",
    ),
]


@pytest.mark.parametrize(("head", "expected"), SUBJECT_ROWS + NOT_SUBJECT_ROWS)
def test_subject_row_gives_the_title(head: str, expected: str) -> None:
    assert parse_text(head + _BODY, keywords=False).title == expected
