"""A seal's or a signature's slot among the head's labels (``单位负责人盖章：``, ``领导签字：``,
its colon and nothing after it, the seal an image the copy lost) over the letter's title:
the slot holds no words, so the title under it is the title, in a copy flattened with
blanks (the label after its own few words, ``单位``, opens its piece as on its own line) and
in one glued with nothing between (the title glued after the colon). An earlier round read
the title as the slot's value and gave the letter no title (head73). Snippets invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.letter_parts import compose
from snippets import COPIES

TITLE = "甲山县交通局关于王某代表建议的答复"
REST = "王某代表：\n您提出的关于治理河道的建议收悉，现答复如下：\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"

SLOTS = [
    pytest.param("单位负责人盖章：", id="unit-leader-seal"),
    pytest.param("负责人盖章：", id="leader-seal"),
    pytest.param("领导签字：", id="leader-signs"),
    pytest.param("单位盖章：", id="unit-seal"),  # (tail75: no head label before)
    pytest.param("单位签章：", id="unit-signed-seal"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("slot", SLOTS)
def test_title_under_a_seal_slot(slot: str, flatten: Callable[[str], str]) -> None:
    text = "\n".join(["签发人：李小明", slot, TITLE]) + "\n" + REST
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "王某代表："
    assert letter.issuer == "甲山县交通局"


# A label whose value is words keeps them (签发人：王某 over the title), flattened too.
@pytest.mark.parametrize("flatten", COPIES)
def test_signer_over_title_unchanged(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join(["签发人：李小明", TITLE]) + "\n" + REST), keywords=False)
    assert letter.title == TITLE


# The slot's whole label glued after the signer's name (签发人：王某单位负责人盖章：): 单位
# is the slot's word, the name ends before it; the head's marks read as on lines. (tail75)
# The unit's own slot, 单位盖章： or 单位签章：, is a head label too: an earlier round read no
# label there, so the glued name swallowed it (签发人：王某单位盖章：…) and a blank copy's title
# opened with it.
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "slot", ["单位负责人盖章：", "单位负责人签章：", "单位盖章：", "单位签章："]
)
def test_whole_slot_label_glued_after_the_signer(slot: str, flatten: Callable[[str], str]) -> None:
    text = "\n".join(["签发人：王某", slot, TITLE]) + "\n" + REST
    letter = parse_text(flatten(text), keywords=False)
    assert compose(letter).marks == ("签发人：王某", slot)
    assert letter.title == TITLE
    assert letter.issuer == "甲山县交通局"


# (mend75b) The unit's slot with the words of a unit's label before its 单位 (答复单位盖章：,
# 承办单位签章：) over the title is one label, the slot's: the title under it, glued to its
# colon too, is the title (tail75's round cut the glued copy before 单位盖章 and read the
# label's words, 答复, as the title; the blank copy read the label into it).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("slot", ["答复单位盖章：", "承办单位签章：", "回复单位盖章："])
def test_title_under_a_unit_labels_seal_slot(slot: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(slot + "\n" + TITLE + "\n" + REST), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "王某代表："
