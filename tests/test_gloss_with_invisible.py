"""A pinyin-glossed mirror (``關(guān)于``) that also left invisible format characters among
the letter's characters (a zero-width space beside a gloss or inside one): every string
keeps its glosses as the letter without them would, the invisible characters taken out.
Snippets written for these tests; names and places invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "關(guān)于對(duì)縣十九屆人大二次會(huì)議第37號(hào)代表建議的答復(fù)"
_HEADING = "加強(qiáng)管理，堅(jiān)持巡查"
_LETTER = (
    f"{_TITLE}\n\n王某代表：\n    您提出的關(guān)于加強(qiáng)農(nóng)村飲水安全的建議收悉，現答復如下：\n"
    f"    一、{_HEADING}。我局已安排專人負責。\n    二、加大投入。今年已安排資金。\n\n"
    "某縣水務局\n2024年6月3日\n"
)
_ZWSP = "\u200b"


def _at(text: str, anchor: str, offset: int) -> str:
    """``text`` with a zero-width space ``offset`` characters into the first ``anchor``."""
    where = text.index(anchor) + offset
    return text[:where] + _ZWSP + text[where:]


# (anchor, offset): where the zero-width space goes
PLACES = {
    "between-glosses": ("于對(", 1),
    "inside-a-gloss": ("(guān)于對", 2),
    "before-a-gloss": ("對(duì)", 1),
    "after-a-gloss": ("(duì)縣", 5),
}


@pytest.mark.parametrize("where", PLACES.values(), ids=PLACES.keys())
def test_the_title_keeps_every_gloss(where: tuple[str, int]) -> None:
    letter = parse_text(_at(_LETTER, *where), keywords=False)
    assert letter.title == _TITLE


@pytest.mark.parametrize("offset", [1, 3, 6], ids=["before-gloss", "inside-gloss", "after-gloss"])
def test_a_heading_keeps_every_gloss(offset: int) -> None:
    letter = parse_text(_at(_LETTER, _HEADING, offset), keywords=False)
    assert letter.sections[0].heading == _HEADING


def test_the_unbroken_letter_reads_the_same() -> None:
    letter = parse_text(_LETTER, keywords=False)
    assert letter.title == _TITLE
    assert letter.sections[0].heading == _HEADING


def test_a_title_wrapped_inside_a_gloss_keeps_every_gloss() -> None:
    # a printed copy broke the title's line inside the gloss of 號 (號(h / ào)): the view
    # keeps that broken gloss, and the title joined from its lines keeps every other one
    broken = _TITLE.replace("號(hào)", "號(h\nào)")
    letter = parse_text(_LETTER.replace(_TITLE, broken), keywords=False)
    assert letter.title == _TITLE
