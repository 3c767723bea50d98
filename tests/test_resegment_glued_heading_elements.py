"""A head flattened with nothing between its lines: the page's heading, a whole reply's
title, glued to the letter's header elements (a class mark, a 发文字号, a label and its
value) and those glued to the letter's own title (``…的答复(B类)某函〔2024〕3号关于…的答复``).
The elements are lines of their own after the heading's ending, as where a blank parts
them: each feeds its field and the later title is the letter's. A title that holds a
reply's word inside it and no element after it (``关于答复函的意见的答复``) stays whole.
Snippets in our own words, invented names.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于县某届人大一次会议第5号建议的答复"
REST = "李某代表:您提出的建议收悉,现答复如下:已列入计划。某县水务局 2024年5月1日"


@pytest.mark.parametrize(
    ("between", "handling", "number"),
    [
        pytest.param("(B类)某水函〔2024〕3号", "B", "某水函〔2024〕3号", id="mark-and-number"),
        pytest.param("某水函〔2024〕3号", None, "某水函〔2024〕3号", id="number"),
        pytest.param("(B类)", "B", None, id="mark"),
        pytest.param("某水函〔2024〕3号 签发人:王某", None, "某水函〔2024〕3号", id="number-and-label"),
        pytest.param("（A类）某水复〔2024〕8号", "A", "某水复〔2024〕8号", id="wide-brackets"),
    ],
)  # fmt: skip
def test_the_elements_part_the_heading_from_the_title(
    between: str, handling: str | None, number: str | None
) -> None:
    letter = parse_text(TITLE + between + TITLE + REST)
    assert letter.title == TITLE
    assert letter.handling_type == handling
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(TITLE + REST, id="title-alone"),
        pytest.param("关于答复函的意见的答复" + REST, id="reply-word-inside"),
        pytest.param("关于某某复函办理情况的答复" + REST, id="kind-word-inside"),
    ],
)
def test_a_title_with_nothing_after_its_ending_stays_whole(text: str) -> None:
    letter = parse_text(text)
    assert letter.title == text[: text.index("李某")]


ENDED_OF = "关于县某届人大一次会议第5号建议答复的函"
"""A title ending in ``答复的函`` (…建议答复的函): a page's heading ends there as at …的答复
(dev131/002: an earlier round read no heading's end and glued the marks and the number's
code to it)."""


@pytest.mark.parametrize(
    ("between", "public"),
    [
        pytest.param("〔A类〕〔公开〕某水答复函〔2024〕3号", True, id="marks-bracketed"),
        pytest.param("(A类)某水答复函〔2024〕3号", None, id="mark"),
    ],
)
def test_a_heading_ending_in_its_letter_of_reply_parts_from_the_elements(
    between: str, public: bool | None
) -> None:
    letter = parse_text(ENDED_OF + between + ENDED_OF + REST)
    assert letter.title == ENDED_OF
    assert (letter.handling_type, letter.public) == ("A", public)
    assert letter.doc_number is not None and letter.doc_number.text == "某水答复函〔2024〕3号"
    assert span_problems(letter) == []
