"""An everyday word that ends in an office's suffix (打官司, 老上司: 司 ends a ministry's
department, 某部综合规划司) names no authority: a line of the body ending in it over the
date signs nothing, and alone over the title it is no header's issuer
(``data/not_org_endings.txt``). A department's 司 still ends an authority. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于县政协十届三次会议第12号提案的答复\n\n王某委员：\n"
    "您提出的关于加强法律援助的提案收悉。现答复如下：\n我局已安排专项资金。\n"
)
_DATE = "2021年6月18日\n"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("感谢您的支持。\n\n帮困难群众打官司\n" + _DATE, id="guansi-alone-over-date"),
        pytest.param("感谢您的支持。 不让群众为小事打官司 " + _DATE, id="guansi-run-on-flat"),
        pytest.param("感谢您的支持。\n\n不再麻烦老上司\n" + _DATE, id="shangsi-alone-over-date"),
    ],
)
def test_a_body_line_ending_in_an_everyday_word_signs_nothing(closing: str) -> None:
    letter = parse_text(_HEAD + closing)
    assert letter.signature.issuer is None
    assert letter.signature.date == "2021-06-18"


@pytest.mark.parametrize("word", ["打官司", "老上司"])
def test_an_everyday_word_over_the_title_is_no_issuer(word: str) -> None:
    letter = parse_text(word + "\n" + _HEAD + "感谢您的支持。\n\n某县司法局\n" + _DATE)
    assert letter.issuer == "某县司法局"


def test_a_department_ending_in_si_still_signs() -> None:
    letter = parse_text(_HEAD + "感谢您的支持。\n\n某部综合规划司\n" + _DATE)
    assert letter.signature.issuer == "某部综合规划司"
