"""A page flattened onto one line: a button of the page's font tool (``打印``, ``分享``,
``收藏``) glued before the letter's own 发文字号 (``【字号：分享某函〔2099〕7号``, its closing
bracket lost or not) is no part of its issuer code."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

PAGE = (
    "关于区三届人大五次会议第12号建议会办意见的函\n"
    "2099-05-06 来源：戊区商务局【字号： {tool}{number}\n"
    "戊区商务局关于区三届人大五次会议第12号建议会办意见的函\n"
    "邹某代表：\n"
    "你提出的关于规范农贸市场管理的建议收悉，现答复如下：\n"
    "我局已会同市场监管部门完成全区农贸市场摊位整治。\n"
    "感谢你对商务工作的关心和支持。\n"
    "戊区商务局\n2099年5月2日\n"
)


@pytest.mark.parametrize("tool", ["打印", "分享", "收藏"])
@pytest.mark.parametrize(
    ("number", "code"), [("戊商函〔2099〕7号", "戊商函"), ("戊商议字〔20997", "戊商议字")]
)
def test_the_tool_opens_no_code(tool: str, number: str, code: str) -> None:
    letter = parse_text(glued(PAGE.format(tool=tool, number=number)), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.prefix == code
