"""A hotline's row right under the signed date (``服务热线：0000-…``, ``咨询热线：…``): whom to
call, as a sentence naming the office and its phone is, so the authority over the date signs
and the date is the letter's, on lines and flattened with blanks or with nothing (an earlier
round read the row as a line the closing knows nothing of, with a phone's figures in it, and
signed nothing). Under it the site's units and its mark (``主办单位：…`` over ``网站标识码：…``):
the hotline's row over the units is the footer's then, as inside the footer's block (fix55).
Snippets invented (left74b)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from snippets import COPIES
from spans import span_problems

LETTER = (
    "关于治理乙河河道的建议的答复\n"
    "王某代表：\n"
    "您提出的关于治理乙河河道的建议收悉，现答复如下：\n"
    "我局已安排专人加强巡查。\n"
    "感谢您对我局工作的支持。\n"
    "甲山县水利局\n"
    "2099年5月6日\n"
)

UNDER = [
    pytest.param("服务热线：0000-5550123\n", id="service-hotline"),
    pytest.param("咨询热线：0000-5550123\n", id="advice-hotline"),
    pytest.param("甲山县12345政务服务热线：12345\n", id="county-hotline"),
    pytest.param("服务热线：0000-5550123\n网站地图\n联系我们\n", id="site-links-below"),
    pytest.param(
        "服务热线：0000-5550123\n主办单位：甲山县人民政府办公室\n网站标识码：0000000001\n",
        id="site-units-below",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("under", UNDER)
def test_the_signer_over_a_hotline_row_signs(under: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER + under), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县水利局", "2099-05-06")
    assert span_problems(letter) == []


def test_the_hotline_over_the_sites_units_is_the_footers() -> None:
    lines = (
        LETTER + "服务热线：0000-5550123\n主办单位：甲山县人民政府办公室\n网站标识码：0000000001"
    ).split("\n")
    assert sorted(chrome_lines(lines)) == [7, 8, 9]


# A sentence with a hotline in it is the letter's words, no row: it is read as before.
def test_a_sentence_naming_a_hotline_is_no_row() -> None:
    body = LETTER.replace("感谢您", "如有疑问可拨打服务热线：0000-5550123。\n感谢您")
    letter = parse_text(body, keywords=False)
    assert letter.signature.issuer == "甲山县水利局"


# (mend74b) the date written over its authority, the hotline's row between them and the
# authority's name the letter's last line (2099年5月6日 / 服务热线：… / 甲山县水利局): the
# name signs, as with no row between, and the date is kept (left74b's first round read the
# date and signed nothing; the round before it, the signer and no date). (tail75) So in a
# copy flattened with blanks or with nothing: the name glued after the number's figures
# (…0000-5550123甲山县水利局) starts its own line (an earlier round read one line with the
# figures in it, and signed nothing). (mend75b) A place's hotline row named by its number
# glued right after the date (2099年5月6日甲山县12345政务服务热线：…) opens its own line too:
# tail75's round signed there with no date (a known gap then).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row", ["服务热线：0000-5550123", "咨询热线：0000-5550123", "甲山县12345政务服务热线：12345"]
)
def test_the_authority_under_a_hotline_row_under_the_date_signs(
    row: str, flatten: Callable[[str], str]
) -> None:
    _signs_under_the_row(row, flatten)


def _signs_under_the_row(row: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(
        flatten(
            LETTER.replace("甲山县水利局\n2099年5月6日\n", f"2099年5月6日\n{row}\n甲山县水利局\n")
        ),
        keywords=False,
    )
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县水利局", "2099-05-06")
    assert letter.issuer == "甲山县水利局"
    assert span_problems(letter) == []


# A hotline's number with a sentence's words after it on its line is no signer's row: the
# words are left as they stand (nothing ends the letter with an authority's name there).
@pytest.mark.parametrize("flatten", COPIES)
def test_words_after_a_hotline_number_that_name_no_authority_sign_nothing(
    flatten: Callable[[str], str],
) -> None:
    text = LETTER.replace(
        "甲山县水利局\n2099年5月6日\n", "2099年5月6日\n服务热线：0000-5550123工作日拨打\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.signature.issuer is None
    assert span_problems(letter) == []


# (tail76) The name glued after the row's number on a line the copy kept
# (服务热线：0000-5550123甲山县水利局 under the date) parts there too: lined, it was read as one
# line with the figures in it and nothing signed, not even where the authority and the date
# stand over the row (the parting was made only in flattened copies).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("over", ["", "甲山县水利局\n"], ids=["date-alone", "signed-over"])
def test_the_authority_glued_after_a_hotline_rows_number_signs_on_its_line(
    over: str, flatten: Callable[[str], str]
) -> None:
    text = LETTER.replace(
        "甲山县水利局\n2099年5月6日\n", f"{over}2099年5月6日\n服务热线：0000-5550123甲山县水利局\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县水利局", "2099-05-06")
    assert letter.issuer == "甲山县水利局"
    assert span_problems(letter) == []
