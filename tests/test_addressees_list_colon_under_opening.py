"""A body sentence that ends with a colon to introduce a list (``目前…，接下来将从以下两方面
开展工作：``, ``主要措施有：``) under the opening sentence (``…建议收悉，现函复如下``) is no
salutation: the 主送 line written without its colon above the opening (a body's name, a
person and the role) is, or none when the letter writes none (an opening that says 收悉 or
如下; under another sentence the colon-less 主送 line is needed). An earlier round took the
list's sentence as the salutation, its comma pieces as addressees, the 主送 line as the
header's authority and the opening as title, so the proposal's title was lost. Snippets
invented (names made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于县十届人大三次会议第9号建议的会办意见\n"
_OPENING = "王某代表提出的关于修缮某闸的建议收悉,现函复如下\n"
_OPENING_COLON = "您提出的关于修缮某闸的建议收悉，现答复如下：\n"
# an opening with neither 收悉 nor 如下, a sentence all the same
_OPENING_SENTENCE = "王某代表提出的《关于修缮某闸的建议》已交我办研究办理。\n"
_BODY = "一、加强巡查。每月巡查一次。\n二、加快维修。年内完成维修。\n感谢您对我们工作的支持。\n"
_CLOSE = "某县某街道办事处\n2023年5月10日\n"

LISTS = {
    "from-two-aspects": "目前,街道尚有3处闸门老化,接下来将从以下两方面开展工作:\n",
    "measures": "为此，我办主要采取了以下措施：\n",
    "what-was-done": "近年来，街道在闸门维护上做了大量工作，主要有：\n",
}
SALUTATIONS = {
    "body": ("某县某局\n", [("某县某局", None)]),
    "person": ("李某代表\n", [("李某", "代表")]),
}


@pytest.mark.parametrize("listing", LISTS.values(), ids=LISTS.keys())
@pytest.mark.parametrize(
    "opening",
    [_OPENING, _OPENING_COLON, _OPENING_SENTENCE],
    ids=["no-colon", "colon", "sentence"],
)
@pytest.mark.parametrize("sal", SALUTATIONS.values(), ids=SALUTATIONS.keys())
def test_colonless_salutation_over_a_list_sentence(
    sal: tuple[str, list[tuple[str, str | None]]], opening: str, listing: str
) -> None:
    line, expected = sal
    letter = parse_text(_TITLE + "\n" + line + "\n" + opening + listing + _BODY + _CLOSE)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert letter.salutation == line.strip()
    assert letter.title == _TITLE.strip()
    assert letter.issuer == "某县某街道办事处"
    assert letter.proposal is not None
    assert letter.proposal.title == "关于修缮某闸的建议"


@pytest.mark.parametrize("listing", LISTS.values(), ids=LISTS.keys())
def test_no_salutation_over_a_list_sentence(listing: str) -> None:
    letter = parse_text(_TITLE + _OPENING_COLON + listing + _BODY + _CLOSE)
    assert letter.addressees == []
    assert letter.salutation is None
    assert letter.title == _TITLE.strip()
    assert letter.proposal is not None
    assert letter.proposal.title == "关于修缮某闸的建议"


# Near misses: a salutation with its colon above the opening stays the salutation, and a
# colon-ended line with no opening sentence above it still is one.
@pytest.mark.parametrize("listing", LISTS.values(), ids=LISTS.keys())
def test_salutation_with_colon_over_opening_and_list(listing: str) -> None:
    text = _TITLE + "李某代表：\n" + _OPENING_COLON + listing + _BODY + _CLOSE
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某", "代表")]


def test_colon_line_without_opening_above_is_the_salutation() -> None:
    letter = parse_text(_TITLE + "某县某局、某县某委：\n" + _BODY + _CLOSE)
    assert [a.name for a in letter.addressees] == ["某县某局", "某县某委"]
