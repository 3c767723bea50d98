"""A proposal's title quoted after the asking words, its opening quote lost in copying and
no 关于 to open it (``…期间提出加强某某河的保护，打造滨河公园。”的建议收悉``): the run after
提出/所提/提交/提的 to the closing quote right before the kind word is the title, commas
inside it its own (dev48/005). The full stop the proposer's sentence ended with inside the
quotes is no part of it, quotes lost or kept (``提出“加强某某管理。”的建议``). A quote that
closes a term inside a sentence (no kind word after it), and a title with both quotes, stay
as they were. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "关于县九届人大二次会议Y7号代表建议答复的函\n\n张某代表\n\n"
TAIL = ",经研究办理,现答复如下:\n\n我局将争取资金。\n\n某县文体局\n2023年11月1日\n"
TITLE = "加强某某河的保护和开发利用,打造滨河公园"


@pytest.mark.parametrize(
    "opening",
    [
        f"在县九届人大二次会议期间提出{TITLE}。”的建议收悉",
        f"在县九届人大二次会议期间提出{TITLE}”的建议收悉",
        f"您所提{TITLE}」的建议收悉",
        f"在县九届人大二次会议期间提出“{TITLE}。”的建议收悉",
        f"您提出的“{TITLE}”的建议收悉",
    ],
    ids=["lost-stop", "lost", "lost-corner", "kept-stop", "kept"],
)
def test_the_run_to_the_closing_quote_is_the_title(opening: str) -> None:
    record = parse_text(HEAD + opening + TAIL)
    assert record.proposal.title == TITLE
    assert span_problems(record) == []


def test_a_quote_closing_a_term_is_no_title() -> None:
    # (the closing quote ends a term, no kind word right after it: no title read there)
    opening = "您提出加强某某”三项工程”建设的建议收悉"
    record = parse_text(HEAD + opening + TAIL)
    assert record.proposal.title is None


def test_a_sentence_ended_before_the_quote_is_not_read_across() -> None:
    # a full stop inside the run: the proposer's words end there, no title across it
    opening = "您提出加强管理。我们认为打造公园”的建议收悉"
    record = parse_text(HEAD + opening + TAIL)
    assert record.proposal.title is None
