"""A PDF's running header that a page break set inside the closing: the title or the
authority's name (one of the letter's first two lines) repeated at the top of the next
page, next to the page's number, between the signature's date (or a label's line) and a
label's line (``办理结果：…``, ``联系人：…``). The view drops it as it drops a header
between two lines of the body, so the signature above it and the labels under it are
read. The same line over its date signs; one under a label that ends in its colon is that
label's value (snippets in our own words, invented units and numbers)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

HEADER = "甲县农业农村局"
TITLE = "关于县政协三次会议第21号提案的答复"
HEAD = f"{HEADER}\n{TITLE}\n甲县政协农业界别：\n贵界别提出的提案收悉，现答复如下：\n我局已落实。\n"
SIGNED = f"{HEADER}\n2024年5月10日\n"

# (the closing after the signature's date, a page break and the header inside it)
DROPPED = [
    pytest.param(f"— 1 —\n{TITLE}\n办理结果：B类\n联系人：赵某\n", id="title-date-label"),
    pytest.param(f"\n- 1 -\n\n{HEADER}\n\n办理结果：B类\n联系人：赵某\n", id="name-date-label"),
    pytest.param(f"办理结果：B类\n第1页 共2页\n{TITLE}\n联系人：赵某\n", id="between-labels"),
    pytest.param(f"办理结果：B类\n{TITLE}\n— 1 —\n联系人：赵某\n", id="over-the-page-number"),
]


@pytest.mark.parametrize("closing", DROPPED)
def test_running_header_in_closing_dropped(closing: str) -> None:
    text = HEAD + SIGNED + closing
    assert TextView(text).norm.count(TITLE) == 1
    assert TextView(text).norm.count(HEADER) == 2  # the head's and the signer's
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (HEADER, "2024-05-10")
    assert record.handling_type == "B"
    assert [c.name for c in record.contacts] == ["赵某"]
    assert record.title == TITLE
    assert span_problems(record) == []


# Near misses: with no page's number beside it the line stays; under a label ending in its
# colon it is the label's value; over the date it is the signer.
KEPT = [
    pytest.param(f"{HEADER}\n联系人：赵某\n", id="no-page-number"),
    pytest.param(f"联系单位：\n— 1 —\n{HEADER}\n联系人：赵某\n", id="label-value"),
    pytest.param(f"联系人：赵某\n— 1 —\n{HEADER}\n2024年6月1日\n", id="over-a-date"),
]


@pytest.mark.parametrize("closing", KEPT)
def test_line_in_closing_kept(closing: str) -> None:
    text = HEAD + SIGNED + closing
    assert TextView(text).norm.count(HEADER) == 3
