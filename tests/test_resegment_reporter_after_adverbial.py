"""A letter flattened onto one line: an item that is one sentence, its subject a body named
by its place and kind after an adverbial (``近年来全市各交通局积极…``, ``今年以来县水务局
积极…``, ``在上级支持下县水务局积极…``) keeps its words; the body's name ends no heading
there. The words before a body reporting end a heading only when they can be one (a topic
or an action: ``压实部门管护责任县水务局积极…``).
"""

from __future__ import annotations

import pytest

from snippets import glued, section_headings

HEAD = "戊县水务局关于县人大五届二次会议第6号建议的答复\n赵某某代表：\n您提出的建议收悉，现答复如下：\n"
TAIL = "感谢您对水务工作的关心。\n戊县水务局\n2099年5月6日\n"


@pytest.mark.parametrize(
    "item",
    [
        "近年来全市各级水务局积极推进小型水库除险加固，成效明显。",  # 全市: the scope
        "经调查核实全县水务局积极整改，已完成清淤。",  # 经调查: an opening word
        "今年以来县水务局积极争取上级资金，完成渠道改造三公里。",  # a time
        "经过多方协调市水务局积极支持，已下拨专项资金。",  # 经过…
        "在上级部门的支持下县水务局积极推进灌区改造，现已完工。",  # …下: a condition
        "压实工作责任，在各方支持下县水务局积极推进清淤。",  # the second clause a condition
    ],
)
def test_sentence_item_keeps_its_words(item: str) -> None:
    tidy = HEAD + "一、" + item + "\n二、下一步将继续加强管理。\n" + TAIL
    assert section_headings(glued(tidy)) == section_headings(tidy)


def test_heading_before_a_body_reporting_still_ends() -> None:
    tidy = HEAD + "一、压实部门管护责任\n县水务局积极推进清淤，已完成三处。\n" + TAIL
    assert section_headings(glued(tidy)) == ["压实部门管护责任"]
