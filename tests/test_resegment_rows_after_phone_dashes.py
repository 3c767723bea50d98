"""The rows of a contact table a copy flattened onto the date's line (``…联系电话：0000-
5550123 黄某 0000-5550124``): the next row starts at the person's name after the phone
whatever dash the next phone's area code is written with (``−``, ``﹣``, ``—``, ``–``, as
the contacts read them all): each contact its own row, their spans apart. Snippets
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于市十六届人大三次会议第12号建议的答复\n王某代表：\n"
    "　　您提出的关于增设社区养老驿站的建议收悉，现答复如下：\n"
    "　　我局已将驿站建设列入年度计划。感谢您对民政工作的支持。"
    " 某市民政局 2024年6月1日 联系人：王某 联系电话：0000-5550123 黄某 "
)

DASHES = ["-", "−", "﹣", "—", "–", "‐"]


@pytest.mark.parametrize("dash", DASHES)
def test_the_next_row_starts_at_its_name(dash: str) -> None:
    record = parse_text(HEAD + "0000" + dash + "5550124\n")
    assert [(c.name, c.phone) for c in record.contacts] == [
        ("王某", "0000-5550123"),
        ("黄某", "0000-5550124"),
    ]
    first, second = (c.span for c in record.contacts)
    assert first is not None and second is not None
    assert first[1] <= second[0]
    assert (record.text or "")[second[0] : second[1]].startswith("黄某")
