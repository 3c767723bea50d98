"""One set of cell bars (``textview.CELL_BARS``, the heavy box-drawing ``┃`` among them) that
every reader of a table's cells takes: a header's 办理类型 and 公开属性 rows, the closing's
contact and signature rows and a 抄送 row read alike with each bar; the view reads ``┃`` as
``│``, one character for one, the letter's text kept as written. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import CELL_BARS, TextView
from spans import span_problems

BARS = [pytest.param(bar, id=f"U+{ord(bar):04X}") for bar in CELL_BARS]
LETTER = (
    "@ 办理类型 @ B类 @\n"
    "@ 公开属性 @ 主动公开 @\n"
    "关于某某建议的答复\n"
    "林某代表：\n"
    "您提出的建议收悉。\n"
    "感谢您对我们工作的支持。\n"
    "@ 某县交通运输局 @\n"
    "@ 2024年5月10日 @\n"
    "@ 联系人 @ 王某 @ 联系电话 @ 0000-5550123 @\n"
    "@ 抄送 @ 甲县政府督查室 @\n"
)


@pytest.mark.parametrize("bar", BARS)
def test_a_letter_in_cells_reads_alike_with_each_bar(bar: str) -> None:
    text = LETTER.replace("@", bar)
    record = parse_text(text)
    assert record.handling_type == "B"
    assert record.public is True
    assert record.title == "关于某某建议的答复"
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert [(c.name, c.phone) for c in record.contacts] == [("王某", "0000-5550123")]
    assert record.cc == ["甲县政府督查室"]
    assert record.text == text
    assert span_problems(record) == []


def test_the_view_reads_the_heavy_bar_as_the_light_one() -> None:
    view = TextView("┃ 联系人 ┃ 王某 ┃")
    assert view.norm == "│联系人│王某│"
    assert view.source(0, len(view.norm))[0] == "┃ 联系人 ┃ 王某 ┃"


# (text: no table's bar, read as written)
NOT_BARS = [
    pytest.param("━━━━━━", id="heavy-rule-a-noise-line"),
    pytest.param("甲┣乙", id="another-box-drawing-character"),
]


@pytest.mark.parametrize("text", NOT_BARS)
def test_other_box_drawing_stays(text: str) -> None:
    view = TextView("关于某某建议的答复\n" + text + "\n")
    assert "│" not in view.norm
