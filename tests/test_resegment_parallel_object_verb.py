"""A letter flattened onto one line whose list has headings of one length (一、基本情况
二、采取措施) and then an item that is a sentence with no sentence character in its first
words (三、持续加大投入力度，…): the list's length would end a heading on a verb of degree
or an adverb (持续加大, 全力做好, 切实加强), whose object follows it. No heading ends so: the
item's words stay whole, as in the tidy letter. An item whose words may be a heading of
that length still gets one.
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = "庚县交通运输局关于县人大六届一次会议第19号建议的答复\n吴某代表：\n您提出的建议收悉，现答复如下：\n"
LIST = "一、基本情况\n全县共有农村公路一千公里。\n二、采取措施\n今年组织养护队伍修补重点路段。\n"
TAIL = "感谢您对公路养护的关心。\n庚县交通运输局\n2099年4月5日\n"


@pytest.mark.parametrize(
    "item",
    [
        "持续加大投入力度，争取上级资金支持，逐步改善路况。",
        "全力做好汛期管护，及时清理塌方，保障群众出行。",
        "切实加强日常巡查，发现病害及时修补，防止路面破损扩大。",
    ],
)
def test_sentence_item_keeps_its_words(item: str) -> None:
    tidy = HEAD + LIST + "三、" + item + "\n" + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("下步计划", "明年再改造乡道五十公里，分批实施。"),
        ("取得成果", "路况明显好转，群众出行更加便利。"),
    ],
)
def test_item_that_may_be_a_heading_still_gets_one(heading: str, paragraph: str) -> None:
    flat = glued(HEAD + LIST + "三、" + heading + "\n" + paragraph + "\n" + TAIL)
    assert section_headings(flat) == ["基本情况", "采取措施", heading]
