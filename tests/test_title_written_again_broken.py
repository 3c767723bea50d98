"""A page's heading (the title as the site lists it, a year and the proposal's quoted title
in it) over the letter's own title broken over lines after its session (对县某届某次会议 /
第N号建议答复), the salutation under it with or without its colon: the letter's title is the
later one, whole, the heading header; its session line opens the title (a title's opening,
对 or 关于, is no listing's cell), and a salutation without its colon right under it is read.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEADING = "2023年桐溪县九届人大二次会议《关于修缮东街排水沟的建议》（31号）的答复\n"
_TITLE_LINES = "        对县九届人大二次会议\n\n         第31号建议答复\n\n"
_BODY = """您提出的《关于修缮东街排水沟的建议》收悉，现将办理情况答复如下：
我局已将该排水沟列入维修计划。
桐溪县住房和城乡建设局
2023年8月26日
"""


@pytest.mark.parametrize(
    "salutation",
    [
        pytest.param("王某代表\n\n", id="salutation-without-colon"),
        pytest.param("王某代表：\n\n", id="salutation-with-colon"),
    ],
)
def test_the_letter_title_under_the_heading(salutation: str) -> None:
    letter = parse_text(_HEADING + _TITLE_LINES + salutation + _BODY)
    assert letter.title == "对县九届人大二次会议第31号建议答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.proposal is not None
    assert letter.proposal.session == "县九届人大二次会议"
    assert letter.proposal.number == "31"


def test_a_proposal_note_under_the_title_is_no_second_title() -> None:
    # the proposal's own title broken under the reply's title ends with no reply's word
    text = (
        "关于县九届人大二次会议第31号建议的答复\n关于修缮东街\n排水沟的建议\n王某代表：\n" + _BODY
    )
    letter = parse_text(text)
    assert letter.title is not None
    assert letter.title.startswith("关于县九届人大二次会议第31号建议的答复")
