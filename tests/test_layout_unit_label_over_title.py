"""The label of the unit that answers, with its unit, on the line over the title
(``答复单位：某局``, ``回复部门：…``, ``办复单位：…``, as ``承办单位：…`` already read): a
header's labelled row, never the title's first words (the title read as the row glued to
it). Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import REPLY_UNDER_TITLE
from spans import span_problems

TITLE = "关于完善梅岭乡灌溉渠的建议的答复"
SIGNED = "某县水务局\n2099年5月12日\n"


@pytest.mark.parametrize("label", ["答复单位", "答复部门", "回复单位", "办复单位", "承办单位"])
def test_a_unit_label_over_the_title_is_no_part_of_it(label: str) -> None:
    letter = parse_text(f"{label}：某县水务局\n{TITLE}\n" + REPLY_UNDER_TITLE + SIGNED)
    assert letter.title == TITLE
    assert letter.signature.issuer == "某县水务局"
    assert span_problems(letter) == []


@pytest.mark.parametrize("words", ["答复部门", "回复单位", "办复部门"])
def test_a_body_sentence_opening_with_the_words_keeps_its_section(words: str) -> None:
    """The answering unit's words open a sentence of the body's last section, glued to
    what it says (``答复部门将继续跟踪…``): no label without its colon or a gap, so the
    sentence stays the section's, not the closing's."""
    sentence = f"{words}将继续跟踪渠道修缮进展，确保按期完成。"
    letter = parse_text(
        f"{TITLE}\n李某代表：\n您提出的建议收悉，现答复如下：\n一、基本情况\n"
        f"该项目正在争取资金。\n二、下一步工作\n{sentence}\n" + SIGNED
    )
    assert letter.sections[-1].text.endswith(sentence)
    assert letter.signature.issuer == "某县水务局"


@pytest.mark.parametrize("label", ["答复单位:", "回复部门 ", "办复单位　　"])
def test_a_unit_label_with_a_half_width_colon_or_a_gap_is_still_one(label: str) -> None:
    """Labels only with their colon or a gap, they still read with the colon a copy typed
    half-width or a gap in its place."""
    letter = parse_text(f"{label}某县水务局\n{TITLE}\n" + REPLY_UNDER_TITLE + SIGNED)
    assert letter.title == TITLE
    assert letter.signature.issuer == "某县水务局"
