"""A 版记 a web copy kept as a table: the 抄送 label in its cell and the list in the next
(``| 抄送 | 甲委，乙办 |``), read as a ``抄送：`` line is, with every bar of
``textview.CELL_BARS``; a bar after a label that opens with 抄 stands for its colon. Snippets
in our own words, invented units."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import CELL_BARS
from spans import span_problems

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"
BARS = [pytest.param(bar, id=f"U+{ord(bar):04X}") for bar in CELL_BARS]

# (the 版记's row, B for the bar; the cc list)
ROWS = [
    pytest.param("B 抄送 B 甲县人大常委会选联工委，甲县政府督查室 B", ["甲县人大常委会选联工委", "甲县政府督查室"], id="framed"),
    pytest.param("抄送 B 甲县人大常委会选联工委、甲县政府督查室。", ["甲县人大常委会选联工委", "甲县政府督查室"], id="unframed"),
    pytest.param("B抄送B甲县人大常委会选联工委B甲县政府督查室B", ["甲县人大常委会选联工委", "甲县政府督查室"], id="a-body-a-cell"),
    pytest.param("B 抄报 B 甲市交通运输局 B", ["甲市交通运输局"], id="抄报"),
    pytest.param("B 抄送机关 B 甲县政府督查室 B", ["甲县政府督查室"], id="抄送机关"),
    pytest.param("B 抄送： B 甲县人大常委会选联工委，甲县政府督查室 B", ["甲县人大常委会选联工委", "甲县政府督查室"], id="colon-and-bar"),
]  # fmt: skip

# (a row whose first cell is no 抄送 label: no list)
NOT_LISTS = [
    pytest.param("B 报送 B 甲县政府督查室 B", id="报送-heads-a-column"),
    pytest.param("B 送 B 甲县政府督查室 B", id="送-alone"),
    pytest.param("B 抄送件数 B 3 B", id="longer-word"),
    pytest.param("B 办理单位 B 甲县政府督查室 B", id="another-cell"),
]  # fmt: skip


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_a_cc_row_of_a_table(bar: str, row: str, expected: list[str]) -> None:
    record = parse_text(BODY + SIGNED + "\n" + row.replace("B", bar) + "\n")
    assert record.cc == expected
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("row", NOT_LISTS)
def test_a_row_with_no_cc_label_lists_nothing(bar: str, row: str) -> None:
    record = parse_text(BODY + SIGNED + "\n" + row.replace("B", bar) + "\n")
    assert record.cc == []
