"""A letter flattened onto one line with nothing between its lines, whose list writes its
headings in parallel, all of one length (``一、基本情况 二、采取措施 三、巩固提升``): an
item whose heading no word ends (``四、立行立改加大宣传力度，…``) gets the heading its
siblings' length gives, where the words run that long with no punctuation and go on into a
clause of their own. A list whose found headings differ in length, an item whose words go
on with a word that continues the clause (``的``), and items that are sentences keep their
words whole; a tidy letter keeps its headings.
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = "丙县卫生健康局关于县政协五届二次会议第8号提案的答复\n钱某某委员：\n您提出的提案收悉，现答复如下：\n"
TAIL = "感谢您对卫生健康工作的关心。\n丙县卫生健康局\n2099年6月7日\n"


def _letter(items: list[tuple[str, str]]) -> str:
    body = "".join(f"{'一二三四五'[k]}、{h}\n{p}\n" for k, (h, p) in enumerate(items))
    return HEAD + body + TAIL


FIRST_TWO = [
    ("基本情况", "我县现有村卫生室四十二个，均已配备医生。"),
    ("采取措施", "下一步我局将增加巡诊次数，保障偏远村屯。"),
]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("巩固提升", "提升群众健康意识，减少常见病发生，群众满意度明显上升。"),
        ("立行立改", "加大村级卫生人员培训力度，提高服务能力。"),
    ],
)
def test_item_gets_its_siblings_heading_length(heading: str, paragraph: str) -> None:
    tidy = _letter([*FIRST_TWO, (heading, paragraph)])
    expected = ["基本情况", "采取措施", heading]
    assert section_headings(tidy) == expected
    assert section_headings(glued(tidy)) == expected


def test_headings_of_different_lengths_give_no_length() -> None:
    items = [
        ("基本情况", "我县现有村卫生室四十二个，均已配备医生。"),
        ("下一步工作打算", "我局将增加巡诊次数，保障偏远村屯。"),
        ("立行立改", "加大村级卫生人员培训力度，提高服务能力。"),
    ]
    flat = glued(_letter(items))
    assert section_headings(flat)[2].startswith("立行立改加大")


def test_words_that_go_on_keep_the_item_whole() -> None:
    tidy = _letter([*FIRST_TWO, ("加强宣传的力度", "提高群众知晓率，减少常见病发生。")])
    assert section_headings(glued(tidy))[2].startswith("加强宣传的力度提高")


def test_items_that_are_sentences_keep_their_words() -> None:
    items = [
        ("我局按照有关规定，已为各村卫生室配齐设备。", ""),
        ("县财政每年安排专项资金，保障村医补助。", ""),
        ("加大村级卫生人员培训力度，提高服务能力。", ""),
    ]
    tidy = HEAD + "".join(f"{'一二三'[k]}、{h}\n" for k, (h, _) in enumerate(items)) + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)
