""".docx: a closing set in tables, each label in a cell of its own and its value in the next
(``联系人`` | ``周某`` | ``联系电话`` | ``0000-…``, ``抄送`` | ``某局，某委。``).

The reader gives a cell a line, row by row, as Word's text copy of a table stacks them; the
letter's contact and 抄送 list are read from those lines as from labelled lines. A 抄送 cell
with no colon, its list in the next cell, lost the list and took the signature and its
date with it (the list's last line, ending in 。, was read as the letter's end).

Letters, names and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as make_docx

from replyparse import parse_text
from replyparse.readers import read

BODY = (
    "某县水利局关于县十九届人大四次会议第307号建议的答复",
    "",
    "邓某代表：",
    "您提出的关于修缮村级灌溉渠道的建议收悉。现答复如下：",
    "今年我局已安排资金修缮渠道12公里。",
    "感谢您对水利工作的关心和支持。",
    "",
    "某县水利局",
    "2098年3月9日",
)

Rows = list[list[str]]

# (the closing's tables, each its rows of cells; the cc list; the contacts as (name, phone))
TABLES = [
    pytest.param(
        [[["联系人", "周某", "联系电话", "0000-5550147"]], [["抄送", "乙县财政局，乙县审计局。"]]],
        ["乙县财政局", "乙县审计局"], [("周某", "0000-5550147")], id="label-cells-no-colon",
    ),
    pytest.param(
        [[["联系人：", "周某", "联系电话：", "0000-5550147"]], [["抄送：", "乙县财政局，乙县审计局。"]]],
        ["乙县财政局", "乙县审计局"], [("周某", "0000-5550147")], id="label-cells-with-colons",
    ),
    pytest.param(
        [[["联系人", "周某"], ["联系电话", "0000-5550147"], ["抄报", "乙县人民政府办公室。"]]],
        ["乙县人民政府办公室"], [("周某", "0000-5550147")], id="one-table-a-row-a-label",
    ),
    pytest.param(
        [[["抄送机关", "乙县财政局、乙县审计局、乙县统计局。"]]],
        ["乙县财政局", "乙县审计局", "乙县统计局"], [], id="抄送机关",
    ),
]  # fmt: skip


def _letter(tmp_path: Path, tables: list[Rows]) -> Path:
    document = make_docx()
    for line in BODY:
        document.add_paragraph(line)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    path = tmp_path / "letter.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize(("tables", "cc", "contacts"), TABLES)
def test_a_closing_in_table_cells(
    tmp_path: Path, tables: list[Rows], cc: list[str], contacts: list[tuple[str, str]]
) -> None:
    text = read(_letter(tmp_path, tables)).text
    # a cell a line, row by row, under the signed date
    cells = [cell for rows in tables for row in rows for cell in row]
    assert text.split("\n")[len(BODY) :] == cells
    letter = parse_text(text)
    assert letter.cc == cc
    assert [(c.name, c.phone) for c in letter.contacts] == contacts
    assert (letter.signature.issuer, letter.signature.date) == ("某县水利局", "2098-03-09")
