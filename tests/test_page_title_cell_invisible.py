"""A page table's title cell read past a web copy's invisible format characters.

A letter whose page has no title line of its own takes its title from the page table's
名称 cell. A zero-width space or a byte-order mark strewn into the saved page can land
inside that cell's label (信息名​称) or its value; the view reads past them, and so does
the reader of the cell, as the 文号 cell's reader does
(test_docnumber_page_cell_invisible). Texts are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.formatchars import INVISIBLE

TITLE = "对市十五届人大四次会议4190号建议的协办意见"
BODY = (
    "市农业农村局：\n经研究，现对王某代表提出的建议提出如下协办意见：\n"
    "我局将积极配合推进整治工作。\n某市生态环境局\n2024年6月12日\n"
)


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param(f"信息名\ufeff称: | {TITLE} | |", id="bom-in-the-label"),
        pytest.param(f"信息名\u200b称：{TITLE}", id="zwsp-in-the-label"),
        pytest.param(
            "信息名称: | 对市十五届\ufeff人大四次会议4190号建议的协办意见 | |", id="in-the-value"
        ),
        pytest.param(f"信息名称: | {TITLE} | |", id="none"),
    ],
)
def test_the_title_cell_is_read_past_invisible_characters(cell: str) -> None:
    text = (
        "索引号: | 0000/2024-00113 | 信息分类: | 城乡建设 |\n发布机构: | 某市生态环境局 |\n"
        f"{cell}\n内容概览: | |\n{BODY}"
    )
    record = parse_text(text)
    assert record.title == TITLE
    assert record.proposal is not None and record.proposal.number == "4190"
    assert record.title_span is not None
    start, end = record.title_span
    assert INVISIBLE.sub("", text[start:end]) == TITLE
