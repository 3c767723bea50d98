"""The proposal's own title alone over the reply's whole title (``关于加强某某的提案`` /
``对…第123号提案的答复``, in its quotes or book-title marks or not, on one line or two) is
the item answered, no line of the title: the title is the reply's (an earlier round joined
them). ``proposal.title`` still reads it. A title broken after the proposal's kind
(``关于…的提案`` / ``的答复``) stays whole. So is a site's name of the item over it, its number
and the office handling it before 关于 (``政协123县某局关于加强某某的提案``, dev31). Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "\n王某委员：\n您提出的提案收悉。现答复如下：\n我局已安排专项资金。\n"
    "感谢您对我们工作的支持。\n\n某县交通运输局\n2021年6月18日\n"
)
_REPLY = "对县政协十届三次会议第123号提案的答复"


@pytest.mark.parametrize(
    ("over", "reply"),
    [
        pytest.param("关于加强农村道路管护的提案", _REPLY, id="plain"),
        pytest.param("《关于加强农村道路管护的提案》", _REPLY, id="book-title-marks"),
        pytest.param("关于加强农村道路\n管护的提案", _REPLY, id="broken-over-two-lines"),
        pytest.param(
            "关于加强农村道路管护的建议",
            "关于县十届人大三次会议第123号建议的答复",
            id="suggestion-guanyu-reply",
        ),
        pytest.param("某县交通运输局\n关于加强农村道路管护的提案", _REPLY, id="under-the-mark"),
        # a site's name of the item: its number and the office handling it before 关于
        pytest.param("政协123县交通运输局关于加强农村道路管护的提案", _REPLY, id="site-item-name"),
        pytest.param(
            "政协123县交通运输局关于加强农村道路管护的提案",
            "关于对县政协十届三次会议第123号提案的答复",
            id="site-item-name-guanyu-dui",
        ),
        pytest.param("县交通运输局关于加强农村道路管护的提案", _REPLY, id="office-before-guanyu"),
    ],
)
def test_the_proposals_title_over_the_reply_is_no_line_of_it(over: str, reply: str) -> None:
    letter = parse_text(f"{over}\n{reply}\n{_BODY}")
    assert letter.title == reply
    assert letter.proposal is not None
    assert letter.proposal.title == "关于加强农村道路管护的" + reply[-5:-3]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        pytest.param(
            "关于加强农村道路管护的提案\n的答复",
            "关于加强农村道路管护的提案的答复",
            id="broken-after-the-kind",
        ),
        pytest.param(
            "县交通运输局关于加强农村道路管护的提案\n的答复",
            "县交通运输局关于加强农村道路管护的提案的答复",
            id="office-before-guanyu-broken-after-the-kind",
        ),
        pytest.param(
            "关于县政协十届三次会议第123号提案\n的答复",
            "关于县政协十届三次会议第123号提案的答复",
            id="broken-after-the-number",
        ),
    ],
)
def test_a_title_broken_after_the_kind_stays_whole(lines: str, title: str) -> None:
    assert parse_text(f"{lines}\n{_BODY}").title == title
