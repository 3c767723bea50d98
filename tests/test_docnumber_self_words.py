"""A 发文字号's issuer code never opens with the words a letter speaks of itself with
(本函, 此函: this letter): written before the letter's number at its foot (``本函某交函
(2024)18号``), they lead it in and the code is what follows them. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "孙立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n\n某县交通运输局\n2024年5月21日\n"

READ = {
    "ben-han-round": ("本函某交函(2024)18号", "某交函(2024)18号"),
    "ci-han-bracketed": ("（此函某交函〔2024〕18号）", "某交函〔2024〕18号"),
}

# Must not move: a number alone, and 函 inside or ending a code
KEPT = {
    "number-alone": ("某交函〔2024〕18号", "某交函〔2024〕18号"),
    "han-ends-code": ("某县本交函〔2024〕18号", "某县本交函〔2024〕18号"),
}


@pytest.mark.parametrize(("foot", "number"), READ.values(), ids=READ.keys())
def test_self_words_lead_in_the_number(foot: str, number: str) -> None:
    letter = parse_text(_LETTER + foot + "\n")
    assert letter.doc_number is not None
    assert letter.doc_number.text == number


@pytest.mark.parametrize(("foot", "number"), KEPT.values(), ids=KEPT.keys())
def test_codes_as_before(foot: str, number: str) -> None:
    letter = parse_text(_LETTER + foot + "\n")
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
