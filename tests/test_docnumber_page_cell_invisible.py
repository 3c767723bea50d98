"""A page table's 文号 cell read past a web copy's invisible format characters.

A zero-width space or a byte-order mark strewn into a saved page lands inside the table's
label (文​号) or its number (〔2﻿024〕, 5‍号) as readily as anywhere; the view reads past them,
and so does the reader of the page's copy of the letter's number. The span covers the
number in the letter as written, the characters inside it included. Texts are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.formatchars import INVISIBLE

BODY = "关于某某的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n我局已研究。\n某县民政局\n2024年6月1日\n"


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("文\u200b号：某民函〔2024〕5号", id="in-the-label"),
        pytest.param("文号：某民函〔2\ufeff024〕5号", id="in-the-year"),
        pytest.param("文号：某民函〔2024〕5\u200d号", id="before-hao"),
        pytest.param("文号：\u200b某民函〔2024〕5号", id="before-the-number"),
        pytest.param("文号：\n某\u00ad民函〔2024〕5号", id="value-under-its-label"),
    ],
)
def test_the_cells_number_is_read_past_invisible_characters(cell: str) -> None:
    text = f"索引号：0000/2024-001\n{cell}\n发布日期：2024-06-01\n{BODY}"
    number = parse_text(text).doc_number
    assert number is not None
    assert number.text == "某民函〔2024〕5号"
    start, end = number.span
    assert INVISIBLE.sub("", text[start:end]) == number.text
    assert not INVISIBLE.match(text[start]) and not INVISIBLE.match(text[end - 1])
