"""A page flattened with nothing between its lines: the page's heading (the letter's title with
its authority), the page's cells and its tools (``发布时间：… 来源：… 【字体： 打印``, dropped as
chrome), then the letter's own head, its authority's name damaged (its 局 lost) and glued
before the title whose numerals a copy lost (``某县城市管理关于对某县第届…会议41号建议的答复``).
The tool's word after the font tool's label is the page's though no whole authority follows
it, and the heading is a line of its own, so the letter's title is its own line, not the
heading, the tool and the title run together (an earlier round read all three as one title,
dev170/012 glued). The damaged name stays on the title, as a glued copy gives no sign where
the letter broke it from the title (flat55). Snippets invented.
"""

from __future__ import annotations

from replyparse import parse_text

HEADING = "某县城市管理局关于对某县第三届人民代表大会第二次会议第41号建议的答复"
CELLS = "发布时间:2099-08-13 10:06 来源:城管局 【字体: 打印"
BODY = (
    "王某代表:你提出的关于增设东关街路灯的建议收悉,现答复如下:一是我局组织人员逐条街巷走访,"
    "东关街、西坝巷的旧灯已于今春换成节能灯。局里还会在道路翻修时一并检查灯具,做到修一条路、"
    "亮一条街。二是北门巷一带仍有几处暗段,已报入来年的维修清单,待资金到位后动工。"
    "感谢您对我局工作的支持。某县城市管理局2099516"
)


def test_heading_tool_and_damaged_head_apart() -> None:
    letter = parse_text(
        HEADING + CELLS + "某县城市管理关于对某县第届人民代表大会第次会议41号建议的答复" + BODY
    )
    assert letter.title == "某县城市管理关于对某县第届人民代表大会第次会议41号建议的答复"
    assert letter.proposal is not None
    assert letter.proposal.session == "某县第届人民代表大会第次会议"


def test_whole_name_unchanged() -> None:
    # a whole authority's name after the tool: read as before (the tool cut, the name the
    # header's under a heading that writes it)
    letter = parse_text(
        HEADING + CELLS + "某县城市管理局关于对某县第届人民代表大会第次会议41号建议的答复" + BODY
    )
    assert letter.title == "关于对某县第届人民代表大会第次会议41号建议的答复"


def test_tool_word_of_a_name_kept() -> None:
    # a name that opens with a tool's word, with no tool of the page before it, is the title's
    letter = parse_text(
        "收藏品市场管理处关于对某县第三届人民代表大会第二次会议第41号建议的答复\n" + BODY
    )
    assert letter.title == "收藏品市场管理处关于对某县第三届人民代表大会第二次会议第41号建议的答复"
