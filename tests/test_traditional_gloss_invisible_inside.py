"""A pinyin-glossed mirror (``運(yùn)輸``) whose copy also strews invisible format characters
among the page's characters, one inside a gloss (``(yù\\u200bn)``, ``(yùn\\ufeff)``) or
between a character and its gloss (``衛\\xad(wèi)``): the gloss is still read as one, dropped
by the view whole, so a signer holding it is read as the tidy copy's is. A bracket of
Latin letters with no tone mark stays a bracket, an invisible character in it or not.
Snippets written for these tests; places and names invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from replyparse.traditional import GLOSS

_SIGNER = "某鎮(zhèn)某縣交通運(yùn)輸局"
_LETTER = (
    "李某等代表:\n你們提出的《關於修繕村道的建議》已收悉,現(xiàn)答覆如下:\n"
    "我局已將該路段列入計劃,明年完工。\n感謝你們對交通工作的支持。\n"
    f"{_SIGNER}\n2021年7月9日\n"
)

# (what the copy wrote in the signer's place)
BROKEN = {
    "inside-after-letters": "某鎮(zhèn)某縣交通運(yùn\ufeff)輸局",
    "inside-between-letters": "某鎮(zh\u200bèn)某縣交通運(yùn)輸局",
    "after-the-bracket": "某鎮(\u200bzhèn)某縣交通運(yùn)輸局",
    "before-the-bracket": "某鎮\u00ad(zhèn)某縣交通運(yùn)輸局",
    "two-glosses": "某鎮(zhè\u200dn)某縣交通運(y\u200bùn)輸局",
}


@pytest.mark.parametrize("written", BROKEN.values(), ids=BROKEN.keys())
def test_a_signer_whose_gloss_holds_an_invisible_character(written: str) -> None:
    record = parse_text(_LETTER.replace(_SIGNER, written), keywords=False)
    assert record.signature.issuer == _SIGNER
    assert record.signature.date == "2021-07-09"
    assert record.signature.issuer_span is not None
    start, end = record.signature.issuer_span
    assert (record.text or "")[start:end] == written


def test_the_tidy_letter_reads_the_same() -> None:
    record = parse_text(_LETTER, keywords=False)
    assert record.signature.issuer == _SIGNER
    assert record.signature.date == "2021-07-09"


@pytest.mark.parametrize(
    "text",
    [
        "型號(A\u200bB)",  # capitals: a model's code, no gloss
        "網絡(wi\u200bfi)",  # no tone mark
        "某縣(\u200b試行)",  # Han characters in the bracket
        "辦法\u200b\u200b(zhèn)",  # two invisible characters before the bracket: not one's
    ],
)
def test_no_gloss_without_its_shape(text: str) -> None:
    assert GLOSS.search(text) is None


def test_the_view_drops_the_gloss_and_its_invisible_character_once() -> None:
    view = TextView("某縣交通運(yù\u200bn)輸局\n")
    assert view.norm == "某縣交通運輸局\n"


@pytest.mark.parametrize(
    "written", ["某縣衛\u00ad(wèi)健局\n", "某縣衛(w\u200bèi)健局\n", "某縣衛(wèi)健局\n"]
)
def test_no_gap_where_a_gloss_and_its_invisible_character_were(written: str) -> None:
    view = TextView(written)
    assert view.norm == "某縣衛健局\n"
    assert not view.gaps


def test_a_blank_beside_a_gloss_is_still_a_gap() -> None:
    view = TextView("某縣衛(wèi) \u200b健局\n")
    assert view.norm == "某縣衛健局\n"
    assert view.gaps
