"""A site's search box's options, each a label its choices follow on the page (``搜索位置：
标题 全文``, ``匹配度：精确 模糊``, ``排序：按时间``), left empty where a copy lost the choices'
buttons, over the crumb of a page that carries a reply: the page's chrome, never the
letter's salutation nor a part of its title (dev129: ``搜索位置：`` read as the addressee hid
the title, the proposal and the salutation; flattened, the options and the crumb glued to the
title). The letter's 发文字号 under the title, whole but for its 号 a blank set apart or with
its 字-code's brackets both lost (``某农议字203157``, year 2031, serial 57 as record.md reads
it), ends the page's cells before it and stays the letter's, lined, spaced and glued.
Snippets in our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

TITLE = "对自治区九届人大二次会议第321号建议的答复"
REPLY = (
    "乌某某代表:\n\n"
    "您提出的《关于增建乡村冷链仓储设施的建议》收悉，现答复如下：\n"
    "近年来，我厅会同有关部门支持各地建设产地冷藏保鲜设施，累计安排资金850万元。\n"
    "下一步，我们将继续加大支持力度，推动冷链物流体系建设，切实解决农产品储运难题。\n"
    "感谢您对农牧工作的关心和支持。\n"
)
PAGE = (
    "信息公开\n搜索位置:\n匹配度:\n排序:\n首页 > 政务服务 > 人大建议\n\n"
    f"{TITLE}\n\n发布时间:2031-09-30 17:10\n分享到:\n\n{{number}}\n\n{REPLY}"
)
NUMBERS = [
    pytest.param("某农议字203157", "某农议字203157", (2031, 57), id="zi-code-brackets-lost"),
    pytest.param("某农议字〔2031〕57 号", "某农议字〔2031〕57 号", (2031, 57), id="hao-set-apart"),
]
COPIES = [
    pytest.param(lambda text: text, id="lined"),
    pytest.param(spaced, id="spaced"),
    pytest.param(glued, id="glued"),
]


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize(("number", "text", "parts"), NUMBERS)
def test_search_options_over_the_crumb_are_the_pages(
    copy, number: str, text: str, parts: tuple[int, int]
) -> None:
    record = parse_text(copy(PAGE.format(number=number)), keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("乌某某", "代表")]
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.session) == ("321", "自治区九届人大二次会议")
    assert record.doc_number is not None
    assert record.doc_number.text == text
    assert (record.doc_number.year, record.doc_number.serial) == parts
    assert span_problems(record) == []


@pytest.mark.parametrize("option", ["搜索位置：", "匹配度：", "排序："])
def test_an_option_alone_over_the_title_is_no_salutation(option: str) -> None:
    record = parse_text(f"首页 > 建议提案办理\n{option}\n{TITLE}\n{REPLY}", keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("乌某某", "代表")]
