"""A web table flattened one cell to a line, the reply in the cell of a label such as
问题答复 (``| 问题答复： | 王某代表：您提出的…``), under the question's own cell (问题内容):
the label is a form's, never the addressee nor the title, and the salutation, the number
and the session are read from the cell's value. So is a proposal database's record that
heads the reply with its kind before 答复 (``建议答复：`` / ``王某代表：``), short and flattened
with no page's chrome or on lines of its own (an earlier round read ``建议答复`` as a body
addressed). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

REPLY = (
    "王某代表： 您提出的区一届人大七次会议代表建议第104号“关于解决某路排水问题的建议”已收悉，"
    "现答复如下： 我局将对某路雨水管道进行排查。 非常感谢您的关心。"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"| 问题答复： | {REPLY}\n|\n", id="reply-cell"),
        pytest.param(f"问题答复：{REPLY}\n", id="reply-label-glued"),
        pytest.param(f"| 办理答复： | {REPLY}\n|\n", id="handling-reply-cell"),
        pytest.param(f"建议答复： {REPLY}\n", id="record-kind-reply-flattened"),
        pytest.param(f"建议答复：{REPLY}\n", id="record-kind-reply-glued"),
        pytest.param(
            f"提案答复：\n{REPLY.replace(' ', chr(10), 1)}\n", id="record-kind-reply-lines"
        ),
        pytest.param(
            f"| 标 题： | 关于解决某路排水问题的建议 |\n| 问题内容： | 某路积水。 建议：尽快落实。\n|\n"
            f"| 问题答复： | {REPLY}\n|\n继续访问\n",
            id="under-the-question-cell",
        ),
        pytest.param(
            f"| 问题内容： | 某路积水。\n| 答复内容： | {REPLY}\n|\n",
            id="known-reply-label-under-the-question-cell",
        ),
    ],
)
def test_the_reply_cells_label_is_no_addressee(text: str) -> None:
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title is None
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("104", "区一届人大七次会议")


def test_a_sentence_about_the_reply_keeps_its_salutation() -> None:
    letter = parse_text(f"关于第104号建议的答复\n{REPLY}\n某区水务局\n2024年5月6日\n")
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title == "关于第104号建议的答复"


def test_a_title_ending_in_the_kinds_reply_stays_the_title() -> None:
    # (建议答复 at a title line's end is the title's words, no record's label)
    text = f"对区一届人大七次会议第104号建议答复\n{REPLY}\n某区水务局\n2024年5月6日\n"
    letter = parse_text(text)
    assert letter.title == "对区一届人大七次会议第104号建议答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
