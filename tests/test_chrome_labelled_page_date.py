"""A page's date of publication under its own label other than 发布于 (发布日期, 发布时间,
更新时间), alone on its line, the figures glued to it, after a blank or in round brackets
where the cell's colon would stand (``发布日期（2025-04-11）``): the page's line, not a date
of the letter (a letter dates itself with 年月日 and never labels its date so). Before,
only the colon's form and 发布于's were chrome, and the bracketed one gave the record a
date. A letter's own dates, and words of its sentences that hold such a label, stay.
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = [
    "对市政协某届某次会议第0001号提案的会办意见",
    "{date}",
    "市某某局：",
    "王某委员提出的关于加强菜市场管理的提案收悉。经研究，现提出会办意见如下：",
    "我委将配合做好相关工作，2024年9月起开展专项检查。",
    "以上意见供参考。",
    "某市某某委员会",
    "来源：某市某某委员会",
]


@pytest.mark.parametrize(
    "line",
    [
        "发布日期（2025-04-11）",
        "发布日期(2025-04-11)",
        "发布日期 2025-04-11",
        "发布时间（2025-04-11 09:30）",
        "更新时间 2025.04.11",
        "发布日期：2025-04-11",
        "发布日期2025-04-11",  # (a flattened row's cell, its colon lost)
    ],
)
def test_a_labelled_page_date_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "发布日期（2025年4月11日）",  # (年月日: as a letter may write a date)
        "发布日期(2025-04-11",  # (a bracket left open: damage, not the page's cell)
        "我局于2025-04-11发布通知",
        "2025年4月11日",
        "文件发布日期（2025-04-11）前已完成",
    ],
)
def test_other_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_the_bracketed_page_date_gives_no_date() -> None:
    record = parse_text("\n".join(LETTER).format(date="发布日期（2025-04-11）") + "\n")
    assert [d.value for d in record.dates] == ["2024-09"]
    assert [a.name for a in record.addressees] == ["市某某局"]


def test_a_letter_without_the_page_line_keeps_its_dates() -> None:
    lines = [line for line in LETTER if line != "{date}"]
    record = parse_text("\n".join(lines) + "\n")
    assert [d.value for d in record.dates] == ["2024-09"]
