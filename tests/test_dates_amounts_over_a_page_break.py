"""A date or a sum a page's end broke, the page's number (``— 2 —``, ``- 3 -``, ``第4页``)
on the line between its parts, which the view drops: one date, one sum, as when the line
break alone parts them (``2024年5月`` / ``— 2 —`` / ``10日``, ``下达资金120`` / ``— 2 —`` /
``0万元``), text and span over the page's number. Near-miss: a blank line the letter has
parts a date (to the month). Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "某县教育局关于某事的答复\n\n王某代表：\n    您提出的建议收悉，现答复如下：\n"
    "    我局{body}\n    感谢您的关心。\n\n某县教育局\n2024年5月20日\n"
)

DATES = [
    pytest.param("于2024年5月\n— 2 —\n10日召开会议。", "2024年5月\n— 2 —\n10日", "2024-05-10",
                 id="after-month"),
    pytest.param("于2024年\n- 3 -\n6月1日复查。", "2024年\n- 3 -\n6月1日", "2024-06-01",
                 id="after-year"),
    pytest.param("于2024年7\n第4页\n月2日验收。", "2024年7\n第4页\n月2日", "2024-07-02",
                 id="month-figure"),
    pytest.param("于2024年5月\n\n10日召开。", "2024年5月", "2024-05", id="blank-line-no-page"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "text", "value"), DATES)
def test_a_date_over_a_page_break(body: str, text: str, value: str) -> None:
    record = parse_text(LETTER.format(body=body), keywords=False)
    assert next((d.text, d.value) for d in record.dates if not d.inferred) == (text, value)
    assert [d.value for d in record.dates if d.inferred] == []  # its day read once
    assert span_problems(record) == []


AMOUNTS = [
    pytest.param("下达资金120\n— 2 —\n0万元。", [("120\n— 2 —\n0万元", 12_000_000)], id="figure"),
    pytest.param("补助资金3\n- 3 -\n万元。", [("3\n- 3 -\n万元", 30_000)], id="unit"),
]


@pytest.mark.parametrize(("body", "expected"), AMOUNTS)
def test_a_sum_over_a_page_break(body: str, expected: list[tuple[str, int]]) -> None:
    record = parse_text(LETTER.format(body=body), keywords=False)
    assert [(a.text, a.value) for a in record.amounts] == expected
    assert span_problems(record) == []
