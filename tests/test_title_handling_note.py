"""A note in brackets on how the item is handled (who presses for it before 督办, 件 after
it: ``（市长督办件）``, ``（重点督办）``, ``【县长督办】``), or the item's class under its
label (``（分类：重点）``), set after the title, on a line of its own under it or above it,
or inside it between the number and the kind word: the title stays the letter's title,
neither cut at the note's colon nor joined to the note's line, and a note after it or on a
line of its own is no part of it (a note inside stays as written, as the title writes it);
the number is read (signers54). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "关于县十八届人大三次会议第5号建议的答复"
REST = (
    "\n韩某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已纳入年度计划。\n"
    "某县水利局\n2024年5月10日\n"
)

NOTES = [
    pytest.param("（市长督办件）", id="supervised-item"),
    pytest.param("(重点督办件)", id="key-supervised-half-width"),
    pytest.param("（政协主席督办件）", id="supervised-by-a-chair"),
    pytest.param("（重点督办）", id="key-supervised"),
    pytest.param("【县长督办】", id="square-brackets"),
    pytest.param("（分类：重点）", id="class-under-its-label"),
]


def _read(head: str) -> tuple[str | None, str | None, str | None]:
    letter = parse_text(head + REST, keywords=False)
    return letter.title, letter.proposal.number, letter.proposal.kind


@pytest.mark.parametrize("note", NOTES)
def test_note_after_the_title(note: str) -> None:
    assert _read(TITLE + note) == (TITLE, "5", "建议")


@pytest.mark.parametrize("note", NOTES)
def test_note_under_the_title(note: str) -> None:
    assert _read(TITLE + "\n" + note) == (TITLE, "5", "建议")


@pytest.mark.parametrize("note", NOTES)
def test_note_above_the_title(note: str) -> None:
    assert _read(note + "\n" + TITLE) == (TITLE, "5", "建议")


@pytest.mark.parametrize("note", NOTES)
def test_note_inside_the_title(note: str) -> None:
    title = TITLE.replace("号建议", f"号{note}建议")
    assert _read(title) == (title, "5", "建议")


def test_a_bracket_that_is_no_note_stays() -> None:
    # (words in brackets that say nothing of the handling are the title's own)
    title = TITLE + "（第二次）"
    assert _read(title)[0] == title


# the reply's class under one of the labels read as the handling type, glued after the
# title in any brackets, its colon half- or full-width (复文类型: the reply document's class,
# as a page notes it): the handling type, no word of the title (fix80)
CLASS_NOTES = [
    pytest.param("(复文类型:A)", "A", id="reply-document-class-half-width"),
    pytest.param("（复文类型：B）", "B", id="reply-document-class-full-width"),
    pytest.param("【复文类别：C类】", "C", id="reply-document-class-square-brackets"),
    pytest.param("(办理类型:A)", "A", id="handling-class-half-width"),
    pytest.param("（答复类别：B）", "B", id="answer-class-full-width"),
]


@pytest.mark.parametrize(("note", "value"), CLASS_NOTES)
def test_class_note_glued_after_the_title(note: str, value: str) -> None:
    letter = parse_text(TITLE + note + REST, keywords=False)
    assert (letter.title, letter.handling_type) == (TITLE, value)


# Decided (fix156): the stage of the handling a later reply reports, in brackets after the
# title's ending (…的再次答复（跟踪办理情况）, （办理进展）), is a note as a handling note is:
# no word of the title, lined or flattened (an earlier round kept it in the title).
STAGE_TITLE = "对甲山县政协十四届二次会议第12号提案的再次答复"
STAGE_REST = (
    "\n史某委员：\n　　您提出的关于增设某园游乐设施的提案收悉，现将进展答复如下：\n"
    "　　我局已增设跷跷板。\n甲山县某局\n2024年10月14日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "note",
    [
        pytest.param("(跟踪办理情况)", id="follow-up-half-width"),
        pytest.param("（跟踪办理）", id="follow-up"),
        pytest.param("（办理进展情况）", id="progress"),
        pytest.param("（后续办理进展）", id="later-progress"),
    ],
)  # fmt: skip
def test_stage_note_after_the_title(note: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(STAGE_TITLE + note + STAGE_REST), keywords=False)
    assert (letter.title, letter.proposal.number) == (STAGE_TITLE, "12")
