"""A page's own date cell under the title in the spellings content systems give it
(``发表日期：``, ``更新日期：``, ``录入时间：``…; snippets written here, names invented).

The cell is the page's, as ``发布日期：`` is: its date is no date of the letter and the line
is no part of the title. Near miss: the letter's own dated sentence keeps its date.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "县八届人大二次会议第9号代表建议办理情况的答复"


def _page(label: str) -> str:
    return (
        "当前位置:首页 > 政务公开 > 建议提案办理\n\n"
        f"{_TITLE}\n\n"
        f"{label}:2024-05-06    文章来源:某县城市管理局\n\n"
        "李某某代表:\n\n"
        "    您提出的关于改善某路停车秩序的建议已收悉,现答复如下:\n\n"
        "    我局已于2024年4月在某路施划停车泊位120个。\n"
    )


@pytest.mark.parametrize(
    "label", ["发表日期", "更新日期", "发稿时间", "录入时间", "上传时间", "添加时间", "发布日期"]
)
def test_page_date_cell_is_the_pages(label: str) -> None:
    record = parse_text(_page(label))
    assert record.title == _TITLE
    assert [d.text for d in record.dates] == ["2024年4月"]
    assert span_problems(record) == []
