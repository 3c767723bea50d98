"""A sentence that cites a number over the salutation, its frame's words glued after the
number with no comma (``按照甲政办〔2099〕5号文件要求`` / ``王某代表：``), flattened with blanks or
glued: the words after the number are the sentence's, no name's, so the salutation is the
names after the blank, or glued after the frame's closing word (要求, 精神, 规定, 部署,
安排), and the number a reference as on the kept lines (head75). An earlier round read
``文件要求`` as a deputy addressed and the cited number as the letter's own. Glued, words
after the frame's word are not told from names (``…5号精神办理王某代表：``). Snippets
invented (names made up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, spaced

TITLE = "关于加强乡村道路养护的建议的答复"
BODY = "您提出的建议收悉，现答复如下：\n一、已办理。\n感谢。\n甲山县交通运输局\n2099年6月1日\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "sentence",
    ["按照甲政办〔2099〕5号文件要求", "根据甲政办〔2099〕5号精神", "按照甲山县〔2099〕5号的规定"],
)
def test_cited_number_frame_over_the_names(sentence: str, flatten: Callable[[str], str]) -> None:
    text = TITLE + "\n" + sentence + "\n王某代表：\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == TITLE
    assert letter.doc_number is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


def test_words_after_the_frame_end_at_the_blank() -> None:
    text = TITLE + "\n根据甲政办〔2099〕5号精神办理\n王某代表：\n" + BODY
    letter = parse_text(spaced(text), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
def test_own_number_over_the_names_stays(flatten: Callable[[str], str]) -> None:
    # (near miss: the letter's own number, no verb of citing before it)
    text = "甲山县交通运输局\n甲交建〔2099〕9号\n" + TITLE + "\n王某代表：\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "甲交建〔2099〕9号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
