"""The session and the number a web copy gives in a table's rows copied as text, its cells
parted by bars (``| 届次 | 某会议 |``, ``|届次|某会议|建议号|88|``, a row of labels over a row
of values, a row of bare cells ``|某会议|第88号|``), when neither the title nor the opening
names them (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from helpers import contexts_before
from replyparse import parse_text
from replyparse.fields import proposal

_LETTER = "关于整治城东菜市场秩序的建议的答复\n钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"
_TITLE = "关于整治城东菜市场秩序的建议"

# the rows above the letter, and the (number, session) read from them
ROWS = {
    "label-value-rows": (
        "| 届次 | 县十八届人大三次会议 |\n| 建议号 | 088 |\n",
        ("088", "县十八届人大三次会议"),
    ),
    "label-value-rows-full-width-bars": (
        "｜会议届次｜县十八届人大三次会议｜\n｜建议编号｜第88号｜\n",
        ("88", "县十八届人大三次会议"),
    ),
    "one-row-two-pairs": (
        "|届次|县十八届人大三次会议|建议号|88|\n",
        ("88", "县十八届人大三次会议"),
    ),
    "bianhao-cell-number": (
        "| 届次 | 县政协九届二次会议 |\n| 编号 | 第0031号 |\n",
        ("0031", "县政协九届二次会议"),
    ),
    "labels-over-values": (
        "| 序号 | 届次 | 建议号 | 承办单位 |\n| 3 | 县十八届人大三次会议 | 88 | 县住建局 |\n",
        ("88", "县十八届人大三次会议"),
    ),
    "bare-cells": (
        "| 县十八届人大三次会议 | 第88号 |\n",
        ("88", "县十八届人大三次会议"),
    ),
}

# Near misses: cells that hold no session or number of the proposal
NOT_ROWS = {
    # a session under another label is no listing's session
    "session-under-other-label": ("| 备注 | 县十八届人大三次会议 |\n", (None, None)),
    # a 发文字号 under 编号 is no proposal number
    "doc-number-under-bianhao": ("| 编号 | 县住建函〔2024〕12号 |\n", (None, None)),
    # a row's count, bare digits, no 第
    "bare-digits-cell": ("| 3 | 县住建局 |\n", (None, None)),
    # a row of labels over a row of another count is not read by column
    "labels-over-other-count": (
        "| 届次 | 建议号 |\n| 县住建局 | 3 | 王五 |\n",
        (None, None),
    ),
    # 序号 is the listing's own count, not the proposal's number
    "xuhao-value": ("| 序号 | 12 |\n", (None, None)),
}


def _read(rows: str) -> tuple[str | None, str | None]:
    p = parse_text(rows + _LETTER).proposal
    assert p is not None
    assert (p.kind, p.title) == ("建议", _TITLE)
    return (p.number, p.session)


@pytest.mark.parametrize(("rows", "expected"), ROWS.values(), ids=ROWS.keys())
def test_table_cells_give_session_and_number(rows: str, expected: tuple[str | None, ...]) -> None:
    assert _read(rows) == expected


@pytest.mark.parametrize(("rows", "expected"), NOT_ROWS.values(), ids=NOT_ROWS.keys())
def test_other_cells_give_neither(rows: str, expected: tuple[str | None, ...]) -> None:
    assert _read(rows) == expected


def test_table_number_span_points_at_the_cell() -> None:
    text = "| 届次 | 县十八届人大三次会议 |\n| 建议号 | 088 |\n" + _LETTER
    p = parse_text(text).proposal
    assert p is not None and p.number_span is not None and p.session_span is not None
    assert text[slice(*p.number_span)] == "088"
    assert text[slice(*p.session_span)] == "县十八届人大三次会议"


# How the cells of a row pair: (row, the (label, value) pairs read)
PAIRS = {
    "known-label": ("|届次|县十八届人大三次会议|", [("届次", "县十八届人大三次会议")]),
    # a few words the label table does not hold still label the cell after them
    "unknown-label": ("|办理依据|县十八届人大三次会议|", [("办理依据", "县十八届人大三次会议")]),
    # a session's name ends in 会议 and labels nothing
    "bare-session": (
        "|县十八届人大三次会议|第88号|",
        [("", "县十八届人大三次会议"), ("", "第88号")],
    ),
    "short-bare-session": ("|七届二次会议|第88号|", [("", "七届二次会议"), ("", "第88号")]),
    "digits-label-nothing": ("|3|88|", [("", "3"), ("", "88")]),
}


@pytest.mark.parametrize(("row", "pairs"), PAIRS.values(), ids=PAIRS.keys())
def test_row_cells_pair_with_their_labels(row: str, pairs: list[tuple[str, str]]) -> None:
    (ctx,) = contexts_before([row + "\n" + _LETTER], "proposal")
    got = [(label, ctx.view.norm[a:b]) for label, (a, b) in proposal._table_values(ctx)]
    assert got == pairs
