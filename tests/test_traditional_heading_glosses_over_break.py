"""A letter in traditional characters whose mirror set pinyin glosses after some characters
(``農(nóng)``, ``區(qū)``), kept as a hard-wrapped copy (each printed line a line), its inline
``一是…四是`` headings in one long paragraph. Each heading keeps its glosses as the tidy
letter's does, however the print broke its lines:

- a heading printed over two lines is joined by the parse, and its string keeps every
  gloss (dev54/012 hard-wrapped: ``嚴厲打擊農村地區重點交通違法行為`` lost them all; a title
  joined from its lines kept them already);
- a line that ends with a gloss (``…一是加強鄉(xiāng)``) or with the head of one the line's
  end cut (``…三是嚴厲打擊農(nó`` / ``ng)村…``) filled the printed width as any other: its
  break is joined (the gloss the view reads past was not counted in the line's width, the
  line looked short, and the heading was cut to ``加強鄉``, ``嚴厲打擊農``).

A heading on one line reads as before. Snippets in our own words; the departments and
numbers are invented.
"""

from __future__ import annotations

import unicodedata

import pytest

from replyparse import parse_text

PARAGRAPH = (
    "今年以來,我們圍繞提案開展了以下工作:一是加強鄉(xiāng)村道路巡查。組織人員對全縣"
    "鄉(xiāng)村道路逐條查看,共排查隱患12處,已整改完成10處;二是完善某某機(jī)制建設。"
    "每村配備勸導員一名,每月開展培訓一次,做到人員固定、職責明確;"
    "三是嚴厲打擊農(nóng)村地區(qū)重點交通違法行為。以集中整治和夜間巡查為抓手,"
    "持續加大對酒後駕駛、無證駕駛等行為的查處力度;四是加強農(nóng)村地區(qū)宣傳。"
    "深入村組發放資料3000份,開展宣傳活動20場次。"
)
HEAD = "王某委員:\n你提出的關於加強某某交通管理的提案收悉,現答復如下:\n"
TAIL = "\n感謝你對我們工作的關心和支持。\n某縣公安局交警大隊\n2021年9月10日\n"
EXPECTED = [
    "加強鄉(xiāng)村道路巡查",
    "完善某某機(jī)制建設",
    "嚴厲打擊農(nóng)村地區(qū)重點交通違法行為",
    "加強農(nóng)村地區(qū)宣傳",
]


def _cols(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WFA" else 1


def _printed(text: str, width: int) -> str:
    """``text`` broken where the next character would pass ``width`` columns."""
    rows, row, used = [], "", 0
    for ch in text:
        if used + _cols(ch) > width:
            rows.append(row)
            row, used = "", 0
        row += ch
        used += _cols(ch)
    return "\n".join([*rows, row])


def _headings(text: str) -> list[str]:
    return [s.heading for s in parse_text(text).sections]


@pytest.mark.parametrize("width", [48, 50, 52, 54, 58, 60, 62, 64])
def test_a_heading_printed_over_two_lines_keeps_its_glosses(width: int) -> None:
    printed = _printed(PARAGRAPH, width)
    third = printed[printed.index("三是") :]
    # (the premise: the third heading is broken by a printed line's end)
    assert "\n" in third[: third.index("行為")]
    assert _headings(HEAD + printed + TAIL) == EXPECTED


def test_the_tidy_letter_reads_as_before() -> None:
    assert _headings(HEAD + PARAGRAPH + TAIL) == EXPECTED
