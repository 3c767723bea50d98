"""A table copied as text with box-drawing bars (``│ 联系人 │ 韩某 │``) is read as one with
``|`` or ``｜``: the contacts, the closing and re-segmenting read the bars of
``textview.CELL_BARS``, as the layout and the proposal do. Each case is written with every
bar, and the record must be the same. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _without_table_bars
from replyparse.fields.contacts import find_contacts
from replyparse.textview import CELL_BARS, TextView
from spans import span_problems

HEAD = (
    "关于第21号建议的答复\n林某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局将抓好落实。\n"
)
BARS = [pytest.param(bar, id=f"U+{ord(bar):04X}") for bar in CELL_BARS]

# (contact lines with B for the bar, [(name, phone), …])
ROWS = [
    pytest.param("B联系人B韩某B联系电话B0000-5550123B", [("韩某", "0000-5550123")], id="framed"),
    pytest.param(
        "联系人 B 韩某 B 联系电话 B 0000-5550123", [("韩某", "0000-5550123")], id="spaced"
    ),
    pytest.param("联系人：韩某B联系电话：0000-5550123", [("韩某", "0000-5550123")], id="colons"),
]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_a_contact_row(bar: str, row: str, expected: list[tuple[str, str]]) -> None:
    view = TextView(row.replace("B", bar))
    assert [(c.name, c.phone) for c in find_contacts(view, view.content_lines)] == expected


@pytest.mark.parametrize("bar", BARS)
def test_a_signature_in_cells(bar: str) -> None:
    record = parse_text(HEAD + f"{bar} 桐石县教育局 {bar}\n{bar} 2023年5月6日 {bar}\n")
    assert (record.signature.issuer, record.signature.date) == ("桐石县教育局", "2023-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize("bar", BARS)
def test_a_letter_whose_lines_a_bar_joined(bar: str) -> None:
    text = bar.join(
        [
            "关于第21号建议的答复",
            "林某代表：",
            "您提出的建议收悉，现答复如下：",
            "一、加强管理。我局将抓好落实。",
            "二、完善制度。我局将继续推进。",
            "桐石县教育局",
            "2023年5月6日",
            "联系人：韩某 联系电话：0000-5550123",
        ]
    )
    record = parse_text(text)
    assert record.title == "关于第21号建议的答复"
    assert [s.heading for s in record.sections] == ["加强管理", "完善制度"]
    assert (record.signature.issuer, record.signature.date) == ("桐石县教育局", "2023-05-06")
    assert [(c.name, c.phone) for c in record.contacts] == [("韩某", "0000-5550123")]
    assert span_problems(record) == []


# near misses: a bar inside a sentence makes no label of the words after it
@pytest.mark.parametrize("bar", BARS)
def test_a_bar_in_prose_names_no_contact(bar: str) -> None:
    view = TextView(f"我局办理人员{bar}联系人均已到现场查看。")
    assert find_contacts(view, view.content_lines) == []


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("text", ["2023年5月6日 B", "B 桐石县教育局 B", "BB 2023年5月6日"])
def test_the_closing_strips_the_bars_at_a_lines_ends(bar: str, text: str) -> None:
    assert _without_table_bars(text.replace("B", bar)) == text.replace("B", "").strip()
