"""A header table a copy kept as a row of labels over its row of values, the cells parted
by tabs or runs of blanks (``文号⇥办理类型⇥公开属性`` over ``某函〔2024〕5号⇥B类⇥主动公开``):
each label's value is the cell under it, for every field that reads a label's value
(handling type, publication). Rows that do not line up give nothing (snippets written
here, invented units and numbers)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = (
    "甲县林业局\n关于县人大三次会议第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。\n\n甲县林业局\n2022年6月20日\n"
)

# (id, header rows, handling type, public)
READ = [
    ("tabs", "文号\t办理类型\t签发人\n甲林函〔2022〕5号\tB类\t王某某", "B", None),
    ("blanks", "文号    办理类型    签发人\n甲林函〔2022〕5号    A    王某某", "A", None),
    ("public-column", "文号\t公开属性\t办理类型\n甲林函〔2022〕5号\t依申请公开\tC", "C", False),
    ("ideographic", "办理类型\u3000\u3000公开方式\nB类\u3000\u3000主动公开", "B", True),
]


@pytest.mark.parametrize(
    ("rows", "handling", "public"), [case[1:] for case in READ], ids=[case[0] for case in READ]
)
def test_cell_under_its_label(rows: str, handling: str, public: bool | None) -> None:
    letter = parse_text(rows + "\n\n" + _LETTER, keywords=False)
    assert letter.handling_type == handling
    assert letter.public is public
    assert letter.title == "关于县人大三次会议第3号建议的答复"


# Near misses: values that do not line up with the labels (a cell fewer), or a sentence
# under the row, give no value.
NOT_READ = [
    ("fewer-cells", "签发人\t办理类型\t公开属性\n王某某\t主动公开"),
    ("sentence-under", "签发人\t办理类型\n我局高度重视，B类办理。"),
]


@pytest.mark.parametrize("rows", [case[1] for case in NOT_READ], ids=[case[0] for case in NOT_READ])
def test_rows_out_of_line(rows: str) -> None:
    assert parse_text(rows + "\n\n" + _LETTER, keywords=False).handling_type is None
