"""A national committee's proposal numbered twice, its serial over all and its serial within
its class, the second in brackets between the first's 号 and the kind word
(``第00731号（农业水利类58号）提案``): the number is the first, the note no number of its own;
a title without the note reads as before. So does a note on how the item is handled
(``（重点督办）``, ``（主办）``) or its class alone there (contacts53).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "吴某某委员：\n\n"
    "您提出的《关于加强农田灌溉设施维护的提案》收悉。现答复如下：\n\n"
    "我部已会同有关部门安排专项资金，支持各地开展灌溉设施维修改造。"
    "下一步将继续完善管护机制。\n\n"
    "感谢您对我们工作的关心和支持。\n"
)


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("关于政协第九十届全国委员会第二次会议第00731号（农业水利类58号）提案答复的函", "00731"),
        ("关于政协第九十届全国委员会第二次会议第00731号(农业水利类第58号)提案答复的函", "00731"),
        ("关于政协第九十届全国委员会第二次会议第00731号提案答复的函", "00731"),
    ],
)
def test_number_before_class_count(title: str, number: str) -> None:
    letter = parse_text(title + "\n\n" + BODY, keywords=False)
    assert letter.proposal.number == number
    assert letter.proposal.kind == "提案"
    assert letter.proposal.session == "政协第九十届全国委员会第二次会议"
    assert letter.proposal.title == "关于加强农田灌溉设施维护的提案"


def test_note_in_opening_sentence() -> None:
    opening = "吴某某委员：\n\n您提出的第00731号（农业水利类58号）提案收悉。现答复如下：\n\n"
    letter = parse_text(opening + BODY.split("\n\n", 2)[2], keywords=False)
    assert letter.proposal.number == "00731"
    assert letter.proposal.kind == "提案"


# A note on how the item is handled, or its class alone, stands where the class's count
# does, between 号 and the kind word: the number is read all the same, the note no part of
# anything (contacts53; an earlier round read the kind word alone).
HANDLING_NOTES = [
    pytest.param("（重点督办）", id="key-supervised"),
    pytest.param("（主办）", id="lead-handler"),
    pytest.param("(会办)", id="joint-handler-half-width"),
    pytest.param("（已办结）", id="closed"),
    pytest.param("（重点）", id="key"),
    pytest.param("（农业水利类）", id="class-alone"),
    pytest.param("（主办、市长督办）", id="two-notes"),
    # (signers54: who presses for it before 督办 and 件 after it, or the class under a label)
    pytest.param("（市长督办件）", id="supervised-item"),
    pytest.param("（政协主席督办件）", id="supervised-by-a-chair"),
    pytest.param("（分类：重点）", id="class-under-its-label"),
    pytest.param("（类别：一般）", id="kind-under-its-label"),
]


@pytest.mark.parametrize("note", HANDLING_NOTES)
def test_number_before_handling_note_in_title(note: str) -> None:
    title = f"关于政协第九十届全国委员会第二次会议第00958号{note}提案答复的函"
    letter = parse_text(title + "\n\n" + BODY, keywords=False)
    assert (letter.proposal.number, letter.proposal.kind) == ("00958", "提案")
    assert letter.proposal.title == "关于加强农田灌溉设施维护的提案"


@pytest.mark.parametrize("note", HANDLING_NOTES)
def test_number_before_handling_note_in_opening(note: str) -> None:
    opening = f"吴某某委员：\n\n您提出的第00958号{note}提案收悉。现答复如下：\n\n"
    letter = parse_text(opening + BODY.split("\n\n", 2)[2], keywords=False)
    assert (letter.proposal.number, letter.proposal.kind) == ("00958", "提案")


def test_bracketed_words_that_are_no_note() -> None:
    # (a bracket after 号 that holds neither a class nor a handling note keeps the number
    # apart from the kind word)
    title = "关于第00958号（见附件二）提案答复的函"
    letter = parse_text(title + "\n\n" + BODY, keywords=False)
    assert letter.proposal.kind == "提案"
    assert letter.proposal.number is None


# A county's committee writes the class's count and the serial over all in one note before
# the kind word (``（社会类3号总第7号）提案``): the number is the one over all, 总's, as the
# class's count is none above (fix66); the class's count alone there gives none.
COUNTY_NOTES = [
    pytest.param("（社会类3号总第7号）", "7", id="class-then-total"),
    pytest.param("(社会类3号总第7号)", "7", id="half-width-brackets"),
    pytest.param("（社会类3号总7号）", "7", id="total-without-di"),
    pytest.param("（社会类3号）", None, id="class-count-alone"),
]


@pytest.mark.parametrize(("note", "number"), COUNTY_NOTES)
def test_total_after_class_count(note: str, number: str | None) -> None:
    title = f"关于对某县政协第九届第二次会议{note}提案的答复"
    letter = parse_text(title + "\n\n" + BODY, keywords=False)
    assert letter.proposal.number == number
    assert letter.proposal.kind == "提案"
    assert letter.proposal.session == "某县政协第九届第二次会议"
    assert letter.title == title
