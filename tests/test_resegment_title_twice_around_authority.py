"""A reply's page flattened onto one line with nothing between its lines: the page's
heading, then the letter's authority, then its title written again, the same words, all
glued before the salutation (``关于…的函某县政府办公室关于…的函王某代表：``). Each is a
line of its own: the authority is no part of the title. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text

_TITLE = "关于对县十届人民代表大会第二次会议第8号建议答复的函"
_BODY = (
    "王明代表：您提出的《关于改造某街排水管网的建议》收悉，现答复如下："
    + "某街排水管网建设年代久远，县政府已将其列入明年改造计划，分段实施雨污分流。" * 4
    + "感谢您对县政府工作的关心和支持。某县人民政府办公室2019年11月8日"
)

_PAGE = (
    f"当前位置:首页 公示公告 > {_TITLE}发布时间:2018-06-02 来源:某县住建局 点击量:10 "
    "[ 字体: ] 打印 分享:"
)


def test_heading_authority_and_title_again_glued() -> None:
    text = _PAGE + _TITLE + "某县人民政府办公室" + _TITLE + _BODY
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表")]


def test_authority_before_a_different_title_is_left_alone() -> None:
    # (must-not-match: two different titles around a name are no heading written again)
    other = "关于对县十届人民代表大会第二次会议第9号建议答复的函"
    text = _PAGE + _TITLE + "某县人民政府办公室" + other + _BODY
    before = parse_text(text)
    assert before.title != _TITLE + "某县人民政府办公室" + _TITLE
