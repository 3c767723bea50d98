"""A label left empty after its colon with its value on the next line (``承办单位：`` /
``某县某局``, ``办理单位：`` / …) under the title of a letter with no salutation: the unit is
the label's value, no body the letter answers (an earlier round read it as the addressee).
A unit's name alone under the title, with no label over it, still is one. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县九届人大二次会议第31号建议的答复\n"
OPENING = "你提出的关于修缮某村桥梁的建议收悉，现答复如下：我局已将该桥列入明年计划。\n"
CLOSING = "溪口县交通运输局\n2031年4月9日\n"
UNIT = "溪口县住房和城乡建设局"


def _addressees(text: str) -> list[tuple[str, str | None]]:
    letter = parse_text(text, keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("溪口县交通运输局", "2031-04-09")
    return [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize("label", ["承办单位：", "办理单位：", "主办单位：", "签发人："])
def test_the_value_under_an_empty_label_is_no_addressee(label: str) -> None:
    assert _addressees(f"{TITLE}{label}\n{UNIT}\n{OPENING}{CLOSING}") == []


def test_the_value_under_a_label_below_the_number_is_no_addressee() -> None:
    text = f"{TITLE}溪交函〔2031〕7号\n承办单位：\n{UNIT}\n{OPENING}{CLOSING}"
    assert _addressees(text) == []


def test_a_unit_alone_under_the_title_is_still_addressed() -> None:
    assert _addressees(f"{TITLE}{UNIT}\n{OPENING}{CLOSING}") == [(UNIT, None)]


def test_a_unit_under_a_label_with_its_value_is_still_addressed() -> None:
    text = f"{TITLE}承办单位：溪口县交通运输局\n{UNIT}\n{OPENING}{CLOSING}"
    assert _addressees(text) == [(UNIT, None)]
