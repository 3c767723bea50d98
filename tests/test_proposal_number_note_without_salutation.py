"""The item's number in a bracketed note after the title (``…的答复（2030年第77号）``), on
the title's line or on the line under it, is the title's note and gives the proposal's
number whether or not a salutation follows: a letter that opens its body with no one
addressed keeps it too (an earlier round read the note as the body's first line and lost
the number there). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于整修丙村灌溉渠的答复"
BODY = (
    "您提出的关于整修丙村灌溉渠的建议收悉。现答复如下：\n"
    "我局已将该渠列入今年维修计划。\n感谢您的关心。\n丙山县水利局\n2030年7月2日\n"
)


@pytest.mark.parametrize("note", ["（2030年第77号）", "（第77号）", "(2030年第77号)"])
@pytest.mark.parametrize("apart", ["", "\n"], ids=["glued", "under"])
@pytest.mark.parametrize("greeting", ["", "周某代表：\n"], ids=["none", "salutation"])
def test_the_title_s_number_note_gives_the_number(note: str, apart: str, greeting: str) -> None:
    record = parse_text(f"{TITLE}{apart}{note}\n{greeting}{BODY}")
    assert record.title == TITLE
    assert record.proposal is not None
    assert record.proposal.number == "77"
    assert record.signature.issuer == "丙山县水利局"
    assert span_problems(record) == []
