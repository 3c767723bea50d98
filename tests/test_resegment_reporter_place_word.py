"""A letter flattened onto one line with nothing between its lines: a heading glued to its
paragraph ends where a body named by its place and kind opens a report of what it did. The
body's name may hold a place character inside a word that names no place (县市场监督管理局,
县住房和城乡建设局, 县城市管理局): the name opens at its own place character, 县, and the
heading keeps none of it. A tidy letter keeps its items; an item whose body is bound to the
word before it (全县市场…) stays one sentence.
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = "戊县人民政府办公室对县人大五届二次会议第7号建议的答复\n周某代表：\n您提出的建议收悉，现答复如下：\n"
TAIL = "感谢您对市场监管的关心。\n戊县人民政府办公室\n2099年3月4日\n"


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("强化日常巡查", "县市场监督管理局积极组织人员检查摊位，整治占道经营。"),
        ("完善设施配套", "县住房和城乡建设局积极筹措资金，改造排水管道。"),
        ("加强宣传引导", "县城市管理局积极发放宣传资料，引导商户规范经营。"),
        ("推动产业发展", "县乡村振兴局积极对接龙头企业，带动农户增收。"),
    ],
)
def test_heading_ends_before_the_body_whole(heading: str, paragraph: str) -> None:
    tidy = HEAD + "一、" + heading + "\n" + paragraph + "\n" + TAIL
    assert section_headings(tidy) == [heading]
    assert section_headings(glued(tidy)) == [heading]


def test_item_with_its_body_bound_to_the_place_stays_whole() -> None:
    item = "近年来全县市场监督管理局积极组织人员检查摊位，整治占道经营。"
    tidy = HEAD + "一、" + item + "\n我局已安排专人跟进。\n" + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)


def test_tidy_item_on_one_line_keeps_its_words() -> None:
    item = "强化日常巡查县市场监督管理局积极组织人员检查摊位，整治占道经营。"
    tidy = HEAD + "一、" + item + "\n" + TAIL
    assert section_headings(tidy) == [item.rstrip("。")]
