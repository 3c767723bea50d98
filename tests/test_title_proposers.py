"""Whom a letter with no salutation answers, read from its title, and the item's number
written in Chinese numerals after the kind word (建议第十二号): invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text

# A letter with no salutation whose opening names nobody (您提出的…, 贵会…).
NO_SALUTATION = (
    "{title}\n\n    您提出的《关于加强某某工作的建议》收悉，现答复如下：\n    一、基本情况\n"
)
WITH_SALUTATION = (
    "{title}\n\n{salutation}\n    您提出的《关于加强某某工作的建议》收悉，现答复如下：\n"
)

# (title, [(name, role), …])
FROM_TITLE = [
    pytest.param("关于对张某成代表提出的第45号建议的答复", [("张某成", "代表")], id="name-role-提出-number"),
    pytest.param("对市政协委员李某华等提出的《关于某某的提案》的答复", [("李某华", "市政协委员")], id="role-name-等-quoted"),
    pytest.param("关于对市人大代表王某、陈某提出的第88号建议的答复", [("王某", "市人大代表"), ("陈某", "市人大代表")], id="role-two-names"),
    pytest.param("对孙某涛等5位代表所提第35号建议的答复", [("孙某涛", "代表")], id="等N位-所提"),
    pytest.param("关于对吴某平、郑某委员第三十一号提案的答复", [("吴某平", "委员"), ("郑某", "委员")], id="two-names-role-numeral-number"),
    pytest.param("某县水利局关于对何某红代表《关于修缮某桥的建议》的答复", [("何某红", "代表")], id="issuer-before-关于"),
    pytest.param("对钱某东委员提案的答复", [("钱某东", "委员")], id="name-role-kind-word"),
    pytest.param("关于对政协委员周某领衔提出的第7号提案的复函", [("周某", "政协委员")], id="领衔提出"),
    pytest.param("对市十七届人大五次会议张某龙代表第34号建议的答复", [("张某龙", "代表")], id="session-before-name"),
    pytest.param("关于对县政协十一届三次会议李某委员提出的第7号提案的答复", [("李某", "委员")], id="session-before-name-提出"),
    pytest.param("对黄某、林某某代表的第5号建议的答复", [("黄某", "代表"), ("林某某", "代表")], id="的-before-number"),
    pytest.param("关于十五届人大二次会议第12号建议（王某代表）的答复", [("王某", "代表")], id="bracketed-after-number"),
    pytest.param("关于政协某县第十届委员会第三次会议第7号提案(李某、赵某委员)的复函", [("李某", "委员"), ("赵某", "委员")], id="bracketed-two-half-width"),
    pytest.param("关于民建市委会提出的第56号提案的答复", [("民建市委会", None)], id="party-body-提出"),
    pytest.param("对市工商联界别所提第12号提案的答复", [("市工商联界别", None)], id="sector-body-所提"),
    pytest.param("关于对某县代表团提出的第9号建议的答复", [("某县代表团", None)], id="delegation-body"),
    pytest.param("对县十八届人大三次会议某镇代表团提出的第5号建议的答复", [("某镇代表团", None)], id="session-then-delegation"),
]  # fmt: skip

# Titles that name nobody: a session, a collective, a word that is no name, no role.
NOT_FROM_TITLE = [
    pytest.param("关于对代表建议办理情况的答复", id="代表建议-no-name"),
    pytest.param("关于对全体代表提出的建议的答复", id="全体-no-name"),
    pytest.param("关于对各位委员提出的提案的答复", id="各位-no-name"),
    pytest.param("关于对人大代表提出的建议的答复", id="role-alone"),
    pytest.param("关于对市人大代表建议第12号的答复", id="role-then-kind-word"),
    pytest.param("关于县第十八届人民代表大会第二次会议提出的建议的答复", id="session-no-body"),
    pytest.param("关于县第十八届人民代表大会提出的建议的答复", id="congress-no-body"),
    pytest.param("对县十八届人大四次会议第十七号建议的答复", id="session-and-number"),
    pytest.param("关于张某提出的建议的答复", id="name-without-role"),
    pytest.param("关于十五届人大二次会议第12号建议（主办）的答复", id="bracketed-handling-note"),
    pytest.param("关于十五届人大二次会议第12号建议（全体代表）的答复", id="bracketed-collective"),
    pytest.param("对市十七届人大五次会议代表建议的答复", id="session-then-role-alone"),
    pytest.param("关于市政协提出的第5号提案的答复", id="short-body-no-ending"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "expected"), FROM_TITLE)
def test_addressees_from_title(title: str, expected: list[tuple[str, str | None]]) -> None:
    letter = parse_text(NO_SALUTATION.format(title=title))
    assert letter.salutation is None
    assert [(a.name, a.role) for a in letter.addressees] == expected
    for a in letter.addressees:
        assert a.span is not None
        assert letter.text[a.span[0] : a.span[1]] == a.name


@pytest.mark.parametrize("title", NOT_FROM_TITLE)
def test_title_names_nobody(title: str) -> None:
    letter = parse_text(NO_SALUTATION.format(title=title))
    assert letter.addressees == []


def test_salutation_wins_over_title() -> None:
    text = WITH_SALUTATION.format(
        title="关于对张某成代表提出的第45号建议的答复", salutation="李某代表："
    )
    assert [(a.name, a.role) for a in parse_text(text).addressees] == [("李某", "代表")]


def test_opening_wins_over_title() -> None:
    text = "关于对张某成代表提出的第45号建议的答复\n\n    李某、赵某等代表提出的《关于某某的建议》收悉。\n"
    assert [a.name for a in parse_text(text).addressees] == ["李某", "赵某"]


# (title, number) — the number after the kind word, in Chinese numerals as written; a
# kind of item between number and kind word (集体, 重点, 联名)
NUMBERS = [
    pytest.param("关于市十六届人大三次会议建议第十二号的答复", "十二", id="建议第十二号"),
    pytest.param("关于政协某县第十三届委员会第二次会议提案第一〇五号的答复", "一〇五", id="提案第一〇五号"),
    pytest.param("关于县七届人大二次会议建议第一○八号的答复", "一○八", id="circle-zero"),
    pytest.param("关于区人大二次会议建议（第二十号）的答复", "二十", id="bracketed-numeral"),
    pytest.param("关于县政协提案：第三十号的答复", "三十", id="colon-numeral"),
    pytest.param("关于对九三学社市委会第15号集体提案的答复", "15", id="集体提案"),
    pytest.param("关于市政协第3号重点提案的办理情况的答复", "3", id="重点提案"),
    pytest.param("关于第8号联名建议的答复", "8", id="联名建议"),
]  # fmt: skip

# The kind word before a numeral that is no number of the item.
NOT_NUMBERS = [
    pytest.param("关于市十六届人大三次会议建议第十二条的答复", id="第十二条-article"),
    pytest.param("关于落实建议第三次会议精神的答复", id="第三次-no-号"),
    pytest.param("关于对市人大代表建议十二项的答复", id="no-第-no-号"),
]  # fmt: skip

BODY = "\n\n王某代表：\n    您提出的关于某某的建议收悉。现答复如下：\n"


@pytest.mark.parametrize(("title", "number"), NUMBERS)
def test_number_after_kind_word(title: str, number: str) -> None:
    letter = parse_text(title + BODY)
    assert letter.proposal is not None
    assert letter.proposal.number == number
    span = letter.proposal.number_span
    assert span is not None and letter.text[span[0] : span[1]] == number


@pytest.mark.parametrize("title", NOT_NUMBERS)
def test_no_number_after_kind_word(title: str) -> None:
    letter = parse_text(title + BODY)
    assert letter.proposal is None or letter.proposal.number is None


# (label line, number): a header label's number in Chinese numerals, as written
LABELLED = [
    pytest.param("提案编号：第十二号", "十二", id="label-numeral"),
    pytest.param("建议编号：第一〇五号", "一〇五", id="label-numeral-zero"),
    pytest.param("建议编号：第15号", "15", id="label-digits"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "number"), LABELLED)
def test_labelled_number_in_numerals(label: str, number: str) -> None:
    text = f"市政协提案答复函\n{label}\n\n刘某委员：\n    您提出的关于加强某某工作的提案收悉，现答复如下：\n"
    letter = parse_text(text)
    assert letter.proposal is not None and letter.proposal.number == number


def test_labelled_numeral_needs_its_marks() -> None:
    text = "市政协提案答复函\n提案编号：十二\n\n刘某委员：\n    您提出的关于加强某某工作的提案收悉，现答复如下：\n"
    letter = parse_text(text)
    assert letter.proposal is None or letter.proposal.number is None
