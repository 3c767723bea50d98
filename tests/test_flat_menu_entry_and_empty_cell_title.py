"""A page's head flattened onto one line (fix113): the disclosure menu's 依申请公开 by another
of its entries is the page's, no publication mark and no title's words, a blank between
the pieces or none; a cell left empty with a title answering with 对 after its authority
glued to it is cut from it; 答复文书 ends a title. Pages, names and codes invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

MENU = [
    "长者模式",
    "无障碍浏览",
    "甲山县人民政府 www.example.gov.cn",
    "政府信息公开",
    "政府信息公开指南",
    "政府信息公开制度",
    "依申请公开",
    "索引号: 000000000-203105-000001 主题分类: 建议提案办理",
    "发布机构:  甲山县人民政府 发布日期: 2031-05-21 16:48",
    "名 称: 关于对县九届人大二次会议第8号建议的答复",
    "文号: 关键字:",
    "关于对县九届人大二次会议第8号建议的答复",
    "发布时间:2031-05-21 16:48",
    "字号:[ ]",
    "尊敬的王某代表:",
    "你在县九届人大二次会议上提出的第8号建议已交我局研究办理,现答复如下:",
    "一、基本情况",
    "我局已完成便桥的安全评估。",
]
CELL = (
    "索引号: 00000000000000000X/2031-00001 组配分类: 委员提案公开方式: 主动公开 "
    "成文日期: 2031-05-13 发布机构: 甲山县某某局 失效日期有效性:甲山县某某局对县政协九届三次会议第12号提案《关于修缮某村便桥的建议》的答复"
    "发布时间:2031-05-13 09:30 浏览次数:尊敬的王某委员:您提出的“关于修缮某村便桥的建议”收悉,"
    "现答复如下:我局已组织研究。"
)


@pytest.mark.parametrize("glue", ["\n", " ", ""])
def test_menu_entry_is_the_page_s(glue: str) -> None:
    record = parse_text(glue.join(MENU), keywords=False)
    assert record.public is None
    assert record.title == "关于对县九届人大二次会议第8号建议的答复"


def test_empty_cell_before_a_title_answering_with_dui() -> None:
    record = parse_text(CELL, keywords=False)
    assert (
        record.title == "甲山县某某局对县政协九届三次会议第12号提案《关于修缮某村便桥的建议》的答复"
    )
    assert record.issuer == "甲山县某某局"
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.session) == ("12", "县政协九届三次会议")


# The authority's title answering with 对 holds a comma (its item's title in two clauses):
# after its authority's name, the reply's ending anywhere on in the piece is asked, not a
# run with no stop (which 对 alone asks: review63b, fix108's and fix113's patterns as one).
COMMA_CELL = (
    "索引号: 00000000000000000X/2031-00002 组配分类: 代表建议 成文日期: 2031-06-02 "
    "发布机构: 乙川区某某局 失效日期有效性:乙川区某某局对区八届人大一次会议第31号建议"
    "《关于拓宽某路，缓解早晚拥堵的建议》的答复发布时间:2031-06-02 10:05 浏览次数:"
    "尊敬的孙某代表:您提出的“关于拓宽某路，缓解早晚拥堵的建议”收悉,现答复如下:我局已组织研究。"
)


def test_empty_cell_before_a_dui_title_holding_a_comma() -> None:
    record = parse_text(COMMA_CELL, keywords=False)
    assert record.title == (
        "乙川区某某局对区八届人大一次会议第31号建议《关于拓宽某路，缓解早晚拥堵的建议》的答复"
    )
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.session) == ("31", "区八届人大一次会议")


@pytest.mark.parametrize("glue", ["\n", " ", ""])
def test_title_ending_in_dafu_wenshu(glue: str) -> None:
    text = glue.join(
        [
            "当前位置: 首页 > 建议提案结果公开 > 政协 > 正文",
            "县政协九届四次会议政协委员提案(第A类5号)答复文书",
            "来源: 甲山县某某大队  发布时间: 2031-09-11 13:19",
            "李德伟委员:",
            "您提出的《关于加强共享单车管理的建议》(第A5号)收悉,现答复如下:",
            "一、我局已将项目纳入规划。",
        ]
    )
    record = parse_text(text, keywords=False)
    assert record.title == "县政协九届四次会议政协委员提案(第A类5号)答复文书"
    assert [(a.name, a.role) for a in record.addressees] == [("李德伟", "委员")]
