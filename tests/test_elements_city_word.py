"""The words that end with a level's character and name no place (城市, 城区, 城乡, 城镇,
社区) are one concept, named once (:data:`replyparse.elements.CITY_WORD`): a section
after its authority on the signer's line that opens with one is that authority's part (one
name, not a second signer), and no level of government opens a name at their last
character. Snippets are invented.
"""

from __future__ import annotations

import re

import pytest

from replyparse import parse_text
from replyparse.closing import one_unit_apart
from replyparse.elements import CITY_WORD, LEVELS

BODY = "钱某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已列入计划。\n"


def test_each_word_ends_with_a_level() -> None:
    words = CITY_WORD.split("|")
    assert words == sorted(set(words), key=words.index)
    assert all(len(word) == 2 and word[-1] in LEVELS for word in words)
    assert re.fullmatch(rf"(?:{CITY_WORD})", "社区")


@pytest.mark.parametrize("section", ["城市管理科", "城乡规划股", "社区警务室", "城区办事处"])
def test_a_section_opening_with_one_is_one_unit(section: str) -> None:
    assert one_unit_apart(section)
    letter = parse_text(BODY + "甲县住房和城乡建设局 " + section + "\n2022年8月9日\n")
    assert letter.signature.issuer == "甲县住房和城乡建设局" + section


@pytest.mark.parametrize("second", ["乙县财政局", "市政工程处", "县城管理站"])
def test_other_names_are_not_read_so(second: str) -> None:
    assert not one_unit_apart(second)
