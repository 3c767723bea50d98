"""Two items answered together in the opening, each with its number and quoted title
(``第4号提案《关于A的建议》和第5号提案《关于B的建议》已收悉``, or ``《…》、《…》收悉``): the
first named is the proposal, its title the proposal's (an earlier round took the last,
the one right before 收悉, and listed the first as a reference). One quoted title, or a
title asked before a later quote that is no item's, reads as before. Snippets in our own
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "县政府：\n"
_TAIL = "\n我局已安排资金。\n某县卫生局\n2015年9月17日\n"
_A, _B = "关于加强某村卫生室建设的建议", "关于设置某医院体检中心的建议"


@pytest.mark.parametrize(
    ("opening", "title", "number"),
    [
        pytest.param(
            f"县政协第八届委员会第4号提案《{_A}》和第5号提案《{_B}》已收悉，现答复如下：",
            _A,
            "4",
            id="numbered-and",
        ),
        pytest.param(f"您提出的《{_A}》、《{_B}》收悉，现答复如下：", _A, None, id="listed"),
        pytest.param(f"县政协第4号提案《{_A}》已收悉，现答复如下：", _A, "4", id="one-title"),
    ],
)
def test_the_first_named_item_is_the_proposal(opening: str, title: str, number: str | None) -> None:
    letter = parse_text(_HEAD + opening + _TAIL, keywords=False)
    assert letter.proposal.title == title
    assert letter.proposal.number == number
