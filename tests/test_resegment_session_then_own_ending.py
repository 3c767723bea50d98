"""A flattened head where a title ending (…建议的答复) is followed by a session and then the
items and a reply ending of a title's own (…第二次会议代表建议的答复): that is a title written
again, naming its session, not a listing's session cell; the session is not cut off from
the words after it. A listing's session cell alone (…会议 7 建议人：…) still ends the title.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

REST = "赵某代表：您提出的建议收悉，现答复如下：已安排维修。辛区住建局 2099年9月8日"


def _title(text: str) -> str | None:
    return parse_text(text, keywords=False).title


@pytest.mark.parametrize(
    "again",
    [
        "辛区第八届人民代表大会第四次会议代表建议的答复",
        "辛区政协第五届委员会第二次会议委员提案的答复",
    ],
)
def test_session_going_on_to_its_own_ending_is_no_cell(again: str) -> None:
    title = "关于修缮某小区围墙建议的答复"
    got = _title(title + again + REST)
    assert got is not None and got.endswith(again), got


def test_session_cell_alone_still_ends_the_title() -> None:
    text = "关于修缮某小区围墙建议的答复 辛区第八届人民代表大会第四次会议 7 建议人：赵某 " + REST
    assert _title(text) == "关于修缮某小区围墙建议的答复"
