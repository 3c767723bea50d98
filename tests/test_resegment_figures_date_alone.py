"""A letter signed by no name, its date in figures with separators under the last
paragraph (``2099-7-21``), flattened with nothing between its lines: the date is glued
after the last sentence's stop and before the closing's first label
(``…关心和支持。2099-7-21承办负责人：…``). Year, month and day written whole are a date:
it is the signature's date. A date that lost its 年月日 (``2099721``), and figures inside a
sentence, are no signed date there."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "某某委员：您提出的建议收悉，现答复如下：我局将加强文物巡查。感谢你们对文物保护工作的关心和支持。"


@pytest.mark.parametrize("date", ["2099-7-21", "2099.7.21", "2099/7/21"])
def test_a_whole_figures_date_after_the_last_sentence_is_signed(date: str) -> None:
    letter = parse_text(BODY + date + "承办负责人：王某某承办人及联系电话：李某某138xxxx0000")
    assert letter.signature.date == "2099-07-21"


def test_at_the_end_of_the_text_too() -> None:
    letter = parse_text(BODY + "2099-7-21")
    assert letter.signature.date == "2099-07-21"


# Must not match
def test_a_damaged_date_without_its_signer_is_none() -> None:
    letter = parse_text(BODY + "2099721承办负责人：王某某")
    assert letter.signature.date is None


def test_figures_inside_a_sentence_are_none() -> None:
    letter = parse_text(
        "某某委员：您提出的建议收悉，现答复如下：工程已于2099-7-21完工。感谢您的支持。承办负责人：王某某"
    )
    assert letter.signature.date is None
