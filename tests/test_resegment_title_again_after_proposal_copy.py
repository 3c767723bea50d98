"""A reply's page that shows the proposal's copy above the reply: the page's heading, the
proposal's title, its proposer, ``内容：``, its text and its date, then the reply's title
written again over the salutation. Flattened, all of it stands on the salutation's line;
the title again and the copy's date each open a line, so the title is read once (no crumb
or proposal's title glued to it) and the copy's date is no date of the reply. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import COPIES

_TITLE = "关于对县十届人大三次会议第12号代表建议的答复"
_COPY = (
    "关于甲山县老街路灯改造的建议\n提出人：王某\n内容：\n"
    "甲山县老街路灯年久失修，夜间照明不足，群众出行不便，建议尽快改造。\n2022年3月4日\n"
)
_REPLY = (
    "王某代表：\n您提出的《关于甲山县老街路灯改造的建议》收悉，现答复如下：\n"
    "我局已将老街路灯改造列入明年计划，分段实施。\n感谢您对我县工作的关心和支持。\n"
    "甲山县住房和城乡建设局\n2023年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_title_again_after_the_proposal_copy(flatten) -> None:
    text = flatten("办理\n" + _TITLE + "\n" + _COPY + _TITLE + "\n" + _REPLY)
    letter = parse_text(text, keywords=False)
    assert letter.title == _TITLE
    # (glued, the copy's rows open their lines too: 关于…的建议提出人：王某内容：…)
    assert "2022-03-04" not in [d.value for d in letter.dates]


def test_a_different_title_over_the_salutation_is_left_alone() -> None:
    # (must-not-match: the title once, no repeat: nothing of the copy is cut as a repeat)
    other = "关于对县十届人大三次会议第13号代表建议的答复"
    text = ("办理 " + _TITLE + " " + _COPY + other + " " + _REPLY).replace("\n", " ")
    letter = parse_text(text, keywords=False)
    assert letter.title != _TITLE
