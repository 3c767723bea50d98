"""A 办理单's rows above the reply parted by blank lines (a page that leaves a paragraph's
gap after each row: ``建议号：`` / ``提案人：`` / ``内 容：`` / the proposal's text /
``交办日期：`` / ``办理情况``) are the proposal's record all the same: its 交办日期 and the
money its text asks for are none of the letter's, as with the rows one under another. A
form with no row of the proposal's text keeps its dates. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

ROWS = [
    "建议号：第37号",
    "提案人：周某",
    "内 容：",
    "某村道路年久失修，雨天积水严重，建议安排资金30万元予以硬化。",
    "承办单位：交通局",
    "交办日期：2023年2月20日",
    "反馈时间：",
    "办理情况",
]
REPLY = [
    "某县交通运输局关于县某届人大某次会议第37号建议的答复函",
    "周某代表：",
    "    您提出的关于硬化某村道路的建议收悉。现答复如下：",
    "    我局已将该路段列入年度计划。",
    "    感谢您的关心和支持。",
    "某县交通运输局",
    "2023年6月8日",
]


@pytest.mark.parametrize(
    "gap", ["\n", "\n\n", "\n\n\n", "\n  \n"], ids=["none", "one", "two", "blank"]
)
def test_rows_apart_are_the_record(gap: str) -> None:
    text = gap.join(ROWS) + gap + gap.join(REPLY) + "\n"
    record = parse_text(text)
    assert [d.text for d in record.dates] == ["2023年6月8日"]
    assert record.amounts == []
    assert record.signature.date == "2023-06-08"
    assert record.title == REPLY[0]
    assert span_problems(record) == []


def test_a_form_with_no_row_of_the_text_keeps_its_dates_apart_too() -> None:
    rows = [row for row in ROWS if not row.startswith(("内 容", "某村"))]
    text = "\n\n".join(rows) + "\n\n" + "\n\n".join(REPLY) + "\n"
    record = parse_text(text)
    assert "2023年2月20日" in [d.text for d in record.dates]


def test_rows_apart_with_no_handling_row_over_the_title_keep_their_dates() -> None:
    # the record ends with its handling row right over the reply; without it the rows
    # are the header's, their dates the letter's as before
    rows = ROWS[:-2]
    text = "\n\n".join(rows) + "\n\n" + "\n\n".join(REPLY) + "\n"
    record = parse_text(text)
    assert "2023年2月20日" in [d.text for d in record.dates]
