"""Question marks a broken encoding left where a page's metadata row opened (its bullet or
blank): before the row's first label they are furniture, as a bullet is, and the row is
the page's cells, its dates none of the letter's (fix113). Inside a line they are read as
before. Rows, codes and dates invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

HEAD = (
    "{m}{m}索 引 号 : 0000-00021 主题分类: 综合政务\n"
    "{m}发布机构: 甲山县某某局 成文日期: 2031-04-26\n"
    "{m}发文字号: 发布日期: 2031-07-20\n\n"
    "关于修缮某村便桥的答复\n\n王某代表:\n  您提出的建议收悉。2031年3月我局已组织维修。\n"
)


@pytest.mark.parametrize("mark", ["", "?", "？"])
def test_rows_after_lost_marks_are_the_page_s(mark: str) -> None:
    record = parse_text(HEAD.format(m=mark))
    assert [d.text for d in record.dates] == ["2031年3月"]
    assert record.title == "关于修缮某村便桥的答复"


@pytest.mark.parametrize(
    "line",
    ["??索 引 号 : 0000-00021 主题分类: 综合政务", "?发布机构: 甲山县某某局 成文日期: 2031-04-26"],
)
def test_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


# A sentence of the letter whose words a lost mark parts before a label's words and colon:
# no page row, its dates the letter's (review63b: the line fix113's test asked held no
# label's colon, and no row could be read from it whatever the marks did).
LETTER_LINE = "我局已于2031年3月完成维修?发布日期: 2031年4月2日起恢复通行。"


def test_a_lost_mark_inside_a_line_opens_no_row() -> None:
    assert not is_chrome_line(LETTER_LINE)
    text = f"关于修缮某村便桥的答复\n\n王某代表:\n  您提出的建议收悉。{LETTER_LINE}\n"
    assert [d.text for d in parse_text(text).dates] == ["2031年3月", "2031年4月2日"]
