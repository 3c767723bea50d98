"""A proposal's own number as its registry writes it, in a note's brackets inside the title
after the proposal's title (``关于《…的提案》 （委员提案【2099】117号）的答复``,
``…的建议（代表建议〔2099〕5号）的答复``): the kind where a 发文字号's code would stand, the
year in a 发文字号's brackets, the serial. It is the item's number (the serial), its kind
the item's, and no 发文字号 of the letter's; the title runs on through the note, a blank
before it or not, to its reply ending (fix7677). A number with an issuer's code there
stays a 发文字号. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

BODY = (
    "\n某某协会：\n"
    "　　您提出的提案收悉，现答复如下：\n"
    "　　我局已将夜市街区列入今年改造计划。\n"
    "　　感谢您对商贸工作的关心。\n"
)


@pytest.mark.parametrize(
    ("title", "kind", "number"),
    [
        pytest.param("关于《关于繁荣某市夜间集市的提案》 （委员提案【2099】117号）的答复", "提案", "117", id="quoted-blank"),
        pytest.param("关于《关于繁荣某市夜间集市的提案》（委员提案【2099】117号）的答复", "提案", "117", id="quoted-glued"),
        pytest.param("关于繁荣某市夜间集市的建议（代表建议〔2099〕5号）的答复", "建议", "5", id="unquoted"),
        pytest.param("关于《关于繁荣某市夜间集市的提案》 (政协提案〔2099〕8号)的复函", "提案", "8", id="half-width"),
        # (the body that files it named with its place's level, or the serial with its 第)
        pytest.param("关于繁荣某市夜间集市的建议（县人大代表建议〔2099〕5号）的答复", "建议", "5", id="with-place"),
        pytest.param("关于繁荣某市夜间集市的提案（提案〔2099〕第17号）的答复", "提案", "17", id="serial-with-di"),
        # (the body with its term between its place's level and 人大 or 政协)
        pytest.param("关于繁荣某市夜间集市的建议（县十届人大代表建议〔2099〕5号）的答复", "建议", "5", id="with-term"),
        pytest.param("关于繁荣某市夜间集市的提案（某市第十二届政协提案〔2099〕8号）的答复", "提案", "8", id="with-di-term"),
    ],
)  # fmt: skip
def test_the_registry_number_in_the_title_is_the_items(title: str, kind: str, number: str) -> None:
    letter = parse_text(title + BODY, keywords=False)
    assert letter.title == "".join(title.split())
    assert letter.doc_number is None
    assert letter.proposal is not None
    assert (letter.proposal.kind, letter.proposal.number) == (kind, number)


def test_an_issuers_code_in_the_note_stays_a_doc_number() -> None:
    letter = parse_text(
        "关于繁荣某市夜间集市的提案的答复 （某商函〔2099〕5号）" + BODY, keywords=False
    )
    assert letter.doc_number is not None
    assert letter.doc_number.prefix == "某商函"


@pytest.mark.parametrize("gap", [pytest.param("", id="glued"), pytest.param(" ", id="blank")])
def test_a_cited_doc_number_before_the_reply_ending_is_the_titles_reference(gap: str) -> None:
    # (an issuer's code in the note: the letter answered, cited in the title, no 发文字号 of
    # this letter's and no proposal's number)
    title = f"关于对《关于增设夜间公交的函》{gap}（某交函〔2099〕12号）的答复"
    letter = parse_text(title + BODY, keywords=False)
    assert letter.title == "".join(title.split())
    assert letter.doc_number is None
    assert [(r.kind, r.text) for r in letter.references] == [("doc_number", "某交函〔2099〕12号")]
    assert letter.proposal is None or letter.proposal.number is None


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于繁荣某市夜间集市的建议（〔2099〕6号）的答复", id="after-kind"),
        pytest.param("关于《关于繁荣某市夜间集市的提案》（〔2099〕6号）的答复", id="after-quote"),
    ],
)
def test_a_bare_yearly_note_after_the_kind_is_the_items_number_and_no_reference(title: str) -> None:
    # (no code before the year: the item's number as its registry writes it, not a 发文字号
    # whose code was lost, so it is no reference either)
    letter = parse_text(title + BODY, keywords=False)
    assert letter.proposal is not None and letter.proposal.number == "6"
    assert letter.doc_number is None
    assert letter.references == []


def test_a_bare_yearly_note_after_other_words_stays_a_cited_doc_number() -> None:
    text = "关于夜间集市的答复\n某某协会：\n　　根据《某市集市管理办法》（〔2099〕6号）的要求，我局已完成。\n"
    assert "〔2099〕6号" in [r.text for r in parse_text(text, keywords=False).references]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("代表建议〔2099〕5号", id="kind-as-code"),
        pytest.param("县人大代表建议〔2099〕5号", id="with-place"),
        pytest.param("某山市政协委员提案【2099】5号", id="named-place"),
        pytest.param("（代表建议〔2099〕第5号）", id="bracketed-with-di"),
        pytest.param("县十届人大代表建议〔2099〕5号", id="with-term"),
    ],
)
def test_the_registry_number_alone_above_the_title_is_the_items(line: str) -> None:
    # (a line of its own over the title: no 发文字号, the item's number, as 第5号建议 there)
    letter = parse_text(f"{line}\n关于繁荣某市夜间集市的建议的答复{BODY}", keywords=False)
    assert letter.doc_number is None
    assert letter.title == "关于繁荣某市夜间集市的建议的答复"
    assert letter.proposal is not None and letter.proposal.number == "5"


def test_an_issuers_code_alone_above_the_title_stays_a_doc_number() -> None:
    letter = parse_text(
        f"某县商务局〔2099〕5号\n关于繁荣某市夜间集市的建议的答复{BODY}", keywords=False
    )
    assert letter.doc_number is not None and letter.doc_number.serial == 5
    assert letter.proposal is None or letter.proposal.number is None


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于市政协九届三次会议委员提案〔2099〕33号的答复", id="member"),
        pytest.param("关于县十八届人大二次会议代表建议〔2099〕33号的答复", id="deputy"),
        pytest.param("关于区政协五届一次会议提案〔2099〕第33号的复函", id="bare-kind-di"),
    ],
)
def test_the_registry_number_right_after_the_session_is_the_items(title: str) -> None:
    # (no brackets about it: the title names the session, then the item by its registry's
    # number, as …会议第33号提案 names it by the plain one; the session's words are no code)
    letter = parse_text(title + BODY, keywords=False)
    assert letter.doc_number is None
    assert letter.proposal is not None
    assert letter.proposal.number == "33"
    assert letter.proposal.session is not None and letter.proposal.session.endswith("会议")
    assert not [r for r in letter.references if r.kind == "doc_number"]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("对市政协九届三次会议委员提案〔2099〕33号的答复", id="member"),
        pytest.param("对县十八届人大二次会议代表建议〔2099〕33号的答复", id="deputy"),
        pytest.param(
            "对县第十八届人民代表大会第二次会议代表建议〔2099〕33号的答复", id="whole-name"
        ),
    ],
)
def test_a_title_opening_with_dui_keeps_the_registry_number_after_its_session(
    title: str, flatten: Callable[[str], str]
) -> None:
    # (the session's 会 ends no authority's mark before a number's code: the title whole,
    # the number the item's, as with 关于; left68)
    letter = parse_text(flatten(title + BODY), keywords=False)
    assert letter.title == title
    assert letter.doc_number is None
    assert letter.proposal is not None and letter.proposal.number == "33"
    assert letter.proposal.session is not None and letter.proposal.session.endswith("会议")
