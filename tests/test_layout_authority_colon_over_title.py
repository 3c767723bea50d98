"""An authority's name and a colon over the letter's own title, the salutation under the
title (``某局：关于…的复函`` on one line, or ``某局：`` over ``关于…的复函``; decided, left56a):
the name is the header's, the letter's issuer, the title the whole ``关于…`` line, the
salutation the names under it. An earlier round read the name as the salutation and lost
the title. A unit's name with its colon over the opening, no title and salutation under it
(a reply to a unit), stays the salutation. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import REPLY_UNDER_TITLE
from spans import span_problems

AUTHORITY = "某县水务局"
TITLE = "关于对县某届人大一次会议第9号建议的复函"
SIGNED = "某县水务局\n2099年5月12日\n"


@pytest.mark.parametrize(
    ("head", "signed"),
    [
        pytest.param(f"{AUTHORITY}：{TITLE}\n", SIGNED, id="one-line"),
        pytest.param(f"{AUTHORITY}:{TITLE}\n", SIGNED, id="one-line-ascii-colon"),
        pytest.param(f"{AUTHORITY}：\n{TITLE}\n", SIGNED, id="two-lines"),
        pytest.param(f"{AUTHORITY}：{TITLE}\n", "2099年5月12日\n", id="unsigned"),
        # (the title broken over two lines, as a letter prints a long one: review56b)
        pytest.param(f"{AUTHORITY}：\n{TITLE[:15]}\n{TITLE[15:]}\n", SIGNED, id="title-two-lines"),
    ],
)
def test_an_authority_and_colon_over_the_title_is_the_header(head: str, signed: str) -> None:
    letter = parse_text(head + REPLY_UNDER_TITLE + signed, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == AUTHORITY
    assert letter.salutation == "李某代表："
    assert [a.name for a in letter.addressees] == ["李某"]
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "text",
    [
        # a reply to a unit: its name and colon over the opening, no title under it
        pytest.param("某市交通局：\n你局转来的关于修缮某路的建议收悉，现答复如下：\n", id="unit-addressed"),
        # a unit addressed over a title with no salutation under it: as before
        pytest.param(f"某市交通局：\n{TITLE}\n你局转来的建议收悉，现答复如下：\n", id="no-names-under"),
        # a unit addressed over the opening's sentence that a 关于 opens, broken over two
        # lines, names under it: no title there (review56b)
        pytest.param("某市交通局：\n关于你局转来的修缮某路的建议，经研究\n现将意见答复\n李某代表：\n", id="sentence-two-lines"),
    ],
)  # fmt: skip
def test_a_unit_addressed_stays_the_salutation(text: str) -> None:
    letter = parse_text(text + "感谢支持。\n" + SIGNED, keywords=False)
    assert letter.salutation == "某市交通局："
