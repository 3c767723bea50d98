"""A title that opens with its authority (甲山县人民政府对…的答复) over a reply signed by the
units a handling unit's label names under the date (承办单位：乙河镇人民政府、甲山县交通局):
the units handled the item, the title's authority answers it and is the issuer (an earlier
round read the first handling unit as the issuer), in the copy as written and flattened.
A title naming no authority leaves the first handling unit the issuer, as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

LETTER = (
    "{title}对县人大第九届二次会议第12号建议的答复\n"
    "王某代表：\n"
    "您提出的关于修缮村道的建议收悉，现答复如下：\n"
    "我县已安排资金修缮道路。\n"
    "感谢您对我县交通工作的关注！\n"
    "2099年5月6日\n"
    "承办单位：乙河镇人民政府、甲山县交通局\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_the_titles_authority_answers_over_its_handlers(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER.format(title="甲山县人民政府")), keywords=False)
    assert letter.issuer == "甲山县人民政府"
    assert letter.signature.issuer == "乙河镇人民政府、甲山县交通局"
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_with_no_authority_leaves_the_first_handler(
    flatten: Callable[[str], str],
) -> None:
    letter = parse_text(flatten(LETTER.format(title="")), keywords=False)
    assert letter.issuer == "乙河镇人民政府"
    assert span_problems(letter) == []


# The title's authority that is one of the handling units answers as the unit written under
# the label, whether the title writes it whole, short (its place dropped: 县交通运输局 for
# 甲山县交通运输局) or as one of its own offices: (mend73b) the one unit itself is no other
# authority (review53e: the signer whole under its office's title stays the issuer);
# (left74b) a later one of the units (甲山县财政局关于… over 承办单位：甲山县交通局、甲山县财政局)
# is that unit (an earlier round gave the first unit); the first one is the first.
ONE_UNIT = "甲山县交通运输局"
TWO_UNITS = "甲山县交通局、甲山县财政局"

TITLE_NAMES_A_HANDLER = [
    pytest.param(ONE_UNIT, "县交通运输局", "甲山县交通运输局", id="one-unit-place-dropped"),
    pytest.param(ONE_UNIT, "甲山县交通运输局办公室关于", "甲山县交通运输局", id="one-unit-its-own-office"),
    pytest.param(ONE_UNIT, "甲山县交通运输局", "甲山县交通运输局", id="one-unit-the-same"),
    pytest.param(TWO_UNITS, "甲山县财政局", "甲山县财政局", id="later-unit-the-same"),
    pytest.param(TWO_UNITS, "县财政局", "甲山县财政局", id="later-unit-place-dropped"),
    pytest.param(TWO_UNITS, "甲山县财政局办公室关于", "甲山县财政局", id="later-unit-its-own-office"),
    pytest.param(TWO_UNITS, "甲山县交通局", "甲山县交通局", id="first-unit-the-same"),
]  # fmt: skip
"""(the units under the label, the title's authority, the issuer): a title naming one."""


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("units", "title", "issuer"), TITLE_NAMES_A_HANDLER)
def test_a_title_naming_a_handling_unit_gives_that_unit(
    flatten: Callable[[str], str], units: str, title: str, issuer: str
) -> None:
    text = LETTER.replace("乙河镇人民政府、甲山县交通局", units).format(title=title)
    letter = parse_text(flatten(text), keywords=False)
    assert letter.issuer == issuer
    assert letter.signature.issuer == units
    assert span_problems(letter) == []


# (mend73b) an answering unit's label (答复单位：) names the body that answers: it signs, and
# the title's authority does not take its place
@pytest.mark.parametrize("flatten", COPIES)
def test_an_answering_unit_is_no_handler(flatten: Callable[[str], str]) -> None:
    text = LETTER.replace("承办单位：乙河镇人民政府、甲山县交通局", "答复单位：甲山县交通运输局")
    letter = parse_text(flatten(text.format(title="甲山县人民政府")), keywords=False)
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []
