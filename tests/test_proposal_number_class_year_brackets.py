"""A proposal numbered in a registry's scheme of class letter, bracketed year and serial is
read one way everywhere (elements.ITEM_CLASS_YEAR_SERIAL): the class letter in either case
(第b(2099)12号提案), the year in any bracket a 发文字号's year takes (第［2099］12号提案,
第[2099]12号建议), in the title, in the opening, in a note's brackets after the proposal's
title (“…的提案”（第B（2099）45号）); with no class letter too (第〔2099〕12号提案:
elements.ITEM_NUMBER_LEAD reads 0 to 2 letters). A 发文字号 with its issuer's code, no 第
before it or no kind word after 号 stays no item number. A number line above the title:
test_proposal_bracketed_number_line.py. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "\n赵某委员：\n"
    "您提出的{opening}已收悉，现答复如下：\n"
    "我局已将该片区列入今年改造计划，完成排水管网疏通三公里。\n"
    "感谢您对住房建设工作的关心。\n"
    "某县住房和城乡建设局\n"
    "2099年3月4日\n"
)
PLAIN_TITLE = "关于改造老旧小区排水管网的提案的答复"


def _proposal(title: str, opening: str):  # type: ignore[no-untyped-def]
    letter = parse_text(title + BODY.format(opening=opening), keywords=False)
    assert letter.proposal is not None
    return letter


@pytest.mark.parametrize(
    ("title", "opening", "number"),
    [
        pytest.param(
            "关于县政协九届二次会议第b(2099)12号提案的答复", "提案", "b（2099）12", id="lower"
        ),
        pytest.param(PLAIN_TITLE, "第b〔2099〕31号提案", "b〔2099〕31", id="lower-opening"),
        pytest.param(
            "关于县政协九届二次会议第［2099］12号提案的答复", "提案", "［2099］12", id="square"
        ),
        pytest.param(
            "关于县政协九届二次会议第[2099]12号提案的答复", "提案", "[2099]12", id="ascii-square"
        ),
        pytest.param(PLAIN_TITLE, "第［2099］31号提案", "［2099］31", id="square-opening"),
    ],
)
def test_class_letter_and_bracket_read_alike(title: str, opening: str, number: str) -> None:
    letter = _proposal(title, opening)
    assert letter.proposal.number == number
    assert letter.doc_number is None


@pytest.mark.parametrize(
    ("note", "number"),
    [
        pytest.param("（第B（2099）45号）", "B（2099）45", id="class"),
        pytest.param("（第［2099］45号）", "［2099］45", id="square"),
        pytest.param("（第〔2099〕45号）", "〔2099〕45", id="no-class"),
        pytest.param("（第45号）", "45", id="plain"),
    ],
)
def test_note_after_the_quoted_title(note: str, number: str) -> None:
    letter = _proposal(PLAIN_TITLE, f"“关于改造老旧小区排水管网的提案”{note}")
    assert letter.proposal.number == number
    assert letter.proposal.title == "关于改造老旧小区排水管网的提案"
    assert not [r for r in letter.references if r.kind == "doc_number"]


def test_note_after_the_kind_word() -> None:
    letter = _proposal(PLAIN_TITLE, "关于改造老旧小区排水管网的提案（第B（2099）45号）")
    assert letter.proposal.number == "B（2099）45"


def test_a_cited_doc_number_in_brackets_stays_one() -> None:
    # its issuer's code before the year: a 发文字号 the letter cites, no item's number
    letter = _proposal(PLAIN_TITLE, "“关于改造老旧小区排水管网的提案”（某政办〔2099〕45号）")
    assert letter.proposal.number is None
    assert [r.text for r in letter.references if r.kind == "doc_number"] == ["某政办〔2099〕45号"]


@pytest.mark.parametrize(
    ("title", "opening", "number"),
    [
        ("关于县政协九届二次会议 第〔2099〕12号提案的答复", "提案", "〔2099〕12"),
        ("关于县人大九届二次会议第(2099)7号建议的答复", "建议", "（2099）7"),
        ("关于改造老旧小区排水管网的提案的答复", "第〔2099〕31号提案", "〔2099〕31"),
        ("关于改造老旧小区排水管网的提案的答复", "第C〔2099〕31号提案", "C〔2099〕31"),
    ],
)
def test_bracketed_year_number_without_class(title: str, opening: str, number: str) -> None:
    letter = parse_text(title + BODY.format(opening=opening), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.number == number


@pytest.mark.parametrize(
    "opening",
    [
        "依据某政办〔2099〕12号文件提出的提案",  # (a 发文字号, no 第 before it)
        "按第〔2099〕12号通知提出的提案",  # (第 but a notice, no kind word after 号)
    ],
)
def test_doc_number_is_no_item_number(opening: str) -> None:
    title = "关于改造老旧小区排水管网的提案的答复"
    letter = parse_text(title + BODY.format(opening=opening), keywords=False)
    assert letter.proposal is None or letter.proposal.number is None
