"""A letter flattened onto one line whose list has headings of one length (一、基本情况
二、存在问题) and then an item that is a sentence with no heading (三、我局将继续…,
三、下一步我局…, 三、请您放心…): the list's length gives that item no heading; its words
stay whole. An item whose words may be a heading of that length still gets one.
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = (
    "己县住建局关于县人大三届四次会议第15号建议的答复\n钱某代表：\n您提出的建议收悉，现答复如下：\n"
)
LIST = "一、总体情况\n全县现有老旧小区二十个。\n二、主要问题\n部分小区管网老化。\n"
TAIL = "感谢您对住建工作的关心。\n己县住建局\n2099年6月7日\n"


@pytest.mark.parametrize(
    "item",
    [
        "我局将继续推进管网改造，逐步完成更换。",
        "下一步我局将加大投入，确保按期完工。",
        "请您放心我们会持续跟进，及时反馈进展。",
        "县住建局积极争取上级资金，分批实施改造。",
    ],
)
def test_sentence_item_gets_no_parallel_heading(item: str) -> None:
    tidy = HEAD + LIST + "三、" + item + "\n" + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)


def test_item_that_may_be_a_heading_still_gets_one() -> None:
    flat = glued(HEAD + LIST + "三、改造计划\n明年改造小区五个，分批实施。\n" + TAIL)
    assert section_headings(flat) == ["总体情况", "主要问题", "改造计划"]


def test_heading_holding_a_noun_with_hui_still_gets_one() -> None:
    flat = glued(HEAD + LIST + "三、社会保障\n低保对象按月发放补助，分批复核。\n" + TAIL)
    assert section_headings(flat) == ["总体情况", "主要问题", "社会保障"]
