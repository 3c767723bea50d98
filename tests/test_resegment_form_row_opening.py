"""A 办理单's last row whose value is the reply's opening itself, a letter with no
salutation (``办理结果：您好，你提出的…收悉，现答复如下：``), on a line of its own or glued
after the title or the form's other rows in a flattened copy: the label is the form's, the
opening the body's, so the proposal is read off it. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县九届人大二次会议第8号建议的答复"
OPENING = "你提出的关于修缮村口石桥的建议收悉，现答复如下："
BODY = "我局已派人查看，石桥列入今年的维修计划。感谢你对交通工作的关心和支持。"
SIGNED = "青石县交通运输局 2099年6月3日"


@pytest.mark.parametrize("greeting", ["", "您好，", "你好！"])
@pytest.mark.parametrize(
    ("layout", "title"),
    [
        pytest.param("{t}\n办理结果：{o}\n{b}\n{s}\n", TITLE, id="row-on-its-line"),
        pytest.param("{t}办理结果：{o}{b}{s}", TITLE, id="glued-after-the-title"),
        pytest.param("办理类型：B类 建议编号：第8号 答复内容：{o}{b}{s}", None, id="flat-form"),
    ],
)
def test_opening_in_the_forms_last_row(greeting: str, layout: str, title: str | None) -> None:
    text = layout.format(t=TITLE, o=greeting + OPENING, b=BODY, s=SIGNED)
    letter = parse_text(text, keywords=False)
    assert letter.title == title
    assert letter.proposal is not None
    assert letter.proposal.title == "关于修缮村口石桥的建议"


# Must not match: a row's value that speaks to nobody (办理结果：已解决) stays the row's
def test_value_that_is_no_opening() -> None:
    text = f"{TITLE}\n办理结果：已列入计划\n{OPENING}\n{BODY}\n{SIGNED}\n"
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert letter.proposal.title == "关于修缮村口石桥的建议"
