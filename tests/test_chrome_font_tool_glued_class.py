"""A page flattened with nothing between its lines whose font tool lost its sizes, the
letter's class mark glued right after the tool's label (``【字体:A类)某建议字〔2031〕7号…``):
the tool is the page's, the mark the letter's handling type, as where the copy kept its
lines (fix102, dev102/014 glued)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = [
    "索引号: abc-2031-00007 发布机构: 青岚市水务局",
    "发布时间:2031-04-02 09:10:11 【字体:",
    "A类)",
    "青水建字〔2031〕7号",
]
LETTER = [
    "关于对青岚市某届人大某次会议第88号建议的答复",
    "王小川代表:",
    "您提出的关于加固河堤的建议收悉。现答复如下:",
    "我局已将河堤加固列入今年计划,汛期前完成主体工程。",
    "一是对险工险段逐段排查,建立台账,明确责任人和完成时限,确保汛前全部整改到位。",
    "二是加强日常巡查,发现渗漏和塌岸及时处置,并在汛期安排专人值守,保障沿岸群众安全。",
    "感谢您对水务工作的关心和支持。",
    "青岚市水务局",
    "2031年4月1日",
]


@pytest.mark.parametrize("joiner", ["\n", " ", ""])
def test_class_mark_after_the_font_tools_label(joiner: str) -> None:
    letter = parse_text(joiner.join([*HEAD, *LETTER]), keywords=False)
    assert letter.handling_type == "A"
    assert letter.title == LETTER[0]
