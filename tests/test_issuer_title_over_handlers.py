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


# (mend73b) the title's authority that is the handling unit itself is no other authority:
# the unit written short, its place dropped (县交通运输局 for 甲山县交通运输局), or one of its
# own offices (review53e: the signer whole under its office's title stays the issuer)
ONE_UNIT = LETTER.replace("乙河镇人民政府、甲山县交通局", "甲山县交通运输局")


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("县交通运输局", id="place-dropped"),
        pytest.param("甲山县交通运输局办公室关于", id="its-own-office"),
        pytest.param("甲山县交通运输局", id="the-same"),
    ],
)
def test_a_title_naming_the_unit_itself_leaves_the_unit(
    flatten: Callable[[str], str], title: str
) -> None:
    letter = parse_text(flatten(ONE_UNIT.format(title=title)), keywords=False)
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []


# (mend73b) an answering unit's label (答复单位：) names the body that answers: it signs, and
# the title's authority does not take its place
@pytest.mark.parametrize("flatten", COPIES)
def test_an_answering_unit_is_no_handler(flatten: Callable[[str], str]) -> None:
    text = LETTER.replace("承办单位：乙河镇人民政府、甲山县交通局", "答复单位：甲山县交通运输局")
    letter = parse_text(flatten(text.format(title="甲山县人民政府")), keywords=False)
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []


# (left74b) the title's authority that is a later one of the units (甲山县财政局关于… over
# 承办单位：甲山县交通局、甲山县财政局): that unit answers, as written under the label, written
# short or as its office in the title alike (an earlier round gave the first unit).
TWO_UNITS = LETTER.replace("乙河镇人民政府、甲山县交通局", "甲山县交通局、甲山县财政局")


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("甲山县财政局", id="the-same"),
        pytest.param("县财政局", id="place-dropped"),
        pytest.param("甲山县财政局办公室关于", id="its-own-office"),
    ],
)
def test_a_title_naming_a_later_unit_gives_that_unit(
    flatten: Callable[[str], str], title: str
) -> None:
    letter = parse_text(flatten(TWO_UNITS.format(title=title)), keywords=False)
    assert letter.issuer == "甲山县财政局"
    assert letter.signature.issuer == "甲山县交通局、甲山县财政局"
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_naming_the_first_unit_gives_it(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(TWO_UNITS.format(title="甲山县交通局")), keywords=False)
    assert letter.issuer == "甲山县交通局"
