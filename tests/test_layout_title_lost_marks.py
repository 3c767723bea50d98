"""A title holding a word's characters a copy could not write, marked in a run between two
hanzi (``??``, ``????``, full-width or not, ``□``, U+FFFD): a title kept as written, no
question it asks (it read no title: the view widens ``?`` to ``？``, which read as a
sentence's end). One ``?`` alone between hanzi is one lost character too where the line
ends as a reply's title does (left58a); elsewhere it may be a question typed half-width
and stays one. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

REPLY = (
    "孙某代表：\n您提出的关于修缮某村便桥的建议收悉，现答复如下：\n"
    "我局已将便桥维修列入年度计划。\n感谢您对交通工作的关心。\n"
    "某县交通运输局\n2024年3月8日\n"
)


@pytest.mark.parametrize(
    "lost",
    [
        pytest.param("????", id="four-marks"),
        pytest.param("??", id="two-marks"),
        pytest.param("？？？", id="full-width-marks"),
        pytest.param("□□", id="missing-glyph-boxes"),
        pytest.param("\ufffd\ufffd\ufffd", id="replacement-characters"),
        pytest.param("?", id="one-mark"),
        pytest.param("？", id="one-full-width-mark"),
    ],
)
def test_a_title_with_lost_characters_marked_inside_a_word_is_kept_as_written(lost: str) -> None:
    title = f"关于修缮柳塘{lost}村便桥的建议的答复"
    letter = parse_text(title + "\n" + REPLY, keywords=False)
    assert letter.title == title
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("便桥能否尽快修缮??", id="marks-ending-the-line"),
        pytest.param("便桥何时修缮？请尽快答复", id="one-question-mark"),
        pytest.param("关于便桥何时修缮？请尽快答复", id="one-mark-in-a-sentence"),
        pytest.param("关于便桥何时修缮?", id="one-mark-ending-the-line"),
    ],
)
def test_a_question_asked_is_still_no_title(line: str) -> None:
    assert parse_text(line + "\n" + REPLY, keywords=False).title is None


def test_a_marked_name_over_the_title_is_not_joined_to_it() -> None:
    # only a line opening as a title reads its marks as lost characters: a unit's name with
    # marks over the title is still no title's first words
    title = "关于修缮柳塘村便桥的建议的答复"
    letter = parse_text("青禾镇??水利站\n" + title + "\n" + REPLY, keywords=False)
    assert letter.title == title


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于?柳塘村便桥的建议的答复", id="after-the-opening"),
        pytest.param("对县五届人大二次会?第3号建议的答复", id="opening-with-dui"),
        pytest.param("关于修缮柳塘?村便桥的提案的复函", id="a-proposal-s-reply"),
    ],
)
def test_one_lost_mark_in_a_whole_title_line(title: str) -> None:
    letter = parse_text(title + "\n" + REPLY, keywords=False)
    assert letter.title == title
    assert span_problems(letter) == []


def test_one_lost_mark_in_a_flattened_copy() -> None:
    title = "关于修缮柳塘?村便桥的建议的答复"
    flat = " ".join([title, *REPLY.strip().split("\n")])
    assert parse_text(flat, keywords=False).title == title
